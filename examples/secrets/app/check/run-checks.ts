// The checks of this example's challenges (lib/checks.ts says what each one proves), run by the check page's
// button (./route.ts). Off in production, like every course tool (lib/course-tools.ts).
import { createServer, request as httpRequest } from 'node:http';
import { checks, type CheckId } from '@/lib/checks';
import { runEachCheck } from '@/lib/course-tools';
import { lookupCityAction } from '../action/actions';

// The app's own origin comes from configuration (the port `next dev` and `next start` put in PORT), never from
// this request's Host header, which the client writes.
const self = `http://127.0.0.1:${process.env.PORT ?? 3000}`;

/**
 * Plays an attacker: starts a server of its own on loopback, asks the app for a city with Host and
 * X-Forwarded-Host naming that server (fetch cannot set Host, so node:http sends the request), and reports
 * whether any request carrying an Authorization header reached it.
 */
async function keyReachedAttacker(): Promise<boolean> {
  let gotKey = false;
  const attacker = createServer((req, res) => {
    if (req.headers.authorization) gotKey = true;
    res.end('{"name":"Lisbon","country":"Portugal","lat":0,"lon":0}');
  });
  await new Promise<void>((ready) => attacker.listen(0, '127.0.0.1', ready));
  const { port } = attacker.address() as { port: number };
  try {
    await new Promise<void>((done) => {
      const forged = `127.0.0.1:${port}`;
      // A name asked for the first time, so the answer cannot come from the cache without a provider call.
      const req = httpRequest(`${self}/api/cities?name=Forged${Date.now()}`, { headers: { Host: forged, 'X-Forwarded-Host': forged } });
      req.on('response', (res) => res.resume().on('end', done));
      req.on('error', () => done());
      req.end();
    });
  } finally {
    await new Promise<void>((closed) => attacker.close(() => closed()));
  }
  return gotKey;
}

const run: Record<CheckId, () => Promise<boolean>> = {
  'handler-finds-city': async () => {
    const response = await fetch(`${self}/api/cities?name=Lisbon`, { cache: 'no-store' });
    return response.status === 200 && (await response.json()).place?.name === 'Lisbon';
  },
  // Actions are called directly with the arguments an attacker can encode in a request: after React decodes a
  // forged call, this is exactly what reaches the function.
  'action-finds-city': async () => {
    const form = new FormData();
    form.set('city', 'Lisbon');
    const result = await lookupCityAction({ status: 'idle' }, form);
    return 'ok' in result && result.ok && result.place.name === 'Lisbon';
  },
  'forged-host-keeps-key': async () => !(await keyReachedAttacker()),
  'action-file-refused': async () => {
    const form = new FormData();
    form.set('city', new File(['Lisbon'], 'city.txt'));
    const result = await lookupCityAction({ status: 'idle' }, form);
    return 'ok' in result && !result.ok && result.code === 'invalid';
  },
};

export const runChecks = () => runEachCheck(checks, run);
