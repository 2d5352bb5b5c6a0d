'use client';

// A body over bodySizeLimit is refused before the action runs (with a 500 or a dropped connection, not a 413), so
// the call throws in the browser and lands here instead of coming back as returned state.
export default function UploadError({ reset }: { error: Error; reset: () => void }) {
  return (
    <div role="alert">
      <h2>The upload failed</h2>
      <p>Nothing was stored. The file was probably too large: this form takes files of at most 1 MB.</p>
      <button type="button" onClick={reset}>Try again</button>
    </div>
  );
}
