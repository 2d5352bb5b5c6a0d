// The inputs every form on this site shares: the text and the length of its summary.
const sample =
  'Server Actions and Route Handlers both run on the server. Pick an action for your own UI and a handler for other clients, streams and webhooks.';

export function PromptFields({ id }: { id: string }) {
  return (
    <>
      <label htmlFor={`${id}-prompt`}>Text to summarize</label>
      <textarea id={`${id}-prompt`} name="prompt" rows={4} required maxLength={2000} defaultValue={sample} />
      <fieldset>
        <legend>Length</legend>
        <label><input type="radio" name="length" value="short" defaultChecked /> Short (about 2 s)</label>
        <label><input type="radio" name="length" value="long" /> Long (about 20 s)</label>
      </fieldset>
    </>
  );
}
