'use client';

import { useActionState } from 'react';
import type { Project } from '@/lib/projects';
import { renameAction, type RenameState } from './actions';

export function RenameForm({ project }: { project: Project }) {
  const [state, action, pending] = useActionState<RenameState, FormData>(renameAction.bind(null, project.id), { status: 'idle' });
  return (
    <form action={action} key={JSON.stringify(state)} aria-label={`Rename ${project.name}`}>
      <label htmlFor={`name-${project.id}`}>New name</label>
      <input id={`name-${project.id}`} name="name" defaultValue={state.status === 'error' ? state.name : project.name} />
      <p className="error">{state.status === 'error' ? (state.fieldErrors.name?.join(' ') ?? '') : ''}</p>
      <label>
        <input type="checkbox" name="simulateFailure" /> Simulate an unexpected server failure
      </label>
      <button type="submit" disabled={pending}>Rename</button>
      <p role="status" className={state.status === 'error' ? 'error' : 'success'}>{state.status === 'idle' ? '' : state.message}</p>
    </form>
  );
}
