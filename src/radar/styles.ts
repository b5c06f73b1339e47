/**
 * Styles of the radar only (on top of `chartStyles`).
 */
import { css } from 'lit';

export const radarStyles = css`
  /* Loading: about the height of the radar with its legend, notes and summary, which wrap to more lines
     the narrower the widget (measured with the built-in feed: 1137 px at 296 px wide, 872 px at 1120 px). */
  .skeleton-box > .skeleton {
    height: max(48em, calc(77em - 32cqi));
  }
  /* Like the figure and the summary: on a page with many radars, the toolbar and the legend of those far
     from the viewport are laid out when scrolled near. The clip margin keeps focus rings visible. */
  .toolbar,
  .legend {
    content-visibility: auto;
    contain-intrinsic-block-size: auto 2.5rem;
    overflow-clip-margin: 6px;
  }
`;
