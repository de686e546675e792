import type { EntityManager } from 'typeorm';

/** Maps the ids of a copied version's rows to the ids of their copies. */
export interface IdMap {
  sections: Map<string, string>;
  lessons: Map<string, string>;
  questions: Map<string, string>;
}

const newIdsFor = async (
  manager: EntityManager,
  table: 'course_sections' | 'lessons' | 'questions',
  versionId: string,
): Promise<Map<string, string>> => {
  const rows: { oldId: string; newId: string }[] = await manager.query(
    `SELECT id AS "oldId", gen_random_uuid() AS "newId" FROM ${table} WHERE course_version_id = $1`,
    [versionId],
  );
  return new Map(rows.map((row) => [row.oldId, row.newId]));
};

const pairs = (map: Map<string, string>): [string[], string[]] => [
  [...map.keys()],
  [...map.values()],
];

/**
 * Creates the next version of a course as a draft holding a copy of `fromVersionId`'s sections,
 * lessons and questions (new ids, set-based, in the caller's transaction). The source rows are
 * not touched, so learners on that version keep their lesson ids.
 */
export async function copyVersionAsDraft(
  manager: EntityManager,
  courseId: string,
  fromVersionId: string,
): Promise<{ versionId: string; versionNo: number; ids: IdMap }> {
  const [version]: { id: string; versionNo: number }[] = await manager.query(
    `INSERT INTO course_versions (course_id, version_no, status)
     SELECT $1, COALESCE(MAX(version_no), 0) + 1, 'draft' FROM course_versions WHERE course_id = $1
     RETURNING id, version_no AS "versionNo"`,
    [courseId],
  );
  const ids: IdMap = {
    sections: await newIdsFor(manager, 'course_sections', fromVersionId),
    lessons: await newIdsFor(manager, 'lessons', fromVersionId),
    questions: await newIdsFor(manager, 'questions', fromVersionId),
  };
  await manager.query(
    `INSERT INTO course_sections (id, course_version_id, position, title)
     SELECT m.new_id, $1, s.position, s.title
     FROM unnest($2::uuid[], $3::uuid[]) AS m(old_id, new_id) JOIN course_sections s ON s.id = m.old_id`,
    [version.id, ...pairs(ids.sections)],
  );
  await manager.query(
    `INSERT INTO lessons (id, course_version_id, section_id, position, kind, title, required,
       duration_minutes, body_html, file_id, external_url, quiz_question_count, quiz_shuffle,
       quiz_pass_percent, quiz_attempt_limit, quiz_time_limit_seconds)
     SELECT lm.new_id, $1, sm.new_id, l.position, l.kind, l.title, l.required, l.duration_minutes,
       l.body_html, l.file_id, l.external_url, l.quiz_question_count, l.quiz_shuffle,
       l.quiz_pass_percent, l.quiz_attempt_limit, l.quiz_time_limit_seconds
     FROM unnest($2::uuid[], $3::uuid[]) AS lm(old_id, new_id)
     JOIN lessons l ON l.id = lm.old_id
     JOIN unnest($4::uuid[], $5::uuid[]) AS sm(old_id, new_id) ON sm.old_id = l.section_id`,
    [version.id, ...pairs(ids.lessons), ...pairs(ids.sections)],
  );
  await manager.query(
    `INSERT INTO questions (id, course_version_id, position, kind, text, options, explanation)
     SELECT m.new_id, $1, q.position, q.kind, q.text, q.options, q.explanation
     FROM unnest($2::uuid[], $3::uuid[]) AS m(old_id, new_id) JOIN questions q ON q.id = m.old_id`,
    [version.id, ...pairs(ids.questions)],
  );
  return { versionId: version.id, versionNo: version.versionNo, ids };
}
