import ExcelJS from 'exceljs';
import { createWriteStream } from 'node:fs';
import { once } from 'node:events';
import { STAFF_FILE_COLUMNS } from '@loa/contracts';
import {
  EXISTING_PREFIX,
  NEW_PREFIX,
  personFacts,
  sandboxPlan,
  schoolCode,
} from './import-sandbox';

const GENDER_VI: Record<string, string> = { male: 'Nam', female: 'Nữ' };
const fileDate = (iso: string): string => `${iso.slice(8)}/${iso.slice(5, 7)}/${iso.slice(0, 4)}`;

/** The file's header: the import's Vietnamese column names, as a roster export writes them. */
export const STAFF_FILE_HEADER = STAFF_FILE_COLUMNS.map((column) => column.vi);

function row(
  facts: ReturnType<typeof personFacts>,
  school: number,
  changes: { position?: string; communicationOfficer?: boolean } = {},
): string[] {
  const officer = changes.communicationOfficer ?? facts.communicationOfficer;
  const code = schoolCode(school);
  return [
    facts.staffCode,
    facts.fullName,
    fileDate(facts.dateOfBirth),
    GENDER_VI[facts.gender],
    '',
    '',
    code,
    `Trường tiểu học ${code}`,
    changes.position ?? facts.position,
    officer ? 'có' : 'không',
    '',
    '',
  ];
}

/**
 * The whole roster of the sandbox on its asOf, as the department would send it: the people
 * already there (most unchanged, some moved to another school, some newly designated), the
 * new people, and not the ones who left. Row order is by school, as a person would sort it.
 */
export function staffFileRows(rows: number): string[][] {
  const plan = sandboxPlan(rows);
  const body: { school: number; cells: string[] }[] = [];
  let index = 0;
  const existing = (
    count: number,
    build: (facts: ReturnType<typeof personFacts>, school: number) => [number, string[]],
  ) => {
    for (let i = 0; i < count; i++, index++) {
      const [school, cells] = build(personFacts(EXISTING_PREFIX, index), index % plan.schools);
      body.push({ school, cells });
    }
  };
  existing(plan.unchanged, (facts, school) => [school, row(facts, school)]);
  existing(plan.moved, (facts, school) => {
    const to = (school + 1) % plan.schools;
    return [to, row(facts, to)];
  });
  existing(plan.redesignated, (facts, school) => [
    school,
    row(facts, school, { communicationOfficer: !facts.communicationOfficer }),
  ]);
  for (let i = 0; i < plan.newPeople; i++) {
    const school = i % plan.schools;
    body.push({ school, cells: row(personFacts(NEW_PREFIX, i), school) });
  }
  body.sort((a, b) => a.school - b.school);
  return body.map((entry) => entry.cells);
}

/** Writes the rows as an XLSX (streaming writer, one sheet, text cells). */
export async function writeStaffXlsx(path: string, rows: string[][]): Promise<void> {
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({
    filename: path,
    useStyles: false,
    useSharedStrings: false,
  });
  const sheet = workbook.addWorksheet('Danh sách cán bộ');
  sheet.addRow(STAFF_FILE_HEADER).commit();
  for (const cells of rows) sheet.addRow(cells).commit();
  sheet.commit();
  await workbook.commit();
}

const csvCell = (cell: string): string =>
  /[",\n\r]/.test(cell) ? `"${cell.replace(/"/g, '""')}"` : cell;

/** Writes the rows as a UTF-8 CSV with BOM, as Excel saves "CSV UTF-8". */
export async function writeStaffCsv(path: string, rows: string[][]): Promise<void> {
  const out = createWriteStream(path);
  out.write('\ufeff');
  for (const cells of [STAFF_FILE_HEADER, ...rows]) {
    if (!out.write(`${cells.map(csvCell).join(',')}\r\n`)) await once(out, 'drain');
  }
  out.end();
  await once(out, 'finish');
}
