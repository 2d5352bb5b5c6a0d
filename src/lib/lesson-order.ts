// Course order: sorts lessons, rejects clashing `order` values, and finds neighbours and parts.
import { parts, type PartId } from './parts';

export interface OrderedLesson {
  id: string;
  /** Source file, used in error messages. */
  filePath?: string;
  data: { title: string; order: number; part: PartId };
}

export class LessonOrderError extends Error {
  override name = 'LessonOrderError';
}

/** Lessons sorted by `order`. Two lessons with the same `order` are an authoring error. */
export function sortLessons<T extends OrderedLesson>(lessons: readonly T[]): T[] {
  const byOrder = new Map<number, T>();
  for (const lesson of lessons) {
    const clash = byOrder.get(lesson.data.order);
    if (clash) {
      throw new LessonOrderError(
        `Lessons ${where(clash)} and ${where(lesson)} both have order: ${lesson.data.order}. ` +
          'Give each lesson a unique order number in its frontmatter.',
      );
    }
    byOrder.set(lesson.data.order, lesson);
  }
  return [...lessons].sort((a, b) => a.data.order - b.data.order);
}

/** The lessons before and after `id` in an already sorted list. */
export function neighbours<T extends OrderedLesson>(sorted: readonly T[], id: string) {
  const index = sorted.findIndex((l) => l.id === id);
  if (index === -1) throw new LessonOrderError(`No lesson with id "${id}".`);
  return { prev: sorted[index - 1], next: sorted[index + 1] };
}

/** Sorted lessons grouped by part, in the order the parts are declared; empty parts are left out. */
export function groupByPart<T extends OrderedLesson>(sorted: readonly T[]) {
  return parts
    .map((part) => ({ ...part, lessons: sorted.filter((l) => l.data.part === part.id) }))
    .filter((group) => group.lessons.length > 0);
}

function where(lesson: OrderedLesson): string {
  return lesson.filePath ?? `"${lesson.id}"`;
}
