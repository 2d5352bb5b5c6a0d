// Challenges: an example with a realistic flaw put back in. `examples/<id>/challenges/<name>/challenge.json`
// describes it and `files/` holds the starting state (whole files that replace the example's). The example as it
// is, is the solution. The example's own /check page runs the checks listed in `examples/<id>/lib/checks.ts`.
// This module checks that a challenge fits its example and lesson; the content collection calls it at build time.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { listExampleFiles } from './examples';
import { AuthoringError } from './props';

export interface ChallengeData {
  title: string;
  lesson: string;
  brief: string;
  open: string;
  failing: string[];
}

/** What a challenge is checked against: everything it may name. */
export interface ChallengeContext {
  /** Slugs of content/lessons/*.mdx. */
  lessons: readonly string[];
  /** Files of the example (as listed by src/lib/examples.ts, without challenges/ and next16/). */
  exampleFiles: readonly string[];
  /** Check ids from the example's lib/checks.ts, or null when it has none. */
  checkIds: readonly string[] | null;
  /** Paths of the overlay under challenges/<name>/files/, relative to that folder. */
  overlayFiles: readonly string[];
}

export const checksModule = 'lib/checks.ts';

/**
 * The check ids in a lib/checks.ts. The module is plain data (`{ id: 'some-id', title: …, hint: … }` entries), so a
 * regular expression reads it without running the example's code; a unit test keeps this in step with importing it.
 */
export function checkIdsFromSource(source: string): string[] {
  return [...source.matchAll(/\bid:\s*'([a-z0-9]+(?:-[a-z0-9]+)*)'/g)].map((m) => m[1]!);
}

/** Every problem with one challenge, as sentences that say what is wrong and how to fix it. */
export function findChallengeProblems(challenge: ChallengeData, context: ChallengeContext): string[] {
  const problems: string[] = [];
  const lessons = new Set(context.lessons);
  const files = new Set(context.exampleFiles);
  if (!lessons.has(challenge.lesson)) {
    problems.push(`"lesson" is "${challenge.lesson}", which is not a lesson. Use the slug of a file in content/lessons/, one of: ${[...lessons].sort().join(', ')}.`);
  }
  if (!files.has(challenge.open)) {
    problems.push(`"open" is "${challenge.open}", which is not a file of the example. Name the file the reader should fix, relative to the example folder.`);
  }
  if (context.checkIds === null) {
    problems.push(`the example has no ${checksModule}. Add it (the checks its /check page runs) before adding a challenge.`);
  } else {
    const ids = new Set(context.checkIds);
    const unknown = challenge.failing.filter((id) => !ids.has(id));
    if (unknown.length > 0) {
      problems.push(`"failing" names ${unknown.map((id) => `"${id}"`).join(', ')}, not among the checks in ${checksModule}: ${[...ids].join(', ')}.`);
    }
    if (challenge.failing.length === 0) problems.push(`"failing" is empty: list the checks that fail in the starting state.`);
    const twice = challenge.failing.filter((id, i) => challenge.failing.indexOf(id) !== i);
    if (twice.length > 0) problems.push(`"failing" lists ${twice.map((id) => `"${id}"`).join(', ')} more than once.`);
  }
  if (context.overlayFiles.length === 0) {
    problems.push(`files/ is empty: put the starting state of the file(s) with the flaw there, at the same paths as in the example.`);
  }
  for (const path of context.overlayFiles) {
    if (!files.has(path)) problems.push(`files/${path} replaces no file of the example: an overlay holds whole files at the paths they have in the example.`);
  }
  return problems;
}

/** Throws an AuthoringError naming the challenge.json and every problem with it. */
export function assertChallenge(where: string, challenge: ChallengeData, context: ChallengeContext): void {
  const problems = findChallengeProblems(challenge, context);
  if (problems.length === 0) return;
  throw new AuthoringError(`${where}:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
}

const filesUnder = (dir: string): string[] => {
  if (!existsSync(dir)) return [];
  const out: string[] = [];
  const walk = (d: string) => {
    for (const name of readdirSync(d)) {
      const path = join(d, name);
      if (statSync(path).isDirectory()) walk(path);
      else out.push(relative(dir, path).split(sep).join('/'));
    }
  };
  walk(dir);
  return out.sort();
};

/** Reads, from disk, what `examples/<example>/challenges/<name>` is checked against. */
export function readChallengeContext(root: string, example: string, name: string): ChallengeContext {
  const checks = join(root, 'examples', example, checksModule);
  return {
    lessons: readdirSync(join(root, 'content/lessons'))
      .filter((f) => f.endsWith('.mdx'))
      .map((f) => f.slice(0, -'.mdx'.length)),
    exampleFiles: listExampleFiles(example, join(root, 'examples')),
    checkIds: existsSync(checks) ? checkIdsFromSource(readFileSync(checks, 'utf8')) : null,
    overlayFiles: filesUnder(join(root, 'examples', example, 'challenges', name, 'files')),
  };
}

/** `<example>/<name>` from a path like `transfers/challenges/cross-site-post/challenge.json`. */
export function challengeId(entry: string): { id: string; example: string; name: string } {
  const [example, folder, name] = entry.split('/');
  if (!example || folder !== 'challenges' || !name) throw new AuthoringError(`${entry} is not at examples/<id>/challenges/<name>/challenge.json.`);
  return { id: `${example}/${name}`, example, name };
}

/** The challenge's starting files (path → text), from `examples/<example>/challenges/<name>/files/`. */
export function readChallengeOverlay(example: string, name: string, root = join(process.cwd(), 'examples')): Record<string, string> {
  const base = join(root, example, 'challenges', name, 'files');
  return Object.fromEntries(filesUnder(base).map((path) => [path, readFileSync(join(base, path), 'utf8')]));
}

/** One challenge read from disk, with its starting files: for tests and scripts that run outside the site build. */
export function readChallenge(example: string, name: string, root = join(process.cwd(), 'examples')) {
  const data = JSON.parse(readFileSync(join(root, example, 'challenges', name, 'challenge.json'), 'utf8')) as ChallengeData;
  return { ...data, example, name, key: `${example}--${name}`, overlay: readChallengeOverlay(example, name, root) };
}
