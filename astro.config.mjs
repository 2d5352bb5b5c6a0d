// @ts-check
import mdx from '@astrojs/mdx';
import react from '@astrojs/react';
import sitemap from '@astrojs/sitemap';
import { defineConfig } from 'astro/config';
import { codeTokenStylesheet } from './src/lib/code-token-classes.ts';
import { islandScriptsPlugin } from './src/lib/island-scripts.ts';
import { cspDirectives, cspScriptHashes, cspScriptResources, cspStyleResources } from './src/lib/csp.ts';
import { linkCheck } from './src/lib/link-check-integration.ts';
import { pagefind } from './src/lib/pagefind-integration.ts';
import { shikiThemes, shikiTransformers } from './src/lib/shiki-options.ts';
import { staticHeaders } from './src/lib/static-headers.ts';

export default defineConfig({
  // The canonical origin used in <link rel="canonical">, Open Graph tags and the sitemap.
  site: process.env.SITE_URL ?? 'https://actions-or-handlers.example.com',
  trailingSlash: 'always',
  // Scoped styles mark elements with a class (`astro-xxxx`) rather than a `data-astro-cid-xxxx` attribute: the same
  // specificity, and about 0.4 KB gz less HTML on a lesson.
  scopedStyleStrategy: 'class',
  // Stylesheets stay files: every inline <style> anywhere on the site adds its hash to every page's CSP (about
  // 0.4 KB gz of hashes on each page for the few small ones the decision tree and quiz had).
  build: { inlineStylesheets: 'never' },
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
    plugins: [
      codeTokenStylesheet(),
      // Widgets' scripts, loaded on first use (components/site/islands.ts).
      islandScriptsPlugin(import.meta.dirname),
    ],
    build: {
      // The open page's auto-submit stays a file: inlined, its CSP hash would lengthen the _headers CSP line, which
      // Cloudflare Pages caps at 2,000 characters. Other assets keep Vite's default (undefined = 4 KB).
      assetsInlineLimit: (file) => (/open\.astro_astro_type_script/.test(file) ? false : undefined),
    },
  },
  server: { port: 4321 },
  devToolbar: { enabled: false },
});
