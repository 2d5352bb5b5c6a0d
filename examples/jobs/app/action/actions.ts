'use server';

import { cookies } from 'next/headers';
import { redirect } from 'next/navigation';
import { after } from 'next/server';
import { reportEvent } from '@/lib/analytics';
import { cancelJob, enqueueJob } from '@/lib/jobs';
import { runInline } from '@/lib/inline';
import { newOwner, ownerCookie, ownerCookieOptions, validOwner } from '@/lib/owner';

export type FormState = { message: string };

/** Queues a report and sends the reader to its progress page. The action returns at once: a worker does the work. */
export async function startJobAction(_previous: FormState, formData: FormData): Promise<FormState> {
  if (!(formData instanceof FormData)) return { message: 'Send the form.' };
  const jar = await cookies();
  const known = validOwner(jar.get(ownerCookie)?.value);
  const owner = known ?? newOwner();
  const result = enqueueJob(owner);
  if (!result.ok) return { message: result.message };
  if (!known) jar.set(ownerCookie, owner, ownerCookieOptions);
  after(() => reportEvent(result.job.id, 'enqueued'));
  redirect(`/action/jobs/${result.job.id}`); // outside any try: redirect() works by throwing
}

/** Cancels the reader's own job; anyone else's id changes nothing. */
export async function cancelJobAction(id: unknown): Promise<FormState> {
  if (typeof id !== 'string') return { message: 'No such job.' };
  const owner = validOwner((await cookies()).get(ownerCookie)?.value);
  return { message: cancelJob(id, owner) ? 'Cancelled. The worker stops at its next step.' : 'Nothing to cancel.' };
}

/**
 * The report done inline, inside the action. The action has no request.signal: if the reader closes the page, it
 * runs every step anyway, for nobody.
 */
export async function runInlineAction(_previous: FormState, formData: FormData): Promise<FormState> {
  if (!(formData instanceof FormData)) return { message: 'Send the form.' };
  const result = await runInline('action');
  return { message: result.ok ? `Finished: ${result.doneSteps} of ${result.steps} steps.` : result.message };
}
