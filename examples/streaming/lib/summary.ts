// The shared logic: a stand-in for a language model that writes a summary a few words at a time, the rules for a
// request, and a token stream that stops when its reader leaves or stops reading.
import { setTimeout as sleep } from 'node:timers/promises';
import { z } from 'zod';
import { countToken, takeSlot, type Slot } from './slots';

export const maxPromptLength = 2000;
/** A generation that runs longer than this is cut off, whoever is (or is not) reading it. */
const maxSeconds = 60;
/** A reader that asks for no token for this long has stopped reading: its generation is cancelled. */
const idleSeconds = () => Number(process.env.STREAM_IDLE_SECONDS ?? 15);
/** The pause before each token, like a model's. Configuration only; the tests keep the default. */
const tokenDelayMs = Number(process.env.TOKEN_DELAY_MS ?? 80);

export const summaryRequest = z.strictObject({
  prompt: z
    .string('Send the text to summarize as a string.')
    .trim()
    .min(1, 'Write some text to summarize.')
    .max(maxPromptLength, `The text can be at most ${maxPromptLength} characters.`),
  length: z.enum(['short', 'long'], 'Choose a short or a long summary.').default('short'),
});

export type SummaryRequest = z.infer<typeof summaryRequest>;

const sentences = [
  'The text makes one main point and supports it with two examples.',
  'It names a problem, compares two answers and picks the simpler one.',
  'The second half lists the costs of each answer in plain terms.',
  'It ends by saying when the other answer would be the better choice.',
];

/** The summary, split into tokens (a word and the space after it), as a model would send them. */
export function summaryTokens({ prompt, length }: SummaryRequest): string[] {
  const opening = prompt.split(/\s+/).slice(0, 5).join(' ');
  const body = length === 'short' ? sentences.slice(0, 2) : Array.from({ length: 20 }, (_, i) => sentences[i % sentences.length]);
  return `Summary of “${opening}”: ${body.join(' ')}`.split(/(?<= )/);
}

export type Opened = { ok: true; tokens: ReadableStream<string> } | Exclude<Slot, { ok: true }>;

/** Starts a summary for `client`, if it may have one now (lib/slots.ts), and returns its tokens as a stream. */
export function openGeneration(client: string, input: SummaryRequest): Opened {
  const slot = takeSlot(client);
  if (!slot.ok) return slot;
  return { ok: true, tokens: generate(summaryTokens(input), slot.release) };
}

function generate(tokens: string[], release: (how: 'completed' | 'stopped') => void): ReadableStream<string> {
  const stop = new AbortController();
  const timers: NodeJS.Timeout[] = [];
  const end = (how: 'completed' | 'stopped') => {
    timers.forEach(clearTimeout);
    stop.abort();
    release(how);
  };
  const cutOff = (controller: ReadableStreamDefaultController<string>, seconds: number, why: string) =>
    setTimeout(() => {
      end('stopped');
      controller.error(new Error(why));
    }, seconds * 1000);
  let sent = 0;
  return new ReadableStream<string>(
    {
      start(controller) {
        timers[0] = cutOff(controller, maxSeconds, `The summary took longer than ${maxSeconds} s.`);
        timers[1] = cutOff(controller, idleSeconds(), 'Nobody asked for the first token.');
      },
      // Called only when the reader asks for a token (highWaterMark 0: none is made ahead).
      async pull(controller) {
        clearTimeout(timers[1]);
        try {
          await sleep(tokenDelayMs, undefined, { signal: stop.signal });
        } catch {
          return; // Cancelled while waiting: the stream is already closed.
        }
        countToken();
        controller.enqueue(tokens[sent++]!);
        if (sent === tokens.length) {
          end('completed');
          controller.close();
          return;
        }
        // The next read may never come: the connection stopped taking bytes, and Next.js stopped reading.
        timers[1] = cutOff(controller, idleSeconds(), `Nobody read for ${idleSeconds()} s.`);
      },
      // The reader gave up (the client left, or pressed Stop): stop the timer and free the slot at once.
      cancel() {
        end('stopped');
      },
    },
    { highWaterMark: 0 },
  );
}
