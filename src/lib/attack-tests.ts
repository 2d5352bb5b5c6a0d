// Finds the attack tests in tests/examples/<id>.test.ts by name, so a lesson can quote the proof of a claim.
// Quoting by name (not by line numbers) keeps the quote right when the test file grows.
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { AuthoringError } from './props';

export const exampleTestsRoot = resolve(process.cwd(), 'tests/examples');

export interface QuotedTest {
  /** Path from the repository root, for the caption. */
  path: string;
  name: string;
  /** 1-based, inclusive. */
  start: number;
  end: number;
  text: string;
}

const testStart = /^(\s*)test\((['"`])(.*?)\2,/;

/** Every test declared in a test file's source: its name and where it starts and ends. */
export function listTests(source: string): { name: string; start: number; end: number }[] {
  const lines = source.split('\n');
  const found: { name: string; start: number; end: number }[] = [];
  lines.forEach((line, index) => {
    const match = testStart.exec(line);
    if (!match) return;
    const indent = match[1]!;
    // The test ends at the first line that closes it at its own indentation.
    const close = lines.findIndex((l, i) => i > index && l.startsWith(`${indent}});`));
    if (close === -1) return;
    found.push({ name: match[3]!.replace(/\\(['"`])/g, '$1'), start: index + 1, end: close + 1 });
  });
  return found;
}

/** The test named `name` in tests/examples/<example>.test.ts; a wrong name fails the build listing the real ones. */
export function quoteTest(example: string, name: string, where: string, root = exampleTestsRoot): QuotedTest {
  const file = join(root, `${example}.test.ts`);
  const path = `tests/examples/${example}.test.ts`;
  if (!existsSync(file)) throw new AuthoringError(`${where}: there is no ${path} for example "${example}".`);
  const source = readFileSync(file, 'utf8');
  const tests = listTests(source);
  const test = tests.find((t) => t.name === name);
  if (!test) {
    throw new AuthoringError(`${where}: ${path} has no test named "${name}". Its tests: ${tests.map((t) => `"${t.name}"`).join(', ')}.`);
  }
  const text = source.split('\n').slice(test.start - 1, test.end).join('\n');
  // Tests inside a describe block are indented; quote them flush left.
  const indent = /^\s*/.exec(text)![0].length;
  return { path, name, start: test.start, end: test.end, text: text.split('\n').map((l) => l.slice(Math.min(indent, /^\s*/.exec(l)![0].length))).join('\n') };
}
