import Link from 'next/link';

export default function Home() {
  return (
    <>
      <h1>Toggle and delete, two ways</h1>
      <p>Both pages change the same in-memory to-do list and show the change before the server answers.</p>
      <ul>
        <li><Link href="/action">With Server Actions</Link>: actions called from event handlers, <code>useOptimistic</code>; each action&apos;s answer carries the updated list.</li>
        <li><Link href="/handler">With Route Handlers</Link>: <code>PATCH</code> and <code>DELETE</code> on <code>/api/todos/[id]</code>, <code>useOptimistic</code>, <code>router.refresh()</code>.</li>
      </ul>
      <p><Link href="/check">Check your fix</Link>: calls both sides with forged ids and lists which checks fail.</p>
    </>
  );
}
