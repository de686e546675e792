import ExcelJS from 'exceljs';
import { addDays, todayInVietnam } from '../../src/common/dates';
import { createTestApp, TestApp } from '../create-test-app';
import { signedIn } from '../factories/accounts.factory';
import { createCourse, enrol } from '../factories/courses.factory';
import { createAssignment, createPerson } from '../factories/people.factory';
import { createBranches } from '../factories/units.factory';

const binary = (
  res: NodeJS.ReadableStream,
  callback: (error: Error | null, body: Buffer) => void,
) => {
  const chunks: Buffer[] = [];
  res.on('data', (chunk: Buffer) => chunks.push(chunk));
  res.on('end', () => callback(null, Buffer.concat(chunks)));
};

describe("learning: managers' training progress", () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t.close());

  async function setup() {
    const today = todayInVietnam();
    const branches = await createBranches(t.dataSource);
    const course = await createCourse(t.dataSource);
    const people = [];
    for (const [unitId, name] of [
      [branches.own.id, 'Nguyễn Văn An'],
      [branches.child.id, '=HYPERLINK("http://x")'],
      [branches.other.id, 'Trần Thị Ngoài'],
    ]) {
      const person = await createPerson(t.dataSource, { fullName: name });
      await createAssignment(t.dataSource, { personId: person.id, unitId });
      people.push(person);
    }
    await enrol(t.dataSource, people[0].id, course.id, { dueOn: addDays(today, -2) });
    const second = await enrol(t.dataSource, people[1].id, course.id, { dueOn: addDays(today, 5) });
    await enrol(t.dataSource, people[2].id, course.id);
    await t.dataSource.query(
      `UPDATE enrolments SET status = 'in_progress', progress = 0.5 WHERE id = $1`,
      [second.id],
    );
    const manager = await signedIn(t, [{ role: 'unit_manager', unitId: branches.own.id }]);
    return { branches, course, people, manager };
  }

  it('shows a manager their subtree only, with progress and overdue, filtered and paged', async () => {
    const { branches, course, people, manager } = await setup();
    const auth = `Bearer ${manager.token}`;
    const response = await t
      .http()
      .get(`/api/training/progress?course=${course.code}`)
      .set('Authorization', auth);
    expect(response.status).toBe(200);
    expect(response.body).toMatchObject({ total: 2, page: 1, pageSize: 50 });
    expect(response.body.rows.map((r: { staffCode: string }) => r.staffCode).sort()).toEqual(
      [people[0].staffCode, people[1].staffCode].sort(),
    );
    const late = response.body.rows.find(
      (r: { staffCode: string }) => r.staffCode === people[0].staffCode,
    );
    expect(late).toMatchObject({
      unitCode: branches.own.code,
      courseCode: course.code,
      status: 'assigned',
      progress: 0,
      overdue: true,
      scorePercent: null,
    });

    const overdue = await t
      .http()
      .get(`/api/training/progress?course=${course.code}&overdue=true`)
      .set('Authorization', auth);
    expect(overdue.body.rows.map((r: { staffCode: string }) => r.staffCode)).toEqual([
      people[0].staffCode,
    ]);
    const inProgress = await t
      .http()
      .get(
        `/api/training/progress?course=${course.code}&status=in_progress&unit=${branches.child.code}`,
      )
      .set('Authorization', auth);
    expect(inProgress.body.rows).toEqual([expect.objectContaining({ progress: 0.5 })]);

    const outside = await t
      .http()
      .get(`/api/training/progress?unit=${branches.sibling.code}`)
      .set('Authorization', auth);
    expect(outside.status).toBe(404);
    const learner = await signedIn(t, [{ role: 'learner' }]);
    const refused = await t
      .http()
      .get('/api/training/progress')
      .set('Authorization', `Bearer ${learner.token}`);
    expect(refused.status).toBe(403);
  });

  it('exports the same rows as a formula-safe XLSX', async () => {
    const { course, manager } = await setup();
    const response = await t
      .http()
      .get(`/api/training/progress.xlsx?course=${course.code}`)
      .set('Authorization', `Bearer ${manager.token}`)
      .buffer(true)
      .parse(binary as never);
    expect(response.status).toBe(200);
    expect(response.headers['content-type']).toContain('spreadsheetml.sheet');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(response.body as unknown as ArrayBuffer);
    const sheet = workbook.worksheets[0];
    expect(sheet.actualRowCount).toBe(3);
    expect(sheet.getRow(1).getCell(2).value).toBe('Họ và tên');
    const names = [sheet.getRow(2).getCell(2).value, sheet.getRow(3).getCell(2).value];
    expect(names).toContain(`'=HYPERLINK("http://x")`);
    sheet.eachRow((row) =>
      row.eachCell((cell) => expect(cell.type).toBe(ExcelJS.ValueType.String)),
    );
  });
});
