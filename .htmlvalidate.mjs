// html-validate settings for the built site (npm run test:html). Each relaxed rule says why.
export default {
  extends: ['html-validate:recommended'],
  elements: [
    'html5',
    // Astro writes its island bootstrap (`astro-island{display:contents}`) as a <style> in the body, just
    // before the first island. Browsers apply it; treating <style> as flow content accepts Astro's output.
    { style: { flow: true } },
  ],
  rules: {
    // The search box and its results follow the ARIA combobox/listbox pattern: a <select> cannot filter
    // results as you type, or hold links. Scrolling code blocks, diagrams and charts are named regions on the
    // element that scrolls (a <pre> for code), so keyboard users can focus and scroll it: a <section> wrapped
    // around it would not be the element that scrolls.
    'prefer-native-element': ['error', { exclude: ['combobox', 'listbox', 'region'] }],
    // Shiki colours code with style attributes; the CSP allows style attributes only (style-src-attr).
    'no-inline-style': 'off',
    // React renders boolean attributes as disabled="" and Astro omits the value; both are valid HTML.
    'attribute-boolean-style': 'off',
  },
};
