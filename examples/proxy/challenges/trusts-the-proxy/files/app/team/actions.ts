'use server';

import { revalidatePath } from 'next/cache';
import { formText } from '@/lib/request-body';
import { renameTeam } from '@/lib/team';

export type RenameState = { status: 'idle' } | { status: 'renamed'; name: string } | { status: 'error'; message: string; signIn?: true };

export async function renameTeamAction(_prev: RenameState, formData: FormData): Promise<RenameState> {
  // Only members get here: the proxy sends everyone without a session to the sign-in page.
  if (!(formData instanceof FormData)) return { status: 'error', message: 'Send the rename form.' };
  const result = renameTeam({ name: formText(formData, 'name') });
  if (!result.ok) return { status: 'error', message: Object.values(result.fieldErrors).flat().join(' ') };
  revalidatePath('/team');
  return { status: 'renamed', name: result.name };
}
