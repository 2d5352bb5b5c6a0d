'use client';

import { useActionState } from 'react';
import { lookupCityAction, type LookupState } from './actions';

export function CityForm() {
  const [state, action, pending] = useActionState<LookupState, FormData>(lookupCityAction, { status: 'idle' });
  return (
    <form action={action}>
      <label htmlFor="city">City</label>
      <input id="city" name="city" placeholder="Lisbon" />
      <button type="submit" disabled={pending}>{pending ? 'Looking up…' : 'Look up'}</button>
      <p role="status">
        {'ok' in state && state.ok && `${state.place.name}, ${state.place.country}: ${state.place.lat}, ${state.place.lon}`}
        {'ok' in state && !state.ok && <span className="error">{state.message}</span>}
      </p>
    </form>
  );
}
