// Server-sent events, both ends: the wire format the Route Handler writes and the browser reads back with fetch.
// Each event is `event: <name>` and `data: <JSON>` lines ending in a blank line. The data is JSON, so a newline
// in a token (or in a prompt echoed into one) cannot end the event early or forge another one.
import { EventSourceParserStream } from 'eventsource-parser/stream';

/** One event, ready to write. */
export function serverSentEvent(name: string, data: unknown): string {
  return `event: ${name}\ndata: ${JSON.stringify(data)}\n\n`;
}

export interface ReceivedEvent {
  event: string;
  data: string;
}

/**
 * The events in a response body, as they arrive. eventsource-parser reads the format as a browser's EventSource
 * does: lines may end in CRLF, CR or LF (real providers send CRLF), and `id:`, `retry:` and comment lines are not
 * events.
 */
export async function* readEvents(body: ReadableStream<BufferSource>): AsyncGenerator<ReceivedEvent> {
  const events = body.pipeThrough(new TextDecoderStream()).pipeThrough(new EventSourceParserStream()).getReader();
  try {
    for (let next = await events.read(); !next.done; next = await events.read()) {
      yield { event: next.value.event ?? 'message', data: next.value.data };
    }
  } finally {
    // The caller stopped early (or the body failed): let go of the response body too.
    await events.cancel().catch(() => undefined);
  }
}
