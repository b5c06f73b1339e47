/**
 * Builds the radar download (SVG or PNG) from the rendered chart: its title, the shown series as the
 * legend, and the source, date and notes as text. Loaded on demand, so the widget's entry stays small.
 */
import { str } from '@lit/localize';
import { safeFileName } from '../chart/download.js';
import { dataDate, markedName, nationalLabel, sourceLine } from '../chart/words.js';
import { MIPEX_R_REPORT_URL } from '../core/notices.js';
import type { Feed } from '../feed/types.js';
import type { LocaleController } from '../i18n/locale-controller.js';
import { chartMarkup, composeExportSvg, svgToPng } from './export.js';
import type { ShownSeries } from './views.js';
import type { RadarModel } from './model.js';

export async function exportRadar(
  i18n: LocaleController,
  chart: SVGSVGElement,
  model: RadarModel,
  title: string,
  shown: readonly ShownSeries[],
  feed: Feed,
  format: 'svg' | 'png',
): Promise<{ blob: Blob; name: string }> {
  const { msg } = i18n;
  const host = (chart.getRootNode() as ShadowRoot).host ?? chart;
  const style = getComputedStyle(host);
  const date = i18n.date(feed.updated);
  const lines = [
    msg(str`Source: ${sourceLine(i18n, feed)}`, { id: 'chart.export.source' }),
    date ? msg(str`Data as of ${date}.`, { id: 'credits.as-of' }) : '',
    model.synthetic !== 'none' || feed.sample
      ? msg('Illustrative scores: these indicator values are synthetic, not published MIPEX-R results.', {
          id: 'notice.synthetic',
        })
      : '',
    (model.synthetic !== 'none' || feed.sample) && feed.framework.id === 'mipex-r'
      ? `${msg('Published regional MIPEX-R results: CIDOB and MPG comparative report (2022)', { id: 'notice.mipex-r-report' })}: ${MIPEX_R_REPORT_URL}`
      : '',
    // The references are in the legend; their sources here.
    ...model.national.flatMap((n) =>
      n.baseline.source ? [`${n.baseline.country} (${msg('source', { id: 'chart.source-link' })}: ${n.baseline.source})`] : [],
    ),
  ].filter(Boolean);
  const { width, height } = model.frame.layout;
  const doc = composeExportSvg({
    chart: chartMarkup(chart, width, height),
    chartWidth: width,
    chartHeight: height,
    title,
    legend: [
      ...shown.map((s) => ({
        name: markedName(i18n, s.name, model.synthetic === 'some' && s.series.profile?.synthetic),
        ...s.series.style,
      })),
      // The national reference rings, with their dash, as the notes under the chart show them.
      ...model.national.map((n) => ({ name: nationalLabel(i18n, n.baseline), colour: style.color || '#1b1f24', dash: n.dash })),
    ],
    lines,
    background: opaque(style.backgroundColor) ? style.backgroundColor : '#ffffff',
    foreground: style.color || '#1b1f24',
    fontFamily: style.fontFamily || 'sans-serif',
  });
  const base = safeFileName(`regin-radar-${shown.flatMap((s) => s.series.profile?.region.id ?? []).join('-')}-${dataDate(feed)}`);
  return format === 'svg'
    ? { blob: new Blob([doc], { type: 'image/svg+xml' }), name: `${base}.svg` }
    : { blob: await svgToPng(doc), name: `${base}.png` };
}

/** Whether a computed colour is not (fully) transparent. */
function opaque(colour: string): boolean {
  return !!colour && colour !== 'transparent' && !/rgba\(.*,\s*0\)$/.test(colour);
}
