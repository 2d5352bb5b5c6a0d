import Link from 'next/link';
import { connection } from 'next/server';
import { verifySession } from '@/lib/dal';
import { readTeam } from '@/lib/team';
import { RenameForm } from './team/rename-form';

// The public home page: anyone may read it, so the proxy's matcher leaves it out. Members get the rename form here
// too, and with it the home page's bundle holds the rename action: a call to it posted here runs here, and the proxy
// never sees it.
export default async function Home() {
  await connection();
  const session = await verifySession();
  const team = readTeam();
  return (
    <>
      <h1>{team.name}</h1>
      <p>
        A team whose members may rename it. A proxy (<code>proxy.ts</code> on Next 16, <code>middleware.ts</code> here
        on Next 15) sends visitors without a session cookie from <code>/team</code> to the sign-in page, and answers{' '}
        <code>401</code> on <code>/api/team</code>. It does not cover this page.
      </p>
      <ul>
        <li><Link href="/team">With a Server Action</Link>: a form and <code>useActionState</code>.</li>
        <li><Link href="/team/handler">With a Route Handler</Link>: <code>fetch</code> to <code>/api/team</code>, and a file upload.</li>
        <li><Link href="/login">Sign in</Link></li>
        <li><Link href="/check">Check your fix</Link> (the challenge’s check page)</li>
      </ul>
      {session ? (
        <section aria-labelledby="quick-rename">
          <h2 id="quick-rename">Rename the team from here</h2>
          <RenameForm name={team.name} />
        </section>
      ) : null}
    </>
  );
}
