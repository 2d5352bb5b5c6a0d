// The shared logic: a stand-in for a language model that writes a summary a few words at a time, the rules for
// a request, and the bookkeeping that shows whether a generation stops when nobody reads it any more.
import { setTimeout as sleep } from 'node:timers/promises';
import { z } from 'zod';

export const maxPromptLength = 2000;
/** Streams one client may have open at once: each one holds a timer and memory on the server until it ends. */
export const maxOpenPerClient = 3;
/** Streams open at once in all. One attacker with many addresses could otherwise open three on each of them. */
export const maxOpenInAll = 20;
/** A generation that runs longer than this is cut off, whoever is (or is not) reading it. */
const maxSeconds = 60;
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

export interface GenerationStats {
  /** Generations running now. */
  active: number;
  started: number;
  /** Ended because every token was sent. */
  completed: number;
  /** Ended early: the reader cancelled the stream, or it ran too long. */
  stopped: number;
  /** Tokens produced since the server started: it stops growing when nothing runs. */
  tokens: number;
}

const state = ((globalThis as { __generations?: { stats: GenerationStats; open: Map<string, number> } }).__generations ??= {
  stats: { active: 0, started: 0, completed: 0, stopped: 0, tokens: 0 },
  open: new Map(),
});

export const generationStats = (): GenerationStats => ({ ...state.stats });

export type Opened = { ok: true; tokens: ReadableStream<string> } | { ok: false; code: 'too_many_streams' | 'server_busy'; message: string };

/**
 * Starts a summary for `client` and returns its tokens as a stream. Tokens are made only when the reader asks for
 * the next one (highWaterMark 0), and cancelling the stream stops the timer at once and frees the client's slot.
 */
export function openGeneration(client: string, input: SummaryRequest): Opened {
  if (state.stats.active >= maxOpenInAll) return { ok: false, code: 'server_busy', message: 'Too many summaries are running. Try again in a few seconds.' };
  const open = state.open.get(client) ?? 0;
  if (open >= maxOpenPerClient) {
    return { ok: false, code: 'too_many_streams', message: `At most ${maxOpenPerClient} summaries at a time. Stop one first.` };
  }
  state.open.set(client, open + 1);
  state.stats.active++;
  state.stats.started++;

  const tokens = summaryTokens(input);
  const stop = new AbortController();
  let sent = 0;
  let ended = false;
  const end = (how: 'completed' | 'stopped') => {
    if (ended) return;
    ended = true;
    clearTimeout(deadline);
    stop.abort();
    state.stats.active--;
    state.stats[how]++;
    const left = (state.open.get(client) ?? 1) - 1;
    if (left > 0) state.open.set(client, left);
    else state.open.delete(client);
  };
  let controller: ReadableStreamDefaultController<string>;
  const deadline = setTimeout(() => {
    end('stopped');
    controller.error(new Error(`The summary took longer than ${maxSeconds} s.`));
  }, maxSeconds * 1000);

  return {
    ok: true,
    tokens: new ReadableStream<string>(
      {
        start(c) {
          controller = c;
        },
        async pull(c) {
          try {
            await sleep(tokenDelayMs, undefined, { signal: stop.signal });
          } catch {
            return; // Cancelled while waiting: the stream is already closed.
          }
          state.stats.tokens++;
          c.enqueue(tokens[sent++]!);
          if (sent === tokens.length) {
            end('completed');
            c.close();
          }
        },
        cancel() {
          end('stopped');
        },
      },
      { highWaterMark: 0 },
    ),
  };
}
