import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import '../src/partner-map.js';
import empty from '../test/fixtures/empty.json';
import mapFeed from '../test/fixtures/map-regin.json';
import partial from '../test/fixtures/partial.json';
import { box } from './box.js';
import { feedStates } from './feed-states.js';

type Args = {
  colorBy?: string;
  selected?: string;
  view: 'map' | 'list';
  theme?: 'light' | 'dark';
  lang?: string;
  width: number;
  src?: string;
  feed?: unknown;
};

const map = ({ colorBy, selected, view, theme, lang, width, src, feed }: Args) =>
  box(
    width,
    html`<regin-partner-map
      color-by=${colorBy || nothing}
      selected=${selected || nothing}
      view=${view}
      theme=${theme || nothing}
      lang=${lang || nothing}
      src=${src || nothing}
      .feed=${feed}
    ></regin-partner-map>`,
  );

const meta: Meta<Args> = {
  title: 'Partner map',
  component: 'regin-partner-map',
  args: { view: 'map', width: 960 },
  argTypes: {
    colorBy: {
      control: 'select',
      options: ['', 'labour', 'education', 'health', 'housing', 'language', 'culture', 'religion', 'social'],
    },
    view: { control: 'inline-radio', options: ['map', 'list'] },
    theme: { control: 'inline-radio', options: [undefined, 'light', 'dark'] },
    width: { control: { type: 'range', min: 280, max: 1400, step: 20 } },
    feed: { control: false },
  },
  render: map,
};
export default meta;
type Story = StoryObj<Args>;

/**
 * No configuration: the built-in REGIN feed, coloured by role, on an equal-area map framed on the shown
 * regions (land leaving the frame is cut along it); the outermost regions in equal insets; CPMR's,
 * Cidob's and Instrategies' markers moved off Brittany and Catalonia, with leader lines.
 */
export const Ready: Story = {};

/** `color-by="labour"`: a choropleth of one MIPEX-R policy area, with its scale, year and "no data"; role markers step back to outlines. */
export const ColouredByIndicator: Story = { args: { colorBy: 'labour' } };

/** `selected="ES51"`: Catalonia selected by the page (no event); the whole group follows. */
export const Selected: Story = { args: { selected: 'ES51' } };

/** The list view: the same places as a table, the accessible alternative to the map. */
export const ListView: Story = { args: { view: 'list' } };

/** Dark: the role colours keep their emphasis — regional partners lightest, then technical partners, coordinator, members. */
export const Dark: Story = { args: { theme: 'dark' } };

export const DarkChoropleth: Story = { args: { theme: 'dark', colorBy: 'health' } };

/** A phone-width container: Europe fills a portrait frame, the insets go in a strip under it and the legend under the map. */
export const Narrow: Story = { args: { width: 360 } };

/** A phone in French, dark: the longer labels wrap in the legend and the insets. */
export const NarrowDarkFrench: Story = { args: { width: 360, theme: 'dark', lang: 'fr' } };

/** A wide, short box: the frame adapts to the landscape shape and shows more of Europe east and west. */
export const Wide: Story = { args: { width: 1400 } };

export const NarrowChoropleth: Story = { args: { width: 360, colorBy: 'labour' } };

/** Markers, a NUTS 1 region merged from NUTS 2, a NUTS 3 region, and a region that cannot be placed. */
export const MarkersAndUnplaced: Story = { args: { feed: mapFeed } };

/** One region in every outermost region: eight equal insets, in the same keyboard order as the mainland. */
export const AllOutermostRegions: Story = {
  args: {
    feed: {
      format: 'regin-feed',
      version: '1.0',
      sample: true,
      regions: [
        ['PT20', 'Região Autónoma dos Açores'],
        ['PT30', 'Região Autónoma da Madeira'],
        ['ES70', 'Canarias'],
        ['FRY1', 'Guadeloupe'],
        ['FRY2', 'Martinique'],
        ['FRY3', 'Guyane'],
        ['FRY4', 'La Réunion'],
        ['FRY5', 'Mayotte'],
        ['FRH0', 'Bretagne'],
      ].map(([id, name]) => ({ id, name, country: id!.slice(0, 2), nuts: id, roles: ['cpmr-member'] })),
    },
  },
};

/** Some entries of the feed were dropped: the map shows the rest and says what was left out. */
export const Partial: Story = { args: { feed: partial } };

export const Empty: Story = { args: { feed: empty } };

const states = feedStates('map', map, mapFeed);

export const Loading: Story = { ...states.loading };

/** The latest load failed: the last good data is shown, marked as stale. */
export const Stale: Story = { ...states.stale };

export const ErrorState: Story = { name: 'Error', ...states.error };

/** All eight outermost regions on a phone: two rows of equal insets under the map. */
export const AllOutermostRegionsNarrow: Story = { args: { ...AllOutermostRegions.args, width: 360 } };
