import type { LearnerCourseOutline, LessonStatus, OutlineLesson } from '../api/learning-types';

export const flattenLessons = (outline: LearnerCourseOutline): OutlineLesson[] =>
  outline.sections.flatMap((section) => section.lessons);

export const isLessonFinished = (status: LessonStatus) => status === 'done' || status === 'passed';

/** The lesson after `lessonId` in the outline, across sections; null at the end. */
export function nextLesson(outline: LearnerCourseOutline, lessonId: string): OutlineLesson | null {
  const lessons = flattenLessons(outline);
  const index = lessons.findIndex((lesson) => lesson.id === lessonId);
  return index >= 0 && index + 1 < lessons.length ? lessons[index + 1] : null;
}

/** Where to open: the resume lesson, else the first unfinished, else the first. */
export function startingLesson(outline: LearnerCourseOutline): string | null {
  const lessons = flattenLessons(outline);
  if (outline.resumeLessonId && lessons.some((lesson) => lesson.id === outline.resumeLessonId)) {
    return outline.resumeLessonId;
  }
  return (lessons.find((lesson) => !isLessonFinished(lesson.status)) ?? lessons[0])?.id ?? null;
}
