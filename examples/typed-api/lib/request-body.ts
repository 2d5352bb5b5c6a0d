// Reads a Route Handler's request body without trusting the sender: the declared size is checked before any
// byte is read, and the stream is read with a running limit, so an oversized or endless body is refused early
// instead of being held in memory. Every example that reads a body uses this same file (kept identical to
// scripts/example-template/lib/request-body.ts by a unit test).

export type BodyError = {
  ok: false;
  status: 400 | 413 | 415;
  code: 'invalid_json' | 'payload_too_large' | 'unsupported_media_type';
  message: string;
};

const tooLarge = (maxBytes: number): BodyError => ({
  ok: false,
  status: 413,
  code: 'payload_too_large',
  message: `The body must be at most ${maxBytes} bytes.`,
});

/** The body's bytes, or a 413 as soon as it is known to be larger than `maxBytes`. */
export async function readBytes(request: Request, maxBytes: number): Promise<{ ok: true; bytes: Uint8Array } | BodyError> {
  const declared = request.headers.get('content-length');
  if (declared !== null && Number(declared) > maxBytes) return tooLarge(maxBytes);
  if (!request.body) return { ok: true, bytes: new Uint8Array() };
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (let chunk = await reader.read(); !chunk.done; chunk = await reader.read()) {
    size += chunk.value.byteLength;
    if (size > maxBytes) {
      await reader.cancel().catch(() => undefined);
      return tooLarge(maxBytes);
    }
    chunks.push(chunk.value);
  }
  const bytes = new Uint8Array(size);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return { ok: true, bytes };
}

/**
 * A JSON body. Only `Content-Type: application/json` is accepted: a browser sends that type cross-site only
 * after a CORS preflight, while a `text/plain` body is a "simple request" any web page can send with the
 * reader's cookies.
 */
export async function readJson(request: Request, maxBytes: number): Promise<{ ok: true; value: unknown } | BodyError> {
  if (!/^application\/json\s*(;|$)/i.test(request.headers.get('content-type') ?? '')) {
    return { ok: false, status: 415, code: 'unsupported_media_type', message: 'Send JSON with Content-Type: application/json.' };
  }
  const body = await readBytes(request, maxBytes);
  if (!body.ok) return body;
  try {
    return { ok: true, value: JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(body.bytes)) };
  } catch {
    return { ok: false, status: 400, code: 'invalid_json', message: 'The body is not valid JSON.' };
  }
}

/** A form field that must be text: FormData entries can also be Files, which String() would turn into "[object File]". */
export function formText(formData: FormData, name: string): string | null {
  const value = formData.get(name);
  return typeof value === 'string' ? value : null;
}
