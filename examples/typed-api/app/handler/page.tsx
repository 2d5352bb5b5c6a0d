import Link from 'next/link';
import { connection } from 'next/server';
import { verifySession } from '@/lib/dal';
import { EndSession, StartSession } from '../session/session-controls';
import { ConnectApp } from './task-app';

export default async function HandlerPage() {
  await connection();
  const session = await verifySession();
  return (
    <>
      <p><Link href="/">Home</Link></p>
      <h1>Add a task through the API</h1>
      <p>
        For other clients: a versioned API under <code>/api/</code>, described by <a href="/api/openapi.json">its OpenAPI
        document</a>, called here by the typed client.
      </p>
      <noscript><p>The app on this page runs in the browser: turn JavaScript on, or call the API with curl (see the README).</p></noscript>
      {session ? (
        <>
          <ConnectApp />
          <EndSession />
        </>
      ) : (
        <StartSession />
      )}
    </>
  );
}
