'use client';

import { useRouter } from 'next/navigation';
import { Measure } from '../measure';

const post = async (path: string, body?: unknown) => {
  const response = await fetch(path, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: body === undefined ? undefined : JSON.stringify(body) });
  if (!response.ok) throw new Error(`${path} answered ${response.status}`);
  return response;
};

export function HandlerSide() {
  const router = useRouter();
  return (
    <Measure
      side={{
        noop: () => post('/api/noop'),
        write: (text) => post('/api/write', { text }),
        // Two round trips: the write, then fetching the re-rendered page. refresh() does not return a promise,
        // so wait for the refreshed list to show the new note.
        writeAndRefresh: async (text) => {
          const response = await post('/api/write', { text: `${text} ${Date.now()}` });
          const { id } = await response.json();
          router.refresh();
          await new Promise<void>((resolve) => {
            const done = () => document.querySelector(`[data-note-id="${id}"]`) !== null;
            if (done()) return resolve();
            const observer = new MutationObserver(() => done() && (observer.disconnect(), resolve()));
            observer.observe(document.body, { childList: true, subtree: true });
          });
        },
        slow: () => post('/api/slow'),
      }}
    />
  );
}
