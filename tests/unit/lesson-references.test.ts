import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseLineRange } from '~/lib/examples';
import { lessonFiles } from '../lesson-files';

const examples = resolve(import.meta.dirname, '../../examples');

describe('the course', () => {
  it('numbers its lessons 1, 2, 3 … in order, with no gap or repeat', () => {
    expect(lessonFiles.length).toBeGreaterThanOrEqual(25);
    expect(lessonFiles.map((l) => l.order)).toEqual(Array.from({ length: lessonFiles.length }, (_, i) => i + 1));
  });

  it('embeds every paired example somewhere', () => {
    const embedded = new Set(lessonFiles.flatMap((l) => l.pairs));
    const ids = readdirSync(examples).filter((id) => existsSync(join(examples, id, 'sandbox.json')));
    expect(ids.length).toBeGreaterThanOrEqual(16);
    for (const id of ids) {
      expect(embedded, id).toContain(id);
    }
  });
});

describe.each(lessonFiles.map((l) => [l.slug, l] as const))('lesson %s', (slug, lesson) => {
  it('names only examples that exist', () => {
    for (const id of [...lesson.pairs, ...lesson.quotes.map((q) => q.example)]) {
      expect(existsSync(join(examples, id, 'sandbox.json')), `${slug} → ${id}`).toBe(true);
    }
  });

  it('quotes only files and line ranges that exist', () => {
    for (const q of lesson.quotes) {
      // A file quoted with target="next16" may live in the example's Next 16 overlay folder only.
      const overlay = join(examples, q.example, 'next16', q.file);
      const path = q.target === 'next16' && existsSync(overlay) ? overlay : join(examples, q.example, q.file);
      expect(existsSync(path), `${slug} → ${q.example}/${q.file}`).toBe(true);
      const lineCount = readFileSync(path, 'utf8').replace(/\n$/, '').split('\n').length;
      expect(() => parseLineRange(q.lines, lineCount, `${slug} → ${q.example}/${q.file}`)).not.toThrow();
    }
  });

  it('never pastes example code: a lesson with a pair quotes its files instead', () => {
    if (lesson.pairs.length > 0) expect(lesson.quotes.length).toBeGreaterThan(0);
  });
});
