/**
 * The embed builder's output: the attributes a configured widget gets (the live preview uses the same
 * list) and the HTML snippet a webmaster pastes into a page — a script tag pinned to one version with its
 * Subresource Integrity hash, the element, and light-DOM fallback content for readers without
 * JavaScript. DOM-free, so the delivery tests paste exactly what the demo shows.
 */

export type WidgetTag = 'regin-partner-map' | 'regin-measure-cards' | 'regin-indicator-radar' | 'regin-region-comparison';

export interface WidgetInfo {
  readonly tag: WidgetTag;
  /** Name in the builder's picker. */
  readonly label: string;
  /** Attribute that takes a list of region ids, if the widget has one. */
  readonly regionsAttribute?: string;
  /** How that attribute separates ids. */
  readonly regionsSeparator?: ' ' | ',';
  /** Attribute that chooses what colours the map, if the widget has one. */
  readonly colorByAttribute?: string;
  /** The fallback link shown while (or instead of) the widget loading. */
  readonly fallback: { readonly text: string; readonly href: string };
}

/** Verified public site of the project's coordinator (CPMR); page authors may point it at their own page. */
const REGIN_SITE = 'https://cpmr.org/';

export const WIDGETS: readonly WidgetInfo[] = Object.freeze([
  {
    tag: 'regin-partner-map',
    label: 'Partner map',
    colorByAttribute: 'color-by',
    fallback: { text: 'REGIN partner and member regions', href: REGIN_SITE },
  },
  {
    tag: 'regin-measure-cards',
    label: 'Measures database',
    regionsAttribute: 'region',
    regionsSeparator: ',',
    fallback: { text: 'REGIN database of regional integration measures', href: REGIN_SITE },
  },
  {
    tag: 'regin-indicator-radar',
    label: 'MIPEX-R indicator radar',
    regionsAttribute: 'regions',
    fallback: { text: 'MIPEX-R regional integration indicators', href: REGIN_SITE },
  },
  {
    tag: 'regin-region-comparison',
    label: 'Region comparison',
    regionsAttribute: 'regions',
    fallback: { text: 'Compare regions on the MIPEX-R indicators', href: REGIN_SITE },
  },
]);

export function widgetInfo(tag: string): WidgetInfo {
  const info = WIDGETS.find((w) => w.tag === tag);
  if (!info) throw new Error(`unknown widget ${tag}`);
  return info;
}

export interface EmbedOptions {
  readonly widget: WidgetTag;
  /** Feed URL; empty: the built-in REGIN feed that ships with the script. */
  readonly feedUrl?: string;
  readonly regions?: readonly string[];
  /** `role` (default, omitted) or a dimension id. */
  readonly colorBy?: string;
  /** UI language; empty: the page's language. */
  readonly lang?: string;
  /** `light` or `dark`; empty: follow the reader's system setting. */
  readonly theme?: string;
}

/** Where the script comes from. */
export interface ScriptSource {
  readonly src: string;
  /** `sha384-…` of the exact file; omitted when unknown (an unbuilt development copy). */
  readonly integrity?: string;
  /** dist/preload.json of the same build: each element's chunks and every file's hash. */
  readonly files?: PreloadManifest;
  /**
   * Also pin every other file with an import map's `integrity` entries. An import map is an inline
   * script: a page whose Content-Security-Policy has no `'unsafe-inline'` must allow its hash.
   */
  readonly importMap?: boolean;
}

/** dist/preload.json, written by the CDN build. Paths are relative to dist/. */
export interface PreloadManifest {
  /** For each element, the files its code needs as soon as it appears, in load order. */
  readonly elements: Readonly<Record<string, readonly string[]>>;
  /** `sha384-…` of every JavaScript file of the CDN build. */
  readonly integrity: Readonly<Record<string, string>>;
}

/** The URL of `file` (relative to dist/) beside the script at `src`. */
function besideScript(src: string, file: string): string {
  return src.slice(0, src.lastIndexOf('/') + 1) + file;
}

/**
 * With the build's file list and hashes: `<link rel="modulepreload">` for the files the chosen widget
 * needs at once, each with its hash, so they download in parallel with the loader and are checked like
 * the script; with `importMap`, first an import map whose `integrity` entries pin every file the loader
 * may import later too (the other elements, languages, parts loaded on use, data), in browsers that
 * support import-map integrity.
 */
function chunkTags(tag: string, script: ScriptSource): string[] {
  const files = script.files;
  if (!files) return [];
  const lines: string[] = [];
  if (script.integrity && script.importMap) {
    const integrity = Object.fromEntries(
      Object.entries(files.integrity)
        .filter(([file]) => file !== 'regin-widgets.js')
        .map(([file, hash]) => [besideScript(script.src, file), hash]),
    );
    // `<` is escaped in JSON so the map can never close its script element.
    const json = JSON.stringify({ integrity }, null, 2).replace(/</g, '\\u003c');
    lines.push(`<script type="importmap">\n${json}\n</script>`);
  }
  for (const file of files.elements[tag] ?? []) {
    const hash = script.integrity ? files.integrity[file] : undefined;
    const attrs = [`rel="modulepreload"`, `href="${escapeHtml(besideScript(script.src, file))}"`];
    if (hash) attrs.push(`integrity="${escapeHtml(hash)}"`, `crossorigin="anonymous"`);
    lines.push(`<link ${attrs.join(' ')}>`);
  }
  return lines;
}

/** The package's bundle on jsDelivr, pinned to `version`. */
export function cdnScriptUrl(version: string): string {
  return `https://cdn.jsdelivr.net/npm/regin-widgets@${encodeURIComponent(version)}/dist/regin-widgets.js`;
}

/** The bundle inside a copy of dist/ on the page's own server (`base` is that folder's URL or path). */
export function selfHostedScriptUrl(base: string): string {
  const trimmed = base.trim() || '/regin-widgets/';
  return trimmed.endsWith('/') ? trimmed + 'regin-widgets.js' : trimmed + '/regin-widgets.js';
}

/** Whether `url` is a usable feed address (http or https; relative paths are resolved by the page). */
export function isFeedUrl(url: string): boolean {
  const value = url.trim();
  if (value === '') return true;
  try {
    const parsed = new URL(value, 'https://example.invalid/');
    return parsed.protocol === 'https:' || parsed.protocol === 'http:';
  } catch {
    return false;
  }
}

/** Region ids from free text: split on spaces and commas, deduplicated, in order. */
export function parseRegions(text: string): string[] {
  return [
    ...new Set(
      text
        .split(/[\s,;]+/)
        .map((s) => s.trim())
        .filter(Boolean),
    ),
  ];
}

/** The element's attributes, in a stable order, for the preview and the snippet alike. */
export function widgetAttributes(options: EmbedOptions): [string, string][] {
  const info = widgetInfo(options.widget);
  const attrs: [string, string][] = [];
  const feed = options.feedUrl?.trim();
  if (feed && isFeedUrl(feed)) attrs.push(['src', feed]);
  if (info.regionsAttribute && options.regions?.length) {
    attrs.push([info.regionsAttribute, options.regions.join(info.regionsSeparator ?? ' ')]);
  }
  if (info.colorByAttribute && options.colorBy && options.colorBy !== 'role')
    attrs.push([info.colorByAttribute, options.colorBy]);
  if (options.lang) attrs.push(['lang', options.lang]);
  if (options.theme === 'light' || options.theme === 'dark') attrs.push(['theme', options.theme]);
  return attrs;
}

/** Escapes text for an HTML attribute value in double quotes or for element content. */
export function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/**
 * The snippet to paste: with the build's file list, the import map of hashes and the preload links (see
 * {@link chunkTags}); the script tag; then the element with its fallback content.
 */
export function embedSnippet(options: EmbedOptions, script: ScriptSource): string {
  const info = widgetInfo(options.widget);
  const scriptAttrs = [`type="module"`, `src="${escapeHtml(script.src)}"`];
  if (script.integrity) scriptAttrs.push(`integrity="${escapeHtml(script.integrity)}"`, `crossorigin="anonymous"`);
  const attrs = widgetAttributes(options)
    .map(([name, value]) => ` ${name}="${escapeHtml(value)}"`)
    .join('');
  // The fallback is English; say so when the widget is in another language.
  const fallbackLang = options.lang && !options.lang.toLowerCase().startsWith('en') ? ' lang="en"' : '';
  return [
    ...chunkTags(info.tag, script),
    `<script ${scriptAttrs.join(' ')}></script>`,
    `<${info.tag}${attrs}>`,
    `  <p${fallbackLang}><a href="${escapeHtml(info.fallback.href)}">${escapeHtml(info.fallback.text)}</a></p>`,
    `</${info.tag}>`,
  ].join('\n');
}
