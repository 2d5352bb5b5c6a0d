// Submits the "Open in StackBlitz" form as soon as the page loads (the underscore keeps this file out of routing).
document.querySelector<HTMLFormElement>('form[data-auto-submit]')?.submit();
