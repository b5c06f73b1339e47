/**
 * Styles of the radar only (on top of `chartStyles`).
 */
import { css } from 'lit';

export const radarStyles = css`
  /* The probe the radar measures is as wide as its chart: the widget's width, up to the chart's maximum. */
  .width-probe {
    max-width: var(--regin-chart-max-width, 40rem);
  }
  /* Loading: about the height of the radar with its legend, summary and notes at this width (the
     narrower, the more the texts wrap). */
  .skeleton-box > .skeleton {
    height: 67.5em;
  }
  @container (width >= 480px) {
    .skeleton-box > .skeleton {
      height: 62em;
    }
  }
  @container (width >= 720px) {
    .skeleton-box > .skeleton {
      height: 57em;
    }
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
