// Narrow screens: the header's Menu button shows the lesson sidebar as a panel. Loaded on first use (islands.ts).
const button = document.querySelector<HTMLButtonElement>('[data-menu-toggle]');
const panel = document.querySelector<HTMLElement>('[data-sidebar]');
if (button && panel) {
  const setOpen = (open: boolean) => {
    button.setAttribute('aria-expanded', String(open));
    panel.classList.toggle('open', open);
    if (open) panel.querySelector<HTMLElement>('[aria-current="page"], a')?.focus();
  };
  button.addEventListener('click', () => setOpen(button.getAttribute('aria-expanded') !== 'true'));
  document.addEventListener('keydown', (event) => {
    if (event.key === 'Escape' && button.getAttribute('aria-expanded') === 'true') {
      setOpen(false);
      button.focus();
    }
  });
}

export {};
