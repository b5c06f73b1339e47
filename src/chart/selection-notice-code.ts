/**
 * The selection notices' code (`selection-notice.ts`), loaded on demand: only a page where a selected
 * region cannot simply be shown fetches it.
 */
import type { ReactiveControllerHost } from 'lit';

type SelectionNoticeCode = typeof import('./selection-notice.js');

let code: SelectionNoticeCode | undefined;
let loading: Promise<unknown> | undefined;

/**
 * The notices' code when it has loaded; otherwise starts loading it (once per page) and updates `host`
 * when it is there. Should it fail to load, the chart shows without the notice.
 */
export function selectionNotices(host: ReactiveControllerHost): SelectionNoticeCode | undefined {
  if (!code) {
    loading ??= import('./selection-notice.js').then(
      (m) => (code = m),
      () => undefined,
    );
    void loading.then(() => code && host.requestUpdate());
  }
  return code;
}
