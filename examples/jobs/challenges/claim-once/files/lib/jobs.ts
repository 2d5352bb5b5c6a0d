// The durable job both sides share: enqueue, read, cancel, and the worker's claim and steps. Every rule is in SQL, so
// it holds across any number of server and worker processes on one database.
import { randomBytes } from 'node:crypto';
import { db } from './db';
import { leaseMs, stepCount, stepMs, sleep } from './settings';
import { budgetFrom, takeWrite } from './write-budget';

export type JobStatus = 'queued' | 'running' | 'done' | 'cancelled' | 'failed';

/** What an owner sees of a job. */
export interface Job {
  id: string;
  status: JobStatus;
  steps: number;
  doneSteps: number;
}

/** Ended jobs kept: the newest 50. A queued or running job is never deleted to make room. */
export const jobsKept = 50;
/** Open (queued or running) jobs allowed per owner, and in all: past these, a new job waits for room. */
const openPerOwner = () => budgetFrom('JOBS_OPEN_PER_OWNER', 5);
const openInAll = () => budgetFrom('JOBS_OPEN_MAX', 100);
/** Attempts before a job whose worker keeps dying is marked failed instead of being taken over again. */
const maxAttempts = () => budgetFrom('JOB_MAX_ATTEMPTS', 3) || 3;

const columns = 'id, status, steps, done_steps AS doneSteps';

export type EnqueueResult = { ok: true; job: Job } | { ok: false; code: 'too_many_jobs'; message: string; retryAfterSeconds: number };

export function enqueueJob(owner: string): EnqueueResult {
  return db().transaction(() => {
    const budget = takeWrite(db(), 'job', budgetFrom('JOBS_PER_MINUTE', 20));
    if (!budget.ok) return { ok: false, code: 'too_many_jobs', message: `Too many reports right now. Try again in ${budget.retryAfterSeconds} s.`, retryAfterSeconds: budget.retryAfterSeconds };
    // The queue is bounded without dropping work: a full queue refuses new jobs instead of deleting waiting ones.
    const open = (where: string, ...params: string[]) => db().get<{ n: number }>(`SELECT COUNT(*) AS n FROM jobs WHERE status IN ('queued', 'running') ${where}`, ...params)!.n;
    if (open('AND owner = ?', owner) >= openPerOwner() || open('') >= openInAll()) {
      return { ok: false, code: 'too_many_jobs', message: 'Too many reports are waiting. Try again when one is done.', retryAfterSeconds: 30 };
    }
    // 128 random bits: knowing your own job's id tells you nothing about anyone else's.
    const id = randomBytes(16).toString('base64url');
    const job = db().get<Job>(`INSERT INTO jobs (id, owner, status, steps, created_at) VALUES (?, ?, 'queued', ?, ?) RETURNING ${columns}`, id, owner, stepCount(), Date.now())!;
    db().run(
      `DELETE FROM jobs WHERE status IN ('done', 'cancelled', 'failed')
         AND seq NOT IN (SELECT seq FROM jobs WHERE status IN ('done', 'cancelled', 'failed') ORDER BY seq DESC LIMIT ?)`,
      jobsKept,
    );
    return { ok: true, job };
  });
}

/** The job, if `owner` asked for it; someone else's id reads as no job at all. */
export const readJob = (id: string, owner: string | undefined) =>
  owner ? db().get<Job>(`SELECT ${columns} FROM jobs WHERE id = ? AND owner = ?`, id, owner) : undefined;

/** Cancels a queued or running job of `owner`. The worker sees it at its next step and stops there. */
export const cancelJob = (id: string, owner: string | undefined) =>
  owner
    ? db().get<Job>(`UPDATE jobs SET status = 'cancelled', finished_at = ? WHERE id = ? AND owner = ? AND status IN ('queued', 'running') RETURNING ${columns}`, Date.now(), id, owner)
    : undefined;

/** Stores a log line about a job (lib/analytics.ts); the table keeps the newest 500. */
export function logJobEvent(jobId: string, what: string) {
  db().run('INSERT INTO job_events (job_id, what, at) VALUES (?, ?, ?)', jobId, what, Date.now());
  db().run('DELETE FROM job_events WHERE seq NOT IN (SELECT seq FROM job_events ORDER BY seq DESC LIMIT 500)');
}

// ---- The worker's side ----

interface Claimed {
  id: string;
  steps: number;
  doneSteps: number;
}

/** Takes the oldest job that is queued, or whose lease ran out (its worker died). */
export async function claimJob(worker: string, now = Date.now()): Promise<Claimed | undefined> {
  // A job whose workers died too often is given up on, not taken over again and again.
  db().run(`UPDATE jobs SET status = 'failed', finished_at = ? WHERE status = 'running' AND lease_until < ? AND attempts >= ?`, now, now, maxAttempts());
  const next = await db().get<{ id: string }>(
    `SELECT id FROM jobs WHERE status = 'queued' OR (status = 'running' AND lease_until < ?) ORDER BY seq LIMIT 1`,
    now,
  );
  if (!next) return undefined;
  return db().get<Claimed>(
    `UPDATE jobs SET status = 'running', worker = ?, lease_until = ?, attempts = attempts + 1 WHERE id = ?
     RETURNING id, steps, done_steps AS doneSteps`,
    worker,
    now + leaseMs(),
    next.id,
  );
}

/** Renews the lease while a step runs; false when the job was cancelled or taken over. */
const renewLease = (job: Claimed, worker: string) =>
  db().run(`UPDATE jobs SET lease_until = ? WHERE id = ? AND worker = ? AND status = 'running'`, Date.now() + leaseMs(), job.id, worker).changes === 1;

/** Records one finished step and renews the lease; false when the job was cancelled, deleted or taken over. */
const recordStep = (job: Claimed, worker: string) =>
  db().run(
    `UPDATE jobs SET done_steps = done_steps + 1, lease_until = ? WHERE id = ? AND worker = ? AND status = 'running'`,
    Date.now() + leaseMs(),
    job.id,
    worker,
  ).changes === 1;

/**
 * Runs a claimed job step by step from where it stands, checking after each step that it still may. The lease is
 * renewed during a step too, so a step longer than the lease is not taken over. If this worker dies mid-step, another
 * one runs that step again: steps run at least once, so write them to be safe to repeat.
 */
export async function runJob(job: Claimed, worker: string) {
  for (let step = job.doneSteps; step < job.steps; step++) {
    const keepAlive = setInterval(() => renewLease(job, worker), Math.max(leaseMs() / 3, 10));
    try {
      await sleep(stepMs()); // the slow work of one step
    } finally {
      clearInterval(keepAlive);
    }
    if (!recordStep(job, worker)) return; // cancelled (or taken over): stop here
  }
  db().run(`UPDATE jobs SET status = 'done', finished_at = ?, lease_until = NULL WHERE id = ? AND worker = ? AND status = 'running'`, Date.now(), job.id, worker);
}

/** The job's log lines, oldest first (call after readJob: it does not check the owner). */
export const jobLog = (id: string) => db().all<{ what: string }>('SELECT what FROM job_events WHERE job_id = ? ORDER BY seq', id).map((e) => e.what);
