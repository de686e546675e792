import { readFileSync } from 'node:fs';
import { join } from 'node:path';

export interface CatalogueCommune {
  code: string;
  name: string;
}

export interface CatalogueProvince {
  code: string;
  name: string;
  communes: CatalogueCommune[];
}

/** Vietnam's commune-level units since 1 July 2025 (see data/README.md). */
export const COMMUNES_CSV = join(__dirname, 'data', 'vn-communes-2025.csv');

const HEADER = 'province_code,province_name,commune_code,commune_name,commune_name_en';

/** The provinces of the CSV in file order, each with its communes in file order. NFC. */
export function parseCommunesCsv(text: string): CatalogueProvince[] {
  const lines = text.normalize('NFC').split(/\r?\n/).filter(Boolean);
  if (lines[0] !== HEADER) throw new Error(`unexpected communes CSV header: ${lines[0]}`);
  const provinces = new Map<string, CatalogueProvince>();
  for (const [index, line] of lines.slice(1).entries()) {
    const fields = line.split(',');
    if (fields.length !== 5) throw new Error(`communes CSV line ${index + 2}: ${line}`);
    const [provinceCode, provinceName, communeCode, communeName] = fields;
    let province = provinces.get(provinceCode);
    if (!province) {
      province = { code: provinceCode, name: provinceName, communes: [] };
      provinces.set(provinceCode, province);
    }
    province.communes.push({ code: communeCode, name: communeName });
  }
  return [...provinces.values()];
}

export const readCommuneCatalogue = (path = COMMUNES_CSV): CatalogueProvince[] =>
  parseCommunesCsv(readFileSync(path, 'utf8'));
