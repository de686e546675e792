import type { AuthoringSection, OutlineOrderRequest } from '@loa/contracts';

const order = (sections: AuthoringSection[]): OutlineOrderRequest => ({
  sections: sections.map((section) => ({
    id: section.id,
    lessonIds: section.lessons.map((lesson) => lesson.id),
  })),
});

function swap<T>(items: T[], a: number, b: number): T[] {
  const copy = [...items];
  [copy[a], copy[b]] = [copy[b], copy[a]];
  return copy;
}

/** The outline with one section moved up (-1) or down (+1); null when it cannot move. */
export function moveSection(
  sections: AuthoringSection[],
  index: number,
  step: -1 | 1,
): OutlineOrderRequest | null {
  const target = index + step;
  if (target < 0 || target >= sections.length) return null;
  return order(swap(sections, index, target));
}

/**
 * The outline with one lesson moved up or down; at a section's edge it moves into the
 * neighbouring section (to its end going up, its start going down). Null when it cannot move.
 */
export function moveLesson(
  sections: AuthoringSection[],
  sectionIndex: number,
  lessonIndex: number,
  step: -1 | 1,
): OutlineOrderRequest | null {
  const lessons = sections[sectionIndex].lessons;
  const target = lessonIndex + step;
  if (target >= 0 && target < lessons.length) {
    return order(
      sections.map((section, i) =>
        i === sectionIndex ? { ...section, lessons: swap(lessons, lessonIndex, target) } : section,
      ),
    );
  }
  const neighbour = sectionIndex + step;
  if (neighbour < 0 || neighbour >= sections.length) return null;
  const moving = lessons[lessonIndex];
  return order(
    sections.map((section, i) => {
      if (i === sectionIndex) {
        return { ...section, lessons: lessons.filter((_, j) => j !== lessonIndex) };
      }
      if (i === neighbour) {
        return {
          ...section,
          lessons: step < 0 ? [...section.lessons, moving] : [moving, ...section.lessons],
        };
      }
      return section;
    }),
  );
}
