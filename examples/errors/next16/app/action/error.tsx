'use client';

// Catches errors thrown while rendering /action, including ones thrown by its Server Actions. In production the
// error's message is replaced by a generic one; the digest matches the entry in the server log.
export default function ActionError({ error, retry }: { error: Error & { digest?: string }; retry: () => void }) {
  return (
    <div role="alert">
      <h2>Something went wrong</h2>
      <p>The project was not renamed. Nothing you typed caused this; try again in a moment.</p>
      {error.digest && <p>Reference for support: <code>{error.digest}</code></p>}
      {/* retry() fetches the segment again and re-renders it (stable since Next 16.3); reset() only re-renders. */}
      <button type="button" onClick={() => retry()}>Try again</button>
    </div>
  );
}
