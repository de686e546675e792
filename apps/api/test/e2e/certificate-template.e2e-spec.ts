import { createTestApp, TestApp } from '../create-test-app';
import { signedIn } from '../factories/accounts.factory';
import { createTarget } from '../factories/reference.factory';
import { createUnit } from '../factories/units.factory';
import {
  createProgramme,
  encodedNumber,
  extractPdf,
  holderAt,
  issue,
} from './certificates-fixtures';

const template = {
  parentBody: 'UBND THÀNH PHỐ HẢI PHÒNG',
  issuingBody: 'SỞ GIÁO DỤC VÀ ĐÀO TẠO',
  documentTitle: 'CHỨNG NHẬN HOÀN THÀNH',
  signerAuthority: 'KT. GIÁM ĐỐC',
  signerTitle: 'PHÓ GIÁM ĐỐC',
  signerName: 'Trần Thị Lan',
  place: 'Hải Phòng',
};

describe('certificate templates: the department edits what a programme’s certificate prints', () => {
  let t: TestApp;
  let admin: string;
  let manager: string;
  let learner: string;
  beforeAll(async () => {
    t = await createTestApp();
    admin = (await signedIn(t, [{ role: 'department_admin' }])).token;
    const commune = await createUnit(t.dataSource, { kind: 'commune' });
    manager = (await signedIn(t, [{ role: 'unit_manager', unitId: commune.id }])).token;
    learner = (await signedIn(t, [{ role: 'learner' }])).token;
  });
  afterAll(() => t.close());

  const pdfText = async (number: string) => {
    const res = await t
      .http()
      .get(`/api/certificates/${encodedNumber(number)}/pdf`)
      .set('Authorization', `Bearer ${admin}`)
      .buffer(true)
      .parse((response, callback) => {
        const chunks: Buffer[] = [];
        response.on('data', (chunk: Buffer) => chunks.push(chunk));
        response.on('end', () => callback(null, Buffer.concat(chunks)));
      });
    expect(res.status).toBe(200);
    return extractPdf(res.body as Buffer).text;
  };

  const url = (code: string) => `/api/programmes/${code}/certificate-template`;

  it('a programme without a template shows the defaults', async () => {
    const { programmeCode } = await createTarget(t.dataSource);
    const res = await t.http().get(url(programmeCode)).set('Authorization', `Bearer ${admin}`);
    expect(res.status).toBe(200);
    expect(res.body).toEqual({
      parentBody: 'UBND THÀNH PHỐ HẢI PHÒNG',
      issuingBody: 'SỞ GIÁO DỤC VÀ ĐÀO TẠO',
      documentTitle: 'GIẤY CHỨNG NHẬN',
      signerAuthority: 'KT. GIÁM ĐỐC',
      signerTitle: 'PHÓ GIÁM ĐỐC',
      signerName: 'Nguyễn Văn Mẫu',
      place: 'Hải Phòng',
    });
  });

  it('the department replaces the template; text is NFC and trimmed; the change is audited', async () => {
    const { programmeCode } = await createTarget(t.dataSource);
    const decomposed = '  Trần Thị Lan  '.normalize('NFD');
    const put = await t
      .http()
      .put(url(programmeCode))
      .set('Authorization', `Bearer ${admin}`)
      .send({ ...template, signerName: decomposed });
    expect(put.status).toBe(200);
    expect(put.body).toEqual(template);
    const get = await t.http().get(url(programmeCode)).set('Authorization', `Bearer ${admin}`);
    expect(get.body).toEqual(template);
    expect(get.body.signerName).toBe('Trần Thị Lan'.normalize('NFC'));

    const again = await t
      .http()
      .put(url(programmeCode))
      .set('Authorization', `Bearer ${admin}`)
      .send({ ...template, place: 'Hải Dương' });
    expect(again.status).toBe(200);
    expect(again.body.place).toBe('Hải Dương');

    const events = await t.dataSource.query(
      `SELECT action, details FROM audit_events
        WHERE entity_type = 'certificate_template' AND entity_id = $1 ORDER BY id`,
      [programmeCode],
    );
    expect(events).toHaveLength(2);
    expect(events[0].action).toBe('certificate_template.updated');
    expect(events[0].details.before.documentTitle).toBe('GIẤY CHỨNG NHẬN');
    expect(events[0].details.after).toEqual(template);
    expect(events[1].details).toEqual({
      before: template,
      after: { ...template, place: 'Hải Dương' },
    });
  });

  it('only the department reads or edits templates', async () => {
    const { programmeCode } = await createTarget(t.dataSource);
    for (const token of [manager, learner]) {
      const get = await t.http().get(url(programmeCode)).set('Authorization', `Bearer ${token}`);
      expect(get.status).toBe(403);
      const put = await t
        .http()
        .put(url(programmeCode))
        .set('Authorization', `Bearer ${token}`)
        .send(template);
      expect(put.status).toBe(403);
    }
    const anonymous = await t.http().get(url(programmeCode));
    expect(anonymous.status).toBe(401);
    const rows = await t.dataSource.query(
      `SELECT 1 FROM certificate_templates ct JOIN programmes p ON p.id = ct.programme_id WHERE p.code = $1`,
      [programmeCode],
    );
    expect(rows).toHaveLength(0);
  });

  it('rejects blank, missing, too long and unknown fields, and unknown programmes', async () => {
    const { programmeCode } = await createTarget(t.dataSource);
    const { signerName: _omitted, ...missing } = template;
    const bodies = [
      { ...template, signerName: '   ' },
      missing,
      { ...template, place: 'x'.repeat(101) },
      { ...template, logo: 'evil.png' },
      { ...template, issuingBody: 42 },
    ];
    for (const body of bodies) {
      const res = await t
        .http()
        .put(url(programmeCode))
        .set('Authorization', `Bearer ${admin}`)
        .send(body);
      expect(res.status).toBe(400);
      expect(res.body.code).toBe('VALIDATION_FAILED');
    }
    const unknown = await t
      .http()
      .put(url('KHONG-CO-MA-NAY'))
      .set('Authorization', `Bearer ${admin}`)
      .send(template);
    expect(unknown.status).toBe(404);
    const unknownGet = await t
      .http()
      .get(url('KHONG-CO-MA-NAY'))
      .set('Authorization', `Bearer ${admin}`);
    expect(unknownGet.status).toBe(404);
  });

  it('the next certificate prints the new template; issued ones keep theirs', async () => {
    const programmeCode = await createProgramme(t);
    const school = await createUnit(t.dataSource, { kind: 'primary' });
    const holder = await holderAt(t, school.id, { fullName: 'Phạm Văn Đức' });
    const before = await issue(t, { personId: holder.person.id, programmeCode });
    const put = await t
      .http()
      .put(url(programmeCode))
      .set('Authorization', `Bearer ${admin}`)
      .send({ ...template, place: 'Hải Dương' });
    expect(put.status).toBe(200);
    const after = await issue(t, { personId: holder.person.id, programmeCode });

    // The old certificate's fields are checked through its stored printed template.
    const newText = await pdfText(after.number);
    expect(newText).toContain('Trần Thị Lan'.normalize('NFC'));
    expect(newText).toContain('Hải Dương, ngày'.normalize('NFC'));
    expect(newText).not.toContain('Nguyễn Văn Mẫu'.normalize('NFC'));
    const printed = await t.dataSource.query(
      `SELECT number, printed_template FROM certificates WHERE number = ANY($1)`,
      [[before.number, after.number]],
    );
    const printedBy = new Map(
      printed.map((r: { number: string; printed_template: unknown }) => [
        r.number,
        r.printed_template,
      ]),
    );
    expect(printedBy.get(before.number)).toMatchObject({
      signerName: 'Nguyễn Văn Mẫu',
      place: 'Hải Phòng',
    });
    expect(printedBy.get(after.number)).toEqual({ ...template, place: 'Hải Dương' });
  });
});
