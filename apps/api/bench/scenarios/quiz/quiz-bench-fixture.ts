import type { DataSource } from 'typeorm';
import { PasswordService } from '../../../src/modules/auth/password.service';

/** The course, the learners and their logins that the quiz-writers scenario creates and removes. */
export interface QuizBenchFixture {
  courseCode: string;
  lessonId: string;
  /** Questions of the bank; the quiz draws all of them, in this order (no shuffling). */
  questionCount: number;
  learners: { username: string; password: string }[];
}

export const BENCH_COURSE_CODE = 'BENCH-QUIZ-WRITERS';
const USERNAME_PREFIX = 'bench.quiz.';
const STAFF_CODE_PREFIX = 'BQW';
const AUTHOR_USERNAME = 'bench.quiz.author';
const PASSWORD = 'bench-quiz-mat-khau';

/**
 * Removes everything the scenario may have left: the bench course with its attempts and
 * enrolments, the learners' people, logins, grants and sessions. Safe to run when nothing is there.
 */
export async function removeQuizBenchFixture(dataSource: DataSource): Promise<void> {
  await dataSource.transaction(async (manager) => {
    await manager.query(
      `CREATE TEMP TABLE bench_quiz_users ON COMMIT DROP AS
         SELECT id, person_id FROM users WHERE username LIKE $1`,
      [`${USERNAME_PREFIX}%`],
    );
    await manager.query(
      `CREATE TEMP TABLE bench_quiz_enrolments ON COMMIT DROP AS
         SELECT e.id FROM enrolments e JOIN courses c ON c.id = e.course_id WHERE c.code = $1`,
      [BENCH_COURSE_CODE],
    );
    for (const table of ['quiz_attempts', 'lesson_progress', 'course_completions']) {
      await manager.query(
        `DELETE FROM ${table} WHERE enrolment_id IN (SELECT id FROM bench_quiz_enrolments)`,
      );
    }
    await manager.query(
      `DELETE FROM enrolments WHERE id IN (SELECT id FROM bench_quiz_enrolments)`,
    );
    await manager.query(
      `CREATE TEMP TABLE bench_quiz_versions ON COMMIT DROP AS
         SELECT v.id FROM course_versions v JOIN courses c ON c.id = v.course_id WHERE c.code = $1`,
      [BENCH_COURSE_CODE],
    );
    for (const table of ['questions', 'lessons', 'course_sections']) {
      await manager.query(
        `DELETE FROM ${table} WHERE course_version_id IN (SELECT id FROM bench_quiz_versions)`,
      );
    }
    await manager.query(
      `DELETE FROM course_versions WHERE id IN (SELECT id FROM bench_quiz_versions)`,
    );
    await manager.query(`DELETE FROM courses WHERE code = $1`, [BENCH_COURSE_CODE]);
    await manager.query(
      `DELETE FROM refresh_tokens WHERE user_id IN (SELECT id FROM bench_quiz_users)`,
    );
    await manager.query(
      `DELETE FROM role_grants WHERE user_id IN (SELECT id FROM bench_quiz_users)`,
    );
    await manager.query(`DELETE FROM users WHERE id IN (SELECT id FROM bench_quiz_users)`);
    // The people came with their logins, in one statement: found through them.
    await manager.query(`DELETE FROM people WHERE id IN (SELECT person_id FROM bench_quiz_users)`);
  });
}

/**
 * Creates, set-based, a published course whose one lesson is a quiz of `questionCount`
 * questions (one-hour time limit, three attempts) and `learnerCount` learners enrolled in it:
 * people, active logins sharing ONE argon2 hash of one password, and learner grants at the root.
 */
export async function createQuizBenchFixture(
  dataSource: DataSource,
  options: { learnerCount: number; questionCount: number },
): Promise<QuizBenchFixture> {
  await removeQuizBenchFixture(dataSource);
  const passwordHash = await new PasswordService().hash(PASSWORD);
  const lessonId = await dataSource.transaction(async (manager) => {
    const [author]: { id: string }[] = await manager.query(
      `INSERT INTO users (username, password_hash, display_name, status)
       VALUES ($1, $2, 'Tác giả khóa học đo hiệu năng', 'active') RETURNING id`,
      [AUTHOR_USERNAME, passwordHash],
    );
    const [course]: { id: string }[] = await manager.query(
      `INSERT INTO courses (code, title, summary, hours, status, self_enrol, owner_id)
       VALUES ($1, 'Kiểm tra cuối khóa (đo hiệu năng)', 'Khóa học do benchmark tạo rồi xóa', 1,
               'published', false, $2) RETURNING id`,
      [BENCH_COURSE_CODE, author.id],
    );
    const [version]: { id: string }[] = await manager.query(
      `INSERT INTO course_versions (course_id, version_no, status, published_at)
       VALUES ($1, 1, 'published', now()) RETURNING id`,
      [course.id],
    );
    const [section]: { id: string }[] = await manager.query(
      `INSERT INTO course_sections (course_version_id, position, title)
       VALUES ($1, 1, 'Bài kiểm tra') RETURNING id`,
      [version.id],
    );
    const [lesson]: { id: string }[] = await manager.query(
      `INSERT INTO lessons (course_version_id, section_id, position, kind, title, required,
                            quiz_question_count, quiz_pass_percent, quiz_attempt_limit,
                            quiz_time_limit_seconds, quiz_shuffle)
       VALUES ($1, $2, 1, 'quiz', 'Bài kiểm tra cuối khóa', true, $3, 70, 3, 3600, false)
       RETURNING id`,
      [version.id, section.id, options.questionCount],
    );
    await manager.query(
      `INSERT INTO questions (course_version_id, position, kind, text, options, explanation)
       SELECT $1, n, 'single', 'Câu hỏi số ' || n || '?',
              jsonb_build_array(
                jsonb_build_object('key', 'a', 'text', 'Phương án A', 'correct', n % 4 = 0),
                jsonb_build_object('key', 'b', 'text', 'Phương án B', 'correct', n % 4 = 1),
                jsonb_build_object('key', 'c', 'text', 'Phương án C', 'correct', n % 4 = 2),
                jsonb_build_object('key', 'd', 'text', 'Phương án D', 'correct', n % 4 = 3)),
              'Giải thích câu ' || n
         FROM generate_series(1, $2::int) AS n`,
      [version.id, options.questionCount],
    );
    await manager.query(
      `WITH numbered AS (
         SELECT n, $1 || lpad(n::text, 6, '0') AS staff_code FROM generate_series(1, $3::int) AS n),
       person AS (
         INSERT INTO people (staff_code, full_name, date_of_birth)
         SELECT staff_code, 'Học viên đo hiệu năng ' || n, DATE '1990-01-01' FROM numbered
         RETURNING id, staff_code),
       login AS (
         INSERT INTO users (username, password_hash, display_name, person_id, status)
         SELECT $2 || substr(p.staff_code, length($1) + 1), $4, 'Học viên ' || p.staff_code, p.id,
                'active'
           FROM person p
         RETURNING id, person_id),
       grant_row AS (
         INSERT INTO role_grants (user_id, role, unit_id)
         SELECT l.id, 'learner', (SELECT id FROM units WHERE code = 'SGDDT') FROM login l)
       INSERT INTO enrolments (person_id, course_id, source)
       SELECT l.person_id, $5, 'assignment' FROM login l`,
      [STAFF_CODE_PREFIX, USERNAME_PREFIX, options.learnerCount, passwordHash, course.id],
    );
    return lesson.id;
  });
  const learners = Array.from({ length: options.learnerCount }, (_, i) => ({
    username: `${USERNAME_PREFIX}${String(i + 1).padStart(6, '0')}`,
    password: PASSWORD,
  }));
  return {
    courseCode: BENCH_COURSE_CODE,
    lessonId,
    questionCount: options.questionCount,
    learners,
  };
}
