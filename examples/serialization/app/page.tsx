import Link from 'next/link';

export default function Home() {
  return (
    <>
      <h1>What crosses to the client, two ways</h1>
      <p>
        Both pages let ada share her documents. Each record also holds an internal row id and a staff-only note; the
        shared data access layer in <code>lib/documents.ts</code> hands out only the id, the title and who it is shared with.
      </p>
      <ul>
        <li><Link href="/action">With Server Actions</Link>: a bound id, an inline action with an encrypted closure, and a return value with JSX.</li>
        <li><Link href="/handler">With Route Handlers</Link>: <code>GET /api/documents</code> and <code>POST /api/documents/&#123;id&#125;/shares</code> answer JSON with an allow-list of fields.</li>
      </ul>
    </>
  );
}
