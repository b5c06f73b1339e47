// Shared by the tests of modules that take a LocaleController (labels, card models, sources): a real
// controller, from the small language widget mounted in the page with the `lang` asked for.
import { html } from 'lit';
import type { LocaleController } from '../../src/i18n/locale-controller.js';
import { FEED, mount, type TestLangWidget } from './lang-widget.js';
import './lang-widget.js';

export { unmountAll } from './lang-widget.js';

/** The locale controller of a widget with `lang`, once its messages are loaded. */
export async function localeIn(lang: string): Promise<LocaleController> {
  const el = (await mount(html`<test-lang-widget lang=${lang} .feed=${FEED}></test-lang-widget>`)) as TestLangWidget;
  await el.locale.loading;
  await el.updateComplete;
  return el.locale;
}
