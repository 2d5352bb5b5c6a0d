// Unit tests of the action: called as a function, with a real FormData, the session and Next's cache and navigation
// replaced. What they cannot see is listed in the lesson (the action id, the Origin check, the 303).
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { revalidatePath } from 'next/cache';
import { redirect } from 'next/navigation';
import { addNoteAction } from '@/app/action/actions';
import { verifySession } from '@/lib/dal';
import { notesBy } from '@/lib/notes';

// Vitest moves vi.mock() calls above the imports, so every module above gets these stand-ins.
vi.mock('@/lib/dal', () => ({ verifySession: vi.fn() }));
vi.mock('next/cache', () => ({ revalidatePath: vi.fn() }));
vi.mock('next/navigation', () => ({
  // The real redirect() throws; so does this one, so the code after it never runs in the test either.
  redirect: vi.fn((url: string) => {
    throw Object.assign(new Error('NEXT_REDIRECT'), { url });
  }),
}));

const form = (fields: Record<string, string | File>) => {
  const data = new FormData();
  for (const [name, value] of Object.entries(fields)) data.set(name, value);
  return data;
};

// A new author per test: the database file is shared by this file's tests (tests/setup.ts).
let userId = '';
beforeEach(() => {
  vi.clearAllMocks();
  userId = `user-${crypto.randomUUID()}`;
  vi.mocked(verifySession).mockResolvedValue({ userId });
});

describe('addNoteAction', () => {
  it('adds the note, revalidates the page and redirects to it', async () => {
    await expect(addNoteAction({ status: 'idle' }, form({ text: 'Buy milk' }))).rejects.toMatchObject({ url: expect.stringMatching(/^\/action\?added=\d+$/) });
    const [note] = notesBy(userId);
    expect(note?.text).toBe('Buy milk');
    expect(revalidatePath).toHaveBeenCalledWith('/action');
    expect(redirect).toHaveBeenCalledWith(`/action?added=${note!.id}`);
  });

  it('refuses a caller without a session, and stores nothing', async () => {
    vi.mocked(verifySession).mockResolvedValue(null);
    expect(await addNoteAction({ status: 'idle' }, form({ text: 'Buy milk' }))).toEqual({ status: 'error', message: 'Start a session to add a note.', text: 'Buy milk' });
    expect(revalidatePath).not.toHaveBeenCalled();
    expect(notesBy(userId)).toEqual([]);
  });

  it('gives a refused note back, so the form can show it again', async () => {
    expect(await addNoteAction({ status: 'idle' }, form({ text: '   ' }))).toEqual({ status: 'error', message: 'Write something.', text: '   ' });
  });

  it('refuses a File where the text belongs, and a forged argument list', async () => {
    expect((await addNoteAction({ status: 'idle' }, form({ text: new File(['Buy milk'], 'note.txt') }))).status).toBe('error');
    expect((await addNoteAction({ status: 'idle' }, 'not a form' as unknown as FormData)).status).toBe('error');
    expect(notesBy(userId)).toEqual([]);
  });
});
