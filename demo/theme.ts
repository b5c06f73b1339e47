/**
 * The demo site's theme choice (auto, light, dark, custom), remembered for the session so the guides
 * page follows what was chosen on the demo page.
 */
const KEY = 'regin-demo-theme';
const THEMES = ['auto', 'light', 'dark', 'custom'];

/** The theme chosen earlier in this session (`auto` when none, or when storage is not available). */
export function storedTheme(): string {
  try {
    const value = sessionStorage.getItem(KEY) ?? 'auto';
    return THEMES.includes(value) ? value : 'auto';
  } catch {
    return 'auto';
  }
}

/** Applies `theme` to the page (its own colours) and remembers it for the other page. */
export function setPageTheme(theme: string): void {
  document.documentElement.dataset.theme = theme;
  try {
    sessionStorage.setItem(KEY, theme);
  } catch {
    // private mode without storage: the choice lasts for this page only
  }
}

/** Gives the page the theme chosen earlier in this session. */
export function applyStoredTheme(): void {
  document.documentElement.dataset.theme = storedTheme();
}
