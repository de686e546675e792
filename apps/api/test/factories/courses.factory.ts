import { DataSource } from 'typeorm';
import type { TestApp } from '../create-test-app';
import { createAccount, loginAs } from './accounts.factory';
import { createPerson } from './people.factory';
import { unique } from './unique';

export interface LessonSpec {
  kind: 'text' | 'video' | 'document' | 'quiz';
  title?: string;
  required?: boolean;
  bodyHtml?: string;
  fileId?: string;
  externalUrl?: string;
  quiz?: {
    questionCount: number;
    passPercent: number;
    attemptLimit?: number | null;
    timeLimitSeconds?: number | null;
    shuffle?: boolean;
  };
}

export interface QuestionSpec {
  text: string;
  /** Keys of the correct options among a, b, c, d. */
  correct: string[];
  kind?: 'single' | 'multiple' | 'true_false';
  explanation?: string;
}

export interface CreatedCourse {
  id: string;
  code: string;
  title: string;
  versionId: string;
  lessonIds: string[];
  questionIds: string[];
}

const DEFAULT_LESSONS: LessonSpec[] = [
  { kind: 'text', bodyHtml: '<p>Nội dung bài đọc</p>' },
  { kind: 'quiz', quiz: { questionCount: 2, passPercent: 50 } },
];

const DEFAULT_QUESTIONS: QuestionSpec[] = [
  { text: 'Câu một?', correct: ['a'] },
  { text: 'Câu hai?', correct: ['b'] },
];

/** Four options a–d; the spec names the correct ones. */
const optionsOf = (q: QuestionSpec) =>
  ['a', 'b', 'c', 'd'].map((key) => ({
    key,
    text: `Phương án ${key.toUpperCase()}`,
    correct: q.correct.includes(key),
  }));

async function insertVersion(
  ds: DataSource,
  courseId: string,
  versionNo: number,
  lessons: LessonSpec[],
  questions: QuestionSpec[],
): Promise<Pick<CreatedCourse, 'versionId' | 'lessonIds' | 'questionIds'>> {
  const [version] = await ds.query(
    `INSERT INTO course_versions (course_id, version_no, status, published_at)
     VALUES ($1, $2, 'published', now()) RETURNING id`,
    [courseId, versionNo],
  );
  const [section] = await ds.query(
    `INSERT INTO course_sections (course_version_id, position, title) VALUES ($1, 1, 'Chương 1') RETURNING id`,
    [version.id],
  );
  const lessonRows: { id: string }[] = await ds.query(
    `INSERT INTO lessons (course_version_id, section_id, position, kind, title, required, body_html,
                          file_id, external_url, quiz_question_count, quiz_pass_percent,
                          quiz_attempt_limit, quiz_time_limit_seconds, quiz_shuffle)
     SELECT $1, $2, l.n, l.kind, l.title, l.required, l.body, l.file, l.url, l.qc, l.pass, l.lim,
            l.secs, l.shuffle
       FROM unnest($3::int[], $4::text[], $5::text[], $6::bool[], $7::text[], $8::uuid[], $9::text[],
                   $10::int[], $11::int[], $12::int[], $13::int[], $14::bool[])
         AS l(n, kind, title, required, body, file, url, qc, pass, lim, secs, shuffle)
      ORDER BY l.n
     RETURNING id`,
    [
      version.id,
      section.id,
      lessons.map((_, i) => i + 1),
      lessons.map((l) => l.kind),
      lessons.map((l, i) => l.title ?? `Bài ${i + 1}`),
      lessons.map((l) => l.required ?? true),
      lessons.map((l) => l.bodyHtml ?? null),
      lessons.map((l) => l.fileId ?? null),
      lessons.map((l) => l.externalUrl ?? null),
      lessons.map((l) => l.quiz?.questionCount ?? null),
      lessons.map((l) => l.quiz?.passPercent ?? null),
      lessons.map((l) => l.quiz?.attemptLimit ?? null),
      lessons.map((l) => l.quiz?.timeLimitSeconds ?? null),
      lessons.map((l) => l.quiz?.shuffle ?? false),
    ],
  );
  const questionRows: { id: string }[] = await ds.query(
    `INSERT INTO questions (course_version_id, position, kind, text, options, explanation)
     SELECT $1, q.n, q.kind, q.text, q.options, q.explanation
       FROM unnest($2::int[], $3::text[], $4::text[], $5::jsonb[], $6::text[])
         AS q(n, kind, text, options, explanation)
      ORDER BY q.n
     RETURNING id`,
    [
      version.id,
      questions.map((_, i) => i + 1),
      questions.map((q) => q.kind ?? (q.correct.length > 1 ? 'multiple' : 'single')),
      questions.map((q) => q.text),
      questions.map((q) => JSON.stringify(optionsOf(q))),
      questions.map((q) => q.explanation ?? `Giải thích: ${q.correct.join(', ')}`),
    ],
  );
  // RETURNING order follows the insert order of the sorted SELECT.
  return {
    versionId: version.id,
    lessonIds: lessonRows.map((r) => r.id),
    questionIds: questionRows.map((r) => r.id),
  };
}

/** A published course (version 1) written straight into the tables, with a unique code. */
export async function createCourse(
  ds: DataSource,
  options: {
    code?: string;
    title?: string;
    selfEnrol?: boolean;
    status?: 'draft' | 'published' | 'archived';
    hours?: number;
    lessons?: LessonSpec[];
    questions?: QuestionSpec[];
  } = {},
): Promise<CreatedCourse> {
  const owner = await createAccount(ds, [{ role: 'course_author' }]);
  const code = options.code ?? unique('KH');
  const title = options.title ?? `Khóa học thử ${code}`;
  const [course] = await ds.query(
    `INSERT INTO courses (code, title, summary, hours, status, self_enrol, owner_id)
     VALUES ($1, $2, 'Tóm tắt', $3, $4, $5, $6) RETURNING id`,
    [
      code,
      title,
      options.hours ?? 8,
      options.status ?? 'published',
      options.selfEnrol ?? false,
      owner.id,
    ],
  );
  const version = await insertVersion(
    ds,
    course.id,
    1,
    options.lessons ?? DEFAULT_LESSONS,
    options.questions ?? DEFAULT_QUESTIONS,
  );
  return { id: course.id, code, title, ...version };
}

/** Publishes a new version (the previous published one is superseded), as authoring would. */
export async function publishNewVersion(
  ds: DataSource,
  course: CreatedCourse,
  lessons: LessonSpec[],
  questions: QuestionSpec[] = DEFAULT_QUESTIONS,
): Promise<CreatedCourse> {
  const [{ max }] = await ds.query(
    `SELECT max(version_no) AS max FROM course_versions WHERE course_id = $1`,
    [course.id],
  );
  await ds.query(
    `UPDATE course_versions SET status = 'superseded' WHERE course_id = $1 AND status = 'published'`,
    [course.id],
  );
  const version = await insertVersion(ds, course.id, Number(max) + 1, lessons, questions);
  return { ...course, ...version };
}

export async function enrol(
  ds: DataSource,
  personId: string,
  courseId: string,
  options: { dueOn?: string | null; source?: 'self' | 'assignment' } = {},
): Promise<{ id: string }> {
  const [row] = await ds.query(
    `INSERT INTO enrolments (person_id, course_id, source, due_on) VALUES ($1, $2, $3, $4) RETURNING id`,
    [personId, courseId, options.source ?? 'assignment', options.dueOn ?? null],
  );
  return { id: row.id };
}

/** A person with a learner login, signed in. */
export async function signedInLearner(t: TestApp, options: { email?: string } = {}) {
  const person = await createPerson(t.dataSource);
  if (options.email) {
    await t.dataSource.query(`UPDATE people SET email = $2 WHERE id = $1`, [
      person.id,
      options.email,
    ]);
  }
  const account = await createAccount(t.dataSource, [{ role: 'learner' }], {
    personId: person.id,
  });
  return { person, account, token: await loginAs(t, account) };
}

/** A programme made of the given courses. */
export async function createProgramme(ds: DataSource, courseIds: string[]): Promise<string> {
  const code = unique('CT');
  const [programme] = await ds.query(
    `INSERT INTO programmes (code, name, validity_months, hours) VALUES ($1, $2, 24, 8) RETURNING id`,
    [code, `Chương trình ${code}`],
  );
  await ds.query(
    `INSERT INTO programme_courses (programme_id, course_id) SELECT $1, unnest($2::uuid[])`,
    [programme.id, courseIds],
  );
  return code;
}
