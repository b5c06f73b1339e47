import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import { selectIn } from '../src/core/selection.js';
import '../src/measure-cards.js';
import illustrativeFeed from '../examples/illustrative-feed.json';
import cardsFeed from '../test/fixtures/cards-basic.json';
import empty from '../test/fixtures/empty.json';
import hostile from '../test/fixtures/hostile.json';
import partial from '../test/fixtures/partial.json';
import { generateFeed } from '../test/cards/generate-feed.js';
import { box } from './box.js';
import { feedStates } from './feed-states.js';

type Args = {
  region?: string;
  dimension?: string;
  targetGroup?: string;
  query?: string;
  syncUrl: boolean;
  pageSize: number;
  group?: string;
  theme?: 'light' | 'dark';
  width: number;
  src?: string;
  feed?: unknown;
};

const cards = (a: Args) =>
  box(
    a.width,
    html`<regin-measure-cards
      region=${a.region || nothing}
      dimension=${a.dimension || nothing}
      target-group=${a.targetGroup || nothing}
      query=${a.query || nothing}
      ?sync-url=${a.syncUrl}
      page-size=${a.pageSize}
      group=${a.group || nothing}
      theme=${a.theme || nothing}
      src=${a.src || nothing}
      .feed=${a.feed}
    ></regin-measure-cards>`,
  );

/** Clicks the first card's "Details" button once the widget has rendered (as a reader would). */
async function openFirstDetail(canvas: HTMLElement): Promise<void> {
  const el = canvas.querySelector('regin-measure-cards');
  for (let i = 0; i < 100 && !el?.shadowRoot?.querySelector('.open'); i++) await new Promise((r) => setTimeout(r, 50));
  el?.shadowRoot?.querySelector<HTMLButtonElement>('.open')?.click();
}

const meta: Meta<Args> = {
  title: 'Measure cards',
  component: 'regin-measure-cards',
  args: { syncUrl: false, pageSize: 12, width: 1100 },
  argTypes: {
    dimension: {
      control: 'select',
      options: ['', 'labour', 'education', 'health', 'housing', 'language', 'culture', 'religion', 'social'],
    },
    targetGroup: { control: 'select', options: ['', 'tcn', 'bip', 'women', 'youth', 'children', 'elderly'] },
    theme: { control: 'inline-radio', options: [undefined, 'light', 'dark'] },
    width: { control: { type: 'range', min: 280, max: 1400, step: 20 } },
    pageSize: { control: { type: 'number', min: 1, max: 60 } },
    feed: { control: false },
  },
  render: cards,
};
export default meta;
type Story = StoryObj<Args>;

/** No configuration: the built-in REGIN measures, newest first, twelve at a time. */
export const Ready: Story = {};

/** `query="language"`: matches marked in titles and summaries; counts follow the search. */
export const Searching: Story = { args: { query: 'language' } };

/** A Swedish word in an English widget: the measure matched in its Swedish text, shown with its language. */
export const SearchingAnotherLanguage: Story = { args: { query: 'nyanlända' } };

/** `region`, `dimension` and `target-group` preset the filters; each shows as a removable chip. */
export const PresetFilters: Story = { args: { region: 'ES51,SE224', targetGroup: 'tcn' } };

/** A region selected on the map (same `group`): the cards filter to it and offer to show all again. */
export const LinkedToMap: Story = {
  args: { group: 'story-cards-linked' },
  render: (args) => {
    selectIn(args.group!, 'ITF4');
    return cards(args);
  },
};

/** Nothing matches: the widget says why and offers the way out. */
export const NoMatches: Story = { args: { query: 'zebra', region: 'PT20' } };

/** The detail view of a measure: lead, stakeholders, funding, budget, lessons, tips and the evaluation. */
export const Detail: Story = { args: { feed: cardsFeed }, play: ({ canvasElement }) => openFirstDetail(canvasElement) };

/**
 * The wholly illustrative example feed (examples/illustrative-feed.json, marked as sample data): what the
 * real measures of the built-in feed do not exercise — evaluations, budgets, lessons, planned and
 * completed measures.
 */
export const IllustrativeFeed: Story = { args: { feed: illustrativeFeed } };

/** The detail view of an illustrative measure with an evaluation, a budget and lessons learnt. */
export const IllustrativeDetail: Story = {
  args: { feed: illustrativeFeed, query: 'Job matching' },
  play: ({ canvasElement }) => openFirstDetail(canvasElement),
};

/** A small feed with every field (checked-in fixture shared with the tests). */
export const SmallFeed: Story = { args: { feed: cardsFeed } };

/** A few cards per page: "Show more" adds the next page and keeps focus in place. */
export const Paged: Story = { args: { pageSize: 4 } };

/** `sync-url`: filters are kept in the page's hash (`#measures=…`) so the view can be shared. */
export const SyncUrl: Story = { args: { syncUrl: true } };

export const Dark: Story = { args: { theme: 'dark' } };

export const DarkDetail: Story = {
  args: { theme: 'dark', feed: cardsFeed },
  play: ({ canvasElement }) => openFirstDetail(canvasElement),
};

/** A phone-width container: one column, filters above the cards. */
export const Narrow: Story = { args: { width: 360 } };

/** 5,000 synthetic measures: only the visible page is rendered; search stays instant. */
export const FiveThousandMeasures: Story = { args: { feed: generateFeed(5000) } };

/** Feed strings that look like markup or script are shown as text; unsafe links are left out. */
export const HostileData: Story = { args: { feed: hostile } };

/** Some entries of the feed were dropped: the cards show the rest and say what was left out. */
export const Partial: Story = { args: { feed: partial } };

export const Empty: Story = { args: { feed: empty } };

const states = feedStates('cards', cards, cardsFeed);

export const Loading: Story = { ...states.loading };

/** The latest load failed: the last good data is shown, marked as stale. */
export const Stale: Story = { ...states.stale };

export const ErrorState: Story = { name: 'Error', ...states.error };
