import type { Task } from '@/lib/schema';

/** The reader's tasks, as both pages show them. */
export function TaskList({ tasks }: { tasks: Pick<Task, 'id' | 'title' | 'priority'>[] }) {
  return (
    <ul aria-label="Tasks">
      {tasks.map((task) => (
        <li key={task.id}>
          {task.title} <small>({task.priority})</small>
        </li>
      ))}
    </ul>
  );
}
