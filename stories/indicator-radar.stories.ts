import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import '../src/indicator-radar.js';
import '../src/region-comparison.js';
import empty from '../test/fixtures/empty.json';
import partial from '../test/fixtures/partial.json';
import radarFeed from '../test/fixtures/radar-feed.json';
import { box } from './box.js';
import { feedStates } from './feed-states.js';

type Args = {
  regions?: string;
  baseline?: 'national' | 'average';
  view: 'radar' | 'bars' | 'table';
  targetGroup?: string;
  theme?: 'light' | 'dark';
  width: number;
  src?: string;
  feed?: unknown;
};

const radar = (a: Args) =>
  box(
    a.width,
    html`<regin-indicator-radar
      regions=${a.regions || nothing}
      baseline=${a.baseline || nothing}
      view=${a.view}
      target-group=${a.targetGroup || nothing}
      theme=${a.theme || nothing}
      src=${a.src || nothing}
      .feed=${a.feed}
    ></regin-indicator-radar>`,
  );

const PARTNERS = ['ES51', 'PT20', 'ITF4', 'ITF3', 'ES62', 'SE224'];

const meta: Meta<Args> = {
  title: 'Indicator radar',
  component: 'regin-indicator-radar',
  args: { view: 'radar', width: 720 },
  argTypes: {
    regions: { control: 'text' },
    baseline: { control: 'inline-radio', options: [undefined, 'national', 'average'] },
    view: { control: 'inline-radio', options: ['radar', 'bars', 'table'] },
    targetGroup: { control: 'inline-radio', options: [undefined, 'tcn', 'bip'] },
    theme: { control: 'inline-radio', options: [undefined, 'light', 'dark'] },
    width: { control: { type: 'range', min: 280, max: 1200, step: 20 } },
    feed: { control: false },
  },
  render: radar,
};
export default meta;
type Story = StoryObj<Args>;

/** No configuration: the built-in REGIN feed; the group's selected region, else the first partner region. */
export const Ready: Story = {};

/** One region against its country's national MIPEX overall score, labelled as a national index with its source. */
export const NationalBaseline: Story = { args: { regions: 'ES51', baseline: 'national' } };

/** Several regions with the average of the shown regions as a dashed reference. */
export const AverageBaseline: Story = { args: { regions: 'ES51 ITF4 SE224', baseline: 'average' } };

/** Two regions from two countries: one national ring each, told apart by their dash pattern. */
export const TwoCountriesNational: Story = { args: { regions: 'ES51 PT20', baseline: 'national' } };

export const OneRegion: Story = { args: { regions: 'PT20' } };
export const TwoRegions: Story = { args: { regions: PARTNERS.slice(0, 2).join(' ') } };
export const ThreeRegions: Story = { args: { regions: PARTNERS.slice(0, 3).join(' ') } };
export const FourRegions: Story = { args: { regions: PARTNERS.slice(0, 4).join(' ') } };
export const FiveRegions: Story = { args: { regions: PARTNERS.slice(0, 5).join(' ') } };
/** The most a radar shows: six colours, six marker shapes, six dash patterns. */
export const SixRegions: Story = { args: { regions: PARTNERS.join(' ') } };

/** Four countries' national rings, each with its own dash: tags placed beside their ring, never on another label. */
export const FourCountriesNational: Story = { args: { regions: 'ES51 PT20 ITF3 SE224', baseline: 'national' } };

/** One region at 320 px: every value labelled next to its point; ring numbers give way first. */
export const NarrowLabelled: Story = { args: { regions: 'ES51', baseline: 'national', width: 320 } };

/** The bars with the national references their key lists, drawn as dashed lines across the bars. */
export const BarsNational: Story = { args: { regions: 'ES51 PT20 ITF3', view: 'bars', baseline: 'national' } };

/** The same numbers as bars on the shared scale: no area distortion, no dependence on axis order. */
export const BarsView: Story = { args: { regions: 'ES51 ITF4 SE224', view: 'bars', baseline: 'average' } };

/** The same numbers as a table, with the national scores in the footer. */
export const TableView: Story = { args: { regions: 'ES51 PT20', view: 'table', baseline: 'national' } };

/** A missing value is a gap with a "no data" mark on the outer ring, never a zero. */
export const MissingValues: Story = { args: { feed: radarFeed, regions: 'ES51 ITF3' } };

/** Skåne has scores for beneficiaries of international protection only: they are shown, and the widget says so. */
export const OtherTargetGroup: Story = { args: { feed: radarFeed, regions: 'SE224 ES51' } };

export const Dark: Story = { args: { regions: 'ES51 PT20 ITF4', baseline: 'national', theme: 'dark' } };

export const Narrow: Story = { args: { regions: 'ES51 PT20', width: 340 } };

/** The same radar in each of the seven UI languages (feed texts follow where the feed has them). */
export const AllLanguages: Story = {
  render: (a) =>
    html`${['en', 'fr', 'es', 'ca', 'it', 'pt', 'sv'].map(
      (lang) => html`<div lang=${lang}>${radar({ ...a, regions: 'ES51', baseline: 'national', width: 640 })}</div>`,
    )}`,
};

/** Some entries of the feed were dropped: the radar shows the rest and says what was left out. */
export const Partial: Story = { args: { feed: partial, regions: 'ES51 PT20' } };

/** No scores for the shown regions. */
export const Empty: Story = { args: { feed: empty } };

const states = feedStates('radar', radar, radarFeed, { regions: 'ES51 PT20' });

export const Loading: Story = { ...states.loading };

/** The latest load failed: the last good data is shown, marked as stale. */
export const Stale: Story = { ...states.stale };

export const ErrorState: Story = { name: 'Error', ...states.error };

/**
 * A radar and a comparison in one group: picking a region in the comparison shows its profile in the
 * radar (which has no `regions` of its own), with the national baseline.
 */
export const LinkedWithComparison: Story = {
  render: (a) =>
    html`<regin-region-comparison group="story-linked" regions="ES51 ITF4"></regin-region-comparison>
      ${box(a.width, html`<regin-indicator-radar group="story-linked" baseline="national"></regin-indicator-radar>`)}`,
};
