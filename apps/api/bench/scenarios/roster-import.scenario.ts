import { readFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join } from 'node:path';
import type { StaffImportResult } from '@loa/contracts';
import { median, formatNumber, timeOnce } from '../support/bench-stats';
import type { BenchContext, Scenario, ScenarioResult } from '../support/bench-types';
import { startApiServer } from '../support/child-server';
import { ensureBenchAdmin, loginForToken } from '../support/bench-admin';
import { copyFileIntoScratchTable } from './files/copy-floor';
import {
  createImportSandbox,
  removeImportSandbox,
  resetImportSandbox,
  sandboxPlan,
  SANDBOX_ROOT,
  IMPORT_AS_OF,
} from './files/import-sandbox';
import { staffFileRows, writeStaffCsv, writeStaffXlsx } from './files/staff-import-file';

const MIME = {
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  csv: 'text/csv',
} as const;
type FileFormat = keyof typeof MIME;

const GOAL_MS = 3000;
const GOAL_RATIO = 3;

/** What the import must answer for the generated file, so a wrong import is no figure. */
function expectedCounts(rows: number) {
  const plan = sandboxPlan(rows);
  return {
    created: plan.newPeople + plan.moved,
    updated: plan.redesignated,
    ended: plan.moved + plan.departed,
    unchanged: plan.unchanged,
  };
}

async function importOnce(
  apiUrl: string,
  authorization: string,
  file: { name: string; bytes: Buffer; format: FileFormat },
  expected: ReturnType<typeof expectedCounts>,
): Promise<void> {
  const form = new FormData();
  form.append('file', new Blob([file.bytes], { type: MIME[file.format] }), file.name);
  const query = `mode=snapshot&unit=${SANDBOX_ROOT}&asOf=${IMPORT_AS_OF}`;
  const response = await fetch(`${apiUrl}/api/staff/import?${query}`, {
    method: 'POST',
    headers: { authorization },
    body: form,
  });
  const text = await response.text();
  if (response.status !== 200) {
    throw new Error(`import answered ${response.status}: ${text.slice(0, 500)}`);
  }
  const result = JSON.parse(text) as StaffImportResult;
  const got = {
    created: result.created,
    updated: result.updated,
    ended: result.ended,
    unchanged: result.unchanged,
  };
  if (JSON.stringify(got) !== JSON.stringify(expected)) {
    throw new Error(`import counted ${JSON.stringify(got)}, expected ${JSON.stringify(expected)}`);
  }
}

/** Warm-ups then timed runs, each from the same roster: the reset is not timed. */
async function timeImports(
  context: BenchContext,
  importFile: () => Promise<void>,
): Promise<number[]> {
  const durations: number[] = [];
  for (let i = 0; i < context.warmups + context.runs; i++) {
    await resetImportSandbox(context.dataSource);
    const ms = await timeOnce(importFile);
    if (i >= context.warmups) durations.push(ms);
  }
  await resetImportSandbox(context.dataSource);
  return durations;
}

async function timeFloor(context: BenchContext, path: string, format: FileFormat, rows: number) {
  const durations: number[] = [];
  for (let i = 0; i < context.warmups + context.runs; i++) {
    let copied = 0;
    const ms = await timeOnce(async () => {
      copied = await copyFileIntoScratchTable(context.databaseUrl, path, format);
    });
    if (copied !== rows + 1) throw new Error(`floor copied ${copied} rows, expected ${rows + 1}`);
    if (i >= context.warmups) durations.push(ms);
  }
  return durations;
}

async function measure(context: BenchContext): Promise<ScenarioResult> {
  const rows = context.smoke ? 2000 : 50000;
  const plan = sandboxPlan(rows);
  const expected = expectedCounts(rows);
  const account = await ensureBenchAdmin(context.dataSource, 'bench-files-admin');
  await createImportSandbox(context.dataSource, rows);
  const fileRows = staffFileRows(rows);
  const paths = {
    xlsx: join(context.workDir, 'staff-import.xlsx'),
    csv: join(context.workDir, 'staff-import.csv'),
  };
  await writeStaffXlsx(paths.xlsx, fileRows);
  await writeStaffCsv(paths.csv, fileRows);
  const bytes = { xlsx: readFileSync(paths.xlsx), csv: readFileSync(paths.csv) };
  const load = loadavg()[0];

  const api = await startApiServer(context.databaseUrl);
  const timings: Record<FileFormat, { loa: number[]; floor: number[] }> = {
    xlsx: { loa: [], floor: [] },
    csv: { loa: [], floor: [] },
  };
  try {
    const authorization = `Bearer ${await loginForToken(api.url, account)}`;
    for (const format of ['xlsx', 'csv'] as const) {
      context.log(`    ${format}: ${rows} rows, importing through the API …`);
      const file = { name: `danh-sach.${format}`, bytes: bytes[format], format };
      timings[format].loa = await timeImports(context, () =>
        importOnce(api.url, authorization, file, expected),
      );
      context.log(`    ${format}: floor (stream-read + COPY) …`);
      timings[format].floor = await timeFloor(context, paths[format], format, rows);
    }
  } finally {
    await api.stop();
  }

  const loa = median(timings.xlsx.loa);
  const floor = median(timings.xlsx.floor);
  const ratio = loa / floor;
  const csvLoa = median(timings.csv.loa);
  const csvFloor = median(timings.csv.floor);
  const notes = [
    `${formatNumber(rows)} rows, snapshot import of ${SANDBOX_ROOT} (${plan.schools} schools) on ${IMPORT_AS_OF}: ${formatNumber(plan.unchanged)} unchanged, ${formatNumber(plan.moved)} moved to another school (old assignment ends, new one starts), ${formatNumber(plan.redesignated)} newly (un)designated officers (ends and restarts), ${formatNumber(plan.newPeople)} new people, ${formatNumber(plan.departed)} not in the file (ended).`,
    `XLSX ${formatNumber(bytes.xlsx.length / 1024)} KB, timed upload → 200 answer through the real API in a child process, medians of ${context.runs} run(s) after ${context.warmups} warm-up(s); the roster is reset (untimed) before each run.`,
    `CSV (UTF-8, ${formatNumber(bytes.csv.length / 1024)} KB): ${formatNumber(csvLoa)} ms vs floor ${formatNumber(csvFloor)} ms (${formatNumber(csvLoa / csvFloor)}×).`,
    `Floor in the bench process: the same file stream-read by exceljs' streaming reader (csv-parse for CSV) and COPYed as text into a temporary table. Load average at start: ${formatNumber(load)}.`,
  ];
  if (ratio > GOAL_RATIO || loa > GOAL_MS) {
    notes.push(
      `Why not met: after the file is read (an XLSX's sheet XML directly) and checked in Node, most of the time is PostgreSQL writing with history into tables of 1.7 M rows: thirty thousand people upserted and thirty-five thousand assignments COPYed (time-ordered ids, so few index pages) with their unique indexes and two foreign-key checks per row, changed assignments ended. The planning reads already go through indexes (the subtree's assignments by unit). What would close it: fewer per-row checks (foreign keys checked once per set), and parsing the file while PostgreSQL works.`,
    );
  }
  return {
    figure: { value: loa, unit: 'ms' },
    floor: { value: floor, unit: 'ms' },
    ratio: { value: ratio, kind: 'times' },
    checks: [
      {
        goal: `≤ ${GOAL_RATIO}× the floor`,
        actual: `${formatNumber(ratio)}×`,
        met: ratio <= GOAL_RATIO,
      },
      {
        goal: `≤ ${GOAL_MS / 1000} s`,
        actual: `${formatNumber(loa / 1000)} s`,
        met: loa <= GOAL_MS,
      },
    ],
    notes,
  };
}

export const rosterImportScenario: Scenario = {
  id: 'roster-import',
  title: '50,000-row roster import (parse, validate, write with history)',
  goal: '≤ 3× the floor and ≤ 3 s',
  floor: 'stream-read the file and COPY the rows',
  async run(context) {
    try {
      return await measure(context);
    } finally {
      await removeImportSandbox(context.dataSource);
    }
  },
};
