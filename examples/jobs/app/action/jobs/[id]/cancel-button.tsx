'use client';

import { useActionState } from 'react';
import { cancelJobAction, type FormState } from '../../actions';

export function CancelButton({ id }: { id: string }) {
  const [state, action, pending] = useActionState(async (_: FormState) => cancelJobAction(id), { message: '' });
  return (
    <form action={action}>
      <button type="submit" disabled={pending}>Cancel</button>
      <p>{state.message}</p>
    </form>
  );
}
