// What the /check page tests against this running app: one job is never run by two workers, and someone else's job
// stays theirs. Plain data (no imports) so the course site can read the ids; a challenge names the ids that fail in
// its starting state, so keep them stable.
export const checks = [
  {
    id: 'claim-once',
    title: 'Two workers claiming at the same moment never both get one job',
    hint: 'Claim in one statement: UPDATE jobs SET status = \'running\' … WHERE id = (SELECT … WHERE status = \'queued\' …) AND status = \'queued\' RETURNING …. A SELECT and then an UPDATE by id lets two workers both take the job they read.',
  },
  {
    id: 'claim-expired-lease',
    title: 'A job whose worker died (its lease ran out) is claimed again',
    hint: 'A running job with lease_until in the past is claimable too: its worker stopped renewing the lease.',
  },
  {
    id: 'foreign-job-hidden',
    title: 'Someone else’s job id answers 404',
    hint: 'GET /api/jobs/<id> reads the job with its owner: readJob(id, owner) in lib/jobs.ts.',
  },
] as const satisfies readonly { id: string; title: string; hint: string }[];

export type CheckId = (typeof checks)[number]['id'];
