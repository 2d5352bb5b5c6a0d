import Link from 'next/link';
import { listTodos } from '@/lib/todos';
import { TodoList } from './todo-list';

export const dynamic = 'force-dynamic';

export default function ActionPage() {
  return (
    <>
      <p><Link href="/">Home</Link></p>
      <h1>To-dos with Server Actions</h1>
      <TodoList todos={listTodos()} />
    </>
  );
}
