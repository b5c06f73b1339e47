/**
 * Keeps the cards' filters in the page's URL hash when the element has `sync-url`: reads them on
 * connect and on `hashchange`, writes them (without adding history entries) after each user change.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { CardFilters } from './filters.js';
import { parseFilters, readHash, writeHash } from './url-state.js';

export class HashSync implements ReactiveController {
  constructor(
    private readonly host: ReactiveControllerHost & { syncUrl: boolean },
    /** Called with the filters found in the hash after it changed. */
    private readonly onChange: (filters: CardFilters) => void,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    window.addEventListener('hashchange', this.onHashChange);
  }

  hostDisconnected(): void {
    window.removeEventListener('hashchange', this.onHashChange);
  }

  /** The filters in the hash, or `null` when syncing is off or the hash has none. */
  read(): CardFilters | null {
    if (!this.host.syncUrl) return null;
    const part = readHash(location.hash);
    return part === null ? null : parseFilters(part);
  }

  /** Puts `filters` in the hash (replacing the current history entry), keeping the rest of it. */
  write(filters: CardFilters): void {
    if (!this.host.syncUrl) return;
    const hash = writeHash(location.hash, filters);
    if (hash === location.hash || (hash === '' && location.hash === '#')) return;
    history.replaceState(history.state, '', hash || location.pathname + location.search);
  }

  private readonly onHashChange = () => {
    const filters = this.read();
    if (filters) this.onChange(filters);
  };
}
