/**
 * Page-level selection shared by widgets with the same `group`.
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
