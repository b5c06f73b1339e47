/**
 * Styles shared by every widget: the `--regin-*` design tokens with light and dark values, and the
 * notices. Host CSS cannot reach inside the shadow root; `all: initial`-style resets are avoided so
 * the host's font can still be inherited through `--regin-font`.
 */
import { css, unsafeCSS } from 'lit';

/**
 * Dark values of the tokens: used by `prefers-color-scheme: dark` unless `theme="light"`, and by `theme="dark"`.
 * A list of declarations, not a stylesheet, so it is a plain string (the build minifies `css` stylesheets only).
 */
const darkTokens = unsafeCSS(`
  --_fg: var(--regin-color-text, #e6edf3);
  --_muted: var(--regin-color-muted, #9da7b3);
  --_bg: var(--regin-color-background, #0d1117);
  --_surface: var(--regin-color-surface, #161b22);
  --_border: var(--regin-color-border, #3d444d);
  --_accent: var(--regin-color-accent, #58a6ff);
  --_accent-fg: var(--regin-color-on-accent, #0d1117);
  --_warn-bg: var(--regin-color-warning-background, #3b2e00);
  --_warn-fg: var(--regin-color-warning-text, #f2cc60);
  --_error-bg: var(--regin-color-error-background, #3d1212);
  --_error-fg: var(--regin-color-error-text, #ffa198);
  --_focus: var(--regin-color-focus, #58a6ff);
  color-scheme: dark;
`);

export const baseStyles = css`
  :host {
    --_fg: var(--regin-color-text, #1b1f24);
    --_muted: var(--regin-color-muted, #57606a);
    --_bg: var(--regin-color-background, #ffffff);
    --_surface: var(--regin-color-surface, #f4f6f8);
    --_border: var(--regin-color-border, #c9d1d9);
    --_accent: var(--regin-color-accent, #0b5cad);
    --_accent-fg: var(--regin-color-on-accent, #ffffff);
    --_warn-bg: var(--regin-color-warning-background, #fff4d6);
    --_warn-fg: var(--regin-color-warning-text, #5c4300);
    --_error-bg: var(--regin-color-error-background, #fde8e8);
    --_error-fg: var(--regin-color-error-text, #8a1c1c);
    --_focus: var(--regin-color-focus, #0b5cad);
    --_radius: var(--regin-radius, 6px);
    --_space: var(--regin-space, 0.5rem);
    display: block;
    box-sizing: border-box;
    color: var(--_fg);
    background: var(--_bg);
    font-family: var(--regin-font, system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif);
    font-size: var(--regin-font-size, 1rem);
    line-height: 1.45;
    /* Inherited text settings of the host page (body { text-align: center } …) stop at the widget. */
    font-style: normal;
    font-weight: normal;
    font-variant: normal;
    letter-spacing: normal;
    word-spacing: normal;
    text-align: start;
    text-indent: 0;
    text-transform: none;
    text-shadow: none;
    white-space: normal;
    list-style-type: disc;
    cursor: auto;
    fill: initial;
    stroke: initial;
    stroke-width: initial;
    color-scheme: light;
  }
  @media (prefers-color-scheme: dark) {
    :host(:not([theme='light'])) {
      ${darkTokens}
    }
  }
  :host([theme='dark']) {
    ${darkTokens}
  }
  :host([hidden]) {
    display: none;
  }
  *,
  *::before,
  *::after {
    box-sizing: inherit;
  }
  :focus-visible {
    outline: 3px solid var(--_focus);
    outline-offset: 2px;
  }
  button {
    font: inherit;
    color: inherit;
    min-height: 2.75rem;
    min-width: 2.75rem;
    padding: 0.25rem 0.75rem;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
    cursor: pointer;
  }
  /* Disabled: no fill, a dashed muted border and muted text (and announced as unavailable: the attribute). */
  button:disabled {
    background: transparent;
    color: var(--_muted);
    border-style: dashed;
    cursor: not-allowed;
  }
  button[aria-pressed='true'] {
    background: var(--_accent);
    color: var(--_accent-fg);
    border-color: var(--_accent);
  }
  /* Form controls (the cards' search and filters, the comparison's pickers): the widget's font and colours, a 44px target. */
  input,
  select {
    font: inherit;
    color: inherit;
    background: var(--_bg);
    border: 1px solid var(--_muted);
    border-radius: var(--_radius);
    min-height: 2.75rem;
  }
  a {
    color: var(--_accent);
  }
  .visually-hidden {
    position: absolute !important;
    width: 1px;
    height: 1px;
    margin: -1px;
    padding: 0;
    overflow: hidden;
    clip: rect(0 0 0 0);
    white-space: nowrap;
    border: 0;
  }
  .notice {
    margin: 0 0 var(--_space);
    padding: var(--_space) calc(var(--_space) * 1.5);
    border-radius: var(--_radius);
    background: var(--_warn-bg);
    color: var(--_warn-fg);
    border-inline-start: 4px solid currentColor;
  }
  .notice.error {
    background: var(--_error-bg);
    color: var(--_error-fg);
  }
  .notice details summary {
    cursor: pointer;
  }
  /* Measured by widgets whose drawing follows their width: as wide as the widget, no height. */
  .width-probe {
    height: 0;
  }
  /* While loading, the placeholder reserves about the height of the ready widget at its width (each
     widget sets the height of .skeleton-box > .skeleton in ems and container units, by container
     queries on the box), so nothing below it moves when it is ready. */
  .skeleton-box {
    container-type: inline-size;
  }
  .skeleton-box > .skeleton {
    height: 8rem;
  }
  .skeleton {
    min-height: 8rem;
    border-radius: var(--_radius);
    background: linear-gradient(90deg, var(--_surface), var(--_border), var(--_surface));
    background-size: 200% 100%;
    animation: regin-pulse 1.4s ease-in-out infinite;
  }
  @keyframes regin-pulse {
    from {
      background-position: 100% 0;
    }
    to {
      background-position: -100% 0;
    }
  }
  .credits {
    margin-top: var(--_space);
    font-size: 0.8125rem;
    color: var(--_muted);
  }
  /* One credit per span; a middle dot keeps them apart without a separator in the text. */
  .credits > span + span::before {
    content: '·' / '';
    margin-inline-end: 0.4em;
  }
  @media (prefers-reduced-motion: reduce) {
    *,
    *::before,
    *::after {
      animation: none !important;
      transition: none !important;
    }
  }
  @media (forced-colors: active) {
    .notice {
      border: 1px solid CanvasText;
    }
    button[aria-pressed='true'] {
      border: 2px solid Highlight;
    }
    button:disabled {
      color: GrayText;
      border-color: GrayText;
    }
  }
`;
