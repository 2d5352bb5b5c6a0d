// The lessons as files: frontmatter and the example references in their bodies, for tests.
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parse } from 'yaml';

const dir = resolve(import.meta.dirname, '../content/lessons');

export interface LessonFile {
  slug: string;
  title: string;
  order: number;
  body: string;
  pairs: string[];
  quotes: { example: string; file: string; lines?: string; target?: string }[];
}

export const lessonFiles: LessonFile[] = readdirSync(dir)
  .filter((f) => f.endsWith('.mdx'))
  .map((f) => {
    const text = readFileSync(join(dir, f), 'utf8');
    const [, frontmatter = '', body = ''] = text.match(/^---\n([\s\S]*?)\n---\n([\s\S]*)$/) ?? [];
    const data = parse(frontmatter) as { title: string; order: number };
    return {
      slug: f.replace(/\.mdx$/, ''),
      title: data.title,
      order: data.order,
      body,
      pairs: [...body.matchAll(/<SandboxPair example="([^"]+)"/g)].map((m) => m[1]!),
      quotes: [...body.matchAll(/<ExampleCode example="([^"]+)" file="([^"]+)"(?: lines="([^"]+)")?(?: target="([^"]+)")?/g)].map((m) => ({
        example: m[1]!,
        file: m[2]!,
        lines: m[3],
        target: m[4],
      })),
    };
  })
  .sort((a, b) => a.order - b.order);
