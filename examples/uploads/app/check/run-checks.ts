// The checks of this example's challenges (lib/checks.ts says what each one proves), run by the check page's
// button (./route.ts). Off in production, like every course tool (lib/course-tools.ts).
import { request as httpRequest } from 'node:http';
import { checks, type CheckId } from '@/lib/checks';
import { runEachCheck } from '@/lib/course-tools';
import { uploadAction } from '../action/actions';

// The app's own origin comes from configuration (the port `next dev` and `next start` put in PORT), never from
// this request's Host header, which the client writes.
const self = `http://127.0.0.1:${process.env.PORT ?? 3000}`;
const mb = 1024 * 1024;

async function upload(type: string, name: string, body: string) {
  const response = await fetch(`${self}/api/uploads`, { method: 'POST', headers: { 'Content-Type': type, 'X-File-Name': name }, body, cache: 'no-store' });
  return response.status;
}

/**
 * Sends a text upload of up to `upTo` bytes in 64 KB chunks (chunked, or after a Content-Length of `declared`
 * bytes), stopping when the app answers. Gives the status (null: no answer within 10 s) and whether every byte went
 * out before the answer, which means the app read the whole body before it decided.
 */
function flood(upTo: number, declared?: number): Promise<{ status: number | null; sentAll: boolean }> {
  const chunk = Buffer.alloc(64 * 1024, 'a');
  return new Promise((done) => {
    let sent = 0;
    let answered = false;
    const headers: Record<string, string> = { 'Content-Type': 'text/plain', 'X-File-Name': 'check.txt' };
    if (declared !== undefined) headers['Content-Length'] = String(declared);
    const req = httpRequest(`${self}/api/uploads`, { method: 'POST', headers });
    const finish = (status: number | null) => {
      if (answered) return;
      answered = true;
      clearTimeout(timer);
      req.destroy();
      done({ status, sentAll: sent >= upTo });
    };
    const timer = setTimeout(() => finish(null), 10_000);
    req.on('response', (res) => finish(res.statusCode ?? null));
    req.on('error', () => finish(null));
    const pump = () => {
      while (!answered && sent < upTo) {
        sent += chunk.byteLength;
        if (!req.write(chunk)) return void req.once('drain', pump);
      }
      if (!answered && declared === undefined) req.end();
    };
    pump();
  });
}

const run: Record<CheckId, () => Promise<boolean>> = {
  'handler-upload-works': async () => (await upload('text/plain', 'check.txt', 'Uploaded by the check page.')) === 201,
  'declared-large-refused': async () => (await flood(64 * 1024, 6 * mb)).status === 413,
  'endless-body-cut-off': async () => {
    const { status, sentAll } = await flood(64 * mb);
    return status === 413 && !sentAll;
  },
  'fake-png-refused': async () => (await upload('image/png', 'check.png', '<script>alert(1)</script>')) === 415,
  // Actions are called directly with the arguments an attacker can encode in a request: after React decodes a
  // forged call, this is exactly what reaches the function.
  'action-forged-arguments-refused': async () => (await uploadAction({ status: 'idle' }, 'not a form' as unknown as FormData)).status === 'error',
};

export const runChecks = () => runEachCheck(checks, run);
