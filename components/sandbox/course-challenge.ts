// A lesson's challenge box (Challenge.astro): "Start the challenge" and "Mark as done". Loaded when the box comes
// near the viewport (islands.ts).
import { browserStorage, challengeProgressKey, readDone, setDone } from '~/lib/progress-store';
import { paintSidebar } from '~components/site/sidebar-progress';
import { startLive } from './start-live';

const storage = browserStorage();

class CourseChallenge extends HTMLElement {
  session?: AbortController;

  connectedCallback() {
    const key = this.dataset.key!;
    const start = this.querySelector<HTMLButtonElement>('[data-start]')!;
    start.addEventListener('click', () => this.start(start));

    const done = this.querySelector<HTMLButtonElement>('[data-done]')!;
    const label = this.querySelector<HTMLElement>('[data-done-label]')!;
    const paint = (ids: Set<string>) => {
      done.setAttribute('aria-pressed', String(ids.has(key)));
      label.hidden = !ids.has(key);
      void paintSidebar();
    };
    paint(readDone(storage, challengeProgressKey));
    done.addEventListener('click', () => paint(setDone(storage, key, done.getAttribute('aria-pressed') !== 'true', challengeProgressKey)));
  }

  start(button: HTMLButtonElement) {
    this.session?.abort();
    this.session = new AbortController();
    const { payload, key, title } = this.dataset;
    void startLive({ root: this, button, payloadUrl: payload!, example: key!, title: title!, original: 'the challenge’s starting code', session: this.session });
  }
}
customElements.define('course-challenge', CourseChallenge);
