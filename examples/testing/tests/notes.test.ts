// The domain function, tested as it is: no mocks, a database file of its own (tests/setup.ts).
import { describe, expect, it } from 'vitest';
import { addNote, notesBy, notesKept } from '@/lib/notes';

describe('addNote', () => {
  it('trims and keeps a valid note', () => {
    const result = addNote('author-a', { text: '  Buy milk ' });
    expect(result).toMatchObject({ ok: true, note: { text: 'Buy milk' } });
    expect(notesBy('author-a').map((n) => n.text)).toEqual(['Buy milk']);
  });

  it('names the field that is wrong, and stores nothing', () => {
    expect(addNote('author-b', { text: '' })).toMatchObject({ ok: false, fieldErrors: { text: ['Write something.'] } });
    expect(addNote('author-b', { text: 42 })).toMatchObject({ ok: false, fieldErrors: { text: ['Write the note as text.'] } });
    expect(addNote('author-b', { text: 'Buy milk', extra: 1 })).toMatchObject({ ok: false });
    expect(notesBy('author-b')).toEqual([]);
  });

  it('keeps each author’s newest notes only', () => {
    for (let i = 1; i <= notesKept + 5; i++) addNote('author-c', { text: `note ${i}` });
    addNote('author-d', { text: 'someone else' });
    const kept = notesBy('author-c');
    expect(kept).toHaveLength(notesKept);
    expect(kept[0]?.text).toBe(`note ${notesKept + 5}`);
    expect(notesBy('author-d')).toHaveLength(1);
  });
});
