import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { decisionTreeSchema } from '~/content.config';
import {
  allPaths,
  answer,
  back,
  decodePath,
  encodePath,
  findTreeProblems,
  replay,
  startState,
  type DecisionTree,
} from '~/lib/decision-engine';

const outcome = (id: string) => ({
  id,
  kind: 'outcome' as const,
  pattern: 'server-action' as const,
  heading: 'Use a Server Action',
  why: 'Because it fits.',
  caveats: [],
  lessons: ['forms'],
});

const small: DecisionTree = {
  start: 'q1',
  nodes: [
    { id: 'q1', kind: 'question', question: 'First?', answers: [{ id: 'a', label: 'A', next: 'q2' }, { id: 'b', label: 'B', next: 'o2' }] },
    { id: 'q2', kind: 'question', question: 'Second?', answers: [{ id: 'c', label: 'C', next: 'o1' }, { id: 'd', label: 'D', next: 'o2' }] },
    outcome('o1'),
    outcome('o2'),
  ],
};

const realTree = decisionTreeSchema.parse(
  parse(readFileSync(resolve(import.meta.dirname, '../../content/decisions/server-action-or-route-handler.yaml'), 'utf8')),
) as DecisionTree;

describe('decision tree validation', () => {
  it('accepts a sound tree', () => {
    expect(findTreeProblems(small)).toEqual([]);
  });

  it('reports an answer leading to an unknown node', () => {
    const tree = structuredClone(small);
    (tree.nodes[0] as { answers: { next: string }[] }).answers[0]!.next = 'nowhere';
    expect(findTreeProblems(tree)).toEqual(['Answer "a" of question "q1" leads to unknown node "nowhere".']);
  });

  it('reports an unknown start', () => {
    expect(findTreeProblems({ ...small, start: 'zz' })[0]).toMatch(/start: "zz" is not a node id/);
  });

  it('reports a node nobody can reach', () => {
    const tree = { ...small, nodes: [...small.nodes, outcome('orphan')] };
    expect(findTreeProblems(tree)).toEqual(['Node "orphan" cannot be reached from the start.']);
  });

  it('reports a cycle with its path', () => {
    const tree = structuredClone(small);
    (tree.nodes[1] as { answers: { next: string }[] }).answers[0]!.next = 'q1';
    expect(findTreeProblems(tree)).toContain('Cycle: q1 → q2 → q1.');
  });

  it('reports a question without answers and duplicate ids', () => {
    const tree = structuredClone(small);
    (tree.nodes[1] as { answers: unknown[] }).answers = [];
    tree.nodes.push(outcome('o1'));
    const problems = findTreeProblems(tree);
    expect(problems).toContain('Question "q2" has no answers.');
    expect(problems).toContain('Node id "o1" is used twice.');
  });

  it('the schema turns tree problems into build errors', () => {
    const bad = { title: 'Broken tree', start: 'q1', nodes: [...small.nodes.slice(0, 3)] };
    const result = decisionTreeSchema.safeParse(bad);
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((i) => i.message)).toContain('Answer "b" of question "q1" leads to unknown node "o2".');
  });

  it('the schema rejects an outcome heading that does not start with a recommendation', () => {
    const tree = { title: 'T', ...structuredClone(small) };
    (tree.nodes[2] as { heading: string }).heading = 'Server Actions are great';
    expect(decisionTreeSchema.safeParse(tree).success).toBe(false);
  });
});

describe('decision engine', () => {
  it('walks answers to an outcome, and back', () => {
    let state = startState(small);
    state = answer(small, state, 'a')!;
    expect(state.current.id).toBe('q2');
    state = answer(small, state, 'c')!;
    expect(state.current.id).toBe('o1');
    expect(state.steps.map((s) => s.answer.label)).toEqual(['A', 'C']);
    expect(answer(small, state, 'c')).toBeNull();
    expect(back(small, state).current.id).toBe('q2');
    expect(back(small, startState(small)).current.id).toBe('q1');
  });

  it('round-trips a path through the URL form', () => {
    const state = replay(small, ['a', 'd'])!;
    expect(encodePath(state)).toBe('a.d');
    expect(replay(small, decodePath('a.d'))?.current.id).toBe('o2');
  });

  it('refuses forged or stale paths instead of guessing', () => {
    expect(replay(small, decodePath('a.zz'))).toBeNull();
    expect(replay(small, decodePath('c'))).toBeNull();
    expect(replay(small, decodePath('b.c'))).toBeNull();
    expect(replay(small, decodePath(''))?.current.id).toBe('q1');
    expect(decodePath(null)).toEqual([]);
  });
});

describe('the course decision tree', () => {
  const paths = allPaths(realTree);
  const outcomes = realTree.nodes.filter((n) => n.kind === 'outcome');

  it('is sound', () => {
    expect(findTreeProblems(realTree)).toEqual([]);
  });

  it('ends every path in an outcome', () => {
    expect(paths.length).toBeGreaterThan(0);
    for (const p of paths) expect(replay(realTree, p.answers)?.current.kind).toBe('outcome');
  });

  it('reaches every outcome', () => {
    const reached = new Set(paths.map((p) => p.outcome.id));
    expect(outcomes.filter((o) => !reached.has(o.id)).map((o) => o.id)).toEqual([]);
  });

  it('covers all four patterns, including "both" and "neither"', () => {
    expect(new Set(outcomes.map((o) => (o as { pattern: string }).pattern))).toEqual(
      new Set(['server-action', 'route-handler', 'both', 'neither']),
    );
  });

  it('asks about the gaps the source article misses', () => {
    const text = JSON.stringify(realTree).toLowerCase();
    expect(text).toContain('static export');
    expect(text).toContain('another origin');
    expect(text).toContain('server component');
    expect(outcomes.some((o) => (o as { pattern: string }).pattern === 'both')).toBe(true);
  });
});
