// The decision-tree island: renders the engine's state; the URL's ?path= holds the answers so far.
import { useEffect, useRef, useState } from 'react';
import {
  answer,
  back,
  decodePath,
  encodePath,
  replay,
  startState,
  type DecisionTree as Tree,
  type WalkState,
} from '~/lib/decision-engine';
import type { LessonLink } from '~/lib/decisions';
import styles from './DecisionTree.module.css';

interface Props {
  tree: Tree;
  lessons: Record<string, LessonLink>;
  /** Sandbox pages by example id, when an outcome names one. */
  examples?: Record<string, LessonLink>;
  headingLevel?: 2 | 3;
}

const param = 'path';

function readUrl(tree: Tree): { state: WalkState; ignored: boolean } {
  const ids = decodePath(new URL(window.location.href).searchParams.get(param));
  const state = replay(tree, ids);
  return state ? { state, ignored: false } : { state: startState(tree), ignored: true };
}

function writeUrl(state: WalkState, mode: 'push' | 'replace') {
  const url = new URL(window.location.href);
  const path = encodePath(state);
  if (path) url.searchParams.set(param, path);
  else url.searchParams.delete(param);
  history[mode === 'push' ? 'pushState' : 'replaceState'](null, '', url);
}

export default function DecisionTree({ tree, lessons, examples = {}, headingLevel = 2 }: Props) {
  const [state, setState] = useState<WalkState>(() => startState(tree));
  const [ready, setReady] = useState(false);
  const [notice, setNotice] = useState('');
  const [announcement, setAnnouncement] = useState('');
  const [copied, setCopied] = useState('');
  const headingRef = useRef<HTMLHeadingElement>(null);
  const moved = useRef(false);
  const Heading = `h${headingLevel}` as 'h2' | 'h3';

  useEffect(() => {
    const restore = () => {
      const { state: restored, ignored } = readUrl(tree);
      setState(restored);
      if (ignored) {
        setNotice('The link you followed did not match the current questions, so the tree starts from the beginning.');
        writeUrl(restored, 'replace');
      }
    };
    restore();
    setReady(true);
    const onPop = () => {
      moved.current = true;
      restore();
    };
    window.addEventListener('popstate', onPop);
    return () => window.removeEventListener('popstate', onPop);
  }, [tree]);

  useEffect(() => {
    if (!moved.current) return;
    headingRef.current?.focus();
    setAnnouncement(
      state.current.kind === 'outcome'
        ? `Recommendation: ${state.current.heading}`
        : `Question ${state.steps.length + 1}: ${state.current.question}`,
    );
  }, [state]);

  const go = (next: WalkState) => {
    moved.current = true;
    setNotice('');
    setCopied('');
    setState(next);
    writeUrl(next, 'push');
  };

  const share = async () => {
    try {
      await navigator.clipboard.writeText(window.location.href);
      setCopied('Link copied. Anyone who opens it sees this recommendation.');
    } catch {
      setCopied(`Copy this link to share the recommendation: ${window.location.href}`);
    }
  };

  const node = state.current;
  return (
    <div className={styles.tree}>
      {notice && <p className={styles.notice}>{notice}</p>}
      {state.steps.length > 0 && (
        <div className={styles.path}>
          <p className={styles.pathTitle} id="decision-path">
            Your answers so far
          </p>
          <ol aria-labelledby="decision-path">
            {state.steps.map((step) => (
              <li key={step.question.id}>
                <span className={styles.q}>{step.question.question}</span> <strong>{step.answer.label}</strong>
              </li>
            ))}
          </ol>
        </div>
      )}

      {node.kind === 'question' ? (
        <div className={styles.question}>
          <p className={styles.step}>Question {state.steps.length + 1}</p>
          <Heading ref={headingRef} tabIndex={-1} id="decision-question" className={styles.heading}>
            {node.question}
          </Heading>
          {node.help && <p className={styles.help}>{node.help}</p>}
          <ul className={styles.answers} aria-labelledby="decision-question">
            {node.answers.map((a) => (
              <li key={a.id}>
                <button type="button" disabled={!ready} onClick={() => go(answer(tree, state, a.id) ?? state)}>
                  {a.label}
                </button>
              </li>
            ))}
          </ul>
        </div>
      ) : (
        <div className={styles.outcome} data-pattern={node.pattern}>
          <p className={styles.step}>Recommendation</p>
          <Heading ref={headingRef} tabIndex={-1} className={styles.heading}>
            {node.heading}
          </Heading>
          <p>{node.why}</p>
          <p className={styles.subhead} id="decision-because">
            Because you answered
          </p>
          <ul aria-labelledby="decision-because" className={styles.because}>
            {state.steps.map((step) => (
              <li key={step.question.id}>
                “{step.answer.label}” to <em>{step.question.question}</em>
              </li>
            ))}
          </ul>
          {node.caveats.length > 0 && (
            <>
              <p className={styles.subhead} id="decision-caveats">
                Watch out for
              </p>
              <ul aria-labelledby="decision-caveats">
                {node.caveats.map((c) => (
                  <li key={c}>{c}</li>
                ))}
              </ul>
            </>
          )}
          <p className={styles.subhead} id="decision-read">
            Read more
          </p>
          <ul aria-labelledby="decision-read">
            {node.lessons.map((id) => (
              <li key={id}>
                <a href={lessons[id]?.href}>{lessons[id]?.title}</a>
              </li>
            ))}
            {node.example && examples[node.example] && (
              <li>
                <a href={examples[node.example]!.href}>Run the sandbox: {examples[node.example]!.title}</a>
              </li>
            )}
          </ul>
          <p>
            <button type="button" className={styles.secondary} onClick={share}>
              Copy a link to this recommendation
            </button>
          </p>
          <p role="status" className={styles.copied}>
            {copied}
          </p>
        </div>
      )}

      <div className={styles.controls}>
        <button type="button" disabled={!ready || state.steps.length === 0} onClick={() => go(back(tree, state))}>
          Back
        </button>
        <button type="button" disabled={!ready || state.steps.length === 0} onClick={() => go(startState(tree))}>
          Start over
        </button>
      </div>
      <p className="sr-only" aria-live="polite">
        {announcement}
      </p>
    </div>
  );
}
