import Link from 'next/link';

export default function Home() {
  return (
    <>
      <h1>Test an action and a handler</h1>
      <p>
        Notes that only a signed-in user can add, built both ways. The tests sit beside the code in <code>tests/</code>:
        run <code>npm test</code> in the terminal.
      </p>
      <ul>
        <li><Link href="/action">With a Server Action</Link>: a form and <code>useActionState</code>.</li>
        <li><Link href="/handler">With a Route Handler</Link>: <code>fetch</code> to <code>/api/notes</code>.</li>
      </ul>
    </>
  );
}
