/**
 * What the detail dialog shows for one measure: the card's view plus lead, stakeholders, funding, budget,
 * role, lessons, transferability, the evaluation and the links. Loaded with the dialog (see
 * `detail-view.ts`). DOM-free.
 */
import { EVALUATION_CRITERIA, type EvaluationCriterion, type Measure } from '../feed/types.js';
import { safeUrl } from '../feed/url.js';
import { cardView, shown, type DetailView, type EvaluationRow, type ViewContext } from './card-model.js';

/** `criterion` names an evaluation criterion in the widget's language. */
export function detailView(m: Measure, regionUrl: string | undefined, ctx: ViewContext, criterion: (c: EvaluationCriterion) => string): DetailView {
  const { labels } = ctx;
  const evaluation: EvaluationRow[] = [];
  for (const c of EVALUATION_CRITERIA) {
    const score = m.evaluation?.[c];
    if (typeof score === 'number' && Number.isFinite(score) && score >= 1 && score <= 5) {
      evaluation.push({ criterion: c, label: criterion(c), score: Math.round(score) });
    }
  }
  const lead = labels.text(m.lead);
  return {
    ...cardView(m, ctx),
    found: undefined,
    lead: lead.value ? lead : undefined,
    stakeholders: m.stakeholders.map((s) => labels.text(s)).filter((s) => s.value !== ''),
    funding: m.funding.map((f) => labels.option('funding', f).value),
    budget: m.budget ? ctx.currency(m.budget.amount, m.budget.currency) : '',
    authorityRole: m.authorityRole,
    lessons: shown(m.lessons, ctx),
    transferability: shown(m.transferability, ctx),
    evaluation,
    url: safeUrl(m.url),
    regionUrl: safeUrl(regionUrl),
  };
}
