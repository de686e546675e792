import { parseCommunesCsv, readCommuneCatalogue } from './commune-catalogue';

describe('the communes catalogue', () => {
  const catalogue = readCommuneCatalogue();

  it('holds the 34 provinces and 3,321 communes of the 2025 reform', () => {
    expect(catalogue).toHaveLength(34);
    expect(catalogue.reduce((sum, p) => sum + p.communes.length, 0)).toBe(3321);
  });

  it('has Hải Phòng (31) with its 114 communes, codes of 5 digits, NFC names', () => {
    const haiphong = catalogue.find((p) => p.code === '31')!;
    expect(haiphong.name).toBe('Thành phố Hải Phòng');
    expect(haiphong.communes).toHaveLength(114);
    for (const province of catalogue) {
      expect(province.code).toMatch(/^\d{2}$/);
      for (const commune of province.communes) {
        expect(commune.code).toMatch(/^\d{5}$/);
        expect(commune.name).toBe(commune.name.normalize('NFC'));
      }
    }
  });

  it('refuses a file that is not the expected CSV', () => {
    expect(() => parseCommunesCsv('code,name\n01,x\n')).toThrow(/header/);
    expect(() =>
      parseCommunesCsv(
        'province_code,province_name,commune_code,commune_name,commune_name_en\n01,a,b\n',
      ),
    ).toThrow(/line 2/);
  });
});
