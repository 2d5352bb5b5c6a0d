// What a reader runs for a challenge: the example with the challenge's starting files, the solution (the example's own
// files at those paths), and the .zip on Next 16. Payloads, "Open in StackBlitz" and downloads all come from here.
import { getCollection } from 'astro:content';
import type { ChallengeData } from '~/content.config';
import { examplesRoot, readExampleFiles } from './examples';
import { readNext16Files, readOverlay } from './next16';
import { AuthoringError } from './props';
import { readChallengeOverlay } from './challenges';
import { getSandbox, sandboxProject, type Sandbox, type SandboxProject } from './sandboxes';
export { openHref, payloadHref, zipHref } from './sandboxes';

export interface Challenge extends ChallengeData {
  /** `<example>--<name>`: one path segment, used in URLs (payloadHref, openHref, zipHref), file names and the key of the reader's saved edits. */
  key: string;
  example: string;
  name: string;
}

let cached: Promise<Challenge[]> | undefined;

/** Every challenge, in a stable order (by example, then name). */
export function getChallenges(): Promise<Challenge[]> {
  cached ??= getCollection('challenges').then((entries) =>
    entries
      .map((e) => {
        const [example, name] = e.id.split('/') as [string, string];
        return { ...e.data, key: `${example}--${name}`, example, name };
      })
      .sort((a, b) => a.key.localeCompare(b.key)),
  );
  return cached;
}

// A challenge's payload, "Open in StackBlitz" page and .zip sit beside the examples' own, named by its key (example ids
// never contain "--").
/** Where the challenge sits in its lesson. */
export const challengeAnchor = (c: Challenge) => `challenge-${c.name}`;
export const challengeHref = (c: Challenge) => `/lessons/${c.lesson}/#${challengeAnchor(c)}`;
/** The app's own check page, which the preview opens. */
export const checkPath = '/check';

/** The starting state: the example with the challenge's files put in place. */
export function challengeFiles(c: Pick<Challenge, 'example' | 'name'>, root = examplesRoot): Record<string, string> {
  return { ...readExampleFiles(c.example, root), ...readChallengeOverlay(c.example, c.name, root) };
}

/** The solution: the example's own version of every file the challenge replaced. */
export function solutionFiles(c: Pick<Challenge, 'example' | 'name'>, root = examplesRoot): Record<string, string> {
  const example = readExampleFiles(c.example, root);
  return Object.fromEntries(Object.keys(readChallengeOverlay(c.example, c.name, root)).map((path) => [path, example[path]!]));
}

/**
 * The challenge's .zip: its starting state on Next 16. A file both the challenge and the example's Next 16 overlay
 * replace would leave no single right version, so it fails the build.
 */
export function challengeNext16Files(c: Pick<Challenge, 'example' | 'name'>, root = examplesRoot): Record<string, string> {
  const overlay = readChallengeOverlay(c.example, c.name, root);
  const next16 = readOverlay(c.example, root);
  const clash = Object.keys(overlay).filter((path) => path in next16);
  if (clash.length > 0) {
    throw new AuthoringError(
      `examples/${c.example}/challenges/${c.name}/files/${clash[0]} is also replaced by examples/${c.example}/next16/${clash[0]}, so the challenge's Next 16 download has no single starting version. Put the flaw in a file the Next 16 overlay does not replace.`,
    );
  }
  return readNext16Files(c.example, root, challengeFiles(c, root));
}

/** The StackBlitz project for the challenge: its starting files, the file to fix open, the preview on /check. */
export async function challengeProject(c: Challenge): Promise<SandboxProject & { solution: { create: Record<string, string>; destroy: string[] } }> {
  const sandbox: Sandbox = await getSandbox(c.example, `examples/${c.example}/challenges/${c.name}/challenge.json`);
  const base = sandboxProject(sandbox);
  return {
    project: { ...base.project, title: `Challenge: ${c.title}`, description: c.brief, files: challengeFiles(c) },
    openFile: [c.open],
    preview: checkPath,
    solution: { create: solutionFiles(c), destroy: [] },
  };
}
