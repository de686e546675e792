import { GENERATOR_VERSION } from './bench-seed-marker';
import { acceptMarkers, summaryLines } from './scale-seed';

const summary = ['34 provinces, 3,321 communes, 52,951 schools'];

describe('acceptMarkers (whether a bench database already holds the wanted data)', () => {
  it('seeds an unmarked database', () => {
    expect(acceptMarkers([], 'nation')).toBeUndefined();
  });

  it('returns the summary of the same scale seeded by the same generator, without work', () => {
    expect(
      acceptMarkers([{ scale: 'nation', generatorVersion: GENERATOR_VERSION, summary }], 'nation'),
    ).toBe(summary);
  });

  it.each([
    { name: 'another scale', marker: { scale: 'city', generatorVersion: GENERATOR_VERSION } },
    { name: 'an older generator', marker: { scale: 'nation', generatorVersion: 0 } },
  ] as const)('refuses $name, telling which folder to delete', ({ marker }) => {
    expect(() => acceptMarkers([{ ...marker, summary }], 'nation')).toThrow(
      /holds the "(city|nation)" data of generator v\d+.*delete .*nation/s,
    );
  });
});

describe('summaryLines', () => {
  it('describes the data for the report, numbers grouped by thousands', () => {
    const lines = summaryLines(
      {
        provinces: 34,
        communes: 3321,
        schools: 52951,
        unitVersions: 56582,
        people: 1620013,
        assignments: 1691357,
        officerPosts: 113520,
        currentOfficers: 109192,
        certificates: 88744,
        revoked: 595,
        renewals: 8027,
        pending: 1232,
      },
      169.4,
    );
    expect(lines).toEqual([
      '34 provinces, 3,321 communes, 52,951 schools (56,582 unit versions)',
      '1,620,013 people, 1,691,357 assignment rows, 113,520 communication-officer posts (109,192 current)',
      '88,744 BDTT certificates (595 revoked, 8,027 renewals, 1,232 awaiting approval)',
      `seeded in 169 s by generator v${GENERATOR_VERSION}`,
    ]);
  });
});
