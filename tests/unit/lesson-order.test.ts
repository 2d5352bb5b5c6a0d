import { describe, expect, it } from 'vitest';
import { groupByPart, LessonOrderError, neighbours, sortLessons } from '~/lib/lesson-order';
import type { PartId } from '~/lib/parts';

const lesson = (id: string, order: number, part: PartId = 'foundations') => ({
  id,
  filePath: `content/lessons/${id}.mdx`,
  data: { title: id, order, part },
});

describe('lesson order', () => {
  it('sorts lessons by their order field', () => {
    const sorted = sortLessons([lesson('c', 3), lesson('a', 1), lesson('b', 2)]);
    expect(sorted.map((l) => l.id)).toEqual(['a', 'b', 'c']);
  });

  it('rejects two lessons with the same order, naming both files', () => {
    expect(() => sortLessons([lesson('a', 1), lesson('b', 1)])).toThrow(LessonOrderError);
    expect(() => sortLessons([lesson('a', 1), lesson('b', 1)])).toThrow(
      /content\/lessons\/a\.mdx and content\/lessons\/b\.mdx both have order: 1/,
    );
  });

  it('finds the previous and next lesson, with none at the ends', () => {
    const sorted = sortLessons([lesson('a', 1), lesson('b', 2), lesson('c', 3)]);
    expect(neighbours(sorted, 'a')).toEqual({ prev: undefined, next: sorted[1] });
    expect(neighbours(sorted, 'b')).toEqual({ prev: sorted[0], next: sorted[2] });
    expect(neighbours(sorted, 'c').next).toBeUndefined();
    expect(() => neighbours(sorted, 'zzz')).toThrow(/No lesson with id "zzz"/);
  });

  it('groups lessons by part in outline order and drops empty parts', () => {
    const sorted = sortLessons([lesson('a', 1), lesson('b', 2, 'patterns'), lesson('c', 3, 'deciding')]);
    const groups = groupByPart(sorted);
    expect(groups.map((g) => g.id)).toEqual(['foundations', 'patterns', 'deciding']);
    expect(groups[1]?.lessons.map((l) => l.id)).toEqual(['b']);
  });
});
