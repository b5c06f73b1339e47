import { expect } from '@open-wc/testing';
import { composeExportSvg, escapeXml, svgSize, svgToPng, wrapText } from '../../src/radar/export.js';

const input = {
  chart:
    '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 100 100" width="100" height="100"><circle cx="50" cy="50" r="40" fill="#0072B2"/></svg>',
  chartWidth: 560,
  chartHeight: 100,
  title: 'MIPEX-R profile: Catalonia & Puglia',
  legend: [
    { name: 'Catalonia', colour: '#0072B2', shape: 'circle' as const, dash: '' },
    { name: '<Puglia>', colour: '#E69F00', shape: 'square' as const, dash: '7 3' },
  ],
  lines: ['Source: REGIN indicators (sample)', 'Data as of 28 November 2026.'],
  background: '#ffffff',
  foreground: '#1b1f24',
  fontFamily: 'system-ui, sans-serif',
};

describe('radar export (document)', () => {
  it('escapeXml() escapes markup characters', () => {
    expect(escapeXml(`<a href="x">&'</a>`)).to.equal('&lt;a href=&quot;x&quot;&gt;&amp;&apos;&lt;/a&gt;');
  });

  it('wrapText() splits a link longer than a line, after a slash where one is close', () => {
    const url = 'https://migrant-integration.ec.europa.eu/library-document/mipex-r-migrant-integration-governance_en';
    const lines = wrapText(`Report: ${url}`, 40);
    expect(
      lines.every((l) => l.length <= 40),
      lines.join('|'),
    ).to.equal(true);
    expect(lines.join('').replace('Report:', '')).to.equal(url);
    expect(lines[1]).to.equal('https://migrant-integration.ec.europa.eu');
  });

  it('wrapText() wraps at spaces', () => {
    expect(wrapText('one two three four', 9)).to.deep.equal(['one two', 'three', 'four']);
  });

  it('composeExportSvg() is a well-formed SVG with title, legend, source and date as text', () => {
    const svg = composeExportSvg(input);
    const doc = new DOMParser().parseFromString(svg, 'image/svg+xml');
    expect(doc.querySelector('parsererror')).to.equal(null);
    const texts = [...doc.querySelectorAll('text')].map((t) => t.textContent);
    expect(texts).to.include('MIPEX-R profile: Catalonia & Puglia');
    expect(texts).to.include('Catalonia');
    expect(texts).to.include('<Puglia>');
    expect(texts).to.include('Source: REGIN indicators (sample)');
    expect(texts).to.include('Data as of 28 November 2026.');
    expect(doc.querySelector('svg > svg circle')?.getAttribute('fill')).to.equal('#0072B2');
  });

  it('composeExportSvg() lists each national reference with its dash, its name wrapped within the image', () => {
    const long =
      'Spain: national MIPEX 2020 overall score: 60 (2019 data) — national index, not regional, and a few more words to wrap';
    const svg = composeExportSvg({ ...input, legend: [...input.legend, { name: long, colour: '#1b1f24', dash: '10 4' }] });
    const doc = new DOMParser().parseFromString(svg, 'image/svg+xml');
    const line = [...doc.querySelectorAll('svg > line')].find((l) => l.getAttribute('stroke-dasharray') === '10 4');
    expect(line, 'the reference line').to.exist;
    const texts = [...doc.querySelectorAll('svg > text')].filter(
      (t) => Number(t.getAttribute('y')) > Number(line!.getAttribute('y1')) - 10,
    );
    const joined = texts.map((t) => t.textContent).join(' ');
    expect(joined.startsWith(long), joined).to.equal(true);
    // About 6.6 px a character at 12 px: every line stays within the image.
    const width = Number(doc.documentElement.getAttribute('width'));
    for (const t of texts) expect(Number(t.getAttribute('x')) + t.textContent!.length * 6.6, t.textContent!).to.be.at.most(width);
    // Drawn as a line only: no marker beside a reference.
    expect(doc.querySelectorAll('svg > path').length).to.equal(2);
  });

  it('composeExportSvg() refers to no external resource', () => {
    const svg = composeExportSvg(input);
    expect(svg).not.to.match(/href=|url\(|@import|<image|<foreignObject|<script/i);
  });

  it('svgSize() reads the document size', () => {
    const { width, height } = svgSize(composeExportSvg(input));
    expect(width).to.equal(592);
    expect(height).to.be.greaterThan(100);
  });

  it('svgToPng() renders the document to a non-empty PNG', async () => {
    const png = await svgToPng(composeExportSvg(input), 1);
    expect(png.type).to.equal('image/png');
    expect(png.size).to.be.greaterThan(100);
    const bytes = new Uint8Array(await png.slice(0, 8).arrayBuffer());
    expect([...bytes]).to.deep.equal([137, 80, 78, 71, 13, 10, 26, 10]);
  });
});
