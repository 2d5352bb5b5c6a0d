// The decision tree as data, its integrity checks, and a pure walker that the React island renders.

export const patterns = ['server-action', 'route-handler', 'both', 'neither'] as const;
export type Pattern = (typeof patterns)[number];

export interface Answer {
  /** Unique within its question; used in shareable URLs. */
  id: string;
  label: string;
  /** Id of the node this answer leads to. */
  next: string;
}

export interface QuestionNode {
  id: string;
  kind: 'question';
  question: string;
  help?: string;
  answers: Answer[];
}

export interface OutcomeNode {
  id: string;
  kind: 'outcome';
  pattern: Pattern;
  /** Starts with "Use a Server Action", "Use a Route Handler", "Use both" or "Use neither". */
  heading: string;
  why: string;
  caveats: string[];
  lessons: string[];
  example?: string;
}

export type DecisionNode = QuestionNode | OutcomeNode;

export interface DecisionTree {
  start: string;
  nodes: DecisionNode[];
}

/** Every structural problem in the tree, as sentences an author can act on. Empty when the tree is sound. */
export function findTreeProblems(tree: DecisionTree): string[] {
  const problems: string[] = [];
  const byId = new Map<string, DecisionNode>();
  for (const node of tree.nodes) {
    if (byId.has(node.id)) problems.push(`Node id "${node.id}" is used twice.`);
    byId.set(node.id, node);
  }
  if (!byId.has(tree.start)) problems.push(`start: "${tree.start}" is not a node id. Known ids: ${[...byId.keys()].join(', ')}.`);

  for (const node of tree.nodes) {
    if (node.kind !== 'question') continue;
    if (node.answers.length === 0) problems.push(`Question "${node.id}" has no answers.`);
    const seen = new Set<string>();
    for (const answer of node.answers) {
      if (seen.has(answer.id)) problems.push(`Question "${node.id}" has two answers with id "${answer.id}".`);
      seen.add(answer.id);
      if (!byId.has(answer.next)) {
        problems.push(`Answer "${answer.id}" of question "${node.id}" leads to unknown node "${answer.next}".`);
      }
    }
  }
  if (problems.length > 0) return problems;

  // Depth-first walk from the start: grey nodes are on the current path, so meeting one again is a cycle.
  const state = new Map<string, 'grey' | 'black'>();
  const visit = (id: string, trail: string[]) => {
    const mark = state.get(id);
    if (mark === 'grey') {
      problems.push(`Cycle: ${[...trail.slice(trail.indexOf(id)), id].join(' → ')}.`);
      return;
    }
    if (mark === 'black') return;
    state.set(id, 'grey');
    const node = byId.get(id)!;
    if (node.kind === 'question') for (const a of node.answers) visit(a.next, [...trail, id]);
    state.set(id, 'black');
  };
  visit(tree.start, []);
  for (const node of tree.nodes) {
    if (!state.has(node.id)) problems.push(`Node "${node.id}" cannot be reached from the start.`);
  }
  return problems;
}

export interface Step {
  question: QuestionNode;
  answer: Answer;
}

export interface WalkState {
  /** Questions answered so far, in order. */
  steps: Step[];
  /** The question to answer next, or the outcome reached. */
  current: DecisionNode;
}

const nodeById = (tree: DecisionTree, id: string) => {
  const node = tree.nodes.find((n) => n.id === id);
  if (!node) throw new Error(`Unknown node "${id}".`);
  return node;
};

export function startState(tree: DecisionTree): WalkState {
  return { steps: [], current: nodeById(tree, tree.start) };
}

/** Answers the current question. Returns null when the state is an outcome or the answer does not belong to it. */
export function answer(tree: DecisionTree, state: WalkState, answerId: string): WalkState | null {
  if (state.current.kind !== 'question') return null;
  const chosen = state.current.answers.find((a) => a.id === answerId);
  if (!chosen) return null;
  return { steps: [...state.steps, { question: state.current, answer: chosen }], current: nodeById(tree, chosen.next) };
}

/** Goes back one question. At the start, stays there. */
export function back(tree: DecisionTree, state: WalkState): WalkState {
  return replay(tree, state.steps.slice(0, -1).map((s) => s.answer.id)) ?? startState(tree);
}

/** Replays a list of answer ids from the start; null when any id does not fit (a forged or stale path). */
export function replay(tree: DecisionTree, answerIds: readonly string[]): WalkState | null {
  let state: WalkState | null = startState(tree);
  for (const id of answerIds) {
    state = answer(tree, state, id);
    if (!state) return null;
  }
  return state;
}

/** The path as it goes into a URL: answer ids joined by dots. */
export function encodePath(state: WalkState): string {
  return state.steps.map((s) => s.answer.id).join('.');
}

export function decodePath(value: string | null): string[] {
  if (!value) return [];
  return value.split('.').filter(Boolean);
}

/** Every route from the start to an outcome, as lists of answer ids. The tree must be sound. */
export function allPaths(tree: DecisionTree): { answers: string[]; outcome: OutcomeNode }[] {
  const paths: { answers: string[]; outcome: OutcomeNode }[] = [];
  const walk = (id: string, answers: string[]) => {
    const node = nodeById(tree, id);
    if (node.kind === 'outcome') paths.push({ answers, outcome: node });
    else for (const a of node.answers) walk(a.next, [...answers, a.id]);
  };
  walk(tree.start, []);
  return paths;
}
