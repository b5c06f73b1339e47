/**
 * What the detail dialog shows for one measure: the card's view plus lead, stakeholders, funding, budget,
 * role, lessons, transferability, the evaluation and the links. Loaded with the dialog (see
 * `detail-view.ts`). DOM-free.
 */
import { EVALUATION_CRITERIA, type EvaluationCriterion, type Measure } from '../feed/types.js';
import { safeUrl } from '../feed/url.js';
import type { LocaleController } from '../i18n/locale-controller.js';
import { cardView, shown, type DetailView, type EvaluationRow, type ViewContext } from './card-model.js';
import { humanise } from './format.js';

/** An evaluation criterion's name in the widget's language. */
export function criterionName({ msg }: LocaleController, c: EvaluationCriterion): string {
  const names: Record<string, string> = {
    communication: msg('Communication', { id: 'cards.criterion.communication' }),
    inclusion: msg('Inclusion', { id: 'cards.criterion.inclusion' }),
    innovation: msg('Innovation', { id: 'cards.criterion.innovation' }),
    multiLevelGovernance: msg('Multi-level governance', { id: 'cards.criterion.multi-level-governance' }),
    multiStakeholder: msg('Multi-stakeholder approach', { id: 'cards.criterion.multi-stakeholder' }),
    monitoringEvaluation: msg('Monitoring and evaluation', { id: 'cards.criterion.monitoring-evaluation' }),
    sustainability: msg('Sustainability', { id: 'cards.criterion.sustainability' }),
  };
  return Object.hasOwn(names, c) ? names[c]! : humanise(c);
}

export function detailView(m: Measure, regionUrl: string | undefined, ctx: ViewContext): DetailView {
  const { labels } = ctx;
  const evaluation: EvaluationRow[] = [];
  for (const c of EVALUATION_CRITERIA) {
    const score = m.evaluation?.[c];
    if (typeof score === 'number' && Number.isFinite(score) && score >= 1 && score <= 5) {
      evaluation.push({ criterion: c, label: criterionName(ctx.i18n, c), score: Math.round(score) });
    }
  }
  const lead = labels.text(m.lead);
  return {
    ...cardView(m, ctx),
    found: undefined,
    lead: lead.value ? lead : undefined,
    stakeholders: m.stakeholders.map((s) => labels.text(s)).filter((s) => s.value !== ''),
    funding: m.funding.map((f) => labels.option('funding', f).value),
    budget: m.budget ? ctx.i18n.currency(m.budget.amount, m.budget.currency) : '',
    authorityRole: m.authorityRole,
    lessons: shown(m.lessons, ctx),
    transferability: shown(m.transferability, ctx),
    evaluation,
    verification: m.verification,
    url: safeUrl(m.url),
    regionUrl: safeUrl(regionUrl),
  };
}
