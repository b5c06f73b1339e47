/**
 * The embed builder: a form of options → a live preview element and the snippet to copy. The snippet and
 * the preview's attributes both come from snippet.ts, so what you see is what you paste. A feed URL is
 * checked once typing pauses (feed-check.ts); the preview then shows that feed, and the region list
 * offers only the regions the chosen widget can show on it.
 */
import { readBuiltinFeed } from '../src/feed/builtin.js';
import { normaliseFeed } from '../src/feed/normalise.js';
import { resolveText } from '../src/feed/text.js';
import type { Feed } from '../src/feed/types.js';
import { FeedCheck, regionChoices, type FeedCheckOptions, type FeedCheckResult } from './feed-check.js';
import {
  WIDGETS,
  cdnScriptUrl,
  embedSnippet,
  parseRegions,
  selfHostedScriptUrl,
  widgetAttributes,
  widgetInfo,
  type EmbedOptions,
  type PreloadManifest,
  type ScriptSource,
  type WidgetTag,
} from './snippet.js';

export interface Release {
  version: string;
  integrity: string | null;
  files: PreloadManifest | null;
}

/** The built-in feed (the same file the widgets load), normalised; `null` if it cannot be read. */
async function loadBuiltin(): Promise<Feed | null> {
  try {
    return normaliseFeed(await readBuiltinFeed()).feed;
  } catch {
    return null;
  }
}

function option(doc: Document, value: string, label: string): HTMLOptionElement {
  const o = doc.createElement('option');
  o.value = value;
  o.textContent = label;
  return o;
}

/** The integrity note under the snippet: what the script tag promises, and what it does not. */
export function integrityText(release: Release): string {
  return release.integrity
    ? `Pinned to version ${release.version} and checked with its integrity hash: the browser refuses the script if it differs from the published file.`
    : `Pinned to version ${release.version}, without an integrity hash: this development server has no built file to hash. The built demo (npm run build:demo) adds it.`;
}

export function mountEmbedBuilder(doc: Document, release: Release, options: FeedCheckOptions = {}): { dispose(): void } {
  const $ = <T extends HTMLElement>(id: string) => doc.getElementById(id) as T;
  const form = $<HTMLFormElement>('embed-form');
  const widgetSelect = $<HTMLSelectElement>('embed-widget');
  const feedInput = $<HTMLInputElement>('embed-feed');
  const feedError = $<HTMLElement>('embed-feed-error');
  const regionsField = $<HTMLFieldSetElement>('embed-regions-field');
  const regionsBox = $<HTMLElement>('embed-regions');
  const colorByField = $<HTMLElement>('embed-color-by-field');
  const colorBySelect = $<HTMLSelectElement>('embed-color-by');
  const baseField = $<HTMLElement>('embed-base-field');
  const preview = $<HTMLElement>('embed-preview');
  const snippetCode = $<HTMLElement>('embed-snippet');
  const integrityNote = $<HTMLElement>('embed-integrity-note');
  const copyButton = $<HTMLButtonElement>('embed-copy');
  const copyStatus = $<HTMLElement>('embed-copy-status');
  const fetcher = options.fetch ?? ((...args: Parameters<typeof fetch>) => fetch(...args));

  for (const w of WIDGETS) widgetSelect.append(option(doc, w.tag, w.label));

  let builtin: Feed | null = null;
  /** The last checked feed URL and what was found there. */
  let checked: FeedCheckResult = { url: '', status: 'builtin' };
  /** The feed the preview and the region list use: the checked one, else the built-in one. */
  const currentFeed = () => (checked.status === 'ok' ? checked.feed : builtin);

  /** The region boxes for the chosen widget on the current feed, keeping the ticks still offered. */
  let regionsFor = '';
  const renderRegions = (widget: WidgetTag) => {
    const feed = currentFeed();
    if (!feed) return;
    const key = `${widget}|${checked.url}|${checked.status}`;
    if (key === regionsFor) return;
    regionsFor = key;
    const ticked = new Set(new FormData(form).getAll('region').map(String));
    regionsBox.replaceChildren(
      ...regionChoices(widget, feed).map((r) => {
        const label = doc.createElement('label');
        label.className = 'inline';
        const box = doc.createElement('input');
        box.type = 'checkbox';
        box.name = 'region';
        box.value = r.id;
        box.checked = ticked.has(r.id);
        const id = doc.createElement('code');
        id.textContent = r.id;
        label.append(box, ` ${r.name} `, id);
        return label;
      }),
    );
  };

  const read = (): { options: EmbedOptions; script: ScriptSource } => {
    const data = new FormData(form);
    const options: EmbedOptions = {
      widget: String(data.get('widget')) as WidgetTag,
      feedUrl: String(data.get('feedUrl') ?? ''),
      regions: parseRegions(data.getAll('region').join(' ')),
      colorBy: String(data.get('colorBy') ?? 'role'),
      lang: String(data.get('lang') ?? ''),
      theme: String(data.get('theme') ?? ''),
    };
    const selfHosted = data.get('hosting') === 'self';
    const src = selfHosted ? selfHostedScriptUrl(String(data.get('base') ?? '')) : cdnScriptUrl(release.version);
    const script: ScriptSource = {
      src,
      integrity: release.integrity ?? undefined,
      files: release.files ?? undefined,
      importMap: data.get('pinAll') === 'on',
    };
    return { options, script };
  };

  let previewKey = '';
  let previewFeed: Feed | null = null;
  const update = () => {
    const { options, script } = read();
    const info = widgetInfo(options.widget);
    regionsField.hidden = !info.regionsAttribute;
    colorByField.hidden = !info.colorByAttribute;
    baseField.hidden = new FormData(form).get('hosting') !== 'self';
    renderRegions(options.widget);
    // The message follows the last check, not each keystroke.
    feedError.hidden = checked.status !== 'invalid';
    feedError.textContent = checked.status === 'invalid' ? checked.reason : '';
    feedInput.setAttribute('aria-invalid', String(checked.status === 'invalid'));

    snippetCode.textContent = embedSnippet(options, script);
    integrityNote.textContent = integrityText(release);

    // The preview shows the checked feed (given as data: the check's answer is reused, not asked for
    // again), and rebuilds only when the element would differ.
    const attrs = widgetAttributes({ ...options, feedUrl: '' });
    const feed = checked.status === 'ok' ? checked.feed : null;
    const key = JSON.stringify([options.widget, attrs]);
    if (key === previewKey && feed === previewFeed) return;
    previewKey = key;
    previewFeed = feed;
    const el = doc.createElement(info.tag) as HTMLElement & { feed?: unknown };
    for (const [name, value] of attrs) el.setAttribute(name, value);
    if (feed) el.feed = feed;
    const p = doc.createElement('p');
    const a = doc.createElement('a');
    a.href = info.fallback.href;
    a.textContent = info.fallback.text;
    p.append(a);
    el.append(p);
    preview.replaceChildren(el);
  };

  const check = new FeedCheck(
    (result) => {
      if (result.status === 'checking') return;
      checked = result;
      update();
    },
    { ...options, fetch: fetcher },
  );

  form.addEventListener('input', (e) => {
    if (e.target === feedInput) check.typed(feedInput.value);
    update();
  });
  form.addEventListener('change', (e) => {
    // `change` on a text field comes with leaving it: check at once.
    if (e.target === feedInput) check.now(feedInput.value);
    update();
  });
  feedInput.addEventListener('blur', () => check.now(feedInput.value));
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    check.now(feedInput.value);
  });

  void loadBuiltin().then((feed) => {
    builtin = feed;
    for (const d of feed?.framework.dimensions ?? []) {
      colorBySelect.append(option(doc, d.id, `Score: ${resolveText(d.label, 'en').value || d.id}`));
    }
    update();
  });

  copyButton.addEventListener('click', async () => {
    const text = snippetCode.textContent ?? '';
    try {
      await navigator.clipboard.writeText(text);
      copyStatus.textContent = 'Snippet copied.';
    } catch {
      // No clipboard access (insecure context, permission): select the text for Ctrl+C / ⌘C instead.
      const range = doc.createRange();
      range.selectNodeContents(snippetCode);
      const selection = doc.getSelection();
      selection?.removeAllRanges();
      selection?.addRange(range);
      copyStatus.textContent = 'The snippet is selected: press Ctrl+C (⌘C on a Mac) to copy it.';
    }
  });

  update();
  return { dispose: () => check.dispose() };
}
