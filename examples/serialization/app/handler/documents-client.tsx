'use client';

import { useEffect, useId, useState } from 'react';

// The shape the handlers promise: the DTO from lib/documents.ts, written out again here because this file runs in
// the browser, and the HTTP contract is all it should know about the server.
interface DocumentDto {
  id: string;
  title: string;
  sharedWith: string[];
}

export function DocumentsClient() {
  const [documents, setDocuments] = useState<DocumentDto[] | null>(null);
  const [lastResponse, setLastResponse] = useState('');

  useEffect(() => {
    fetch('/api/documents')
      .then(async (response) => {
        const text = await response.text();
        setLastResponse(`GET /api/documents → ${response.status}\n${text}`);
        setDocuments(response.ok ? (JSON.parse(text) as { documents: DocumentDto[] }).documents : []);
      })
      .catch(() => setDocuments([]));
  }, []);

  if (documents === null) return <p>Loading documents…</p>;
  return (
    <>
      {documents.map((document) => (
        <ShareViaApi
          key={document.id}
          document={document}
          onAnswer={(text, updated) => {
            setLastResponse(text);
            if (updated) setDocuments((all) => all!.map((d) => (d.id === updated.id ? updated : d)));
          }}
        />
      ))}
      <h2>The last response</h2>
      <pre aria-label="The last response" tabIndex={0}>{lastResponse}</pre>
    </>
  );
}

function ShareViaApi({ document, onAnswer }: { document: DocumentDto; onAnswer: (text: string, updated?: DocumentDto) => void }) {
  const [message, setMessage] = useState('');
  const id = useId();

  async function onSubmit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const username = new FormData(event.currentTarget).get('username');
    const path = `/api/documents/${encodeURIComponent(document.id)}/shares`;
    const response = await fetch(path, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ username }),
    }).catch(() => null);
    if (!response) return setMessage('Network error: nothing was shared.');
    const text = await response.text();
    const body = JSON.parse(text);
    onAnswer(`POST ${path} → ${response.status}\n${text}`, response.ok ? body.document : undefined);
    setMessage(response.ok ? `Shared ${body.document.title} with ${String(username).trim().toLowerCase()}.` : (body.error.fieldErrors?.username?.join(' ') ?? body.error.message));
  }

  return (
    <section aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{document.title}</h2>
      <p>Shared with: {document.sharedWith.join(', ') || 'nobody'}</p>
      <form onSubmit={onSubmit}>
        <label htmlFor={id}>Share {document.title} with</label>
        <input id={id} name="username" placeholder="grace" autoComplete="off" />
        <button type="submit">Share {document.title}</button>
        <p role="status">{message}</p>
      </form>
    </section>
  );
}
