import Link from 'next/link';
import { redirect } from 'next/navigation';
import { connection } from 'next/server';
import { verifySession } from '@/lib/dal';
import { readTeam } from '@/lib/team';
import { SignOut } from '../../session/session-controls';
import { TeamClient } from './team-client';

export default async function TeamHandlerPage() {
  await connection();
  if (!(await verifySession())) redirect('/login');
  const team = readTeam();
  return (
    <>
      <p><Link href="/">Home</Link> · <Link href="/team">The same with a Server Action</Link></p>
      <h1>{team.name}</h1>
      <h2>Rename the team with a Route Handler</h2>
      <TeamClient name={team.name} />
      <SignOut />
    </>
  );
}
