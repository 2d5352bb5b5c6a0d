import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { challengeSchema } from '~/content.config';
import { assertChallenge, challengeId, checkIdsFromSource, findChallengeProblems, readChallengeContext, readChallengeOverlay, type ChallengeContext, type ChallengeData } from '~/lib/challenges';
import { AuthoringError } from '~/lib/props';

const root = resolve(import.meta.dirname, '../..');
const examples = join(root, 'examples');
const withChecks = readdirSync(examples).filter((id) => existsSync(join(examples, id, 'lib/checks.ts')));
const onDisk = readdirSync(examples).flatMap((example) => {
  const dir = join(examples, example, 'challenges');
  return existsSync(dir) ? readdirSync(dir).map((name) => ({ example, name, file: join(dir, name, 'challenge.json') })) : [];
});

const challenge = (over: Partial<ChallengeData> = {}): ChallengeData => ({
  title: 'Stop the cross-site transfer',
  lesson: 'security-checklist',
  brief: 'The handler reads its body with request.json(). Make it refuse what another site can send.',
  open: 'app/api/transfers/route.ts',
  failing: ['text-plain-refused'],
  ...over,
});
const context = (over: Partial<ChallengeContext> = {}): ChallengeContext => ({
  lessons: ['security-checklist', 'webhooks'],
  exampleFiles: ['app/api/transfers/route.ts', 'lib/accounts.ts', 'lib/checks.ts'],
  checkIds: ['json-transfer-works', 'text-plain-refused'],
  overlayFiles: ['app/api/transfers/route.ts'],
  ...over,
});

describe('check ids of an example', () => {
  it('reads the ids of a plain-data checks module', () => {
    const source = `export const checks = [\n  { id: 'first-check', title: 'A', hint: 'a' },\n  {\n    id: 'second',\n    title: 'B', hint: 'b' },\n] as const;`;
    expect(checkIdsFromSource(source)).toEqual(['first-check', 'second']);
  });

  it.each(withChecks)('reads the same ids from examples/%s/lib/checks.ts as importing it does', async (id) => {
    const file = join(examples, id, 'lib/checks.ts');
    const { checks } = (await import(/* @vite-ignore */ pathToFileURL(file).href)) as { checks: { id: string; title: string; hint: string }[] };
    expect(checkIdsFromSource(readFileSync(file, 'utf8'))).toEqual(checks.map((c) => c.id));
    // The check page finds each check by its title and the tests by its id: both must be unique.
    expect(new Set(checks.map((c) => c.id)).size).toBe(checks.length);
    expect(new Set(checks.map((c) => c.title)).size).toBe(checks.length);
    for (const c of checks) expect(c.hint.length, c.id).toBeGreaterThan(20);
  });
});

describe('challenge cross-checks', () => {
  it('accepts a challenge that fits its example and lesson', () => {
    expect(findChallengeProblems(challenge(), context())).toEqual([]);
  });

  it('names an unknown lesson and lists the real ones', () => {
    expect(findChallengeProblems(challenge({ lesson: 'csrf' }), context())).toEqual([
      '"lesson" is "csrf", which is not a lesson. Use the slug of a file in content/lessons/, one of: security-checklist, webhooks.',
    ]);
  });

  it('names an "open" file the example does not have', () => {
    expect(findChallengeProblems(challenge({ open: 'app/api/transfer/route.ts' }), context())[0]).toMatch(/^"open" is "app\/api\/transfer\/route.ts", which is not a file of the example/);
  });

  it('names failing ids that are not checks, and lists the checks', () => {
    expect(findChallengeProblems(challenge({ failing: ['text-plain-refused', 'csrf'] }), context())).toEqual([
      '"failing" names "csrf", not among the checks in lib/checks.ts: json-transfer-works, text-plain-refused.',
    ]);
    expect(findChallengeProblems(challenge({ failing: ['text-plain-refused', 'text-plain-refused'] }), context())[0]).toMatch(/more than once/);
  });

  it('needs the example to have a checks module', () => {
    expect(findChallengeProblems(challenge(), context({ checkIds: null }))[0]).toMatch(/the example has no lib\/checks.ts/);
  });

  it('refuses overlay files that replace nothing, and an empty overlay', () => {
    expect(findChallengeProblems(challenge(), context({ overlayFiles: ['app/api/transfer/route.ts'] }))).toEqual([
      'files/app/api/transfer/route.ts replaces no file of the example: an overlay holds whole files at the paths they have in the example.',
    ]);
    expect(findChallengeProblems(challenge(), context({ overlayFiles: [] }))[0]).toMatch(/^files\/ is empty/);
  });

  it('throws an AuthoringError that names the challenge.json', () => {
    const where = 'examples/transfers/challenges/cross-site-post/challenge.json';
    expect(() => assertChallenge(where, challenge({ lesson: 'csrf' }), context())).toThrow(AuthoringError);
    expect(() => assertChallenge(where, challenge({ lesson: 'csrf' }), context())).toThrow(/^examples\/transfers\/challenges\/cross-site-post\/challenge.json:\n {2}- "lesson" is "csrf"/);
  });

  it('takes the example and name from the path the content collection sees', () => {
    expect(challengeId('transfers/challenges/cross-site-post/challenge.json')).toEqual({ id: 'transfers/cross-site-post', example: 'transfers', name: 'cross-site-post' });
    expect(() => challengeId('transfers/cross-site-post/challenge.json')).toThrow(AuthoringError);
  });
});

describe('the challenges in examples/', () => {
  it('there are at least 8, across at least 6 examples', () => {
    expect(onDisk.length).toBeGreaterThanOrEqual(8);
    expect(new Set(onDisk.map((c) => c.example)).size).toBeGreaterThanOrEqual(6);
  });

  it.each(onDisk.map((c) => [`${c.example}/${c.name}`, c] as const))('%s follows the schema and fits its example', (_, { example, name, file }) => {
    const data = challengeSchema.parse(JSON.parse(readFileSync(file, 'utf8')));
    expect(() => assertChallenge(file, data, readChallengeContext(root, example, name))).not.toThrow();
    // Every check but the failing ones must pass in the starting state, so at least one check is left passing.
    expect(data.failing.length).toBeLessThan(readChallengeContext(root, example, name).checkIds!.length);
  });
});

describe('a challenge overlay', () => {
  it('reads the starting files by their paths in the example', () => {
    const overlay = readChallengeOverlay('transfers', 'cross-site-post', examples);
    expect(Object.keys(overlay)).toEqual(['app/api/transfers/route.ts']);
    expect(overlay['app/api/transfers/route.ts']).toContain('request.json()');
  });
});
