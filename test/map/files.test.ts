import { expect } from '@open-wc/testing';
import { GEOMETRY_FILES, geometryFiles } from '../../src/map/files.js';

describe('geometryFiles()', () => {
  it('the built-in feed and the REGIN member list need the base file and their insets only', async () => {
    const feed = (await (await fetch('/src/assets/regin-feed.json')).json()) as {
      regions: { nuts?: string }[];
      partners: { location?: [number, number] }[];
    };
    const files = geometryFiles([...feed.regions, ...feed.partners]);
    expect(files.filter((f) => !f.startsWith('inset-'))).to.deep.equal(['base']);
    const members = [
      'DEF0',
      'NO0A2',
      'FRH',
      'FRG',
      'FRI',
      'FRJ',
      'FRL',
      'FRM',
      'ES11',
      'ES12',
      'ES61',
      'ES21',
      'ES51',
      'ES62',
      'PT11',
      'PT30',
      'PT20',
      'ITG1',
      'ITG2',
      'ITI1',
      'ITF3',
      'ITF4',
      'EL43',
      'EL63',
      'SE224',
    ];
    expect(geometryFiles(members.map((nuts) => ({ nuts })))).to.deep.equal(['base', 'inset-PT20', 'inset-PT30']);
  });

  it('a NUTS 3 region outside the base file loads its country’s file; an outermost region its inset', () => {
    expect(geometryFiles([{ nuts: 'DE300' }, { nuts: 'ES703' }, { nuts: 'SE224' }, { location: [55.5, -21.1] }])).to.deep.equal([
      'base',
      'inset-ES70',
      'inset-FRY4',
      'nuts3-DE',
      'nuts3-ES',
    ]);
    expect(GEOMETRY_FILES.nuts3).to.include.members(['DE', 'ES', 'FR', 'IT', 'SE']);
  });
});
