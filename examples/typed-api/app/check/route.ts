import { connection } from 'next/server';
import { checks } from '@/lib/checks';
import { courseToolsEnabled } from '@/lib/course-tools';
import { runChecks } from './run-checks';

// The challenge's check page, a course tool. The sandbox's preview opens it; "Run the checks" posts back here, which
// runs ./run-checks.ts against the app as it runs now. It is plain HTML from a Route Handler, so it answers the same
// on every Next.js version, with or without JavaScript, and a GET runs nothing. A production server answers 404 to
// both (lib/course-tools.ts).

export async function GET() {
  await connection(); // decided per request, never at build time
  return courseToolsEnabled() ? page(null) : notFound();
}

export async function POST(request: Request) {
  await connection();
  if (!courseToolsEnabled()) return notFound();
  // Only this page's own button: another site's page must not make the app attack itself.
  const site = request.headers.get('sec-fetch-site');
  if (site !== null && site !== 'same-origin') return new Response('Run the checks from the check page.', { status: 403 });
  return page(await runChecks());
}

const notFound = () => new Response('Not found.', { status: 404, headers: { 'Content-Type': 'text/plain; charset=utf-8' } });

const escape = (text: string) => text.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]!);

function page(results: Partial<Record<string, boolean>> | null) {
  const items = checks.map((c) => {
    const verdict = !results ? '' : results[c.id] ? '<p class="success">Passed</p>' : `<p class="error">Failed</p><p>Hint: ${escape(c.hint)}</p>`;
    return `<li><h2>${escape(c.title)}</h2>${verdict}</li>`;
  });
  const passing = checks.filter((c) => results?.[c.id]).length;
  const html = `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex">
<title>Check your fix</title>
<style>
  :root { color-scheme: light dark; font-family: system-ui, sans-serif; line-height: 1.5; }
  body { max-width: 48rem; margin: 2rem auto; padding: 0 1rem; }
  h2 { font-size: 1rem; margin: 1rem 0 0; }
  .success { color: #15803d; } .error { color: #b91c1c; }
  @media (prefers-color-scheme: dark) { .success { color: #4ade80; } .error { color: #f87171; } }
  button { font: inherit; padding: 0.4rem 0.9rem; }
</style>
</head>
<body>
<main>
<p><a href="/">Home</a></p>
<h1>Check your fix</h1>
<form method="post"><button type="submit">${results ? 'Run the checks again' : 'Run the checks'}</button></form>
<p role="status">${results ? `${passing} of ${checks.length} checks pass` : 'Not run yet'}</p>
<ul aria-label="Checks">${items.join('')}</ul>
</main>
</body>
</html>`;
  return new Response(html, { headers: { 'Content-Type': 'text/html; charset=utf-8', 'Cache-Control': 'no-store' } });
}
