'use client';

// Catches errors thrown while rendering /action, including ones thrown by its Server Actions. In production the
// error's message is replaced by a generic one; the digest matches the entry in the server log. Next 16 types the
// error as unknown (anything can be thrown), so check it before reading the digest.
export default function ActionError({ error, retry }: { error: unknown; retry: () => void }) {
  const digest = error instanceof Error && 'digest' in error && typeof error.digest === 'string' ? error.digest : undefined;
  return (
    <div role="alert">
      <h2>Something went wrong</h2>
      <p>The project was not renamed. Nothing you typed caused this; try again in a moment.</p>
      {digest && <p>Reference for support: <code>{digest}</code></p>}
      {/* retry() fetches the segment again and re-renders it (stable since Next 16.3); reset() only re-renders. */}
      <button type="button" onClick={() => retry()}>Try again</button>
    </div>
  );
}
