/**
 * PROVISIONAL: a minimal normaliser so the elements can be developed; the full one (per-entry
 * validation, caps, URL check, references) replaces this file.
 */
import type { Feed, NormaliseResult, Text } from './types.js';

const text = (v: unknown): Text | undefined =>
  typeof v === 'string' ? { '': v } : v && typeof v === 'object' ? (v as Text) : undefined;

export function normaliseFeed(input: unknown): NormaliseResult {
  if (!input || typeof input !== 'object') return { feed: null, problems: [{ path: '$', message: 'Not a feed.', severity: 'fatal' }] };
  const f = input as Record<string, any>;
  const arr = (v: unknown) => (Array.isArray(v) ? v : []);
  const feed: Feed = {
    format: 'regin-feed',
    version: String(f.version ?? '1.0'),
    updated: f.updated,
    sample: f.sample === true,
    title: text(f.title),
    attribution: arr(f.attribution).map((t) => text(t)!),
    framework: {
      id: f.framework?.id ?? 'mipex-r',
      scale: [0, 100],
      dimensions: arr(f.framework?.dimensions).map((d) => ({ ...d, label: text(d.label), description: text(d.description) })),
    },
    regions: arr(f.regions).map((r) => ({ roles: [], commissions: [], ...r, name: text(r.name) })),
    partners: arr(f.partners).map((p) => ({ ...p, name: text(p.name), city: text(p.city), description: text(p.description), contribution: text(p.contribution) })),
    scores: arr(f.scores).map((s) => ({ synthetic: false, ...s })),
    baselines: arr(f.baselines).map((b) => ({ ...b, label: text(b.label) })),
    measures: arr(f.measures).map((m) => ({
      dimensions: [], targetGroups: [], funding: [], ...m,
      title: text(m.title), summary: text(m.summary), lead: text(m.lead), lessons: text(m.lessons),
      transferability: text(m.transferability), stakeholders: arr(m.stakeholders).map((s) => text(s)!),
    })),
  };
  return { feed, problems: [] };
}
