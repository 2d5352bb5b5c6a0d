// Course tools (the /check page of a challenge, demo users, test events) are for the reader's sandbox and
// `npm run dev`. A production server (`next start`) runs none of them: it answers 404 for the check page and
// refuses the rest, so that no one can make it attack itself, sign in with a published password, or record a fake
// payment. An operator can turn them on for a test run with COURSE_TOOLS=on; the course's own tests do.
export function courseToolsEnabled(): boolean {
  return process.env.NODE_ENV === 'development' || process.env.COURSE_TOOLS === 'on';
}

/** Runs each check in turn against the app as it runs now; a check that throws has failed. Null when off. */
export async function runEachCheck<Id extends string>(
  checks: readonly { id: Id }[],
  run: Record<Id, () => Promise<boolean>>,
): Promise<Partial<Record<Id, boolean>> | null> {
  if (!courseToolsEnabled()) return null;
  const results: Partial<Record<Id, boolean>> = {};
  for (const check of checks) results[check.id] = await run[check.id]().catch(() => false);
  return results;
}
