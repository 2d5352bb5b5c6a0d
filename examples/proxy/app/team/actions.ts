'use server';

import { revalidatePath } from 'next/cache';
import { verifySession } from '@/lib/dal';
import { formText } from '@/lib/request-body';
import { renameTeam } from '@/lib/team';

export type RenameState = { status: 'idle' } | { status: 'renamed'; name: string } | { status: 'error'; message: string; signIn?: true };

export async function renameTeamAction(_prev: RenameState, formData: FormData): Promise<RenameState> {
  // The proxy let this call through without looking at the session, and an action can be posted to any page's
  // path, one the proxy never covers: this line is the only guard the action has.
  const session = await verifySession();
  if (!session) return { status: 'error', message: 'Your session has ended. Sign in again to rename the team.', signIn: true };
  if (!(formData instanceof FormData)) return { status: 'error', message: 'Send the rename form.' };
  const result = renameTeam({ name: formText(formData, 'name') });
  if (!result.ok) return { status: 'error', message: Object.values(result.fieldErrors).flat().join(' ') };
  revalidatePath('/team');
  return { status: 'renamed', name: result.name };
}
