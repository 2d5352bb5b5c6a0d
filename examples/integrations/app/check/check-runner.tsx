'use client';

import { useActionState } from 'react';

export type CheckResults = Partial<Record<string, boolean>> | null;

interface Props {
  checks: readonly { id: string; title: string; hint: string }[];
  /** The example's server action in ./run-checks.ts. */
  run: () => Promise<CheckResults>;
}

// The checks run when the reader presses the button (a POST), never on a visit: a GET changes nothing.
export function CheckRunner({ checks, run }: Props) {
  const [results, action, pending] = useActionState<CheckResults>(run, null);
  const passing = checks.filter((c) => results?.[c.id]).length;
  return (
    <>
      <form action={action}>
        <button type="submit" disabled={pending}>{results ? 'Run the checks again' : 'Run the checks'}</button>
      </form>
      <p role="status">{pending ? 'Running the checks…' : results ? `${passing} of ${checks.length} checks pass` : 'Not run yet'}</p>
      <ul aria-label="Checks">
        {checks.map((c) => (
          <li key={c.id}>
            <h2>{c.title}</h2>
            {results && !pending && (
              <>
                <p className={results[c.id] ? 'success' : 'error'}>{results[c.id] ? 'Passed' : 'Failed'}</p>
                {!results[c.id] && <p>Hint: {c.hint}</p>}
              </>
            )}
          </li>
        ))}
      </ul>
    </>
  );
}
