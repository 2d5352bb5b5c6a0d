import Link from 'next/link';
import { redirect } from 'next/navigation';
import { connection } from 'next/server';
import { verifySession } from '@/lib/dal';
import { readTeam } from '@/lib/team';
import { SignOut } from '../session/session-controls';
import { RenameForm } from './rename-form';

export default async function TeamPage() {
  await connection();
  // The proxy only saw a cookie; the page asks the database, like everything behind the proxy.
  if (!(await verifySession())) redirect('/login');
  const team = readTeam();
  return (
    <>
      <p><Link href="/">Home</Link> · <Link href="/team/handler">The same with a Route Handler</Link></p>
      <h1>{team.name}</h1>
      <h2>Rename the team with a Server Action</h2>
      <RenameForm name={team.name} />
      <SignOut />
    </>
  );
}
