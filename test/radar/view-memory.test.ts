import { expect } from '@open-wc/testing';
import { isRadarView, RADAR_VIEWS, recallView, rememberView } from '../../src/radar/view-memory.js';

describe('isRadarView()', () => {
  it('knows the radar, bars and table views only', () => {
    expect(RADAR_VIEWS.every(isRadarView)).to.equal(true);
    expect(['', 'Radar', 'chart', null, undefined, 1].some(isRadarView)).to.equal(false);
  });
});

describe('rememberView() and recallView()', () => {
  const id = () => `view-memory-${Math.random()}`;
  afterEach(() => {
    for (const key of Object.keys(localStorage)) if (key.includes('view-memory-')) localStorage.removeItem(key);
  });

  it('remember the view chosen for each element id', () => {
    const [a, b] = [id(), id()];
    expect(recallView(a)).to.equal(undefined);
    rememberView(a, 'table');
    rememberView(b, 'bars');
    expect(recallView(a)).to.equal('table');
    expect(recallView(b)).to.equal('bars');
    rememberView(a, 'radar');
    expect(recallView(a)).to.equal('radar');
  });

  it('remember nothing for an element without an id', () => {
    const before = localStorage.length;
    rememberView('', 'table');
    expect(localStorage.length).to.equal(before);
    expect(recallView('')).to.equal(undefined);
  });

  it('ignore a stored value that is not a view', () => {
    const a = id();
    rememberView(a, 'bars');
    const key = Object.keys(localStorage).find((k) => k.endsWith(a))!;
    localStorage.setItem(key, 'pie');
    expect(recallView(a)).to.equal(undefined);
  });

  it('neither throw nor remember when the storage refuses', () => {
    const a = id();
    const { getItem, setItem } = Storage.prototype;
    Storage.prototype.getItem = () => {
      throw new DOMException('denied', 'SecurityError');
    };
    Storage.prototype.setItem = () => {
      throw new DOMException('full', 'QuotaExceededError');
    };
    try {
      expect(() => rememberView(a, 'table')).to.not.throw();
      expect(recallView(a)).to.equal(undefined);
    } finally {
      Storage.prototype.getItem = getItem;
      Storage.prototype.setItem = setItem;
    }
    expect(recallView(a)).to.equal(undefined);
  });
});
