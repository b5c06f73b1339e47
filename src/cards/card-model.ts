/**
 * What one card and one detail view (see `detail-model.ts`) show, resolved for the widget's language and the current search:
 * labels instead of ids, texts with their language, matches split into segments for `<mark>`. Built in
 * `willUpdate` for the visible page only. DOM-free.
 */
import type { EvaluationCriterion, Measure, Text, Verification } from '../feed/types.js';
import { sourceViews, type SourceView } from '../core/sources.js';
import type { ResolvedText } from '../feed/text.js';
import type { LocaleController } from '../i18n/locale-controller.js';
import type { Segment } from './highlight.js';
import type { Labeller } from './words.js';
import type { ParsedQuery } from './search-index.js';

/** A text to show: its segments (matches marked) and its language when not the widget's. */
export interface Shown {
  readonly segments: readonly Segment[];
  readonly lang?: string;
}

export type TextField = 'title' | 'summary' | 'lessons' | 'transferability';

export interface CardView {
  readonly id: string;
  readonly title: Shown;
  readonly region: ResolvedText;
  readonly period: string;
  readonly status?: { readonly id: string; readonly label: string };
  readonly dimensions: readonly ResolvedText[];
  readonly targetGroups: readonly ResolvedText[];
  readonly summary?: Shown;
  /** Illustrative measure: marked on the card and in its details. */
  readonly sample: boolean;
  readonly sources: readonly SourceView[];
  /** Where the search matched when the card's own title and summary do not show it. */
  readonly found?: { readonly field: TextField; readonly text: Shown };
}

export interface EvaluationRow {
  readonly criterion: EvaluationCriterion;
  readonly label: string;
  /** 1–5. */
  readonly score: number;
}

export interface DetailView extends CardView {
  readonly lead?: ResolvedText;
  readonly stakeholders: readonly ResolvedText[];
  readonly funding: readonly string[];
  readonly budget: string;
  readonly authorityRole?: 'direct' | 'indirect';
  readonly lessons?: Shown;
  readonly transferability?: Shown;
  readonly evaluation: readonly EvaluationRow[];
  readonly verification?: Verification;
  /** Checked links only. */
  readonly url?: string;
  readonly regionUrl?: string;
}

export interface ViewContext {
  readonly labels: Labeller;
  readonly query: ParsedQuery;
  /** The widget's language: names, dates ("Mar 2019 – Dec 2021") and amounts. */
  readonly i18n: LocaleController;
  /** The search code once loaded: marks matches and finds where a search matched. */
  readonly search?: TextSearch;
}

/** What a card needs of the search code (`search.ts`, loaded on demand). */
export interface TextSearch {
  /** `text` in segments, the query's matches marked. */
  highlight(text: string, query: ParsedQuery): Segment[];
  /** Where the query matched when `shown` (the card's own texts) does not show it. */
  foundIn(m: Measure, ctx: ViewContext, shown: readonly Segment[]): CardView['found'];
}

export function shown(t: Text | undefined, ctx: ViewContext): Shown | undefined {
  const r = ctx.labels.text(t);
  if (!r.value) return undefined;
  return { segments: ctx.search?.highlight(r.value, ctx.query) ?? [{ text: r.value, match: false }], lang: r.lang };
}

export function cardView(m: Measure, ctx: ViewContext): CardView {
  const { labels } = ctx;
  const title = shown(m.title, ctx) ?? { segments: [{ text: m.id, match: false }] };
  const summary = shown(m.summary, ctx);
  return {
    id: m.id,
    title,
    region: labels.option('region', m.region),
    period: ctx.i18n.period(m.start, m.end),
    status: m.status ? { id: m.status, label: labels.option('status', m.status).value } : undefined,
    dimensions: m.dimensions.map((d) => labels.option('dimension', d)),
    targetGroups: m.targetGroups.map((g) => labels.option('targetGroup', g)),
    summary,
    sample: m.sample,
    sources: sourceViews(ctx.i18n, m.sources),
    found: ctx.search?.foundIn(m, ctx, [...title.segments, ...(summary?.segments ?? [])]),
  };
}
