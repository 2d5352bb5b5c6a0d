// Server-sent events, both ends: the wire format the Route Handler writes and the browser reads back with fetch.
// Each event is `event: <name>` and `data: <JSON>` lines ending in a blank line. The data is JSON, so a newline
// in a token (or in a prompt echoed into one) cannot end the event early or forge another one.

/** One event, ready to write. */
export function serverSentEvent(name: string, data: unknown): string {
  return `event: ${name}\ndata: ${JSON.stringify(data)}\n\n`;
}

export interface ReceivedEvent {
  event: string;
  data: string;
}

/** The events in a response body, as they arrive. Reads this server's format (lines end in \n). */
export async function* readEvents(body: ReadableStream<Uint8Array>): AsyncGenerator<ReceivedEvent> {
  const reader = body.getReader();
  const decoder = new TextDecoder();
  let buffer = '';
  for (;;) {
    const { done, value } = await reader.read();
    if (done) return;
    buffer += decoder.decode(value, { stream: true });
    for (let end = buffer.indexOf('\n\n'); end !== -1; end = buffer.indexOf('\n\n')) {
      const block = buffer.slice(0, end);
      buffer = buffer.slice(end + 2);
      let event = 'message';
      const data: string[] = [];
      for (const line of block.split('\n')) {
        if (line.startsWith('event:')) event = line.slice(6).trim();
        else if (line.startsWith('data:')) data.push(line.slice(5).replace(/^ /, ''));
      }
      yield { event, data: data.join('\n') };
    }
  }
}
