// @ts-check
import mdx from '@astrojs/mdx';
import react from '@astrojs/react';
import sitemap from '@astrojs/sitemap';
import { defineConfig } from 'astro/config';
import { codeTokenStylesheet } from './src/lib/code-token-classes.ts';
import { cspDirectives, cspScriptHashes, cspScriptResources, cspStyleResources } from './src/lib/csp.ts';
import { linkCheck } from './src/lib/link-check-integration.ts';
import { pagefind } from './src/lib/pagefind-integration.ts';
import { shikiThemes, shikiTransformers } from './src/lib/shiki-options.ts';
import { staticHeaders } from './src/lib/static-headers.ts';

export default defineConfig({
  // The canonical origin used in <link rel="canonical">, Open Graph tags and the sitemap.
  site: process.env.SITE_URL ?? 'https://actions-or-handlers.example.com',
  trailingSlash: 'always',
  // The link check and Pagefind go last: they read the finished HTML.
  integrations: [
    mdx(),
    react(),
    // The /sandbox/<id>/open/ pages only hand a project to StackBlitz: not for search engines.
    sitemap({ filter: (page) => !new URL(page).pathname.startsWith('/sandbox/') }),
    linkCheck(),
    staticHeaders(),
    pagefind(),
  ],
  markdown: {
    shikiConfig: {
      themes: shikiThemes,
      // Colours come from CSS variables so code follows the site theme, not the OS.
      defaultColor: false,
      transformers: shikiTransformers,
    },
  },
  security: {
    csp: {
      directives: [...cspDirectives],
      scriptDirective: { resources: cspScriptResources, hashes: cspScriptHashes },
      styleDirective: { resources: cspStyleResources },
    },
  },
  vite: {
    // The colours of code tokens' classes, as `virtual:code-token-classes.css` (imported by Base.astro).
    plugins: [codeTokenStylesheet()],
    build: {
      // The open page's auto-submit and the Next.js version switch stay files: inlined, their CSP hashes would
      // lengthen the _headers CSP line, which Cloudflare Pages caps at 2,000 characters. Other assets keep Vite's
      // default (undefined = 4 KB).
      assetsInlineLimit: (file) => (/(open|VersionSwitch)\.astro_astro_type_script/.test(file) ? false : undefined),
    },
  },
  server: { port: 4321 },
  devToolbar: { enabled: false },
});
