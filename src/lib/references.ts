// Checks ids that one piece of content uses to name another (lessons, examples) against what exists.
import { AuthoringError } from './props';

export interface Reference {
  /** Where the id is written, e.g. 'content/quiz/scenarios.yaml (scenario "oauth-callback")'. */
  where: string;
  id: string;
}

/** Throws one error listing every unknown id, where it was written, and the ids that exist. */
export function assertKnown(kind: string, refs: readonly Reference[], known: Iterable<string>): void {
  const valid = new Set(known);
  const bad = refs.filter((r) => !valid.has(r.id));
  if (bad.length === 0) return;
  throw new AuthoringError(
    `Unknown ${kind} id${bad.length > 1 ? 's' : ''}:\n` +
      bad.map((r) => `  - ${r.where}: "${r.id}"`).join('\n') +
      `\nValid ${kind} ids: ${[...valid].sort().join(', ')}.`,
  );
}
