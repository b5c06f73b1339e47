/**
 * The group selection: one region per `group`, shared by every widget with that group on the page.
 *
 * The model, in full (the README's "How linked widgets behave" says the same for page authors):
 *
 * - **What it is.** One region id, or none, per group. It is the region a person is looking at; it is
 *   never a list, and it is never cleared because some widget cannot show it.
 * - **Who sets it.** A person's action that names one region for everything: a click, Enter/Space or a
 *   list button on the map; removing the linked chip or unticking the linked region in the cards
 *   (which clear it). Script sets it through the map's `selected` property (no event). Choices
 *   that only arrange one widget — a comparison picker, the radar's "show another region" — are local
 *   and do not change it.
 * - **What each widget does with it** (pure rules below, so every widget follows the same ones):
 *   - map: highlights the region (and brings it into view);
 *   - cards: the region is the region facet's first value, shown as a removable chip and a ticked box
 *     ({@link linkedRegionFilter}); regions the person ticks are added to it; facet counts are those of
 *     the region facet as usual;
 *   - radar (without a `regions` attribute): shows the region when it has scores, otherwise keeps what
 *     it showed and says so ({@link radarFollow});
 *   - comparison: adds the region when it has scores and a column is free, or in place of the column
 *     the selection itself added before; never in place of a region a person chose — when full it
 *     offers to replace one ({@link comparisonFollow}).
 *
 * The registry lives on `globalThis` under a `Symbol.for` key so that two copies of the library on one
 * page (a script tag and an npm bundle) still share one selection per group.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';

type Listener = (regionId: string | null) => void;

interface Channel {
  selected: string | null;
  readonly listeners: Set<Listener>;
}

const KEY = Symbol.for('regin-widgets.selection.v1');
type Registry = Map<string, Channel>;

function registry(): Registry {
  const g = globalThis as { [KEY]?: Registry };
  return (g[KEY] ??= new Map());
}

function channel(group: string): Channel {
  const reg = registry();
  let ch = reg.get(group);
  if (!ch) {
    ch = { selected: null, listeners: new Set() };
    reg.set(group, ch);
  }
  return ch;
}

/** The name used for widgets without a `group` attribute. */
export const DEFAULT_GROUP = 'default';

/** Current selection of a group. */
export function selectedIn(group: string): string | null {
  return registry().get(group)?.selected ?? null;
}

/** Sets the selection of a group and tells every other subscriber (not `except`). */
export function selectIn(group: string, regionId: string | null, except?: Listener): void {
  const ch = channel(group);
  if (ch.selected === regionId) return;
  ch.selected = regionId;
  for (const listener of [...ch.listeners]) if (listener !== except) listener(regionId);
}

/** Subscribes to a group's selection; returns the unsubscribe function. */
export function subscribeSelection(group: string, listener: Listener): () => void {
  const ch = channel(group);
  ch.listeners.add(listener);
  return () => ch.listeners.delete(listener);
}

/**
 * Keeps `selected` in step with the host's group. The host calls {@link SelectionController.select} on
 * user action (and fires `regin-region-select` itself); changes from other widgets arrive through
 * `requestUpdate`. A selection made while the host was away (or before it first connected) is simply
 * read on the next render, since the group's selection outlives its subscribers.
 */
export class SelectionController implements ReactiveController {
  #group = DEFAULT_GROUP;
  #unsubscribe?: () => void;
  readonly #onChange: Listener = () => this.#host.requestUpdate();

  readonly #host: ReactiveControllerHost & { group?: string | null };

  constructor(host: ReactiveControllerHost & { group?: string | null }) {
    this.#host = host;
    host.addController(this);
  }

  /** Region selected in the host's group, or `null`. */
  get selected(): string | null {
    return selectedIn(this.#host.group || DEFAULT_GROUP);
  }

  /** Selects a region for the whole group (user action). */
  select(regionId: string | null): void {
    selectIn(this.#host.group || DEFAULT_GROUP, regionId, this.#onChange);
    this.#host.requestUpdate();
  }

  hostConnected(): void {
    this.#resubscribe();
  }

  hostUpdate(): void {
    // Only while connected: a pending update after removal must not subscribe again.
    if (!this.#unsubscribe) return;
    const group = this.#host.group || DEFAULT_GROUP;
    if (group !== this.#group) this.#resubscribe();
  }

  hostDisconnected(): void {
    this.#unsubscribe?.();
    this.#unsubscribe = undefined;
  }

  #resubscribe(): void {
    this.#unsubscribe?.();
    this.#group = this.#host.group || DEFAULT_GROUP;
    this.#unsubscribe = subscribeSelection(this.#group, this.#onChange);
  }
}

// ---------------------------------------------------------------------------------------------------
// What each widget does with the selection: pure rules, DOM-free.

/**
 * The cards' region facet value: the linked region first, then the regions the person ticked (without
 * repeating the linked one).
 */
export function linkedRegionFilter(linked: string | null, ticked: readonly string[]): string[] {
  return linked === null ? [...ticked] : [linked, ...ticked.filter((id) => id !== linked)];
}

/** What the radar shows for a group selection. */
export interface RadarFollow {
  /** The region to show, or `null` for the widget's default line-up. */
  readonly show: string | null;
  /** The selected region that has no scores, when that is why `show` is not the selection. */
  readonly unscored: string | null;
}

/**
 * The radar follows the selection when the selected region has scores (`hasScores`); otherwise it keeps
 * `shown` (the region it showed before, `null`: its default) and names the selection as unscored.
 */
export function radarFollow(selected: string | null, shown: string | null, hasScores: (id: string) => boolean): RadarFollow {
  if (selected === null) return { show: shown, unscored: null };
  if (hasScores(selected)) return { show: selected, unscored: null };
  return { show: shown, unscored: selected };
}

/** The comparison's columns and who put each there. */
export interface ComparisonColumns {
  /** Region ids, in column order. */
  readonly ids: readonly string[];
  /** The column the group selection added (and may replace again), or `null`. */
  readonly linked: string | null;
}

/** What the comparison does with a new group selection. */
export type ComparisonFollow =
  /** Nothing to do: no selection, or it is already shown. */
  | { readonly kind: 'none' }
  /** The selected region has no scores: the columns stay, and the comparison says so. */
  | { readonly kind: 'unscored'; readonly region: string }
  /** The region is added (or takes the place of the column the selection added before). */
  | { readonly kind: 'added'; readonly columns: ComparisonColumns }
  /** Every column is a choice: the region is only offered, in place of one the person picks. */
  | { readonly kind: 'full'; readonly region: string };

/**
 * The comparison adds a selected region only if it has scores and there is room: a free column, or the
 * column a previous selection added (it follows the selection until a person chooses it). It never
 * replaces any other region; when full, it reports `full` so the widget can offer "replace …".
 */
export function comparisonFollow(
  columns: ComparisonColumns,
  selected: string | null,
  hasScores: (id: string) => boolean,
  max: number,
): ComparisonFollow {
  if (selected === null || columns.ids.includes(selected)) return { kind: 'none' };
  if (!hasScores(selected)) return { kind: 'unscored', region: selected };
  if (columns.linked !== null && columns.ids.includes(columns.linked)) {
    const ids = columns.ids.map((id) => (id === columns.linked ? selected : id));
    return { kind: 'added', columns: { ids, linked: selected } };
  }
  if (columns.ids.length < max) return { kind: 'added', columns: { ids: [...columns.ids, selected], linked: selected } };
  return { kind: 'full', region: selected };
}
