import 'reflect-metadata';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Browser, BrowserContext, Page } from 'playwright-core';
import { createAccount } from '../../api/test/factories/accounts.factory';
import { createCourse, CreatedCourse, enrol } from '../../api/test/factories/courses.factory';
import { createAssignment, createPerson } from '../../api/test/factories/people.factory';
import { unique } from '../../api/test/factories/unique';
import { createUnit, CreatedUnit } from '../../api/test/factories/units.factory';
import { launchChromium, startJourneyApp } from './support/journey-app';

const SHOTS = process.env.LOA_SCREENSHOTS_DIR ?? join(tmpdir(), 'loa-screenshots');

/** The quiz bank: each question's text and the key (a–d) of its one correct option. */
const QUESTIONS = [
  { text: 'Người phát ngôn của cơ sở giáo dục do ai chỉ định?', correct: 'b' },
  { text: 'Thông tin sai lệch trên mạng xã hội cần được xử lý trong bao lâu?', correct: 'c' },
  { text: 'Bản tin nội bộ có cần được lãnh đạo duyệt trước khi đăng?', correct: 'a' },
];

/**
 * A learner signs in, opens the course assigned to them from "Học tập của tôi", reads the
 * text lesson and marks it done, passes the quiz (3 questions, pass mark 60 %), and sees the
 * course completed: the real web build, the real API, a real PostgreSQL.
 */
describe('learning journey (browser)', () => {
  let app: NestFastifyApplication | undefined;
  let browser: Browser | undefined;
  let baseUrl: string;
  let course: CreatedCourse;
  let learner: { username: string; password: string };
  let author: { username: string; password: string };
  let manager: { username: string; password: string };
  let school: CreatedUnit;
  let openCourse: CreatedCourse;
  const officerName = `Lê Văn Truyền ${unique('').slice(0, 4)}`;
  /** The page of the running test, photographed when it ends (a failure shows where it stopped). */
  let lastPage: Page | undefined;
  const title = `Kỹ năng truyền thông giáo dục cơ bản ${unique('').slice(0, 6)}`;

  const newPage = async (width: number): Promise<{ context: BrowserContext; page: Page }> => {
    const context = await browser!.newContext({
      locale: 'vi-VN',
      timezoneId: 'Asia/Ho_Chi_Minh',
      viewport: { width, height: 900 },
    });
    const page = await context.newPage();
    page.setDefaultTimeout(20_000);
    lastPage = page;
    return { context, page };
  };

  const signIn = async (
    page: Page,
    path: string,
    who: { username: string; password: string } = learner,
  ) => {
    await page.goto(`${baseUrl}${path}`);
    await page.waitForURL(/\/login\?from=/);
    await page.getByLabel('Tên đăng nhập').fill(who.username);
    await page.getByLabel('Mật khẩu').fill(who.password);
    await page.getByRole('button', { name: 'Đăng nhập' }).click();
    await page.waitForURL(new RegExp(`${path}$`));
  };

  const shot = (page: Page, name: string) =>
    page.screenshot({ path: join(SHOTS, `learning-${name}.png`), fullPage: true });

  beforeAll(async () => {
    mkdirSync(SHOTS, { recursive: true });
    const api = await startJourneyApp();
    app = api.app;
    baseUrl = api.baseUrl;

    const ds = api.ds;
    course = await createCourse(ds, {
      title,
      lessons: [
        {
          kind: 'text',
          title: 'Vai trò của người làm truyền thông',
          bodyHtml:
            '<h2>Vì sao truyền thông quan trọng</h2><p>Truyền thông giúp phụ huynh hiểu và đồng hành cùng nhà trường.</p>',
        },
        {
          kind: 'quiz',
          title: 'Bài kiểm tra cuối khoá',
          quiz: { questionCount: 3, passPercent: 60, shuffle: false },
        },
      ],
      questions: QUESTIONS.map((q) => ({ text: q.text, correct: [q.correct] })),
    });
    const person = await createPerson(ds, { fullName: 'Trần Thị Minh Thư' });
    await enrol(ds, person.id, course.id, { dueOn: '2099-12-31' });
    learner = await createAccount(ds, [{ role: 'learner' }], { personId: person.id });
    author = await createAccount(ds, [{ role: 'course_author' }]);

    const commune = await createUnit(ds, { kind: 'commune', name: `Phường Lê Chân ${unique('')}` });
    school = await createUnit(ds, { kind: 'primary', parentCode: commune.code });
    const officer = await createPerson(ds, { fullName: officerName });
    await createAssignment(ds, {
      personId: officer.id,
      unitId: school.id,
      communicationOfficer: true,
    });
    manager = await createAccount(ds, [{ role: 'unit_manager', unitId: commune.id }]);
    openCourse = await createCourse(ds, {
      title: `Truyền thông số và mạng xã hội ${unique('').slice(0, 6)}`,
      selfEnrol: true,
    });

    browser = await launchChromium();
  }, 180_000);

  afterEach(async () => {
    await lastPage
      ?.screenshot({
        path: join(SHOTS, `learning-last-${expect.getState().currentTestName?.length}.png`),
      })
      .catch(() => undefined);
  });

  afterAll(async () => {
    await browser?.close().catch(() => undefined);
    await app?.close().catch(() => undefined);
  }, 60_000);

  it('opens the assigned course, reads a lesson, passes the quiz and sees the course completed', async () => {
    const { context, page } = await newPage(1280);
    await signIn(page, '/learning');

    await page.getByRole('heading', { name: 'Học tập của tôi' }).waitFor();
    const item = page.getByTestId(`my-course-${course.code}`);
    await item.waitFor();
    expect(await item.textContent()).toContain('Hạn: 31/12/2099');
    await shot(page, 'my-learning-1280');
    await item.getByRole('button', { name: 'Bắt đầu học' }).click();

    // The player opens on the first lesson: the sanitised text, then "mark as done".
    await page.waitForURL(new RegExp(`/learning/${course.code}`));
    await page.getByRole('heading', { name: title }).waitFor();
    await page.getByText('Truyền thông giúp phụ huynh hiểu').waitFor();
    await page.getByTestId('lesson-done').click();
    await page
      .getByTestId('lesson-done')
      .filter({ hasText: /^Đã học xong$/ })
      .waitFor();
    await shot(page, 'player-text-1280');

    await page.getByRole('button', { name: 'Bài tiếp theo' }).click();
    await page.getByTestId('quiz-start').click();
    const answerCorrectly = async (index: number) => {
      const card = page.getByTestId(`question-${index}`);
      const text = (await card.textContent()) ?? '';
      const question = QUESTIONS.find((q) => text.includes(q.text));
      expect(question).toBeDefined();
      await card.getByText(`Phương án ${question!.correct.toUpperCase()}`, { exact: true }).click();
    };
    await answerCorrectly(0);
    await answerCorrectly(1);
    // Answers autosave shortly after they change.
    await page.getByTestId('quiz-save-state').filter({ hasText: 'Đã lưu' }).waitFor();
    await answerCorrectly(2);
    expect(await page.getByText('Đã trả lời 3/3 câu').count()).toBe(1);
    await shot(page, 'player-quiz-1280');
    // Submitted at once: the last answer, not yet autosaved, is stored before scoring.
    await page.getByTestId('quiz-submit').click();
    await page.getByRole('dialog').getByRole('button', { name: 'Nộp bài' }).click();

    await page.getByText('Đạt — 100 %').waitFor();
    await page.getByTestId('course-completed').waitFor();
    expect(await page.getByText('Bạn đã hoàn thành khoá học').count()).toBe(1);
    await shot(page, 'player-completed-1280');

    // Back on "my learning", the course is among the completed ones.
    await page.getByRole('button', { name: 'Về Học tập của tôi' }).first().click();
    await page.getByRole('tab', { name: /Hoàn thành/ }).click();
    const done = page.getByTestId(`my-course-${course.code}`);
    await done.waitFor();
    expect(await done.textContent()).toContain('Hoàn thành ngày');
    await context.close();
  });

  it('works on a 375 px phone: the outline is a drawer and the lesson fills the screen', async () => {
    const { context, page } = await newPage(375);
    await signIn(page, `/learning/${course.code}`);
    await page.getByRole('heading', { name: title }).waitFor();
    await page.getByTestId('course-completed').waitFor();
    await page.getByRole('button', { name: 'Nội dung khoá học' }).click();
    const drawer = page.locator('.ant-drawer-content');
    await drawer.getByText('Vai trò của người làm truyền thông').waitFor();
    await shot(page, 'player-outline-375');
    await drawer.getByText('Vai trò của người làm truyền thông').click();
    await page.getByText('Truyền thông giúp phụ huynh hiểu').waitFor();
    const width = await page.evaluate('document.documentElement.scrollWidth');
    expect(width).toBeLessThanOrEqual(375);
    await shot(page, 'player-text-375');

    // A new attempt on a phone: one question per screen, with previous / next.
    await page.getByRole('button', { name: 'Bài tiếp theo' }).click();
    await page.getByTestId('quiz-start').click();
    await page.getByTestId('question-0').waitFor();
    expect(await page.getByTestId('question-1').count()).toBe(0);
    await page.getByRole('button', { name: 'Câu sau' }).click();
    await page.getByTestId('question-1').waitFor();
    await shot(page, 'player-quiz-375');
    await page.goto(`${baseUrl}/learning`);
    await page.getByRole('heading', { name: 'Học tập của tôi' }).waitFor();
    await shot(page, 'my-learning-375');
    await context.close();
  });

  it('lets an author create a course, write a text lesson and publish it', async () => {
    const { context, page } = await newPage(1280);
    const code = unique('KNTT');
    await signIn(page, '/authoring', author);
    await page.getByRole('heading', { name: 'Soạn khoá học' }).waitFor();
    await page.getByRole('button', { name: 'Tạo khoá học' }).first().click();
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel('Mã khoá học').fill(code);
    await dialog.getByLabel('Tên khoá học').fill('Quy chế phát ngôn');
    await dialog.getByRole('button', { name: 'Tạo khoá học' }).click();

    await page.waitForURL(new RegExp(`/authoring/${code}$`));
    await page.getByRole('heading', { name: 'Quy chế phát ngôn' }).waitFor();
    await page.getByPlaceholder('Tên chương mới').fill('Chương 1. Những quy định chung');
    await page.getByRole('button', { name: 'Thêm chương' }).click();
    await page.getByText('Chương 1. Những quy định chung').waitFor();
    await page.getByRole('button', { name: 'Thêm bài học' }).click();
    await page.getByRole('dialog').getByLabel('Tên bài học').fill('Người phát ngôn là ai');
    await page.getByRole('dialog').getByRole('button', { name: 'Thêm', exact: true }).click();

    // The new lesson opens in the editor: rich text, saved and sanitised by the server.
    const editor = page.locator('.ql-editor');
    await editor.waitFor();
    await editor.click();
    await page.keyboard.type('Người phát ngôn do thủ trưởng cơ quan chỉ định.');
    await page.getByRole('button', { name: 'Lưu bài học' }).click();
    await page.getByText('Đã lưu').first().waitFor();
    await shot(page, 'authoring-editor-1280');

    await page.getByRole('button', { name: 'Xuất bản' }).click();
    const confirm = page.getByRole('dialog').filter({ hasText: 'Xuất bản phiên bản 1?' });
    await confirm.getByRole('button', { name: 'Xuất bản' }).click();
    await page.getByText('Phiên bản 1 · đã xuất bản').waitFor();
    expect(await page.getByText('Đã xuất bản', { exact: true }).count()).toBeGreaterThan(0);

    await page.getByRole('button', { name: 'Xem trước như học viên' }).click();
    await page.locator('.ant-drawer-content').getByText('Người phát ngôn là ai').waitFor();
    await context.close();
  });

  it('lets a manager assign a course to every officer under their unit and follow progress', async () => {
    const { context, page } = await newPage(1280);
    await signIn(page, '/training', manager);
    await page.getByRole('heading', { name: 'Theo dõi học tập' }).waitFor();
    await page.getByRole('tab', { name: 'Giao khoá học' }).click();

    await page.locator('#courseCode').click();
    await page.getByTitle(new RegExp(openCourse.code)).click();
    await page.locator('#unitCode').fill(school.code);
    await page.locator('.ant-select-item-option').filter({ hasText: school.code }).click();
    await page.getByRole('button', { name: 'Giao khoá học' }).click();
    const result = page.getByTestId('assign-result');
    await result.waitFor();
    expect(await result.textContent()).toContain('Đã giao cho 1 người');

    await page.getByRole('tab', { name: 'Các lần giao' }).click();
    await page.getByText('Đang tự động giao').waitFor();

    await page.getByRole('tab', { name: 'Tiến độ học tập' }).click();
    const row = page.getByRole('row').filter({ hasText: officerName });
    await row.waitFor();
    expect(await row.textContent()).toContain('Chưa bắt đầu');
    await shot(page, 'training-1280');
    await context.close();
  });
});
