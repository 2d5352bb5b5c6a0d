// "Open in StackBlitz" for every example: the form the open page posts must be exactly what the SDK's openProject
// would post, or StackBlitz opens a broken project (an unescaped `[id]` file name trips its backend).
import { expect, test, type Request } from '@playwright/test';
import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { readExampleFiles } from '../../src/lib/examples';

const examplesDir = resolve(import.meta.dirname, '../../examples');
const ids = readdirSync(examplesDir, { withFileTypes: true })
  .filter((d) => d.isDirectory() && d.name !== 'node_modules')
  .map((d) => d.name)
  .sort();

/** The form's fields in order; browsers send line breaks in form values as CRLF, so compare with LF. */
const formFields = (request: Request) =>
  [...new URLSearchParams(request.postData() ?? '').entries()].map(([name, value]) => [name, value.replaceAll('\r\n', '\n')]);

for (const id of ids) {
  test(`user can open the ${id} example in StackBlitz with every file, names escaped, on its start page`, async ({ page }) => {
    const sandbox = JSON.parse(readFileSync(resolve(examplesDir, id, 'sandbox.json'), 'utf8'));
    const files = readExampleFiles(id);
    const posts: Request[] = [];
    await page.route('https://stackblitz.com/**', async (route) => {
      if (route.request().method() === 'POST') posts.push(route.request());
      await route.fulfill({ status: 200, contentType: 'text/html', body: '<!doctype html><title>StackBlitz stand-in</title>' });
    });

    await page.goto(`/sandbox/${id}/open/`);
    await expect(page).toHaveTitle('StackBlitz stand-in');
    expect(posts).toHaveLength(1);
    const request = posts[0]!;

    const url = new URL(request.url());
    expect(url.origin + url.pathname).toBe('https://stackblitz.com/run');
    expect([...url.searchParams.entries()]).toEqual([
      ['file', sandbox.serverAction.join(',')],
      ['file', sandbox.routeHandler.join(',')],
      ['startScript', 'dev'],
      ['initialpath', sandbox.preview ?? '/'],
    ]);
    // As the SDK's encodeFilePath: `[` and `]` in a file name become %5B and %5D.
    const escape = (path: string) => path.replaceAll('[', '%5B').replaceAll(']', '%5D');
    expect(formFields(request)).toEqual([
      ['project[title]', `${sandbox.title}: Server Action vs Route Handler`],
      ['project[description]', sandbox.summary],
      ['project[template]', 'node'],
      ...Object.entries(files).map(([path, text]) => [`project[files][${escape(path)}]`, text]),
    ]);
    expect(formFields(request).map(([name]) => name).filter((name) => /^project\[files\]\[.*[[\]].*\]$/.test(name))).toEqual([]);
  });
}
