/**
 * The demo page: registers the four widgets, wires the language and theme switchers, and mounts the
 * embed builder.
 */
import '../src/index.js';
import { UI_LANGUAGES } from '../src/i18n/languages.js';
import { mountEmbedBuilder, type Release } from './embed-builder.js';
import { applyStoredTheme, setPageTheme, storedTheme } from './theme.js';

declare const __REGIN_RELEASE__: Release;

const REGIN_TAGS = new Set(['regin-partner-map', 'regin-measure-cards', 'regin-indicator-radar', 'regin-region-comparison']);

/** Applies a theme choice to every widget under `root`: `light`/`dark` force it, `auto` follows the system. */
export function applyTheme(root: HTMLElement, theme: string): void {
  root.dataset.theme = theme;
  for (const el of root.querySelectorAll('*')) {
    if (!REGIN_TAGS.has(el.localName)) continue;
    if (theme === 'light' || theme === 'dark') el.setAttribute('theme', theme);
    else el.removeAttribute('theme');
  }
}

/** Adds an option for every language the widgets speak, each named in itself ("Français", "Svenska"). */
function addLanguageOptions(select: HTMLSelectElement): void {
  for (const code of UI_LANGUAGES) {
    const name = new Intl.DisplayNames([code], { type: 'language' }).of(code) ?? code;
    select.add(new Option(name.charAt(0).toLocaleUpperCase(code) + name.slice(1), code));
  }
}

const widgets = document.getElementById('widgets') as HTMLElement;
const langSelect = document.getElementById('demo-lang') as HTMLSelectElement;
const themeSelect = document.getElementById('demo-theme') as HTMLSelectElement;
addLanguageOptions(langSelect);
addLanguageOptions(document.getElementById('embed-lang') as HTMLSelectElement);

// Start in the reader's language when the widgets speak it.
const preferred = navigator.language.slice(0, 2).toLowerCase();
if ([...langSelect.options].some((o) => o.value === preferred)) langSelect.value = preferred;
widgets.lang = langSelect.value;

langSelect.addEventListener('change', () => {
  widgets.lang = langSelect.value;
});
applyStoredTheme();
themeSelect.value = storedTheme();
applyTheme(widgets, themeSelect.value);
themeSelect.addEventListener('change', () => {
  applyTheme(widgets, themeSelect.value);
  setPageTheme(themeSelect.value);
});

mountEmbedBuilder(document, __REGIN_RELEASE__);
