import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import '../src/region-comparison.js';
import empty from '../test/fixtures/empty.json';
import partial from '../test/fixtures/partial.json';
import radarFeed from '../test/fixtures/radar-feed.json';
import { box } from './box.js';
import { feedStates } from './feed-states.js';

type Args = {
  regions?: string;
  sort?: string;
  targetGroup?: string;
  group?: string;
  theme?: 'light' | 'dark';
  width: number;
  src?: string;
  feed?: unknown;
};

const comparison = (a: Args) =>
  box(
    a.width,
    html`<regin-region-comparison
      regions=${a.regions || nothing}
      sort=${a.sort || nothing}
      target-group=${a.targetGroup || nothing}
      group=${a.group || nothing}
      theme=${a.theme || nothing}
      src=${a.src || nothing}
      .feed=${a.feed}
    ></regin-region-comparison>`,
  );

const meta: Meta<Args> = {
  title: 'Region comparison',
  component: 'regin-region-comparison',
  args: { width: 1000 },
  argTypes: {
    regions: { control: 'text' },
    sort: { control: 'text' },
    targetGroup: { control: 'inline-radio', options: [undefined, 'tcn', 'bip'] },
    theme: { control: 'inline-radio', options: [undefined, 'light', 'dark'] },
    width: { control: { type: 'range', min: 320, max: 1400, step: 20 } },
    feed: { control: false },
  },
  render: comparison,
};
export default meta;
type Story = StoryObj<Args>;

/** No configuration: the group's selected region lined up with the REGIN partner regions (built-in feed). */
export const Ready: Story = {};

export const TwoRegions: Story = { args: { regions: 'ES51 ITF4' } };

/** The most it shows: six regions; "Add a region" is disabled. */
export const SixRegions: Story = { args: { regions: 'ES51 PT20 ITF4 ITF3 ES62 SE224' } };

/** Rows with the largest gap between highest and lowest first. */
export const SortedByGap: Story = { args: { regions: 'ES51 PT20 ITF4', sort: 'gap' } };

/** Rows by one region's values, highest first. */
export const SortedByRegion: Story = { args: { regions: 'ES51 PT20 ITF4', sort: 'PT20' } };

/** "No data" is shown as such and left out of the gap; a region with another target group is noted. */
export const MissingValues: Story = { args: { feed: radarFeed, regions: 'ES51 ITF3 SE224' } };

export const Dark: Story = { args: { regions: 'ES51 PT20 ITF4', theme: 'dark' } };

export const Narrow: Story = { args: { regions: 'ES51 PT20 ITF4', width: 360 } };

/** Some entries of the feed were dropped: the comparison shows the rest and says what was left out. */
export const Partial: Story = { args: { feed: partial, regions: 'ES51 PT20' } };

export const Empty: Story = { args: { feed: empty } };

const states = feedStates('comparison', comparison, radarFeed, { regions: 'ES51 ITF3' });

export const Loading: Story = { ...states.loading };

/** The latest load failed: the last good data is shown, marked as stale. */
export const Stale: Story = { ...states.stale };

export const ErrorState: Story = { name: 'Error', ...states.error };
