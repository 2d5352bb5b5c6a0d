// What `npm run capture:wire` does in each paired example to make each side send its main request: the reader's
// steps in the browser (the first matching request is recorded), or, for a side no browser calls (a provider's
// webhook, an API client), the request such a client sends.
import { createHmac } from 'node:crypto';
import type { Page, Request } from '@playwright/test';
import type { WireSide } from '../../src/lib/wire';

export interface DirectRequest {
  method: string;
  path: string;
  headers: Record<string, string>;
  body?: string;
}

export type SideSpec =
  | {
      /** One sentence: what the reader does. */
      what: string;
      page: string;
      act: (page: Page) => Promise<void>;
      /** Which request to record; default: the first POST with a Next-Action header (actions), or to /api/ (handlers). */
      match?: (request: Request) => boolean;
    }
  | { what: string; direct: () => DirectRequest };

export interface ExampleSpec {
  /** Environment for `next start`, as the example's tests set it. */
  env?: Record<string, string>;
  sides: Record<WireSide, SideSpec>;
}

const json = (path: string, body: unknown, headers: Record<string, string> = {}, method = 'POST'): DirectRequest => ({
  method,
  path,
  headers: { 'Content-Type': 'application/json', ...headers },
  body: JSON.stringify(body),
});

const click = (name: string) => (page: Page) => page.getByRole('button', { name }).click();

export const specs: Record<string, ExampleSpec> = {
  auth: {
    // The demo users are a course tool, off under `next start` unless COURSE_TOOLS=on.
    env: { SESSION_SECRET: 'wire-capture-session-secret-0123456789abcdef', COURSE_TOOLS: 'on' },
    sides: {
      serverAction: {
        what: 'Sign in as “ada” on /action: the action checks the password and sets the session cookie.',
        page: '/action',
        act: async (page) => {
          await page.getByLabel('Username', { exact: true }).fill('ada');
          await page.getByLabel('Password', { exact: true }).fill('ada-demo-password');
          await click('Sign in')(page);
        },
      },
      routeHandler: {
        what: 'Sign in as “ada” on /handler: the page posts JSON to the session handler, which sets the cookie.',
        page: '/handler',
        act: async (page) => {
          await page.getByLabel('Username', { exact: true }).fill('ada');
          await page.getByLabel('Password', { exact: true }).fill('ada-demo-password');
          await click('Sign in')(page);
        },
        match: (r) => r.method() === 'POST' && new URL(r.url()).pathname === '/api/session',
      },
    },
  },
  forms: {
    sides: {
      serverAction: {
        what: 'Fill in the form on /action and press “Create post”.',
        page: '/action',
        act: async (page) => {
          await page.getByLabel('Title').fill('Hello');
          await page.getByLabel('Body').fill('Sent by a form.');
          await click('Create post')(page);
        },
      },
      routeHandler: {
        what: 'Fill in the form on /handler and press “Create post”.',
        page: '/handler',
        act: async (page) => {
          await page.getByLabel('Title').fill('Hello');
          await page.getByLabel('Body').fill('Sent as JSON.');
          await click('Create post')(page);
        },
      },
    },
  },
  mutations: {
    sides: {
      serverAction: {
        what: 'Tick “Build the Route Handler side” on /action.',
        page: '/action',
        act: (page) => page.getByRole('checkbox', { name: 'Build the Route Handler side' }).check(),
      },
      routeHandler: {
        what: 'Tick “Write tests” on /handler.',
        page: '/handler',
        act: (page) => page.getByRole('checkbox', { name: 'Write tests' }).check(),
      },
    },
  },
  secrets: {
    sides: {
      serverAction: {
        what: 'Type “Osaka” on /action and press “Look up”.',
        page: '/action',
        act: async (page) => {
          await page.getByLabel('City').fill('Osaka');
          await click('Look up')(page);
        },
      },
      routeHandler: {
        what: 'Type “Quito” on /handler and press “Look up”.',
        page: '/handler',
        act: async (page) => {
          await page.getByLabel('City').fill('Quito');
          await click('Look up')(page);
        },
      },
    },
  },
  webhooks: {
    // `next start` refuses to run on the demo secret unless it is configured; the README's value keeps its curl lines true.
    // The test-event button is a course tool, off under `next start` unless COURSE_TOOLS=on.
    env: { WEBHOOK_SECRET: 'whsec_demo_5b1f0c8e', COURSE_TOOLS: 'on' },
    sides: {
      serverAction: {
        what: 'Press “Send a signed test event” on /action.',
        page: '/action',
        act: click('Send a signed test event'),
      },
      routeHandler: {
        what: 'The payment provider delivers a signed event (the demo secret from the example’s README).',
        direct: () => {
          const body = JSON.stringify({ id: 'evt_wirecapture1', type: 'payment.succeeded', data: { paymentId: 'pay_wirecapture1', amount: 1234, currency: 'eur' } });
          const t = Math.floor(Date.now() / 1000);
          const v1 = createHmac('sha256', 'whsec_demo_5b1f0c8e').update(`${t}.${body}`).digest('hex');
          return { method: 'POST', path: '/api/webhooks/payments', headers: { 'Content-Type': 'application/json', 'Webhook-Signature': `t=${t},v1=${v1}` }, body };
        },
      },
    },
  },
  integrations: {
    env: { MOBILE_API_KEY: 'key_mobile_demo_7d21', PARTNER_API_KEY: 'key_partner_demo_c90e' },
    sides: {
      serverAction: {
        what: 'Choose “Blue mug”, quantity 4, on /action and press “Place order”.',
        page: '/action',
        act: async (page) => {
          await page.getByLabel('Product').selectOption({ label: 'Blue mug' });
          await page.getByLabel('Quantity').fill('4');
          await click('Place order')(page);
        },
      },
      routeHandler: {
        what: 'The mobile app places an order with its API key.',
        direct: () => json('/api/v1/orders', { sku: 'tea-black', quantity: 3 }, { Authorization: 'Bearer key_mobile_demo_7d21' }),
      },
    },
  },
  observability: {
    sides: {
      serverAction: {
        what: 'Rate 5 with “Clear.” on /action and press “Send feedback”: the action, wrapped in a span that names it, saves the entry.',
        page: '/action',
        act: async (page) => {
          await page.getByLabel('Rating (1 to 5)').fill('5');
          await page.getByLabel('Comment').fill('Clear.');
          await click('Send feedback')(page);
        },
      },
      routeHandler: {
        what: 'Rate 5 with “Clear.” on /handler and press “Send feedback”: the page posts JSON to /api/feedback.',
        page: '/handler',
        act: async (page) => {
          await page.getByLabel('Rating (1 to 5)').fill('5');
          await page.getByLabel('Comment').fill('Clear.');
          await click('Send feedback')(page);
        },
      },
    },
  },
  jobs: {
    env: { JOB_STEP_MS: '200' },
    sides: {
      serverAction: {
        what: 'Press “Start a report” on /action: the action queues the job and redirects to its progress page.',
        page: '/action',
        act: click('Start a report'),
      },
      routeHandler: {
        what: 'Press “Start a report” on /handler: the page posts to /api/jobs and gets 202 Accepted with the job’s Location to poll.',
        page: '/handler',
        act: click('Start a report'),
      },
    },
  },
  optimistic: {
    sides: {
      serverAction: {
        what: 'Write “Hello” on /action and press “Send”: the message shows at once, and the action saves it and revalidates the page.',
        page: '/action',
        act: async (page) => {
          await page.getByRole('textbox', { name: 'Message' }).fill('Hello');
          await click('Send')(page);
        },
      },
      routeHandler: {
        what: 'Write “Hello” on /handler and press “Send”: the message shows at once, and the page posts JSON to /api/messages.',
        page: '/handler',
        act: async (page) => {
          await page.getByRole('textbox', { name: 'Message' }).fill('Hello');
          await click('Send')(page);
        },
      },
    },
  },
  testing: {
    sides: {
      serverAction: {
        what: 'Start a session on /action, write “Buy milk” and press “Add note”: the action adds it, revalidates and redirects.',
        page: '/action',
        act: async (page) => {
          await click('Start a session')(page);
          await page.getByRole('textbox', { name: 'Note' }).fill('Buy milk');
          await click('Add note')(page);
        },
        // The note, not the session's start before it.
        match: (r) => r.method() === 'POST' && !!r.headers()['next-action'] && (r.postData() ?? '').includes('Buy milk'),
      },
      routeHandler: {
        what: 'Start a session on /handler, write “Buy milk” and press “Add note”: the page posts JSON to /api/notes.',
        page: '/handler',
        act: async (page) => {
          await click('Start a session')(page);
          await page.getByRole('textbox', { name: 'Note' }).fill('Buy milk');
          await click('Add note')(page);
        },
      },
    },
  },
  'typed-api': {
    sides: {
      serverAction: {
        what: 'Start a session on /action, write “Buy milk”, choose high and press “Add task”: next-safe-action runs its middleware, the schema and the action.',
        page: '/action',
        act: async (page) => {
          await click('Start a session')(page);
          await page.getByRole('textbox', { name: 'Task' }).fill('Buy milk');
          await page.getByRole('combobox', { name: 'Priority' }).selectOption('high');
          await click('Add task')(page);
        },
        match: (r) => r.method() === 'POST' && !!r.headers()['next-action'] && (r.postData() ?? '').includes('Buy milk'),
      },
      routeHandler: {
        what: 'Start a session on /handler, issue an API token, then add “Buy milk” in the app: the typed client posts JSON to /api/v2/tasks with the token.',
        page: '/handler',
        act: async (page) => {
          await click('Start a session')(page);
          await click('Issue an API token')(page);
          const app = page.getByRole('region', { name: 'The app' });
          await app.getByRole('textbox', { name: 'Task' }).fill('Buy milk');
          await app.getByRole('combobox', { name: 'Priority' }).selectOption('high');
          await app.getByRole('button', { name: 'Add task' }).click();
        },
        // The new task, not the list the app loads first.
        match: (r) => r.method() === 'POST' && new URL(r.url()).pathname === '/api/v2/tasks',
      },
    },
  },
  proxy: {
    sides: {
      serverAction: {
        what: 'Sign in as a guest, write “Green Herons” on /team and press “Rename”: the proxy logs the action call and lets it through, and the action checks the session.',
        page: '/login',
        act: async (page) => {
          await click('Sign in as a guest')(page);
          await page.waitForURL(/\/team$/);
          await page.getByRole('textbox', { name: 'Team name' }).fill('Green Herons');
          await click('Rename')(page);
        },
        // The rename, not the sign-in before it.
        match: (r) => r.method() === 'POST' && !!r.headers()['next-action'] && (r.postData() ?? '').includes('Green Herons'),
      },
      routeHandler: {
        what: 'Sign in as a guest, write “Green Herons” on /team/handler and press “Rename”: the page posts JSON to /api/team, past the proxy.',
        page: '/login',
        act: async (page) => {
          await click('Sign in as a guest')(page);
          await page.waitForURL(/\/team$/);
          await page.goto('/team/handler');
          await page.getByRole('textbox', { name: 'Team name' }).fill('Green Herons');
          await click('Rename')(page);
        },
      },
    },
  },
  transfers: {
    sides: {
      serverAction: {
        what: 'Transfer 10.00 from Bob to Carol on /action.',
        page: '/action',
        act: async (page) => {
          await page.getByLabel('From').selectOption({ label: 'Bob' });
          await page.getByLabel('To').selectOption({ label: 'Carol' });
          await page.getByLabel('Amount').fill('10.00');
          await click('Transfer')(page);
        },
      },
      routeHandler: {
        what: 'Transfer 10.00 from Bob to Carol on /handler.',
        page: '/handler',
        act: async (page) => {
          await page.getByLabel('From').selectOption({ label: 'Bob' });
          await page.getByLabel('To').selectOption({ label: 'Carol' });
          await page.getByLabel('Amount').fill('10.00');
          await click('Transfer')(page);
        },
      },
    },
  },
  'rate-limiting': {
    env: { TRUSTED_PROXY_COUNT: '1' },
    sides: {
      serverAction: {
        what: 'Type an email on /action and press “Subscribe”.',
        page: '/action',
        act: async (page) => {
          await page.getByLabel('Email').fill('fan@example.com');
          await click('Subscribe')(page);
        },
      },
      routeHandler: {
        what: 'Type an email on /handler and press “Subscribe”.',
        page: '/handler',
        act: async (page) => {
          await page.getByLabel('Email').fill('reader@example.com');
          await click('Subscribe')(page);
        },
      },
    },
  },
  inventory: {
    env: { PARTNER_API_KEY: 'key_partner_demo_41aa' },
    sides: {
      serverAction: {
        what: 'Reserve 2 office chairs on the product page (/action).',
        page: '/action',
        act: async (page) => {
          const form = page.getByRole('form', { name: 'Reserve Office chair' });
          await form.getByLabel('Quantity').fill('2');
          await form.getByRole('button', { name: 'Reserve' }).click();
        },
      },
      routeHandler: {
        what: 'A partner reserves one lamp with its API key, and a key that makes a retry safe.',
        direct: () =>
          json('/api/partner/reservations', { productId: 'lamp', quantity: 1, customer: 'Partner shop' }, { Authorization: 'Bearer key_partner_demo_41aa', 'Idempotency-Key': 'partner-shop-order-1042' }),
      },
    },
  },
  errors: {
    sides: {
      serverAction: {
        what: 'Try to rename Apollo to “ab” on /action: the action returns a field error.',
        page: '/action',
        act: async (page) => {
          const form = page.getByRole('form', { name: 'Rename Apollo' });
          await form.getByLabel('New name').fill('ab');
          await form.getByRole('button', { name: 'Rename' }).click();
        },
      },
      routeHandler: {
        what: 'Try to rename Gemini to “ab” on /handler: the handler answers 422.',
        page: '/handler',
        act: async (page) => {
          const form = page.getByRole('form', { name: /^Rename Gemini/ });
          await form.getByLabel('New name').fill('ab');
          await form.getByRole('button', { name: 'Rename' }).click();
        },
      },
    },
  },
  uploads: {
    sides: {
      serverAction: {
        what: 'Choose a 2 KB text file on /action and press “Upload”.',
        page: '/action',
        act: async (page) => {
          await page.getByLabel(/^File/).setInputFiles({ name: 'notes.txt', mimeType: 'text/plain', buffer: Buffer.alloc(2048, 'a') });
          await click('Upload')(page);
        },
      },
      routeHandler: {
        what: 'Choose a 2 KB text file on /handler and press “Upload”.',
        page: '/handler',
        act: async (page) => {
          await page.getByLabel(/^File/).setInputFiles({ name: 'notes.txt', mimeType: 'text/plain', buffer: Buffer.alloc(2048, 'a') });
          await click('Upload')(page);
        },
      },
    },
  },
  streaming: {
    sides: {
      serverAction: {
        what: 'Press “Stream summary” under “Stream the summary from the action” on /action (short length): the action returns a ReadableStream.',
        page: '/action',
        act: click('Stream summary'),
      },
      routeHandler: {
        what: 'Press “Stream summary” on /handler (short length): server-sent events from a Route Handler.',
        page: '/handler',
        act: click('Stream summary'),
        match: (r) => new URL(r.url()).pathname === '/api/stream',
      },
    },
  },
  revalidation: {
    env: { REVALIDATE_SECRET: 'cms_demo_7f3a91c2', EDITOR_PASSWORD: 'editor-demo-password', EDITOR_SESSION_SECRET: 'editor-session-demo-secret' },
    sides: {
      serverAction: {
        what: 'An editor signs in on /action, changes the “opening-hours” article and presses “Save article”.',
        page: '/action',
        act: async (page) => {
          await page.getByLabel('Editor password', { exact: true }).fill('editor-demo-password');
          await click('Sign in as the editor')(page);
          await page.getByText('Signed in as the editor.').waitFor();
          await page.getByLabel('Article', { exact: true }).selectOption('opening-hours');
          await page.getByLabel('Title', { exact: true }).fill('Open on Saturdays too');
          await page.getByLabel('Body', { exact: true }).fill('From nine to one.');
          await click('Save article')(page);
        },
        // The save, not the sign-in before it.
        match: (r) => r.method() === 'POST' && !!r.headers()['next-action'] && (r.postData() ?? '').includes('Open on Saturdays too'),
      },
      routeHandler: {
        what: 'The CMS calls the revalidation webhook with its secret after an edit (the demo secret from the example’s README).',
        direct: () => json('/api/revalidate', { tag: 'articles' }, { Authorization: 'Bearer cms_demo_7f3a91c2' }),
      },
    },
  },
  serialization: {
    sides: {
      serverAction: {
        what: 'Type “grace” under “Share Q3 plan with” on /action and press “Share Q3 plan”: a .bind action, whose return value holds JSX.',
        page: '/action',
        act: async (page) => {
          await page.getByLabel('Share Q3 plan with').fill('grace');
          await click('Share Q3 plan')(page);
        },
      },
      routeHandler: {
        what: 'Type “grace” under “Share Offsite agenda with” on /handler and press “Share Offsite agenda”.',
        page: '/handler',
        act: async (page) => {
          await page.getByLabel('Share Offsite agenda with').fill('grace');
          await click('Share Offsite agenda')(page);
        },
      },
    },
  },
  latency: {
    sides: {
      serverAction: {
        what: 'Press “Time the three operations” on /action; this is the validated write.',
        page: '/action',
        act: click('Time the three operations'),
        match: (r) => !!r.headers()['next-action'] && (r.postData() ?? '').includes('"text"'),
      },
      routeHandler: {
        what: 'Press “Time the three operations” on /handler; this is the validated write.',
        page: '/handler',
        act: click('Time the three operations'),
        match: (r) => new URL(r.url()).pathname === '/api/write',
      },
    },
  },
};
