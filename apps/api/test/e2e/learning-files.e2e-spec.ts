import { createHash, randomBytes } from 'node:crypto';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createTestApp, TestApp } from '../create-test-app';
import {
  createCourse,
  enrol,
  publishNewVersion,
  signedInLearner,
} from '../factories/courses.factory';

const binary = (
  res: { on: (event: string, listener: (chunk?: Buffer) => void) => void },
  done: (error: Error | null, body: Buffer) => void,
): void => {
  const chunks: Buffer[] = [];
  res.on('data', (chunk) => chunks.push(chunk!));
  res.on('end', () => done(null, Buffer.concat(chunks)));
};

describe('learning: lesson files', () => {
  let t: TestApp;
  let dataDir: string;
  beforeAll(async () => {
    dataDir = mkdtempSync(join(tmpdir(), 'loa-learn-files-'));
    mkdirSync(join(dataDir, 'files'));
    t = await createTestApp({ LOA_DATA_DIR: dataDir });
  });
  afterAll(async () => {
    await t.close();
    rmSync(dataDir, { recursive: true, force: true });
  });

  /** A PDF-like file stored the way the storage service keeps it. */
  async function storedFile(bytes: Buffer): Promise<string> {
    const key = randomBytes(24).toString('base64url');
    writeFileSync(join(dataDir, 'files', key), bytes);
    const [row] = await t.dataSource.query(
      `INSERT INTO stored_files (storage_key, purpose, original_name, mime_type, size_bytes, sha256)
       VALUES ($1, 'lesson_document', 'Tài liệu.pdf', 'application/pdf', $2, $3) RETURNING id`,
      [key, bytes.length, createHash('sha256').update(bytes).digest('hex')],
    );
    return row.id;
  }

  it('streams a lesson file with Range to enrolled learners of its version only', async () => {
    const bytes = Buffer.from('%PDF-1.4 nội dung tài liệu thử', 'utf8');
    const fileId = await storedFile(bytes);
    const course = await createCourse(t.dataSource, {
      lessons: [{ kind: 'document', fileId }],
    });
    const learner = await signedInLearner(t);
    await enrol(t.dataSource, learner.person.id, course.id);
    const auth = `Bearer ${learner.token}`;

    const lesson = await t
      .http()
      .get(`/api/learn/${course.code}/lessons/${course.lessonIds[0]}`)
      .set('Authorization', auth);
    // A signed link, so a <video> or <iframe> (which cannot send the token) can load it.
    expect(lesson.body.url).toMatch(new RegExp(`^/api/learn/files/${fileId}/stream\\?t=`));

    const whole = await t
      .http()
      .get(lesson.body.url)
      .buffer(true)
      .parse(binary as never);
    expect(whole.status).toBe(200);
    expect((whole.body as Buffer).equals(bytes)).toBe(true);
    expect(whole.headers['accept-ranges']).toBe('bytes');

    const part = await t
      .http()
      .get(lesson.body.url)
      .set('Range', 'bytes=0-3')
      .buffer(true)
      .parse(binary as never);
    expect(part.status).toBe(206);
    expect((part.body as Buffer).toString()).toBe('%PDF');
    expect(part.headers['content-range']).toBe(`bytes 0-3/${bytes.length}`);

    const tampered = lesson.body.url.replace(/.$/, (c: string) => (c === 'A' ? 'B' : 'A'));
    expect((await t.http().get(tampered)).status).toBe(404);
    const otherFile = await storedFile(Buffer.from('%PDF-1.4 tệp khác'));
    const token = lesson.body.url.split('?t=')[1];
    expect((await t.http().get(`/api/learn/files/${otherFile}/stream?t=${token}`)).status).toBe(
      404,
    );
    expect((await t.http().get(`/api/learn/files/${fileId}/stream`)).status).toBe(404);

    const withBearer = await t
      .http()
      .get(`/api/learn/files/${fileId}`)
      .set('Authorization', auth)
      .buffer(true)
      .parse(binary as never);
    expect(withBearer.status).toBe(200);

    const stranger = await signedInLearner(t);
    const refused = await t
      .http()
      .get(`/api/learn/files/${fileId}`)
      .set('Authorization', `Bearer ${stranger.token}`);
    expect(refused.status).toBe(404);
    const nonsense = await t
      .http()
      .get('/api/learn/files/khong-phai-uuid')
      .set('Authorization', auth);
    expect(nonsense.status).toBe(404);
  });

  it('refuses a file used only by a version the learner is not on', async () => {
    const course = await createCourse(t.dataSource, { lessons: [{ kind: 'text' }] });
    const learner = await signedInLearner(t);
    await enrol(t.dataSource, learner.person.id, course.id);
    const auth = `Bearer ${learner.token}`;
    await t.http().get(`/api/learn/${course.code}`).set('Authorization', auth);
    const fileId = await storedFile(Buffer.from('%PDF-1.4 bản mới'));
    await publishNewVersion(t.dataSource, course, [{ kind: 'document', fileId }]);
    const response = await t.http().get(`/api/learn/files/${fileId}`).set('Authorization', auth);
    expect(response.status).toBe(404);
  });
});
