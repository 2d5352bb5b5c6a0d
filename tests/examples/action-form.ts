// Replays a captured Server Action call with a tampered multipart body: the attacker keeps the action id and
// headers a real call carried, and changes the fields (a File where text belongs, a forged argument root).
import type { APIRequestContext } from '@playwright/test';
import type { captureActionRequest } from './fixture';

type ActionCall = Awaited<ReturnType<typeof captureActionRequest>>;

/**
 * The fields of a captured multipart action call. A `useActionState` form sends its inputs under a prefix (see
 * `fieldPrefix`) and the argument list as the JSON root in field `0`, e.g. `["p2",{"status":"idle"},"$K1"]` (`$K1`:
 * the FormData whose fields carry that prefix).
 */
export async function actionForm(call: ActionCall): Promise<FormData> {
  // Playwright does not record a body that carries a chosen file: capture the call with the file input empty.
  if (!call.body) throw new Error('The captured action call has no recorded body (did it carry a file?).');
  return new Response(new Uint8Array(call.body), { headers: { 'content-type': call.headers['content-type']! } }).formData();
}

/** Sends `form` to the captured action with the call's headers and a fresh multipart boundary. */
export async function sendActionForm(request: APIRequestContext, call: ActionCall, form: FormData) {
  const encoded = new Response(form);
  const body = Buffer.from(await encoded.arrayBuffer());
  return request.post(call.url, { headers: { ...call.headers, 'content-type': encoded.headers.get('content-type')! }, data: body });
}

/**
 * The prefix React gives the fields of the FormData argument `$K1`: `1_` in the React that Next 15.4 ships and `_1_`
 * in the one Next 16 ships (measured on both: the server reads only fields with its own prefix). Read from a captured
 * call, so an attack sends what the app under test expects.
 */
export function fieldPrefix(form: FormData): string {
  for (const key of form.keys()) {
    const match = /^(_?1_)/.exec(key);
    if (match) return match[1]!;
  }
  throw new Error(`The captured call has no FormData argument fields: ${[...form.keys()].join(', ')}`);
}
