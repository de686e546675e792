import {
  DEFAULT_REPORTING_UNIT_KINDS,
  type ReportFigures,
  type ReportNarrative,
  type UnitKind,
} from '@loa/contracts';
import { EntityManager } from 'typeorm';
import { CoverageLookupQuery } from '../coverage/coverage-lookup.query';
import { CoverageQuery } from '../coverage/coverage.query';
import { reportContentHash } from '../reports/report-content-hash';
import { ReportFiguresBuilder } from '../reports/report-figures.builder';
import { defaultPeriodDates } from '../reports/report-period-defaults';
import type { ReportPeriod } from '../reports/report-period.entity';
import { RequiredUnitsQuery, type RequiredUnit } from '../reports/required-units.query';
import { SeededRandom } from './seeded-random';
import { generateFullName } from './vietnamese-names';

/** The past half-year (cut-off 14/06/2026, due 20/06/2026) and the open annual period. */
export const DEMO_PAST_PERIOD = defaultPeriodDates('half_year', 2026);
export const DEMO_OPEN_PERIOD = { ...defaultPeriodDates('annual', 2026), opensOn: '2026-11-15' };

type Outcome = 'missing' | 'on_time' | 'late' | 'unreviewed' | 'returned_then_accepted';

interface ReportRow {
  unitId: string;
  version: number;
  status: 'submitted' | 'returned' | 'accepted';
  figures: ReportFigures;
  narrative: ReportNarrative;
  submittedAt: string;
  submittedBy: string | null;
  reviewedAt: string | null;
  reviewComment: string | null;
}

/**
 * Deterministic by the units' order: of every 20 required units 2 have not reported, 3 reported
 * late, 1 is waiting for review, the rest reported on time and were accepted. The demo manager's
 * commune was returned once and resubmitted: two versions.
 */
function outcomeOf(index: number, isManagersUnit: boolean): Outcome {
  if (isManagersUnit) return 'returned_then_accepted';
  const bucket = index % 20;
  if (bucket < 2) return 'missing';
  if (bucket < 5) return 'late';
  if (bucket === 5) return 'unreviewed';
  return 'on_time';
}

const at = (day: string, hour: number): string =>
  `${day}T${String(hour).padStart(2, '0')}:00:00+07:00`;
const dayOfJune = (day: number): string => `2026-06-${String(day).padStart(2, '0')}`;
const percent = (ratio: number | null): string =>
  ratio === null ? 'chưa có người thuộc diện' : `${(ratio * 100).toFixed(1).replace('.', ',')}%`;

const SIGNER_TITLES: Partial<Record<UnitKind, string>> = {
  commune: 'Phó Chủ tịch',
  university: 'Hiệu trưởng',
  vocational: 'Hiệu trưởng',
  upper_secondary: 'Hiệu trưởng',
  continuing_education: 'Giám đốc',
};

function narrativeFor(
  unit: RequiredUnit,
  figures: ReportFigures,
  signerName: string,
  index: number,
): ReportNarrative {
  const cbtt = figures.targets.find((t) => t.code === 'CBTT');
  const nq71 = figures.targets.find((t) => t.code === 'NQ71');
  const meetings = 1 + (index % 4);
  const posts = 6 + (index % 17);
  return {
    done:
      `Tổ chức ${meetings} hội nghị, buổi sinh hoạt chuyên đề quán triệt Nghị quyết số 71-NQ/TW ` +
      `đến cán bộ, công chức, viên chức và người lao động.\n` +
      `Đăng tải ${posts} tin, bài về đổi mới giáo dục và đào tạo trên trang thông tin điện tử ` +
      `và các nền tảng số của ${unit.name}.`,
    results: [
      cbtt &&
        `Cán bộ làm công tác truyền thông được bồi dưỡng: ${cbtt.trained}/${cbtt.population} ` +
          `(${percent(cbtt.coverage)}), trong kỳ bồi dưỡng thêm ${cbtt.trainedDuringPeriod} người.`,
      nq71 &&
        `Cán bộ, giáo viên, người lao động được quán triệt Nghị quyết số 71-NQ/TW: ` +
          `${nq71.trained}/${nq71.population} (${percent(nq71.coverage)}).`,
    ]
      .filter(Boolean)
      .join('\n'),
    difficulties:
      index % 3 === 0
        ? 'Một số cơ sở giáo dục chưa bố trí được cán bộ làm công tác truyền thông chuyên trách.'
        : 'Kinh phí dành cho công tác truyền thông còn hạn chế; kỹ năng sản xuất nội dung số của cán bộ chưa đồng đều.',
    proposals:
      'Đề nghị Sở Giáo dục và Đào tạo tiếp tục mở các lớp bồi dưỡng kỹ năng truyền thông ' +
      'và cung cấp tài liệu tuyên truyền về Nghị quyết số 71-NQ/TW.',
    signerTitle: SIGNER_TITLES[unit.kind] ?? 'Thủ trưởng đơn vị',
    signerName,
  };
}

function rowsFor(
  unit: RequiredUnit,
  index: number,
  outcome: Exclude<Outcome, 'missing'>,
  figures: ReportFigures,
  narrative: ReportNarrative,
  managerUserId: string | null,
): ReportRow[] {
  const hour = 8 + (index % 9);
  const base = { unitId: unit.id, figures, submittedBy: managerUserId, reviewComment: null };
  if (outcome === 'returned_then_accepted') {
    return [
      {
        ...base,
        version: 1,
        status: 'returned',
        narrative: { ...narrative, difficulties: 'Không có.' },
        submittedAt: at(dayOfJune(18), 9),
        reviewedAt: at(dayOfJune(19), 15),
        reviewComment:
          'Đề nghị bổ sung phần khó khăn, vướng mắc và kết quả quán triệt tại các trường mầm non.',
      },
      {
        ...base,
        version: 2,
        status: 'accepted',
        narrative,
        submittedAt: at(dayOfJune(20), 10),
        reviewedAt: at(dayOfJune(22), 15),
      },
    ];
  }
  const day = outcome === 'late' ? 21 + (index % 5) : 15 + (index % 6);
  return [
    {
      ...base,
      version: 1,
      status: outcome === 'unreviewed' ? 'submitted' : 'accepted',
      narrative,
      submittedAt: at(dayOfJune(day), hour),
      reviewedAt: outcome === 'unreviewed' ? null : at(dayOfJune(Math.min(day + 3, 30)), 15),
    },
  ];
}

interface DemoUsers {
  admin_id: string;
  manager_id: string | null;
  manager_name: string | null;
  manager_unit_id: string | null;
}

/**
 * The demo's periodic reports: 2026-H1 reported by most required units (figures frozen from the
 * coverage engine as of its cut-off) and 2026-ANNUAL open. Written in the seed's transaction,
 * after the city and its certificates, in two set-based inserts.
 */
export async function writeDemoReports(
  manager: EntityManager,
  seed: number,
): Promise<{ reports: number }> {
  const [users]: DemoUsers[] = await manager.query(
    `SELECT (SELECT id FROM users WHERE username = 'admin') AS admin_id,
            (SELECT id FROM users WHERE username = 'manager') AS manager_id,
            (SELECT display_name FROM users WHERE username = 'manager') AS manager_name,
            (SELECT g.unit_id FROM role_grants g JOIN users u ON u.id = g.user_id
              WHERE u.username = 'manager' AND g.role = 'unit_manager' AND g.revoked_at IS NULL
              LIMIT 1) AS manager_unit_id`,
  );
  const pastPeriodId = await insertPeriods(manager, users.admin_id);
  const period = {
    cutoffOn: DEMO_PAST_PERIOD.cutoffOn,
    requiredUnitKinds: [...DEFAULT_REPORTING_UNIT_KINDS],
  } as ReportPeriod;
  const units = (await new RequiredUnitsQuery().list(manager, period)).sort((a, b) =>
    a.code < b.code ? -1 : a.code > b.code ? 1 : 0,
  );
  const rows = await withNestedLoops(manager, () => reportRows(manager, units, seed, users));
  await insertReports(manager, pastPeriodId, rows, users.admin_id);
  return { reports: rows.length };
}

async function insertPeriods(manager: EntityManager, adminId: string): Promise<string> {
  const periods: { id: string; code: string }[] = await manager.query(
    `INSERT INTO report_periods (code, kind, year, title, starts_on, cutoff_on, due_on, opens_on,
                                 required_unit_kinds, created_by_id, created_at)
     SELECT p.code, p.kind, 2026, p.title, p.starts_on, p.cutoff_on, p.due_on, p.opens_on, $9, $10,
            p.created_at
       FROM unnest($1::text[], $2::text[], $3::text[], $4::date[], $5::date[], $6::date[],
                   $7::date[], $8::timestamptz[])
            AS p(code, kind, title, starts_on, cutoff_on, due_on, opens_on, created_at)
     RETURNING id, code`,
    [
      [DEMO_PAST_PERIOD.code, DEMO_OPEN_PERIOD.code],
      ['half_year', 'annual'],
      [DEMO_PAST_PERIOD.title, DEMO_OPEN_PERIOD.title],
      [DEMO_PAST_PERIOD.startsOn, DEMO_OPEN_PERIOD.startsOn],
      [DEMO_PAST_PERIOD.cutoffOn, DEMO_OPEN_PERIOD.cutoffOn],
      [DEMO_PAST_PERIOD.dueOn, DEMO_OPEN_PERIOD.dueOn],
      [DEMO_PAST_PERIOD.opensOn, DEMO_OPEN_PERIOD.opensOn],
      ['2026-05-25T09:00:00+07:00', '2026-11-10T09:00:00+07:00'],
      DEFAULT_REPORTING_UNIT_KINDS,
      adminId,
    ],
  );
  return periods.find((p) => p.code === DEMO_PAST_PERIOD.code)!.id;
}

/**
 * Each unit's subtree is small, but in the seed's transaction (no statistics yet) the planner
 * hashes every assignment of the city for each coverage count; nested loops over the indexes make
 * the ~200 reports about three times faster. Only for these statements: the settings go back after.
 */
async function withNestedLoops<T>(manager: EntityManager, work: () => Promise<T>): Promise<T> {
  await manager.query('SET LOCAL enable_hashjoin = off');
  await manager.query('SET LOCAL enable_mergejoin = off');
  try {
    return await work();
  } finally {
    await manager.query('SET LOCAL enable_hashjoin TO DEFAULT');
    await manager.query('SET LOCAL enable_mergejoin TO DEFAULT');
  }
}

async function reportRows(
  manager: EntityManager,
  units: RequiredUnit[],
  seed: number,
  users: DemoUsers,
): Promise<ReportRow[]> {
  const builder = new ReportFiguresBuilder(new CoverageLookupQuery(), new CoverageQuery());
  const names = new SeededRandom(seed + 2026);
  const rows: ReportRow[] = [];
  for (const [index, unit] of units.entries()) {
    const isManagersUnit = unit.id === users.manager_unit_id;
    const signerName = generateFullName(names, index % 2 === 0 ? 'male' : 'female');
    const outcome = outcomeOf(index, isManagersUnit);
    if (outcome === 'missing') continue;
    const figures = await builder.build(manager, {
      unitId: unit.id,
      asOf: DEMO_PAST_PERIOD.cutoffOn,
      periodStart: DEMO_PAST_PERIOD.startsOn,
    });
    const signer = isManagersUnit && users.manager_name ? users.manager_name : signerName;
    const narrative = narrativeFor(unit, figures, signer, index);
    const submittedBy = isManagersUnit ? users.manager_id : null;
    rows.push(...rowsFor(unit, index, outcome, figures, narrative, submittedBy));
  }
  return rows;
}

async function insertReports(
  manager: EntityManager,
  periodId: string,
  rows: ReportRow[],
  reviewerId: string,
): Promise<void> {
  await manager.query(
    `INSERT INTO unit_reports (period_id, unit_id, version, status, figures, narrative, content_hash,
                               submitted_at, submitted_by_id, reviewed_at, reviewed_by_id,
                               review_comment, created_at)
     SELECT $1, r.unit_id, r.version, r.status, r.figures, r.narrative, r.content_hash,
            r.submitted_at, r.submitted_by_id, r.reviewed_at,
            CASE WHEN r.reviewed_at IS NULL THEN NULL ELSE $12::uuid END,
            r.review_comment, r.submitted_at - interval '1 day'
       FROM unnest($2::uuid[], $3::int[], $4::text[], $5::jsonb[], $6::jsonb[], $7::text[],
                   $8::timestamptz[], $9::uuid[], $10::timestamptz[], $11::text[])
            AS r(unit_id, version, status, figures, narrative, content_hash, submitted_at,
                 submitted_by_id, reviewed_at, review_comment)`,
    [
      periodId,
      rows.map((r) => r.unitId),
      rows.map((r) => r.version),
      rows.map((r) => r.status),
      rows.map((r) => JSON.stringify(r.figures)),
      rows.map((r) => JSON.stringify(r.narrative)),
      rows.map((r) => reportContentHash(r.figures, r.narrative)),
      rows.map((r) => r.submittedAt),
      rows.map((r) => r.submittedBy),
      rows.map((r) => r.reviewedAt),
      rows.map((r) => r.reviewComment),
      reviewerId,
    ],
  );
}
