// What "Run live" and "Start challenge" do on click, shared by SandboxPair and Challenge: the status line, the embed
// and the edit buttons inside `root`, and run-live.ts (with the StackBlitz SDK) loaded only now.

export interface LiveStart {
  /** Holds [data-status], [data-embed] and the [data-edits] group with its buttons ([data-solution] is optional). */
  root: HTMLElement;
  button: HTMLButtonElement;
  payloadUrl: string;
  /** The key of the reader's saved edits and the name of the downloaded folder. */
  example: string;
  title: string;
  /** What Reset brings back, in the status line. */
  original?: string;
  /** Aborted when the reader starts again. */
  session: AbortController;
}

export async function startLive({ root, button, payloadUrl, example, title, original, session }: LiveStart): Promise<void> {
  const status = root.querySelector<HTMLElement>('[data-status]')!;
  const embed = root.querySelector<HTMLElement>('[data-embed]')!;
  const group = root.querySelector<HTMLElement>('[data-edits]')!;
  const say = (message: string, tone?: 'error') => {
    status.classList.toggle('error', tone === 'error');
    status.textContent = message;
  };
  button.disabled = true;
  group.hidden = true;
  say('Starting the sandbox…');
  try {
    const { runLive } = await import('./run-live');
    embed.hidden = false;
    await runLive({
      container: embed,
      payloadUrl,
      example,
      title,
      say,
      edits: {
        group,
        download: group.querySelector<HTMLButtonElement>('[data-download-edits]')!,
        reset: group.querySelector<HTMLButtonElement>('[data-reset-edits]')!,
        solution: group.querySelector<HTMLButtonElement>('[data-solution]') ?? undefined,
        original,
      },
      signal: session.signal,
    });
    button.textContent = 'Running';
  } catch (error) {
    // Nothing was embedded: no frame to show, and the button offers another try.
    session.abort();
    embed.hidden = true;
    say(error instanceof Error ? error.message : 'The sandbox could not start.', 'error');
    button.disabled = false;
  }
}
