import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { downloadBlob, safeFileName } from '../../src/chart/download.js';

describe('safeFileName()', () => {
  it('keeps letters, digits, dashes, underscores and dots, and replaces every other run by a dash', () => {
    expect(safeFileName('regin-radar_ES51.svg')).to.equal('regin-radar_ES51.svg');
    expect(safeFileName('Región de Murcia / 2021.csv')).to.equal('Regi-n-de-Murcia-2021.csv');
    expect(safeFileName('../../etc/passwd')).to.equal('etc-passwd');
    expect(safeFileName('name---')).to.equal('name');
  });

  it('never gives an empty, hidden or overlong name (property)', () => {
    expect(safeFileName('')).to.equal('download');
    expect(safeFileName('////')).to.equal('download');
    fc.assert(
      fc.property(fc.string({ maxLength: 300 }), (name) => {
        const safe = safeFileName(name);
        return /^[A-Za-z0-9_][A-Za-z0-9._-]*$/.test(safe) && safe.length <= 120 && !safe.startsWith('.');
      }),
    );
  });
});

describe('downloadBlob()', () => {
  it('clicks a hidden link to an object URL, with a safe name, and leaves nothing in the page', () => {
    const clicked: HTMLAnchorElement[] = [];
    const click = HTMLAnchorElement.prototype.click;
    HTMLAnchorElement.prototype.click = function (this: HTMLAnchorElement) {
      clicked.push(this);
      expect(this.isConnected, 'in the page when clicked').to.equal(true);
    };
    try {
      downloadBlob(new Blob(['a,b'], { type: 'text/csv' }), 'Región 1.csv');
    } finally {
      HTMLAnchorElement.prototype.click = click;
    }
    expect(clicked).to.have.length(1);
    const [a] = clicked;
    expect(a!.download).to.equal('Regi-n-1.csv');
    expect(a!.href).to.match(/^blob:/);
    expect(a!.hidden).to.equal(true);
    expect(a!.isConnected).to.equal(false);
  });
});
