import { after, NextResponse, type NextRequest } from 'next/server';
import { reportEvent } from '@/lib/analytics';
import { enqueueJob } from '@/lib/jobs';
import { newOwner, ownerCookie, ownerCookieOptions, validOwner } from '@/lib/owner';
import { readJson } from '@/lib/request-body';

const fail = (status: number, code: string, message: string, headers: HeadersInit = {}) => NextResponse.json({ error: { code, message } }, { status, headers });

// Starts a report: the work is queued, not done here, so the answer is 202 Accepted with the job's address to poll.
export async function POST(request: NextRequest) {
  // JSON only (a cross-site page cannot send application/json without a CORS preflight), and nothing to read in it.
  const body = await readJson(request, 256);
  if (!body.ok) return fail(body.status, body.code, body.message);
  const known = validOwner(request.cookies.get(ownerCookie)?.value);
  const owner = known ?? newOwner();
  const result = enqueueJob(owner);
  if (!result.ok) return fail(429, result.code, result.message, { 'Retry-After': String(result.retryAfterSeconds) });
  // After the 202 has gone: a log line nobody waits for. Not the job itself: after() ends with this invocation.
  after(() => reportEvent(result.job.id, 'enqueued'));
  // A relative Location: never build a URL from the request's Host header.
  const response = NextResponse.json({ job: result.job }, { status: 202, headers: { Location: `/api/jobs/${result.job.id}` } });
  if (!known) response.cookies.set(ownerCookie, owner, ownerCookieOptions);
  return response;
}
