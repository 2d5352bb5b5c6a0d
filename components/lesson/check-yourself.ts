// "Check yourself" (CheckYourself.astro): answers, feedback and the stored progress. Loaded when the questions come
// near the viewport (islands.ts).
import { answerFor, answersWithKey, movesSelection, verdictText, restoredAnswer, type QuestionKey } from '~/lib/check-yourself';
import { answeredSummary, browserStorage, readAnswers, saveAnswer, type CheckAnswers } from '~/lib/progress-store';
import { paintSidebar } from '~components/site/sidebar-progress';

const storage = browserStorage();

class CheckYourself extends HTMLElement {
  connectedCallback() {
    const lessonId = this.dataset.lessonId!;
    const fieldsets = [...this.querySelectorAll<HTMLFieldSetElement>('fieldset[data-question-id]')];
    const ids = fieldsets.map((f) => f.dataset.questionId!);
    // This lesson's questions as the page has them: stored answers to others (renamed or removed) do not count.
    const known = { [lessonId]: ids };
    const count = this.querySelector<HTMLElement>('[data-answered]')!;
    const paint = (answers: CheckAnswers) => {
      count.textContent = answeredSummary(answers, lessonId, ids).text;
      void paintSidebar();
    };
    const stored = readAnswers(storage, known);

    for (const fieldset of fieldsets) {
      const questionId = fieldset.dataset.questionId!;
      const key = JSON.parse(fieldset.dataset.key!) as QuestionKey;
      const radios = [...fieldset.querySelectorAll<HTMLInputElement>('input[type="radio"]')];
      const feedback = fieldset.querySelector<HTMLElement>('[data-feedback]')!;
      const retry = fieldset.querySelector<HTMLButtonElement>('[data-retry]')!;
      let answered = false;

      const show = (choice: number, correct: boolean) => {
        answered = true;
        const radio = radios[choice]!;
        radio.checked = true;
        for (const other of radios) other.disabled = other !== radio;
        fieldset.dataset.state = correct ? 'right' : 'wrong';
        const explanation = fieldset.querySelector(`[data-explanation="${choice}"]`)!;
        const text = document.createElement('p');
        const verdict = document.createElement('strong');
        verdict.textContent = verdictText(correct);
        text.append(verdict, ' ', ...[...explanation.childNodes].map((n) => n.cloneNode(true)));
        feedback.replaceChildren(text);
        retry.hidden = false;
      };

      const answer = (radio: HTMLInputElement) => {
        if (answered) return;
        const picked = answerFor(key, radios.indexOf(radio));
        if (!picked) return;
        show(picked.choice, picked.correct);
        paint(saveAnswer(storage, lessonId, questionId, picked));
      };

      const restored = restoredAnswer(key, stored[lessonId]?.[questionId]);
      if (restored) show(restored.choice, restored.correct);

      // Arrow keys only move through the choices; a click, Space or Enter answers (see movesSelection).
      let moving = false;
      fieldset.addEventListener('keydown', (event) => {
        if (!(event.target instanceof HTMLInputElement)) return;
        if (movesSelection(event.key)) moving = true;
        else if (answersWithKey(event.key)) {
          event.preventDefault();
          event.target.checked = true;
          answer(event.target);
        }
      });
      fieldset.addEventListener('keyup', () => (moving = false));
      fieldset.addEventListener('change', (event) => {
        if (!(event.target instanceof HTMLInputElement)) return;
        if (moving) moving = false;
        else answer(event.target);
      });
      retry.addEventListener('click', () => {
        answered = false;
        moving = false;
        delete fieldset.dataset.state;
        for (const radio of radios) {
          radio.disabled = false;
          radio.checked = false;
        }
        feedback.replaceChildren();
        retry.hidden = true;
        radios[0]?.focus();
        paint(saveAnswer(storage, lessonId, questionId, null));
      });
      // Announce feedback from now on, not the answers restored from an earlier visit.
      feedback.setAttribute('role', 'status');
    }
    paint(stored);
  }
}
customElements.define('check-yourself', CheckYourself);
