import { NextResponse, type NextRequest } from 'next/server';
import { cancelJob, jobLog, readJob } from '@/lib/jobs';
import { ownerCookie, validOwner } from '@/lib/owner';

type Context = { params: Promise<{ id: string }> };

const notFound = () => NextResponse.json({ error: { code: 'not_found', message: 'No such job.' } }, { status: 404 });
const owner = (request: NextRequest) => validOwner(request.cookies.get(ownerCookie)?.value);

// The job's progress, for its owner only; it changes nothing, so a page may poll it as often as it likes.
export async function GET(request: NextRequest, { params }: Context) {
  const { id } = await params;
  const job = readJob(id, owner(request));
  if (!job) return notFound();
  return NextResponse.json({ job: { ...job, log: jobLog(id) } }, { headers: { 'Cache-Control': 'no-store' } });
}

// Cancels the job: it stops at its next step. DELETE, like a JSON POST, needs a CORS preflight from another site.
export async function DELETE(request: NextRequest, { params }: Context) {
  const { id } = await params;
  const who = owner(request);
  const cancelled = cancelJob(id, who);
  if (cancelled) return NextResponse.json({ job: cancelled });
  const job = readJob(id, who);
  if (!job) return notFound();
  return NextResponse.json({ error: { code: 'already_finished', message: `The job is already ${job.status}.` }, job }, { status: 409 });
}
