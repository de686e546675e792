import { TRAINING_RECORD_COLUMNS, TrainingRecordColumnKey } from '@loa/contracts';
import type { ColumnSpec, TableRow } from '../../imports/read-table';
import { parseFileDate } from '../../imports/file-values';
import type { RowErrorCollector } from '../../imports/row-errors';
import { lastValidDay } from '../certificate-dates';
import { isPlaceholder, looksLikeLoaNumber } from '../certificate-number';

export const TRAINING_RECORD_SPECS: ColumnSpec<TrainingRecordColumnKey>[] =
  TRAINING_RECORD_COLUMNS.map((c) => ({ key: c.key, aliases: [c.vi], required: c.required }));

/** What the database says about the rows' codes and numbers, looked up once per file. */
export interface ImportContext {
  today: string;
  people: Map<string, { id: string }>;
  /** Staff codes the caller may record training for (every one for the department). */
  allowedPeople: Set<string> | null;
  programmes: Map<string, { id: string; validityMonths: number | null }>;
  numbersTaken: Set<string>;
  /** "personId|programmeId|issuedOn" → the number of an external record already held. */
  existingRecords: Map<string, string>;
}

/** A row that passed every check. */
export interface TrainingRecordRow {
  row: number;
  personId: string;
  programmeId: string;
  issuedOn: string;
  expiresOn: string | null;
  number: string | null;
  provider: string | null;
  unchanged: boolean;
}

const fileDate = (iso: string): string =>
  `${iso.slice(8, 10)}/${iso.slice(5, 7)}/${iso.slice(0, 4)}`;
const MAX_NUMBER_LENGTH = 80;

/**
 * Checks every row and reports every problem (unknown staff code or one outside the caller's
 * units, unknown programme, impossible or future dates, expiry before issue, a number used
 * twice in the file or already in the register, a number in Loa's own form, the same record
 * twice). Returns the rows to write; the caller throws if the collector has errors.
 */
export function checkTrainingRecordRows(
  rows: TableRow<TrainingRecordColumnKey>[],
  headers: Record<TrainingRecordColumnKey, string>,
  context: ImportContext,
  errors: RowErrorCollector,
): TrainingRecordRow[] {
  const numberRows = new Map<string, number>();
  const recordRows = new Map<string, number>();
  const checked: TrainingRecordRow[] = [];
  for (const { row, values } of rows) {
    const before = errors.count;
    const fail = (column: TrainingRecordColumnKey, code: string, problem: string) =>
      errors.add(row, headers[column], code, problem);

    const staffCode = values.staff_code;
    const person = staffCode ? context.people.get(staffCode) : undefined;
    if (!staffCode) fail('staff_code', 'required', 'không được để trống');
    else if (!person || (context.allowedPeople && !context.allowedPeople.has(staffCode))) {
      fail('staff_code', 'unknown_person', `không có cán bộ mã ${staffCode} trong đơn vị của bạn`);
    }

    const programmeCode = values.programme_code;
    const programme = programmeCode ? context.programmes.get(programmeCode) : undefined;
    if (!programmeCode) fail('programme_code', 'required', 'không được để trống');
    else if (!programme)
      fail('programme_code', 'unknown_programme', `không có chương trình mã ${programmeCode}`);

    const issuedOn = parseFileDate(values.issued_on);
    if (!values.issued_on) fail('issued_on', 'required', 'không được để trống');
    else if (!issuedOn)
      fail('issued_on', 'invalid_date', `ngày ${values.issued_on} không hợp lệ (dd/mm/yyyy)`);
    else if (issuedOn > context.today)
      fail('issued_on', 'future_date', `ngày cấp ${fileDate(issuedOn)} ở tương lai`);

    let expiresOn: string | null = null;
    if (values.expires_on) {
      expiresOn = parseFileDate(values.expires_on);
      if (!expiresOn)
        fail('expires_on', 'invalid_date', `ngày ${values.expires_on} không hợp lệ (dd/mm/yyyy)`);
      else if (issuedOn && expiresOn < issuedOn) {
        fail(
          'expires_on',
          'expiry_before_issue',
          `ngày hết hạn ${fileDate(expiresOn)} trước ngày cấp ${fileDate(issuedOn)}`,
        );
      }
    } else if (issuedOn && programme) {
      expiresOn = lastValidDay(issuedOn, programme.validityMonths);
    }

    const number = values.certificate_no ?? null;
    const numberErrorsBefore = errors.count;
    if (number !== null) {
      const firstRow = numberRows.get(number);
      if (number.length > MAX_NUMBER_LENGTH) fail('certificate_no', 'too_long', 'số hiệu quá dài');
      else if (looksLikeLoaNumber(number) || isPlaceholder(number)) {
        fail(
          'certificate_no',
          'reserved_number',
          'số hiệu có dạng số do Loa cấp; để trống để Loa cấp số',
        );
      } else if (firstRow !== undefined) {
        fail('certificate_no', 'duplicate_number', `số hiệu ${number} trùng với dòng ${firstRow}`);
      }
      numberRows.set(number, firstRow ?? row);
    }

    if (!person || !programme || !issuedOn) continue;
    const key = `${person.id}|${programme.id}|${issuedOn}`;
    const existing = context.existingRecords.get(key);
    const unchanged = existing !== undefined && (number === null || number === existing);
    if (existing !== undefined && !unchanged) {
      fail(
        'certificate_no',
        'duplicate_record',
        `cán bộ đã có bản ghi chương trình này ngày ${fileDate(issuedOn)} với số hiệu ${existing}`,
      );
    } else if (
      !unchanged &&
      number !== null &&
      numberErrorsBefore === errors.count &&
      context.numbersTaken.has(number)
    ) {
      fail(
        'certificate_no',
        'duplicate_number',
        `số hiệu ${number} đã có trong sổ cấp giấy chứng nhận`,
      );
    }
    const firstRecordRow = recordRows.get(key);
    if (firstRecordRow !== undefined) {
      fail(
        'staff_code',
        'duplicate_row',
        `trùng bản ghi với dòng ${firstRecordRow} (cùng cán bộ, chương trình, ngày cấp)`,
      );
    } else recordRows.set(key, row);

    if (errors.count === before) {
      checked.push({
        row,
        personId: person.id,
        programmeId: programme.id,
        issuedOn,
        expiresOn: expiresOn ?? null,
        number,
        provider: values.provider ?? null,
        unchanged,
      });
    }
  }
  return checked;
}
