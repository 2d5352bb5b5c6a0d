import Link from 'next/link';
import { notFound } from 'next/navigation';
import { connection } from 'next/server';
import { checks } from '@/lib/checks';
import { courseToolsEnabled } from '@/lib/course-tools';
import { CheckRunner } from './check-runner';
import { runChecksAction } from './run-checks';

// The challenge's check page, a course tool: the sandbox's preview opens it, and the reader runs the checks in
// ./run-checks.ts with the button. A production server answers 404 (lib/course-tools.ts).
export default async function CheckPage() {
  await connection();
  if (!courseToolsEnabled()) notFound();
  return (
    <>
      <p><Link href="/">Home</Link></p>
      <h1>Check your fix</h1>
      <CheckRunner checks={checks} run={runChecksAction} />
    </>
  );
}
