import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/index.js';

/**
 * The four widgets on one page, linked through one `group`, on the built-in feed: choose a region on the
 * map or in a list and the cards, the radar and the comparison follow. Use the toolbar for the language
 * and the theme.
 */
const meta: Meta = {
  title: 'Overview',
  tags: ['!autodocs'],
  parameters: { layout: 'fullscreen' },
};
export default meta;

export const AllFourInOneGroup: StoryObj = {
  name: 'All four in one group',
  render: () => html`
    <h2>Partner map</h2>
    <regin-partner-map group="overview"></regin-partner-map>
    <h2>MIPEX-R indicator radar</h2>
    <regin-indicator-radar group="overview" baseline="national"></regin-indicator-radar>
    <h2>Region comparison</h2>
    <regin-region-comparison group="overview"></regin-region-comparison>
    <h2>Measures database</h2>
    <regin-measure-cards group="overview"></regin-measure-cards>
  `,
};
