import { describe, expect, it } from 'vitest';
import { listTests, quoteTest } from '~/lib/attack-tests';
import { AuthoringError } from '~/lib/props';
import { lessonFiles } from '../lesson-files';

const source = [
  "test('first one', async () => {",
  '  expect(1).toBe(1);',
  '});',
  '',
  "test.describe('group', () => {",
  "  test('an attacker\\'s nested test', async () => {",
  '    expect(2).toBe(2);',
  '  });',
  '});',
].join('\n');

describe('attack test quotes', () => {
  it('finds each test with the lines from its start to its own closing line', () => {
    expect(listTests(source)).toEqual([
      { name: 'first one', start: 1, end: 3 },
      { name: "an attacker's nested test", start: 6, end: 8 },
    ]);
  });

  it('quotes a real test flush left, with its file and lines', () => {
    const quoted = quoteTest('transfers', 'a page on another site cannot move money with a text/plain post', 'unit test');
    expect(quoted.path).toBe('tests/examples/transfers.test.ts');
    expect(quoted.text.startsWith("test('a page on another site")).toBe(true);
    expect(quoted.text.trimEnd().endsWith('});')).toBe(true);
    expect(quoted.end).toBeGreaterThan(quoted.start);
  });

  it('fails with the names it has when the test name is wrong', () => {
    expect(() => quoteTest('transfers', 'no such test', '<AttackTest>')).toThrow(AuthoringError);
    expect(() => quoteTest('transfers', 'no such test', '<AttackTest>')).toThrow(/has no test named "no such test"\. Its tests: .*"a page on another site/);
  });

  it('every <AttackTest> in a lesson names a test that exists', () => {
    const quotes = lessonFiles.flatMap((l) => [...l.body.matchAll(/<AttackTest example="([^"]+)" test="([^"]+)"/g)].map((m) => [l.slug, m[1]!, m[2]!] as const));
    for (const [slug, example, test] of quotes) expect(() => quoteTest(example, test, slug)).not.toThrow();
  });
});
