// The layout suite's matrix: each widget state with content, at 320–1280 px, light and dark, in English
// and French (the longest texts of the seven languages), checked with `layoutProblems`. A few
// screenshots per layout go to layout-screenshots/ (git-ignored) for people to look at; nothing compares them.
import { expect } from '@open-wc/testing';
import { executeServerCommand, setViewport } from '@web/test-runner-commands';
import { render, type TemplateResult } from 'lit';
import { resetFeedStore } from '../../src/feed/store.js';
import { layoutProblems } from './geometry.js';

export const WIDTHS = [320, 360, 480, 640, 800, 1280] as const;
export const THEMES = ['light', 'dark'] as const;
/** English, and French: the most text of the seven languages (xliff/fr.xlf). */
export const LANGS = ['en', 'fr'] as const;
/** The screenshots kept per layout (width, theme, language). */
const SHOTS = new Set(['320 light en', '360 dark fr', '800 light fr', '1280 dark en']);

/** Widths checked with the text spacing of WCAG 1.4.12. */
const SPACING_WIDTHS = [320, 640, 1280] as const;
/** The text spacing of WCAG 1.4.12 (as the usual bookmarklets set it), for every element of a shadow root. */
const TEXT_SPACING = new CSSStyleSheet();
TEXT_SPACING.replaceSync(
  '* { line-height: 1.5 !important; letter-spacing: 0.12em !important; word-spacing: 0.16em !important; } p { margin-bottom: 2em !important; }',
);

/** The widget's shadow root and those inside it. */
function shadowRoots(el: Element): ShadowRoot[] {
  const found: ShadowRoot[] = [];
  const visit = (root: ShadowRoot) => {
    found.push(root);
    root.querySelectorAll('*').forEach((e) => e.shadowRoot && visit(e.shadowRoot));
  };
  if (el.shadowRoot) visit(el.shadowRoot);
  return found;
}

const frame = () => new Promise((resolve) => requestAnimationFrame(resolve));

export interface LayoutState<E extends HTMLElement> {
  /** Short name (file names of the screenshots). */
  readonly name: string;
  /** The widget in this state, in `lang` (the group is fresh for each). */
  readonly template: (lang: string, group: string) => TemplateResult;
  /** Resolves when the widget shows this state's content (called after each resize too). */
  readonly ready: (el: E) => Promise<unknown>;
  /**
   * Problems known and not fixed yet, each with the issue that tracks it: reported in the log on every
   * run, not failed. Keep this list short and specific.
   */
  readonly known?: readonly { readonly problem: RegExp; readonly why: string }[];
}

/** Waits until the widget has re-rendered for the new width (its size observers, then its update). */
async function settle(el: HTMLElement): Promise<void> {
  for (let i = 0; i < 3; i++) {
    await frame();
    await (el as unknown as { updateComplete?: Promise<unknown> }).updateComplete;
  }
}

let groups = 0;

/**
 * Chromium reports "ResizeObserver loop completed with undelivered notifications" when a resize of the
 * window changes the size of a `content-visibility: auto` box it remembers (`contain-intrinsic-size:
 * auto`): the notification comes a frame later, nothing is lost. Only that message is let through.
 */
function tolerateResizeLoopNotice(): () => void {
  const previous = window.onerror;
  window.onerror = function (message, ...rest) {
    if (String(message).includes('ResizeObserver loop')) return true;
    return previous ? previous.call(window, message, ...rest) : false;
  };
  return () => {
    window.onerror = previous;
  };
}

/** One test per state, language, theme and width. */
export function layoutMatrix<E extends HTMLElement>(tag: string, states: readonly LayoutState<E>[]): void {
  for (const state of states) {
    for (const lang of LANGS) {
      describe(`${tag} ${state.name} (${lang})`, () => {
        let container: HTMLElement;
        let el: E;
        let restore: () => void;
        before(async () => {
          restore = tolerateResizeLoopNotice();
          document.body.style.margin = '8px';
          container = document.body.appendChild(document.createElement('div'));
          render(state.template(lang, `layout-${++groups}`), container);
          el = container.querySelector<E>(tag)!;
          await state.ready(el);
        });
        after(async () => {
          render(null, container);
          container.remove();
          resetFeedStore();
          await setViewport({ width: 800, height: 600 });
          restore();
        });
        // WCAG 1.4.12: with more line, paragraph, letter and word spacing nothing may be cut or overlap.
        for (const width of SPACING_WIDTHS) {
          it(`fits at ${width} px with WCAG text spacing`, async () => {
            el.setAttribute('theme', 'light');
            const roots = shadowRoots(el);
            for (const root of roots) root.adoptedStyleSheets = [...root.adoptedStyleSheets, TEXT_SPACING];
            try {
              await setViewport({ width, height: 720 });
              await settle(el);
              await state.ready(el);
              await settle(el);
              const found = layoutProblems(el, { scrollersAllowed: width < 640 }).filter(
                (p) => !state.known?.some((k) => k.problem.test(p)),
              );
              expect(found, found.slice(0, 12).join('\n')).to.deep.equal([]);
            } finally {
              for (const root of roots) root.adoptedStyleSheets = root.adoptedStyleSheets.filter((x) => x !== TEXT_SPACING);
            }
          });
        }
        for (const theme of THEMES) {
          for (const width of WIDTHS) {
            it(`fits at ${width} px, ${theme}`, async () => {
              el.setAttribute('theme', theme);
              await setViewport({ width, height: 720 });
              await settle(el);
              await state.ready(el);
              await settle(el);
              const key = `${width} ${theme} ${lang}`;
              if (SHOTS.has(key)) {
                await executeServerCommand('layout-screenshot', { name: `${tag}-${state.name}-${key.replace(/ /g, '-')}` });
              }
              const found = layoutProblems(el, { scrollersAllowed: width < 640 });
              const known = found.filter((p) => state.known?.some((k) => k.problem.test(p)));
              if (known.length) console.warn(`known layout problems (${tag} ${state.name} ${key}):\n${known.join('\n')}`);
              const problems = found.filter((p) => !known.includes(p));
              expect(problems, problems.slice(0, 12).join('\n')).to.deep.equal([]);
            });
          }
        }
      });
    }
  }
}
