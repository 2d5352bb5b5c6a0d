'use server';

import { revalidatePath } from 'next/cache';
import { renameProject } from '@/lib/projects';
import { formText } from '@/lib/request-body';

export type RenameState =
  | { status: 'idle' }
  | { status: 'error'; message: string; fieldErrors: Record<string, string[] | undefined>; name: string }
  | { status: 'renamed'; message: string };

// Any failure is thrown to the nearest error.tsx.
export async function renameAction(id: string, _prev: RenameState, formData: FormData): Promise<RenameState> {
  // The argument list comes from the request body, so a hand-made call can put anything in it.
  if (typeof id !== 'string' || !(formData instanceof FormData)) {
    return { status: 'error', message: 'The form could not be read.', fieldErrors: {}, name: '' };
  }
  const name = formText(formData, 'name');
  const result = renameProject(id, { name, simulateFailure: formData.get('simulateFailure') === 'on' });
  if (!result.ok) throw new Error(result.message);
  revalidatePath('/action');
  return { status: 'renamed', message: `Renamed to ${result.project.name}.` };
}
