'use client';

import { useOptimistic, useState } from 'react';
import { useFormStatus } from 'react-dom';
import type { Message } from '@/lib/messages';
import { sendMessageAction } from './actions';

type Shown = Message & { sending?: boolean };

/** What a call that threw says, and what the reader can do about it. */
function failure(error: unknown): string {
  // A page from before a deployment calls an action id the new server does not have.
  if (error instanceof Error && /was not found on the server/.test(error.message)) return 'This page is out of date: reload it and send again.';
  return 'The message could not be sent. Check your connection and try again.';
}

function Fields({ refusedText }: { refusedText: string }) {
  const { pending } = useFormStatus(); // the status of the form these fields are in
  // Locked while sending: React resets the form when the action ends, which would wipe anything typed meanwhile.
  return (
    <fieldset disabled={pending}>
      <label htmlFor="text">Message</label>
      <input id="text" name="text" defaultValue={refusedText} required autoComplete="off" />
      <button type="submit">{pending ? 'Sending…' : 'Send'}</button>
    </fieldset>
  );
}

export function MessageBoard({ messages }: { messages: Message[] }) {
  // While the action runs, the list shows the new message too. When it ends, the list is `messages` again: the
  // server's list with the message (sent), or without it (refused, failed). There is nothing to undo by hand.
  const [shown, addShown] = useOptimistic<Shown[], string>(messages, (list, text) => [...list, { id: -list.length - 1, text, sending: true }]);
  // After a form action, React resets the form to its default values: a refused text is the default, so it stays.
  const [refused, setRefused] = useState({ text: '', error: '' });

  async function send(formData: FormData) {
    const text = String(formData.get('text') ?? '');
    addShown(text);
    try {
      const result = await sendMessageAction(formData);
      setRefused(result.ok ? { text: '', error: '' } : { text, error: result.message });
    } catch (thrown) {
      setRefused({ text, error: failure(thrown) });
    }
  }

  return (
    <>
      <ul aria-label="Messages">
        {shown.map((m) => (
          <li key={m.id} aria-busy={m.sending ? 'true' : undefined}>
            {m.text}
            {m.sending && <small> (sending…)</small>}
          </li>
        ))}
      </ul>
      <form action={send}>
        <Fields refusedText={refused.text} />
        <p role="status">{refused.error}</p>
      </form>
    </>
  );
}
