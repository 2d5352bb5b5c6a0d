// The domain function both sides share. Expected failures are returned as values; unexpected ones throw.
import { z } from 'zod';

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
      .regex(/^[\p{L}\p{N} -]+$/u, 'Use letters, digits, spaces and hyphens only.'),
    simulateFailure: z.boolean().default(false),
  },
  // Problems with the body as a whole belong to no field: give them a message, or the client sees only "invalid".
  { error: (issue) => (issue.code === 'unrecognized_keys' ? `Unknown field: ${issue.keys.join(', ')}.` : 'Send a JSON object with a name.') },
);

export type RenameResult =
  | { ok: true; project: Project }
  | { ok: false; code: 'validation_failed'; message: string; formErrors: string[]; fieldErrors: Record<string, string[] | undefined> }
  | { ok: false; code: 'not_found' | 'name_taken'; message: string };

const projects = ((globalThis as { __projects?: Map<string, Project> }).__projects ??= new Map([
  ['p1', { id: 'p1', name: 'Apollo' }],
  ['p2', { id: 'p2', name: 'Gemini' }],
]));

export const listProjects = (): Project[] => [...projects.values()].map((p) => ({ ...p }));

// Names are unique regardless of case and of Unicode compatibility forms.
const nameKey = (name: string) => name.normalize('NFKC').toLowerCase();

export function renameProject(id: string, input: unknown): RenameResult {
  const parsed = renameInput.safeParse(input);
  if (!parsed.success) {
    const { formErrors, fieldErrors } = z.flattenError(parsed.error);
    return { ok: false, code: 'validation_failed', message: formErrors[0] ?? 'Some fields are invalid.', formErrors, fieldErrors };
  }
  const project = projects.get(id);
  if (!project) return { ok: false, code: 'not_found', message: `There is no project ${id}.` };
  const { name, simulateFailure } = parsed.data;
  if ([...projects.values()].some((p) => p.id !== id && nameKey(p.name) === nameKey(name))) {
    return { ok: false, code: 'name_taken', message: `Another project is already called ${name}.` };
  }
  // Stands in for a bug or an outage. Its message holds internal details that must never reach a browser.
  if (simulateFailure) throw new Error('Connection to db-7.internal:5432 refused (pool exhausted)');
  project.name = name;
  return { ok: true, project: { ...project } };
}
