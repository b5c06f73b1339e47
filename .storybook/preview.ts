import { setCustomElementsManifest, type Decorator, type Preview } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ref } from 'lit/directives/ref.js';
import manifest from '../custom-elements.json';
import './preview.css';

// Docs pages and controls come from the same manifest as the README's API tables.
setCustomElementsManifest(manifest);

const LOCALES = [
  { value: 'en', title: 'English' },
  { value: 'fr', title: 'Français' },
  { value: 'es', title: 'Español' },
  { value: 'ca', title: 'Català' },
  { value: 'it', title: 'Italiano' },
  { value: 'pt', title: 'Português' },
  { value: 'sv', title: 'Svenska' },
];

const THEMES = [
  { value: 'auto', title: 'Auto (follow the system)' },
  { value: 'light', title: 'Light' },
  { value: 'dark', title: 'Dark' },
  { value: 'custom', title: 'Custom theme (--regin-* properties)' },
];

/**
 * Wraps every story in the chosen language (the widgets follow the nearest `lang`) and theme. `light` and
 * `dark` set each widget's `theme` attribute; `custom` sets `--regin-*` properties on the wrapper, as a host
 * page would (see preview.css).
 */
const withLocaleAndTheme: Decorator = (story, context) => {
  const locale = String(context.globals.locale ?? 'en');
  const theme = String(context.globals.theme ?? 'auto');
  const applyTheme = (wrapper?: Element) => {
    if (!wrapper || (theme !== 'light' && theme !== 'dark')) return;
    // The story's content is committed after the wrapper's ref callback runs.
    queueMicrotask(() => {
      for (const el of wrapper.querySelectorAll('*')) if (el.localName.startsWith('regin-')) el.setAttribute('theme', theme);
    });
  };
  return html`<div class="regin-story" lang=${locale} data-theme=${theme} ${ref(applyTheme)}>${story()}</div>`;
};

const preview: Preview = {
  tags: ['autodocs'],
  decorators: [withLocaleAndTheme],
  globalTypes: {
    locale: {
      description: 'Language of the widgets (the wrapper’s lang attribute)',
      toolbar: { title: 'Language', icon: 'globe', items: LOCALES, dynamicTitle: true },
    },
    theme: {
      description: 'Colour scheme of the widgets',
      toolbar: { title: 'Theme', icon: 'contrast', items: THEMES, dynamicTitle: true },
    },
  },
  initialGlobals: { locale: 'en', theme: 'auto' },
  parameters: {
    layout: 'padded',
    controls: { expanded: true, matchers: { color: /(background|color)$/i } },
    docs: { toc: true },
  },
};
export default preview;
