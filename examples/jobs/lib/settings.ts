// The example's knobs, from the environment so that the tests can make a slow report fast.
import { budgetFrom } from './write-budget';

/** How long one step of the report takes (default 1 s). */
export const stepMs = () => budgetFrom('JOB_STEP_MS', 1000);
/** How many steps a report has (default 10). */
export const stepCount = () => budgetFrom('JOB_STEPS', 10) || 1;
/** How long a claimed job stays a worker's without a sign of life before another worker may take it over. */
export const leaseMs = () => budgetFrom('JOB_LEASE_MS', 30_000) || 30_000;

export const sleep = (ms: number) => new Promise<void>((done) => setTimeout(done, ms));
