// Copy buttons on code blocks (shown only with JavaScript: [data-needs-js] in global.css). Loaded when the reader
// first points at, touches or focuses a block (islands.ts), so that the copy runs in the click itself (a browser may
// refuse the clipboard to a click replayed later); every button on the page works from then on.
const status = document.getElementById('copy-status');
document.addEventListener('click', async (event) => {
  const button = (event.target as Element).closest?.<HTMLButtonElement>('[data-code-copy]');
  const code = button?.closest('figure')?.querySelector('pre code');
  if (!button || !code) return;
  try {
    await navigator.clipboard.writeText(code.textContent ?? '');
    button.textContent = 'Copied';
    if (status) status.textContent = 'Copied';
  } catch {
    button.textContent = 'Copy failed';
    if (status) status.textContent = 'Could not copy: the browser blocked clipboard access.';
  }
  setTimeout(() => {
    button.textContent = 'Copy';
    if (status) status.textContent = '';
  }, 2000);
});

export {};
