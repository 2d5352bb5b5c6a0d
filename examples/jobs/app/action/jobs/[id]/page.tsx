import { cookies } from 'next/headers';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { JobProgress } from '@/app/job-progress';
import { readJob } from '@/lib/jobs';
import { ownerCookie, validOwner } from '@/lib/owner';
import { CancelButton } from './cancel-button';

export default async function JobPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const job = readJob(id, validOwner((await cookies()).get(ownerCookie)?.value));
  if (!job) notFound(); // someone else's job looks like none
  return (
    <>
      <h1>Your report</h1>
      <p><Link href="/action">Start another</Link></p>
      <JobProgress initial={job} cancel={<CancelButton id={job.id} />} />
    </>
  );
}
