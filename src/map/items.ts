/**
 * What the map shows, from a feed: one item per region (polygon when its NUTS shape is known, marker at
 * its location otherwise) and one per partner organisation that has no region (CPMR in Rennes, MPG in
 * Brussels …), each with the role that colours it.
 */
import type { Feed, LonLat, Partner, Region, Source, Text } from '../feed/types.js';

/** The roles the map colours by, in legend order. */
export const MAP_ROLES = [
  'coordinator',
  'regional-partner',
  'technical-partner',
  'associated-partner',
  'cpmr-member',
  'other',
] as const;
export type MapRole = (typeof MAP_ROLES)[number];

export interface MapItem {
  /** Unique among items: the region id, or `partner:<id>` for a partner without a region. */
  readonly key: string;
  /** The feed region this item is; absent for a partner without a region. */
  readonly regionId?: string;
  readonly name: Text;
  readonly role: MapRole;
  /** Partner organisations of this item (for a region: those whose `region` is it). */
  readonly partners: readonly Partner[];
  readonly nuts?: string;
  readonly location?: LonLat;
  /** Number of measures of the region in the feed. */
  readonly measures: number;
  readonly url?: string;
  /** Sources for what the feed says of the region (its roles); a partner's own are with the partner. */
  readonly sources: readonly Source[];
}

const PARTNER_ROLE: Readonly<Record<Partner['kind'], MapRole>> = {
  coordinator: 'coordinator',
  region: 'regional-partner',
  technical: 'technical-partner',
  associated: 'associated-partner',
};

/** The strongest role of a region, from its partners' kinds and its own roles. */
export function regionRole(region: Region, partners: readonly Partner[]): MapRole {
  const kinds = new Set(partners.map((p) => p.kind));
  if (kinds.has('coordinator')) return 'coordinator';
  if (kinds.has('region') || region.roles.includes('regin-partner')) return 'regional-partner';
  if (kinds.has('technical')) return 'technical-partner';
  if (kinds.has('associated')) return 'associated-partner';
  if (region.roles.includes('cpmr-member')) return 'cpmr-member';
  return 'other';
}

/** Items in feed order: regions first, then partners without a region. */
export function mapItems(feed: Feed): MapItem[] {
  const measures = new Map<string, number>();
  for (const m of feed.measures) measures.set(m.region, (measures.get(m.region) ?? 0) + 1);
  const regionIds = new Set(feed.regions.map((r) => r.id));
  const byRegion = new Map<string, Partner[]>();
  for (const p of feed.partners) {
    if (p.region && regionIds.has(p.region)) {
      const list = byRegion.get(p.region) ?? [];
      list.push(p);
      byRegion.set(p.region, list);
    }
  }
  const items: MapItem[] = feed.regions.map((r) => {
    const partners = byRegion.get(r.id) ?? [];
    return {
      key: r.id,
      regionId: r.id,
      name: r.name,
      role: regionRole(r, partners),
      partners,
      nuts: r.nuts,
      location: r.location,
      measures: measures.get(r.id) ?? 0,
      url: r.url,
      sources: r.sources,
    };
  });
  for (const p of feed.partners) {
    if (p.region && regionIds.has(p.region)) continue;
    items.push({
      key: `partner:${p.id}`,
      name: p.name,
      role: PARTNER_ROLE[p.kind] ?? 'other',
      partners: [p],
      location: p.location,
      measures: 0,
      url: p.url,
      sources: [],
    });
  }
  return items;
}
