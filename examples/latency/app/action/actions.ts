'use server';

import { revalidatePath } from 'next/cache';
import { slowCall, writeNote, type WriteResult } from '@/lib/notes';

/** Does nothing: measures the cost of the call itself. */
export async function noopAction(): Promise<null> {
  return null;
}

/** Validates and stores a note; the response carries only the result. */
export async function writeAction(input: unknown): Promise<WriteResult> {
  return writeNote(input);
}

/** Stores a note and revalidates the page: the response also carries the re-rendered route. */
export async function writeAndRevalidateAction(input: unknown): Promise<WriteResult> {
  const result = writeNote(input);
  if (result.ok) revalidatePath('/action');
  return result;
}

/** Takes 100 ms on the server; fired several at once, it shows the client's one-at-a-time queue. */
export async function slowAction(): Promise<number> {
  return slowCall(100);
}
