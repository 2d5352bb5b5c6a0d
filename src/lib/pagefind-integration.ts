// Indexes the built site with Pagefind after `astro build`, and serves the last built index in `astro dev`.
import type { AstroIntegration } from 'astro';
import { createReadStream, existsSync, statSync } from 'node:fs';
import { extname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';
import { close, createIndex } from 'pagefind';

const types: Record<string, string> = { '.js': 'text/javascript', '.css': 'text/css', '.json': 'application/json', '.wasm': 'application/wasm' };

export function pagefind(): AstroIntegration {
  let outDir = '';
  return {
    name: 'course:pagefind',
    hooks: {
      'astro:config:done': ({ config }) => {
        outDir = fileURLToPath(config.outDir);
      },
      'astro:build:done': async ({ dir, logger }) => {
        const started = performance.now();
        // Keep dots and underscores inside words, so `next.config` and `request_id` stay searchable.
        const { index, errors } = await createIndex({ includeCharacters: '._' });
        if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
        const site = fileURLToPath(dir);
        const added = await index.addDirectory({ path: site });
        if (added.errors.length > 0) throw new Error(`Pagefind could not index ${site}: ${added.errors.join('; ')}`);
        await index.writeFiles({ outputPath: join(site, 'pagefind') });
        await close();
        logger.info(`Indexed ${added.page_count} pages in ${Math.round(performance.now() - started)} ms.`);
      },
      'astro:server:setup': ({ server }) => {
        // The dev server has no index of its own: serve the last build's, if there is one.
        server.middlewares.use('/pagefind/', (req, res) => {
          const file = normalize(join(outDir, 'pagefind', (req.url ?? '/').split('?')[0]!));
          if (!file.startsWith(join(outDir, 'pagefind')) || !existsSync(file) || !statSync(file).isFile()) {
            res.statusCode = 404;
            res.end('No search index: run `npm run build` once, and the dev server will search the last build.');
            return;
          }
          res.setHeader('Content-Type', types[extname(file)] ?? 'application/octet-stream');
          createReadStream(file).pipe(res);
        });
      },
    },
  };
}
