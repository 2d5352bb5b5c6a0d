import Link from 'next/link';

export default function Home() {
  return (
    <>
      <h1>Typed APIs for other clients</h1>
      <p>
        Tasks, added two ways that share one domain function (<code>lib/tasks.ts</code>) and one set of rules
        (<code>lib/schema.ts</code>).
      </p>
      <ul>
        <li><Link href="/action">With a Server Action</Link>: <code>next-safe-action</code>, for this site’s own pages.</li>
        <li><Link href="/handler">Through the API</Link>: oRPC Route Handlers, an OpenAPI document and a typed client, for everyone else.</li>
      </ul>
    </>
  );
}
