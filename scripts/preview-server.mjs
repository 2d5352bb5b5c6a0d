// `astro preview` for this site: serves dist/ with the headers in dist/_headers, as Netlify or Cloudflare Pages
// would, so cross-origin isolation and the CSP header behave locally as in production. Astro loads it as the
// preview entry point of a preview-only adapter (src/lib/static-headers.ts).
import { existsSync, readFileSync } from 'node:fs';
import { dirname, extname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { preview } from 'vite';
import { headersFor, parseHeaders } from '../src/lib/headers-file.mjs';

/** @param {{ outDir: URL, host?: string, port: number, logger: { info(message: string): void, warn(message: string): void } }} options */
export default async function previewServer({ outDir, host, port, logger }) {
  const dist = fileURLToPath(outDir);
  const headersPath = join(dist, '_headers');
  if (!existsSync(headersPath)) throw new Error(`${headersPath} is missing: run \`npm run build\` before previewing.`);
  const rules = parseHeaders(readFileSync(headersPath, 'utf8'));
  const notFound = join(dist, '404.html');

  const server = await preview({
    configFile: false,
    appType: 'mpa',
    root: dirname(dist),
    logLevel: 'warn',
    build: { outDir: dist },
    preview: { host, port, strictPort: true },
    plugins: [
      {
        name: 'course:headers',
        configurePreviewServer(vite) {
          vite.middlewares.use((req, res, next) => {
            const pathname = decodeURIComponent(new URL(req.url ?? '/', 'http://localhost').pathname);
            for (const [name, value] of headersFor(rules, pathname)) res.setHeader(name, value);
            // Like the host (and trailingSlash: 'always'): pages live at /path/, and anything missing gets 404.html.
            const file = pathname.endsWith('/') ? join(dist, pathname, 'index.html') : join(dist, pathname);
            if ((!pathname.endsWith('/') && !extname(pathname)) || !existsSync(file)) {
              res.statusCode = 404;
              res.setHeader('Content-Type', 'text/html; charset=utf-8');
              res.end(existsSync(notFound) ? readFileSync(notFound) : 'Not found');
              return;
            }
            next();
          });
        },
      },
    ],
  });
  const address = server.httpServer.address();
  const actualPort = address && typeof address === 'object' ? address.port : port;
  logger.info(`Serving ${dist} with its _headers at http://${host ?? 'localhost'}:${actualPort}/`);
  return {
    host,
    port: actualPort,
    closed: () => new Promise((resolve, reject) => {
      server.httpServer.once('close', resolve);
      server.httpServer.once('error', reject);
    }),
    stop: () => server.close(),
  };
}
