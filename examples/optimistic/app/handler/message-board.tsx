'use client';

import { useState, useTransition } from 'react';
import type { Message } from '@/lib/messages';

type Shown = Message & { sending?: boolean };

let nextTemporaryId = -1;

export function MessageBoard({ initial }: { initial: Message[] }) {
  const [messages, setMessages] = useState<Shown[]>(initial);
  const [text, setText] = useState('');
  const [error, setError] = useState('');
  const [pending, startTransition] = useTransition();

  function send(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const sent = text;
    const temporaryId = nextTemporaryId--;
    // Shown at once, marked as sending. The box keeps the text, locked, until the server has answered.
    setMessages((list) => [...list, { id: temporaryId, text: sent, sending: true }]);
    setError('');
    startTransition(async () => {
      // The page added it, so the page takes it out again. The text is still in the box: nothing is lost.
      const rollBack = (why: string) => {
        setMessages((list) => list.filter((m) => m.id !== temporaryId));
        setError(why);
      };
      let response: Response;
      try {
        response = await fetch('/api/messages', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ text: sent }) });
      } catch {
        return rollBack('The message could not be sent. Check your connection and try again.');
      }
      const data = await response.json().catch(() => null);
      // A 2xx that is not our JSON (a captive portal's page, say) is a failure too.
      if (!response.ok || !data?.message) return rollBack(data?.error?.message ?? `The server answered ${response.status}. Try again.`);
      // The saved message, with the id the database gave it, takes the temporary one's place.
      setMessages((list) => list.map((m) => (m.id === temporaryId ? data.message : m)));
      setText('');
    });
  }

  return (
    <>
      <ul aria-label="Messages">
        {messages.map((m) => (
          <li key={m.id} aria-busy={m.sending ? 'true' : undefined}>
            {m.text}
            {m.sending && <small> (sending…)</small>}
          </li>
        ))}
      </ul>
      <form onSubmit={send}>
        <fieldset disabled={pending}>
          <label htmlFor="text">Message</label>
          <input id="text" name="text" value={text} onChange={(e) => setText(e.target.value)} required autoComplete="off" />
          <button type="submit">{pending ? 'Sending…' : 'Send'}</button>
        </fieldset>
        <p role="status">{error}</p>
      </form>
    </>
  );
}
