import Link from 'next/link';
import { listTodos } from '@/lib/todos';
import { TodoList } from './todo-list';
import { connection } from 'next/server';

export default async function ActionPage() {
  // Rendered per request, never at build time: the data changes while the app runs.
  await connection();
  return (
    <>
      <p><Link href="/">Home</Link></p>
      <h1>To-dos with Server Actions</h1>
      <TodoList todos={listTodos()} />
    </>
  );
}
