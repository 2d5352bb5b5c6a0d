'use server';

import { headers } from 'next/headers';
import { clientAddress } from '@/lib/client-address';
import { formText } from '@/lib/request-body';
import { openGeneration, summaryRequest } from '@/lib/summary';

export type SummaryState = { status: 'idle' } | { status: 'done'; text: string } | { status: 'error'; message: string };

// The usual action: it waits for the whole summary, then returns it. The reader sees nothing until the last
// token is made. Works without JavaScript too: the form posts, the page comes back with the text.
export async function summarizeAction(_prev: SummaryState, formData: FormData): Promise<SummaryState> {
  // An action is a public endpoint: its arguments are whatever the caller encoded, not necessarily a form.
  if (!(formData instanceof FormData)) return { status: 'error', message: 'Send the form.' };
  const input = summaryRequest.safeParse({ prompt: formText(formData, 'prompt'), length: formText(formData, 'length') ?? undefined });
  if (!input.success) return { status: 'error', message: input.error.issues[0]!.message };
  const opened = openGeneration(clientAddress(await headers()), input.data);
  if (!opened.ok) return { status: 'error', message: opened.message };
  const reader = opened.tokens.getReader();
  let text = '';
  for (let token = await reader.read(); !token.done; token = await reader.read()) text += token.value;
  return { status: 'done', text };
}

export type StreamStart = { ok: true; tokens: ReadableStream<string> } | { ok: false; message: string };

// An action may also return a ReadableStream: React sends its chunks down the same response as they come. The
// call resolves as soon as the stream object is sent, and the client reads the tokens from it one by one.
export async function streamSummaryAction(prompt: unknown, length: unknown): Promise<StreamStart> {
  const input = summaryRequest.safeParse({ prompt, length: length ?? undefined });
  if (!input.success) return { ok: false, message: input.error.issues[0]!.message };
  const opened = openGeneration(clientAddress(await headers()), input.data);
  if (!opened.ok) return { ok: false, message: opened.message };
  return { ok: true, tokens: opened.tokens };
}
