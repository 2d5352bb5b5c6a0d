// The domain function both sides share. Expected failures are returned as values; unexpected ones throw.
import { z } from 'zod';
import { db } from './db';
import { mixedScripts } from './mixed-scripts';
import { isUniqueViolation } from './sqlite';

export interface Project {
  id: string;
  name: string;
}

export const renameInput = z.strictObject(
  {
    name: z
      .string({ error: 'Name must be text.' })
      // Fullwidth "Ａｐｏｌｌｏ" is stored as "Apollo": NFKC folds compatibility forms (fullwidth, ligatures …) into one.
      .normalize('NFKC')
      .trim()
      .min(3, 'Name must be at least 3 characters.')
      .max(40, 'Name must be at most 40 characters.')
      .regex(/^[\p{L}\p{M}\p{N} -]+$/u, 'Use letters, digits, spaces and hyphens only.') // \p{M}: the marks of हिंदी, ไทย …
      .superRefine((name, ctx) => {
        const mixed = mixedScripts(name);
        if (mixed) ctx.addIssue({ code: 'custom', message: `Use one alphabet: this name mixes ${mixed.join(' and ')}.` });
      }),
    simulateFailure: z.boolean().default(false),
  },
  // Problems with the body as a whole belong to no field: give them a message, or the client sees only "invalid".
  { error: (issue) => (issue.code === 'unrecognized_keys' ? `Unknown field: ${issue.keys.join(', ')}.` : 'Send a JSON object with a name.') },
);

export type RenameResult =
  | { ok: true; project: Project }
  | { ok: false; code: 'validation_failed'; message: string; formErrors: string[]; fieldErrors: Record<string, string[] | undefined> }
  | { ok: false; code: 'name_taken'; message: string; fieldErrors: { name: string[] } }
  | { ok: false; code: 'not_found'; message: string };

export const listProjects = (): Project[] => db().all<Project>('SELECT id, name FROM projects ORDER BY id');

// Names are unique regardless of case and of Unicode compatibility forms.
const nameKey = (name: string) => name.normalize('NFKC').toLowerCase();

export function renameProject(id: string, input: unknown): RenameResult {
  const parsed = renameInput.safeParse(input);
  if (!parsed.success) {
    const { formErrors, fieldErrors } = z.flattenError(parsed.error);
    return { ok: false, code: 'validation_failed', message: formErrors[0] ?? 'Some fields are invalid.', formErrors, fieldErrors };
  }
  const { name, simulateFailure } = parsed.data;
  if (!db().get('SELECT id FROM projects WHERE id = ?', id)) return { ok: false, code: 'not_found', message: `There is no project ${id}.` };
  // Stands in for a bug or an outage. Its message holds internal details that must never reach a browser.
  if (simulateFailure) throw new Error('Connection to db-7.internal:5432 refused (pool exhausted)');
  try {
    // No "is the name free?" query first: two renames could both find it free. The unique index decides.
    const project = db().get<Project>('UPDATE projects SET name = ?, name_key = ? WHERE id = ? RETURNING id, name', name, nameKey(name), id);
    if (!project) return { ok: false, code: 'not_found', message: `There is no project ${id}.` };
    return { ok: true, project };
  } catch (error) {
    if (!isUniqueViolation(error)) throw error;
    const message = `Another project is already called ${name}.`;
    return { ok: false, code: 'name_taken', message, fieldErrors: { name: [message] } };
  }
}
