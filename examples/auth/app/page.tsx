import Link from 'next/link';

export default function Home() {
  return (
    <>
      <h1>Sign in and keep a session, two ways</h1>
      <p>
        Demo users: <code>ada</code> with the password <code>ada-demo-password</code>, and <code>grace</code> with{' '}
        <code>grace-demo-password</code>. They exist in the sandbox and under <code>npm run dev</code> only: a production
        server has no users until you connect your own (<code>lib/users.ts</code>). Both sides share <code>lib/dal.ts</code>, which checks the session cookie.
      </p>
      <ul>
        <li><Link href="/action">With Server Actions</Link>: sign in, add notes and sign out with forms.</li>
        <li><Link href="/handler">With Route Handlers</Link>: <code>POST</code> and <code>DELETE /api/session</code>, <code>GET</code> and <code>POST /api/notes</code>.</li>
        <li><Link href="/server-component-cookie">A Server Component that tries to set a cookie</Link>, and the error it gets.</li>
      </ul>
      <p><Link href="/check">Check your fix</Link>: signs in and tries to read what it should not, against this app as it runs now.</p>
    </>
  );
}
