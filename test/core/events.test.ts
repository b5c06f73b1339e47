import { expect } from '@open-wc/testing';
import { emit } from '../../src/core/events.js';

describe('emit()', () => {
  it('dispatches the event with its detail, bubbling out of the shadow root to the page', () => {
    const host = document.body.appendChild(document.createElement('div'));
    const inner = host.attachShadow({ mode: 'open' }).appendChild(document.createElement('button'));
    const seen: { event: Event; target: EventTarget | null }[] = [];
    const listener = (event: Event) => seen.push({ event, target: event.target });
    document.addEventListener('regin-region-select', listener);
    try {
      const result = emit(inner, 'regin-region-select', { regionId: 'ES51' });
      expect(result).to.equal(true);
    } finally {
      document.removeEventListener('regin-region-select', listener);
      host.remove();
    }
    expect(seen).to.have.length(1);
    const { event, target } = seen[0]!;
    expect((event as CustomEvent).detail).to.deep.equal({ regionId: 'ES51' });
    expect(event.bubbles && event.composed).to.equal(true);
    expect(target, 'retargeted to the host').to.equal(host);
  });
});
