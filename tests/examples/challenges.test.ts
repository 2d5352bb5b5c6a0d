// Proves every challenge in examples/<id>/challenges/<name>/: the example with the challenge's files laid over it
// (its starting state) is built and started, and its /check page must report exactly the checks challenge.json
// lists under "failing" as failed, and every other one as passed. (That the example as it is, the solution, passes
// every check is tested in each example's own test file.) Each challenge is its own test, so the workers share them.
import { cpSync, existsSync, readdirSync, readFileSync, rmSync, symlinkSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import { pathToFileURL } from 'node:url';
import { expect, test } from '@playwright/test';
import { failedChecks, type CheckEntry } from './check-page';
import { nextBuild, startNext } from './fixture';

const root = resolve(import.meta.dirname, '../..');
const examples = join(root, 'examples');
// Inside the repository, so the copies resolve `next` and the other dependencies from its node_modules.
const builds = join(root, '.challenge-builds');

const challenges = readdirSync(examples).flatMap((example) => {
  const dir = join(examples, example, 'challenges');
  return existsSync(dir) ? readdirSync(dir).filter((name) => existsSync(join(dir, name, 'challenge.json'))).map((name) => ({ example, name })) : [];
});

// `next start` refuses the examples' public demo secrets (lib/configured-secret.ts), and the check pages call the
// app's own API with the configured ones. A reader's sandbox runs `next dev`, where the demo values work.
const secretsOf: Record<string, Record<string, string>> = {
  auth: { SESSION_SECRET: 'challenge-only-session-secret-0123456789abcdef' },
  webhooks: { WEBHOOK_SECRET: 'whsec_challenge_only_6a2d' },
  integrations: { MOBILE_API_KEY: 'key_mobile_challenge_only_19f0', PARTNER_API_KEY: 'key_partner_challenge_only_e27b' },
};

/** Not copied: installs, builds, and the course's folders (challenges, the Next 16 download's overlay). */
const skipped = new Set(['node_modules', '.next', '.data', 'challenges', 'next16']);

test.describe.configure({ mode: 'parallel' });

test('there are challenges to prove', () => {
  expect(challenges.length).toBeGreaterThan(0);
});

for (const { example, name } of challenges) {
  test(`challenge ${example}/${name}: its starting state fails exactly the checks it lists`, async ({ page }) => {
    test.skip(test.info().project.name !== 'sandbox-next15', 'Each challenge is built once, on Next 15.4 (the sandbox target).');
    test.setTimeout(600_000);
    const source = join(examples, example);
    const challenge = JSON.parse(readFileSync(join(source, 'challenges', name, 'challenge.json'), 'utf8')) as { failing: string[] };
    const { checks } = (await import(pathToFileURL(join(source, 'lib/checks.ts')).href)) as { checks: readonly CheckEntry[] };

    const dir = join(builds, `${example}--${name}`);
    rmSync(dir, { recursive: true, force: true });
    cpSync(source, dir, {
      recursive: true,
      filter: (path) => {
        const parts = relative(source, path).split(sep);
        return !(skipped.has(parts[0]!) || parts.at(-1)!.endsWith('.tsbuildinfo'));
      },
    });
    cpSync(join(source, 'challenges', name, 'files'), dir, { recursive: true });
    // Packages npm could not hoist to the root (another version of a dependency is there) live in the example's own
    // node_modules: the copy uses them in place.
    if (existsSync(join(source, 'node_modules'))) symlinkSync(join(source, 'node_modules'), join(dir, 'node_modules'), 'dir');
    nextBuild(dir, {});
    // Course tools, the check page among them, are off under `next start` unless turned on.
    const server = await startNext(dir, { ...secretsOf[example], COURSE_TOOLS: 'on' });
    try {
      const failed = await failedChecks(page, server.url, checks);
      expect(failed, `checks that fail in the starting state of ${example}/${name}`).toEqual(checks.map((c) => c.id).filter((id) => challenge.failing.includes(id)));
    } finally {
      server.stop();
    }
  });
}
