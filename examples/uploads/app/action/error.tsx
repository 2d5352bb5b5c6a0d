'use client';

// A body over bodySizeLimit is refused before the action runs; the call then throws in the browser.
export default function UploadError({ reset }: { error: Error; reset: () => void }) {
  return (
    <div role="alert">
      <h2>The upload failed</h2>
      <p>The file may be too large: this form takes files up to 1 MB.</p>
      <button type="button" onClick={reset}>Try again</button>
    </div>
  );
}
