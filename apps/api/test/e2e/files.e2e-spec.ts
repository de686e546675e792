import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createTestApp, TestApp } from '../create-test-app';
import { signedIn } from '../factories/accounts.factory';
import { bearer, createCourse } from '../factories/authoring.factory';

const PNG_HEAD = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
const pngOf = (size: number) => Buffer.concat([PNG_HEAD, Buffer.alloc(size - PNG_HEAD.length, 7)]);
const mp4Of = (size: number) => {
  const bytes = Buffer.alloc(size);
  for (let i = 0; i < size; i++) bytes[i] = i % 251;
  bytes.write('ftypisom', 4, 'ascii');
  return bytes;
};
const pdfOf = (size: number) =>
  Buffer.concat([Buffer.from('%PDF-1.7\n'), Buffer.alloc(size - 9, 32)]);
const MB = 1024 * 1024;

describe('files: uploads and range streaming', () => {
  let t: TestApp;
  let dataDir: string;
  beforeAll(async () => {
    dataDir = mkdtempSync(join(tmpdir(), 'loa-files-'));
    t = await createTestApp({ LOA_DATA_DIR: dataDir });
  });
  afterAll(async () => {
    await t.close();
    rmSync(dataDir, { recursive: true, force: true });
  });

  const lessonOf = async (token: string, sectionId: string, kind: string) => {
    const response = await t
      .http()
      .post(`/api/authoring/sections/${sectionId}/lessons`)
      .set(bearer(token))
      .send({ kind, title: `Bài ${kind}`, required: true });
    expect(response.status).toBe(201);
    return response.body.id as string;
  };

  it('stores a cover image whole, hashed, with no temporary file left, and serves it to its author', async () => {
    const { token } = await signedIn(t, [{ role: 'course_author' }]);
    const course = await createCourse(t, token);
    const image = pngOf(5000);
    const response = await t
      .http()
      .post(`/api/authoring/courses/${course.code}/cover`)
      .set(bearer(token))
      .attach('file', image, { filename: 'ảnh bìa.png', contentType: 'image/png' });
    expect(response.status).toBe(201);
    const fileId = response.body.coverFileId as string;
    const [row] = await t.dataSource.query(
      `SELECT storage_key, mime_type, size_bytes, sha256, original_name, purpose FROM stored_files WHERE id = $1`,
      [fileId],
    );
    expect(row).toMatchObject({
      mime_type: 'image/png',
      size_bytes: '5000',
      sha256: createHash('sha256').update(image).digest('hex'),
      original_name: 'ảnh bìa.png',
      purpose: 'course_cover',
    });
    expect(readFileSync(join(dataDir, 'files', row.storage_key)).equals(image)).toBe(true);
    expect(readdirSync(join(dataDir, 'files')).filter((name) => name.endsWith('.part'))).toEqual(
      [],
    );
    const read = await t
      .http()
      .get(`/api/authoring/files/${fileId}`)
      .set(bearer(token))
      .buffer(true);
    expect(read.status).toBe(200);
    expect(read.headers['content-type']).toBe('image/png');
    expect(read.headers['accept-ranges']).toBe('bytes');
    expect(Buffer.from(read.body).equals(image)).toBe(true);
  });

  it('refuses a file whose bytes are not an accepted type, whatever its name says', async () => {
    const { token } = await signedIn(t, [{ role: 'course_author' }]);
    const course = await createCourse(t, token);
    const response = await t
      .http()
      .post(`/api/authoring/courses/${course.code}/cover`)
      .set(bearer(token))
      .attach('file', Buffer.from('<svg onload="alert(1)"></svg>'), {
        filename: 'cover.png',
        contentType: 'image/png',
      });
    expect(response.status).toBe(415);
    expect(response.body).toEqual({
      statusCode: 415,
      code: 'UNSUPPORTED_FILE_TYPE',
      message: 'Tệp không đúng định dạng: chỉ nhận PNG, JPEG, WebP',
    });
    const pdfAsVideo = await t
      .http()
      .post(`/api/authoring/lessons/${await lessonOf(token, course.sections[0].id, 'video')}/file`)
      .set(bearer(token))
      .attach('file', pdfOf(2000), { filename: 'video.mp4', contentType: 'video/mp4' });
    expect(pdfAsVideo.status).toBe(415);
    expect(pdfAsVideo.body.message).toBe('Tệp không đúng định dạng: chỉ nhận MP4, WebM');
  });

  it('asks for a file when none is sent, and takes files only for video and document lessons', async () => {
    const { token } = await signedIn(t, [{ role: 'course_author' }]);
    const course = await createCourse(t, token);
    const none = await t
      .http()
      .post(`/api/authoring/courses/${course.code}/cover`)
      .set(bearer(token))
      .field('other', 'x');
    expect(none.status).toBe(400);
    expect(none.body.message).toBe('Vui lòng chọn tệp');
    const textLesson = await t
      .http()
      .post(`/api/authoring/sections/${course.sections[0].id}/lessons`)
      .set(bearer(token))
      .send({ kind: 'text', title: 'Văn bản', required: true, bodyHtml: '<p>a</p>' });
    const onText = await t
      .http()
      .post(`/api/authoring/lessons/${textLesson.body.id}/file`)
      .set(bearer(token))
      .attach('file', pdfOf(100), { filename: 'a.pdf', contentType: 'application/pdf' });
    expect(onText.status).toBe(400);
  });

  it('refuses a cover over 2 MB with a message naming the limit, and keeps nothing of it', async () => {
    const { token } = await signedIn(t, [{ role: 'course_author' }]);
    const course = await createCourse(t, token);
    const before = readdirSync(join(dataDir, 'files')).length;
    const response = await t
      .http()
      .post(`/api/authoring/courses/${course.code}/cover`)
      .set(bearer(token))
      .attach('file', pngOf(2 * MB + 1), { filename: 'big.png', contentType: 'image/png' });
    expect(response.status).toBe(413);
    expect(response.body).toMatchObject({
      code: 'FILE_TOO_LARGE',
      message: 'Tệp quá lớn: tối đa 2 MB',
    });
    expect(readdirSync(join(dataDir, 'files')).length).toBe(before);
  });

  it('accepts a PDF document larger than the 20 MB import limit (its own limit is 50 MB)', async () => {
    const { token } = await signedIn(t, [{ role: 'course_author' }]);
    const course = await createCourse(t, token);
    const lessonId = await lessonOf(token, course.sections[0].id, 'document');
    const response = await t
      .http()
      .post(`/api/authoring/lessons/${lessonId}/file`)
      .set(bearer(token))
      .attach('file', pdfOf(21 * MB), { filename: 'tai-lieu.pdf', contentType: 'application/pdf' });
    expect(response.status).toBe(200);
    expect(response.body).toMatchObject({ kind: 'document', fileId: expect.any(String) });
  });

  it('answers range requests with 206 and exactly the bytes asked for, and 416 past the end', async () => {
    const { token } = await signedIn(t, [{ role: 'course_author' }]);
    const course = await createCourse(t, token);
    const lessonId = await lessonOf(token, course.sections[0].id, 'video');
    const video = mp4Of(1000);
    const uploaded = await t
      .http()
      .post(`/api/authoring/lessons/${lessonId}/file`)
      .set(bearer(token))
      .attach('file', video, { filename: 'bai-giang.mp4', contentType: 'video/mp4' });
    expect(uploaded.status).toBe(200);
    const url = `/api/authoring/files/${uploaded.body.fileId}`;

    const middle = await t
      .http()
      .get(url)
      .set(bearer(token))
      .set('Range', 'bytes=10-19')
      .buffer(true);
    expect(middle.status).toBe(206);
    expect(middle.headers['content-range']).toBe('bytes 10-19/1000');
    expect(middle.headers['content-length']).toBe('10');
    expect(middle.headers['content-type']).toBe('video/mp4');
    expect(Buffer.from(middle.body).equals(video.subarray(10, 20))).toBe(true);

    const tail = await t.http().get(url).set(bearer(token)).set('Range', 'bytes=-100').buffer(true);
    expect(tail.status).toBe(206);
    expect(tail.headers['content-range']).toBe('bytes 900-999/1000');
    expect(Buffer.from(tail.body).equals(video.subarray(900))).toBe(true);

    const open = await t.http().get(url).set(bearer(token)).set('Range', 'bytes=990-').buffer(true);
    expect(open.headers['content-range']).toBe('bytes 990-999/1000');

    const beyond = await t.http().get(url).set(bearer(token)).set('Range', 'bytes=1000-');
    expect(beyond.status).toBe(416);
    expect(beyond.headers['content-range']).toBe('bytes */1000');
    expect(beyond.body.code).toBe('RANGE_NOT_SATISFIABLE');
  });

  it("hides a course's files from other authors (404) and from learners (403)", async () => {
    const author = await signedIn(t, [{ role: 'course_author' }]);
    const other = await signedIn(t, [{ role: 'course_author' }]);
    const learner = await signedIn(t, [{ role: 'learner' }]);
    const admin = await signedIn(t, [{ role: 'department_admin' }]);
    const course = await createCourse(t, author.token);
    const uploaded = await t
      .http()
      .post(`/api/authoring/courses/${course.code}/cover`)
      .set(bearer(author.token))
      .attach('file', pngOf(100), { filename: 'c.png', contentType: 'image/png' });
    const url = `/api/authoring/files/${uploaded.body.coverFileId}`;
    expect((await t.http().get(url).set(bearer(other.token))).status).toBe(404);
    expect((await t.http().get(url).set(bearer(learner.token))).status).toBe(403);
    expect((await t.http().get(url)).status).toBe(401);
    expect((await t.http().get(url).set(bearer(admin.token))).status).toBe(200);
    const stranger = await t
      .http()
      .post(`/api/authoring/courses/${course.code}/cover`)
      .set(bearer(other.token))
      .attach('file', pngOf(100), { filename: 'c.png', contentType: 'image/png' });
    expect(stranger.status).toBe(404);
    expect(existsSync(join(dataDir, 'files'))).toBe(true);
  });
});
