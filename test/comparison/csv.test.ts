import { expect } from '@open-wc/testing';
import { comparisonCsv, csvCell, toCsv } from '../../src/comparison/csv.js';

const words = {
  source: 'Source',
  asOf: 'Data as of',
  synthetic: 'Synthetic',
  yes: 'yes',
  no: 'no',
  dimension: 'Dimension',
  gap: 'Gap (highest − lowest)',
  noData: 'no data',
};

/** A small RFC 4180 reader, to check that what we write reads back as the same cells. */
function parse(csv: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < csv.length; i++) {
    const c = csv[i]!;
    if (quoted) {
      if (c === '"' && csv[i + 1] === '"') ((cell += '"'), i++);
      else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') (row.push(cell), (cell = ''));
    else if (c === '\r' && csv[i + 1] === '\n') (row.push(cell), rows.push(row), (row = []), (cell = ''), i++);
    else cell += c;
  }
  return rows;
}

describe('comparison CSV', () => {
  it('csvCell() quotes commas, quotes and line breaks', () => {
    expect(csvCell('Puglia')).to.equal('Puglia');
    expect(csvCell('Social security, assistance')).to.equal('"Social security, assistance"');
    expect(csvCell('the "best"')).to.equal('"the ""best"""');
    expect(csvCell('two\nlines')).to.equal('"two\nlines"');
    expect(csvCell(67)).to.equal('67');
    expect(csvCell(undefined)).to.equal('');
    expect(csvCell(NaN)).to.equal('');
  });

  it('csvCell() defuses cells that a spreadsheet would run as a formula', () => {
    expect(csvCell('=HYPERLINK("http://evil","x")')).to.equal(`"'=HYPERLINK(""http://evil"",""x"")"`);
    expect(csvCell('+1')).to.equal("'+1");
    expect(csvCell('-2+3')).to.equal("'-2+3");
    expect(csvCell('@SUM(A1)')).to.equal("'@SUM(A1)");
    expect(csvCell('\tcmd')).to.equal("'\tcmd");
  });

  it('toCsv() starts with a byte-order mark and ends every line with CRLF', () => {
    const csv = toCsv(['Source: x'], ['a', 'b'], [[1, 2]]);
    expect(csv.charCodeAt(0)).to.equal(0xfeff);
    expect(csv.slice(1)).to.equal('# Source: x\r\na,b\r\n1,2\r\n');
  });

  it('comparisonCsv() has the header lines, a column per region in order and the rows as sorted', () => {
    const csv = comparisonCsv({
      words,
      source: 'REGIN indicators, MIPEX 2020',
      asOf: '2026-11-28',
      synthetic: true,
      regions: ['Catalonia', 'Campania'],
      rows: [
        { label: 'Education', values: [78, 45], gap: 33 },
        { label: 'Religion', values: [35, undefined] },
      ],
    });
    const rows = parse(csv.slice(1));
    expect(rows[0]).to.deep.equal(['# Source: REGIN indicators, MIPEX 2020']);
    expect(rows[1]).to.deep.equal(['# Data as of: 2026-11-28']);
    expect(rows[2]).to.deep.equal(['# Synthetic: yes']);
    expect(rows[3]).to.deep.equal(['Dimension', 'Catalonia', 'Campania', 'Gap (highest − lowest)']);
    expect(rows[4]).to.deep.equal(['Education', '78', '45', '33']);
    expect(rows[5]).to.deep.equal(['Religion', '35', 'no data', '']);
    expect(rows).to.have.length(6);
  });

  it('comparisonCsv() defuses hostile region names from a feed', () => {
    const csv = comparisonCsv({
      words,
      source: 's',
      asOf: 'd',
      synthetic: false,
      regions: ['=cmd|"/c calc"!A1'],
      rows: [],
    });
    const header = parse(csv.slice(1))[4 - 1]!;
    expect(header[1]!.startsWith("'=")).to.equal(true);
    expect(csv).to.include('# Synthetic: no');
  });
});
