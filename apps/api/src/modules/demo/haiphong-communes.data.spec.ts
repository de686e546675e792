import { parse } from 'csv-parse/sync';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { HAIPHONG_COMMUNES } from './haiphong-communes.data';

describe('HAIPHONG_COMMUNES', () => {
  it('holds exactly the rows of data/haiphong-communes-2025.csv, in order', () => {
    const csv = readFileSync(join(__dirname, 'data', 'haiphong-communes-2025.csv'), 'utf8');
    const rows: Record<string, string>[] = parse(csv, { columns: true, bom: true });
    expect(HAIPHONG_COMMUNES).toEqual(
      rows.map((r) => ({
        code: r.commune_code,
        name: r.commune_name,
        nameEn: r.commune_name_en,
        kind: r.kind,
      })),
    );
  });

  it('has the 114 units of 1 July 2025 (45 phường, 67 xã, 2 đặc khu) with NFC names and unique codes', () => {
    expect(HAIPHONG_COMMUNES).toHaveLength(114);
    const byKind = (kind: string) => HAIPHONG_COMMUNES.filter((c) => c.kind === kind).length;
    expect([byKind('phuong'), byKind('xa'), byKind('dac_khu')]).toEqual([45, 67, 2]);
    expect(new Set(HAIPHONG_COMMUNES.map((c) => c.code)).size).toBe(114);
    for (const c of HAIPHONG_COMMUNES) expect(c.name).toBe(c.name.normalize('NFC'));
  });
});
