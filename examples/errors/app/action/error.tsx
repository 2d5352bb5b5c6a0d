'use client';

// Catches errors thrown while rendering /action, including ones thrown by its Server Actions. In production the
// error's message is replaced by a generic one; the digest matches the entry in the server log.
export default function ActionError({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <div role="alert">
      <h2>Something went wrong</h2>
      <p>The project was not renamed. Nothing you typed caused this; try again in a moment.</p>
      {error.digest && <p>Reference for support: <code>{error.digest}</code></p>}
      <button type="button" onClick={reset}>Try again</button>
    </div>
  );
}
