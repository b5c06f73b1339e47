/**
 * The feed studio: a policy officer picks or drops CSV files (or a feed JSON); the page builds and checks
 * the feed with the feed tool's own module (bin/lib/produce.mjs, the code behind `regin-feed build`),
 * lists the problems by file, row and column, shows the four widgets on the result, and offers
 * feed.json to download. The files never leave the browser.
 */
import '../src/index.js';
import {
  buildAndCheck,
  COLLECTIONS,
  counts,
  feedJson,
  readAndCheck,
  type Collection,
  type CsvFile,
  type Located,
  type Outcome,
} from '../bin/lib/produce.mjs';
import { UI_LANGUAGES } from '../src/i18n/languages.js';
import { STUDIO_TEXT, type StudioLang, type StudioText } from './studio-text.js';
import { applyStoredTheme, storedTheme } from './theme.js';

const WIDGETS = ['regin-partner-map', 'regin-indicator-radar', 'regin-region-comparison', 'regin-measure-cards'] as const;

/** What the studio shows for the files picked. */
export interface StudioResult extends Outcome {
  /** Problems with the set of files itself (a name that says nothing, two files for one collection). */
  readonly fileProblems: string[];
}

/** The collection a file holds, from its name: `regions.csv`, `Regions - Sheet1.csv`, `measures (2).csv`. */
export function collectionOf(name: string): Collection | undefined {
  const words = name
    .toLowerCase()
    .replace(/\.[a-z0-9]+$/, '')
    .split(/[^a-z]+/);
  return COLLECTIONS.find((c) => words.includes(c));
}

/** Builds (CSV) or reads (JSON) the feed of the files picked, with the CLI's code. */
export function studioResult(files: readonly CsvFile[], decimal: '' | ',' | '.', text: StudioText): StudioResult {
  const json = files.filter((f) => /\.json$/i.test(f.name));
  if (json.length === 1 && files.length === 1) return { ...readAndCheck(json[0].bytes, json[0].name), fileProblems: [] };
  const fileProblems: string[] = [];
  if (json.length) fileProblems.push(text.jsonAlone);
  const byCollection: Partial<Record<Collection, CsvFile>> = {};
  for (const file of files) {
    if (json.includes(file)) continue;
    const collection = collectionOf(file.name);
    if (!collection) fileProblems.push(text.unknownFile(file.name));
    else if (byCollection[collection]) fileProblems.push(text.twice(byCollection[collection].name, file.name));
    else byCollection[collection] = file;
  }
  if (!byCollection.regions) fileProblems.push(text.noRegions);
  if (fileProblems.length) return { problems: [], notes: [], fileProblems };
  return { ...buildAndCheck(byCollection, decimal ? { decimal } : {}), fileProblems };
}

/** Saves `blob` as a file named `name` (made in the page: nothing is sent). */
function save(blob: Blob, name: string): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  a.click();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

function byId<T extends HTMLElement>(id: string): T {
  return document.getElementById(id) as T;
}

function mountStudio(): void {
  const input = byId<HTMLInputElement>('studio-files');
  const drop = byId<HTMLDivElement>('studio-drop');
  const langSelect = byId<HTMLSelectElement>('studio-lang');
  const decimalSelect = byId<HTMLSelectElement>('studio-decimal');
  const download = byId<HTMLButtonElement>('studio-download');
  const preview = byId<HTMLElement>('studio-preview');
  const widgets = byId<HTMLDivElement>('studio-widgets');
  let files: CsvFile[] = [];
  let result: StudioResult | undefined;
  let lang: StudioLang = 'en';

  for (const code of UI_LANGUAGES) {
    const name = new Intl.DisplayNames([code], { type: 'language' }).of(code) ?? code;
    langSelect.add(new Option(name.charAt(0).toLocaleUpperCase(code) + name.slice(1), code));
  }
  const wanted = new URLSearchParams(location.search).get('lang') ?? navigator.language.slice(0, 2);
  if ((UI_LANGUAGES as readonly string[]).includes(wanted)) lang = wanted as StudioLang;
  langSelect.value = lang;

  const text = () => STUDIO_TEXT[lang];

  function translate(): void {
    document.documentElement.lang = lang;
    widgets.lang = lang;
    const t = text() as unknown as Record<string, unknown>;
    for (const el of document.querySelectorAll<HTMLElement>('[data-text]')) {
      const value = t[el.dataset.text!];
      if (typeof value === 'string') el.textContent = value;
    }
  }

  function item(list: HTMLElement, parts: (string | [tag: string, text: string])[]): void {
    const li = document.createElement('li');
    for (const part of parts) {
      if (typeof part === 'string') li.append(part);
      else {
        const el = document.createElement(part[0]);
        el.textContent = part[1];
        li.append(el);
      }
    }
    list.append(li);
  }

  function problemParts(p: Located): (string | [string, string])[] {
    return [...(p.where ? [['strong', p.where] as [string, string], ': '] : []), p.message, ' ', ['code', p.path]];
  }

  function render(): void {
    const t = text();
    const fileList = byId('studio-file-list');
    fileList.replaceChildren();
    if (!files.length) item(fileList, [t.none]);
    for (const f of files) item(fileList, [['code', f.name], ` (${(f.bytes.length / 1024).toFixed(1)} kB)`]);
    const problems = byId('studio-problems');
    const notes = byId('studio-notes');
    problems.replaceChildren();
    notes.replaceChildren();
    const status = byId('studio-status');
    if (!result) {
      status.textContent = '';
    } else {
      for (const p of result.fileProblems) item(problems, [p]);
      for (const p of result.problems) item(problems, problemParts(p));
      for (const n of result.notes) item(notes, [n]);
      const n = result.fileProblems.length + result.problems.length;
      status.textContent = n ? t.problems(n) : t.valid(counts(result.feed));
    }
    byId('studio-notes-block').hidden = !result?.notes.length;
    const valid = !!result?.feed && result.problems.length === 0 && result.fileProblems.length === 0;
    download.disabled = !valid;
    showPreview(result?.feed);
  }

  function showPreview(feed: unknown): void {
    preview.hidden = !feed;
    if (!feed) return;
    if (!widgets.children.length) {
      for (const tag of WIDGETS) {
        const section = document.createElement('section');
        section.className = tag === 'regin-partner-map' || tag === 'regin-measure-cards' ? 'widget widget-wide' : 'widget';
        const el = document.createElement(tag) as HTMLElement & { feed?: unknown };
        el.setAttribute('group', 'studio');
        const theme = storedTheme();
        if (theme === 'light' || theme === 'dark') el.setAttribute('theme', theme);
        el.feed = feed;
        section.append(el);
        widgets.append(section);
      }
    } else {
      for (const el of widgets.querySelectorAll<HTMLElement & { feed?: unknown }>(WIDGETS.join(','))) el.feed = feed;
    }
  }

  function update(): void {
    result = files.length ? studioResult(files, decimalSelect.value as '' | ',' | '.', text()) : undefined;
    render();
  }

  async function take(list: Iterable<File>): Promise<void> {
    const picked = await Promise.all(
      [...list].map(async (f) => ({ name: f.name, bytes: new Uint8Array(await f.arrayBuffer()) })),
    );
    if (!picked.length) return;
    files = picked;
    byId('studio-status').textContent = text().reading;
    update();
  }

  input.addEventListener('change', () => void take(input.files ?? []));
  drop.addEventListener('dragover', (e) => {
    e.preventDefault();
    drop.classList.add('drop-over');
  });
  drop.addEventListener('dragleave', () => drop.classList.remove('drop-over'));
  drop.addEventListener('drop', (e) => {
    e.preventDefault();
    drop.classList.remove('drop-over');
    void take(e.dataTransfer?.files ?? []);
  });
  decimalSelect.addEventListener('change', update);
  langSelect.addEventListener('change', () => {
    lang = langSelect.value as StudioLang;
    translate();
    render();
  });
  /** The built-in feed as the CSV files `regin-feed init` writes, loaded when first asked for. */
  async function exampleCsv(): Promise<Record<string, string>> {
    const [{ default: builtin }, { feedToCsv }] = await Promise.all([
      import('../src/assets/regin-feed.json'),
      import('../bin/lib/to-csv.mjs'),
    ]);
    return feedToCsv(builtin);
  }
  byId('studio-example').addEventListener('click', async () => {
    const encoder = new TextEncoder();
    files = Object.entries(await exampleCsv()).map(([name, csv]) => ({ name, bytes: encoder.encode(csv) }));
    update();
  });
  const templates = byId<HTMLDetailsElement>('studio-templates');
  templates.addEventListener('toggle', async () => {
    const list = byId('studio-template-list');
    if (!templates.open || list.childElementCount) return;
    for (const [name, csv] of Object.entries(await exampleCsv())) {
      const li = document.createElement('li');
      const button = document.createElement('button');
      button.type = 'button';
      button.textContent = name;
      // A byte order mark, so that Excel opens the file as UTF-8.
      button.addEventListener('click', () => save(new Blob(['\uFEFF', csv], { type: 'text/csv' }), name));
      li.append(button);
      list.append(li);
    }
  });
  download.addEventListener('click', () => {
    if (result?.feed) save(new Blob([feedJson(result.feed)], { type: 'application/json' }), 'feed.json');
  });

  translate();
  render();
}

applyStoredTheme();
mountStudio();
