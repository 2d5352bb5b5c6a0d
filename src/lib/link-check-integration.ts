// Fails `astro build` when a built page links to a page, file or #fragment that does not exist.
import type { AstroIntegration } from 'astro';
import { mkdirSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { checkLinks, formatBroken } from './link-check';

export function linkCheck(): AstroIntegration {
  let site = '';
  return {
    name: 'course:link-check',
    hooks: {
      'astro:config:done': ({ config }) => {
        site = config.site ?? 'http://localhost';
      },
      'astro:build:done': ({ dir, logger }) => {
        const report = checkLinks(fileURLToPath(dir), site);
        if (report.broken.length > 0) {
          throw new Error(`Broken links (${report.broken.length}). Fix each in the file named:\n${formatBroken(report)}`);
        }
        // External links are listed for review, never fetched: the build must not depend on other sites.
        mkdirSync('.astro', { recursive: true });
        writeFileSync('.astro/external-links.json', JSON.stringify(report.external, null, 2));
        logger.info(`${report.checked} internal links resolve; ${report.external.length} external links listed in .astro/external-links.json.`);
      },
    },
  };
}
