import Link from 'next/link';
import { connection } from 'next/server';
import { verifySession } from '@/lib/dal';
import { tasksOf } from '@/lib/tasks';
import { TaskList } from '../task-list';
import { EndSession, StartSession } from '../session/session-controls';
import { AddTaskForm } from './add-task-form';

export default async function ActionPage() {
  await connection();
  const session = await verifySession();
  return (
    <>
      <p><Link href="/">Home</Link></p>
      <h1>Add a task with a Server Action</h1>
      <p>For this site’s own pages: a form, <code>next-safe-action</code>’s middleware, and a typed result.</p>
      {session ? (
        <>
          <AddTaskForm />
          <TaskList tasks={tasksOf(session.userId)} />
          <EndSession />
        </>
      ) : (
        <StartSession />
      )}
    </>
  );
}
