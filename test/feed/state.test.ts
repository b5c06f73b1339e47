import { expect } from '@open-wc/testing';
import { normaliseFeed } from '../../src/feed/normalise.js';
import { feedCounts, unusableFeedError, widgetState, type FeedSnapshot } from '../../src/feed/state.js';
import type { Feed, FeedError, FeedProblem } from '../../src/feed/types.js';

const feed = {
  format: 'regin-feed',
  version: '1.0',
  sample: false,
  attribution: [],
  framework: { id: 'mipex-r', scale: [0, 100], dimensions: [] },
  regions: [{ id: 'ES51', name: { '': 'Catalunya' }, country: 'ES', roles: [], commissions: [] }],
  partners: [],
  scores: [],
  baselines: [],
  measures: [],
} as unknown as Feed;

const dropped: FeedProblem = { path: '$.regions[1]', severity: 'dropped', code: 'left-out', params: ['no-id', 'region'] };
const fixed: FeedProblem = { path: '$.regions[0].url', severity: 'fixed', code: 'field', params: ['url', 'removed', 'not-link'] };
const error: FeedError = { code: 'http', message: 'HTTP 500', status: 500 };

const snap = (s: Partial<FeedSnapshot>): FeedSnapshot => ({
  url: null,
  loading: false,
  feed: null,
  problems: [],
  error: null,
  ...s,
});
const always = () => true;
const never = () => false;

describe('widgetState()', () => {
  it('is loading while the first load is under way', () => {
    expect(widgetState(snap({ loading: true }), always)).to.equal('loading');
  });

  it('is loading before anything was tried (no feed, no error)', () => {
    expect(widgetState(snap({ loading: false }), always)).to.equal('loading');
  });

  it('is loading while retrying with no data yet, even with an error', () => {
    expect(widgetState(snap({ loading: true, error }), always)).to.equal('loading');
  });

  it('is error when the load failed and there is no data', () => {
    expect(widgetState(snap({ error }), always)).to.equal('error');
  });

  it('is ready with a feed this widget can show', () => {
    expect(widgetState(snap({ feed }), always)).to.equal('ready');
  });

  it('stays ready when fields were only fixed', () => {
    expect(widgetState(snap({ feed, problems: [fixed] }), always)).to.equal('ready');
  });

  it('is partial when entries were dropped', () => {
    expect(widgetState(snap({ feed, problems: [fixed, dropped] }), always)).to.equal('partial');
  });

  it('is empty when the feed has nothing for this widget', () => {
    expect(widgetState(snap({ feed }), never)).to.equal('empty');
    expect(widgetState(snap({ feed, problems: [dropped] }), never)).to.equal('empty');
  });

  it('is stale when a later load failed and the last good feed is shown', () => {
    expect(widgetState(snap({ feed, error }), always)).to.equal('stale');
  });

  it('is stale rather than partial when a partial feed could not be reloaded', () => {
    expect(widgetState(snap({ feed, error, problems: [dropped] }), always)).to.equal('stale');
  });

  it('is error when the last good feed has nothing for this widget and a load failed', () => {
    expect(widgetState(snap({ feed, error }), never)).to.equal('error');
  });

  it('asks hasContent about the feed in the snapshot', () => {
    const seen: Feed[] = [];
    widgetState(snap({ feed }), (f) => (seen.push(f), true));
    expect(seen).to.deep.equal([feed]);
  });

  it('follows the store through a whole life: loading → ready → stale → ready → partial', () => {
    const life = [
      snap({ loading: true }),
      snap({ feed }),
      snap({ feed, error }),
      snap({ feed }),
      snap({ feed, problems: [dropped] }),
    ];
    expect(life.map((s) => widgetState(s, always))).to.deep.equal(['loading', 'ready', 'stale', 'ready', 'partial']);
  });

  it('follows a failed start: loading → error → ready', () => {
    const life = [snap({ loading: true }), snap({ error }), snap({ feed })];
    expect(life.map((s) => widgetState(s, always))).to.deep.equal(['loading', 'error', 'ready']);
  });
});

describe('feedCounts()', () => {
  it('counts entries and dropped problems only', () => {
    expect(feedCounts(feed, [dropped, fixed, dropped])).to.deep.equal({
      regions: 1,
      partners: 0,
      scores: 0,
      baselines: 0,
      measures: 0,
      dropped: 2,
    });
  });
});

describe('unusableFeedError()', () => {
  it('is a version error for a feed of another major version, naming the host', () => {
    const { problems } = normaliseFeed({ format: 'regin-feed', version: '2.0', regions: [] });
    const err = unusableFeedError(problems, 'https://feeds.example.org/regin.json');
    expect(err.code).to.equal('version');
    expect(err.message).to.include('feeds.example.org').and.to.include('2.0');
  });

  it('is an invalid error for JSON that is not a feed, with the normaliser reason and what to do', () => {
    const { feed: none, problems } = normaliseFeed({ type: 'FeatureCollection', features: [] });
    expect(none).to.equal(null);
    const err = unusableFeedError(problems, null);
    expect(err.code).to.equal('invalid');
    expect(err.message).to.match(/^The feed cannot be used: /);
    expect(err.message).to.include(problems[0]!.message!.slice(1)).and.to.include('regin-feed validate');
  });

  it('has a message even without problems', () => {
    expect(unusableFeedError([], null)).to.deep.equal({
      code: 'invalid',
      message: 'The feed cannot be used: it is not a regin-feed. Check it with "regin-feed validate".',
    });
  });
});
