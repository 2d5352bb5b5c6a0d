// "Mark this lesson as done" (LessonDone.astro), and the automatic mark when the reader scrolls to the end. Loaded
// when the end of the lesson comes near the viewport (islands.ts).
import { browserStorage, readDone, setDone } from '~/lib/progress-store';
import { paintSidebar } from './sidebar-progress';

const storage = browserStorage();

class LessonDone extends HTMLElement {
  connectedCallback() {
    const id = this.dataset.lessonId!;
    const button = this.querySelector('button')!;
    const status = this.querySelector('[role="status"]')!;
    const render = (done: Set<string>) => {
      button.setAttribute('aria-pressed', String(done.has(id)));
      void paintSidebar();
    };
    const mark = (done: boolean, message: string) => {
      render(setDone(storage, id, done));
      status.textContent = message;
    };

    render(readDone(storage));
    // A reader's own click wins over the automatic mark, even when both happen in the same moment.
    let chosen = false;
    let timer: ReturnType<typeof setTimeout> | undefined;
    button.addEventListener('click', () => {
      chosen = true;
      clearTimeout(timer);
      const done = button.getAttribute('aria-pressed') !== 'true';
      mark(done, done ? 'Lesson marked as done.' : 'Lesson marked as not done.');
    });

    // Reaching the end counts as finishing: after the reader has scrolled (not on page load), and once the end
    // has stayed in view for a second, so flinging past it or clicking the button first does not count.
    // islands.ts marks <html data-scrolled> at the reader's first scroll, which may come before this script loads.
    const scrolled = () => document.documentElement.dataset.scrolled !== undefined;
    const observer = new IntersectionObserver((entries) => {
      clearTimeout(timer);
      if (chosen || !scrolled() || !entries.some((e) => e.isIntersecting)) return;
      timer = setTimeout(() => {
        observer.disconnect();
        if (!chosen && !readDone(storage).has(id)) mark(true, 'You reached the end: lesson marked as done.');
      }, 1000);
    });
    observer.observe(this);
  }
}
customElements.define('lesson-done', LessonDone);
