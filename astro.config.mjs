// @ts-check
import mdx from '@astrojs/mdx';
import react from '@astrojs/react';
import sitemap from '@astrojs/sitemap';
import { defineConfig } from 'astro/config';
import { pagefind } from './src/lib/pagefind-integration.ts';
import { shikiThemes, shikiTransformers } from './src/lib/shiki-options.ts';

export default defineConfig({
  // The canonical origin used in <link rel="canonical">, Open Graph tags and the sitemap.
  site: process.env.SITE_URL ?? 'https://actions-or-handlers.example.com',
  trailingSlash: 'always',
  // Pagefind goes last so it indexes the finished HTML.
  integrations: [mdx(), react(), sitemap(), pagefind()],
  markdown: {
    shikiConfig: {
      themes: shikiThemes,
      // Colours come from CSS variables so code follows the site theme, not the OS.
      defaultColor: false,
      transformers: shikiTransformers,
    },
  },
  server: { port: 4321 },
  devToolbar: { enabled: false },
});
