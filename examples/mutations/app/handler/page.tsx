import Link from 'next/link';
import { listTodos } from '@/lib/todos';
import { TodoList } from './todo-list';

export const dynamic = 'force-dynamic';

export default function HandlerPage() {
  return (
    <>
      <p><Link href="/">Home</Link></p>
      <h1>To-dos with Route Handlers</h1>
      <TodoList todos={listTodos()} />
    </>
  );
}
