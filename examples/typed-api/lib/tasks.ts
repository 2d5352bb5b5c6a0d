// The domain: one function adds a task, whichever transport called it (the action in app/action/actions.ts, the API
// in lib/api.ts). No Next.js import and no transport: it takes a user id it can trust and input already parsed.
import { taskInput, type Task, type TaskInput } from './schema';
import { db } from './db';
import { budgetFrom, takeWrite } from './write-budget';

/** Each owner keeps their newest 50 tasks. */
export const tasksKept = 50;

const columns = 'id, title, priority, created_at AS createdAt';

/** Adds a task for `ownerId`, and drops the owner's oldest beyond the newest 50, in one transaction. */
export function addTask(ownerId: string, input: TaskInput, now = new Date()): Task {
  const { title, priority } = taskInput.parse(input); // the transports parsed it; this keeps a careless caller out
  return db().transaction(() => {
    const added = db().get<Task>(
      `INSERT INTO tasks (owner_id, title, priority, created_at) VALUES (?, ?, ?, ?) RETURNING ${columns}`,
      ownerId,
      title,
      priority,
      now.toISOString(),
    )!;
    db().run('DELETE FROM tasks WHERE owner_id = ? AND id NOT IN (SELECT id FROM tasks WHERE owner_id = ? ORDER BY id DESC LIMIT ?)', ownerId, ownerId, tasksKept);
    return added;
  });
}

/** The owner's tasks, newest first. */
export const tasksOf = (ownerId: string) => db().all<Task>(`SELECT ${columns} FROM tasks WHERE owner_id = ? ORDER BY id DESC`, ownerId);

/**
 * One write from the user's budget per minute (TASKS_PER_MINUTE, default 10), kept in the database so it holds across
 * instances, and shared by both transports: the action's middleware and the API's take from it alike. Both run it
 * before the input is validated, so it counts attempts to add a task, refused ones included.
 */
export const takeTaskWrite = (userId: string, now = Date.now()) => takeWrite(db(), `tasks:${userId}`, budgetFrom('TASKS_PER_MINUTE', 10), now);
