/**
 * The embed builder: a form of options → a live preview element and the snippet to copy. The snippet and
 * the preview's attributes both come from snippet.ts, so what you see is what you paste.
 */
import { readBuiltinFeed } from '../src/feed/builtin.js';
import {
  WIDGETS,
  cdnScriptUrl,
  embedSnippet,
  isFeedUrl,
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

type TextValue = string | Record<string, string> | undefined;

function english(text: TextValue): string {
  if (typeof text === 'string') return text;
  if (!text) return '';
  return text.en ?? Object.values(text)[0] ?? '';
}

interface FeedChoices {
  regions: { id: string; name: string }[];
  dimensions: { id: string; label: string }[];
}

/** Region and dimension choices from the built-in feed (the same file the widgets load). */
async function loadChoices(): Promise<FeedChoices> {
  try {
    const raw = (await readBuiltinFeed()) as {
      regions?: { id?: string; name?: TextValue }[];
      framework?: { dimensions?: { id?: string; label?: TextValue }[] };
    };
    return {
      regions: (raw.regions ?? [])
        .filter((r): r is { id: string; name?: TextValue } => typeof r.id === 'string')
        .map((r) => ({ id: r.id, name: english(r.name) || r.id }))
        .sort((a, b) => a.name.localeCompare(b.name)),
      dimensions: (raw.framework?.dimensions ?? [])
        .filter((d): d is { id: string; label?: TextValue } => typeof d.id === 'string')
        .map((d) => ({ id: d.id, label: english(d.label) || d.id })),
    };
  } catch {
    return { regions: [], dimensions: [] };
  }
}

function option(value: string, label: string): HTMLOptionElement {
  const o = document.createElement('option');
  o.value = value;
  o.textContent = label;
  return o;
}

export function mountEmbedBuilder(doc: Document, release: Release): void {
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

  for (const w of WIDGETS) widgetSelect.append(option(w.tag, w.label));

  void loadChoices().then(({ regions, dimensions }) => {
    for (const r of regions) {
      const label = doc.createElement('label');
      label.className = 'inline';
      const box = doc.createElement('input');
      box.type = 'checkbox';
      box.name = 'region';
      box.value = r.id;
      label.append(box, ` ${r.name} `);
      const id = doc.createElement('code');
      id.textContent = r.id;
      label.append(id);
      regionsBox.append(label);
    }
    for (const d of dimensions) colorBySelect.append(option(d.id, `Score: ${d.label}`));
  });

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
  const update = () => {
    const { options, script } = read();
    const info = widgetInfo(options.widget);
    regionsField.hidden = !info.regionsAttribute;
    colorByField.hidden = !info.colorByAttribute;
    baseField.hidden = new FormData(form).get('hosting') !== 'self';
    const feedOk = isFeedUrl(options.feedUrl ?? '');
    feedError.hidden = feedOk;
    feedInput.setAttribute('aria-invalid', String(!feedOk));

    snippetCode.textContent = embedSnippet(options, script);
    integrityNote.textContent = release.integrity
      ? `Pinned to version ${release.version}; the browser refuses the script if it differs from the published file.`
      : `Version ${release.version}. The integrity hash is added in the built demo (npm run build:demo), computed from dist/regin-widgets.js.`;

    // Rebuild the preview only when the element would differ.
    const attrs = widgetAttributes(options);
    const key = JSON.stringify([options.widget, attrs]);
    if (key === previewKey) return;
    previewKey = key;
    const el = doc.createElement(info.tag);
    for (const [name, value] of attrs) el.setAttribute(name, value);
    const p = doc.createElement('p');
    const a = doc.createElement('a');
    a.href = info.fallback.href;
    a.textContent = info.fallback.text;
    p.append(a);
    el.append(p);
    preview.replaceChildren(el);
  };

  form.addEventListener('input', update);
  form.addEventListener('change', update);
  form.addEventListener('submit', (e) => e.preventDefault());

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
}
