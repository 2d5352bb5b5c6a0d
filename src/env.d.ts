// Virtual modules served by the site's Vite plugins (astro.config.mjs).
declare module 'virtual:island-scripts' {
  /** Each widget's script URL, by the name in its element's data-island (src/lib/island-scripts.ts). */
  const urls: Record<import('./lib/island-scripts').IslandName, string>;
  export default urls;
}
