// The domain function both sides share. Expected failures are returned as values; unexpected ones throw.
import { z } from 'zod';

export interface Project {
  id: string;
  name: string;
}

export const renameInput = z
  .object({
    name: z
      .string({ error: 'Name must be text.' })
      .trim()
      .min(3, 'Name must be at least 3 characters.')
      .max(40, 'Name must be at most 40 characters.')
      .regex(/^[\p{L}\p{N} -]+$/u, 'Use letters, digits, spaces and hyphens only.'),
    simulateFailure: z.boolean().default(false),
  })
  .strict();

export type RenameResult =
  | { ok: true; project: Project }
  | { ok: false; code: 'validation_failed'; message: string; fieldErrors: Record<string, string[] | undefined> }
  | { ok: false; code: 'not_found' | 'name_taken'; message: string };

const projects = ((globalThis as { __projects?: Map<string, Project> }).__projects ??= new Map([
  ['p1', { id: 'p1', name: 'Apollo' }],
  ['p2', { id: 'p2', name: 'Gemini' }],
]));

export const listProjects = (): Project[] => [...projects.values()].map((p) => ({ ...p }));

export function renameProject(id: string, input: unknown): RenameResult {
  const parsed = renameInput.safeParse(input);
  if (!parsed.success) {
    return { ok: false, code: 'validation_failed', message: 'Some fields are invalid.', fieldErrors: z.flattenError(parsed.error).fieldErrors };
  }
  const project = projects.get(id);
  if (!project) return { ok: false, code: 'not_found', message: `There is no project ${id}.` };
  const { name, simulateFailure } = parsed.data;
  if ([...projects.values()].some((p) => p.id !== id && p.name.toLowerCase() === name.toLowerCase())) {
    return { ok: false, code: 'name_taken', message: `Another project is already called ${name}.` };
  }
  // Stands in for a bug or an outage. Its message holds internal details that must never reach a browser.
  if (simulateFailure) throw new Error('Connection to db-7.internal:5432 refused (pool exhausted)');
  project.name = name;
  return { ok: true, project: { ...project } };
}
