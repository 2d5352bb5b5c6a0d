// A stand-in for an analytics or logging service: a network call that takes ANALYTICS_MS (default 300 ms), then the
// event is stored (in job_events, so the page can show it). Work like this is what after() is for: the caller should
// not wait for it, and losing one line is acceptable.
import { logJobEvent } from './jobs';
import { sleep } from './settings';
import { budgetFrom } from './write-budget';

export async function reportEvent(jobId: string, what: string) {
  await sleep(budgetFrom('ANALYTICS_MS', 300));
  logJobEvent(jobId, what);
}
