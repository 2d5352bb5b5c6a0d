// The quiz's answer key, read from the same content file the site is built from.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parse } from 'yaml';

export const labels = { 'server-action': 'Server Action', 'route-handler': 'Route Handler', both: 'Both, sharing one function', neither: 'Neither' } as const;
type Choice = keyof typeof labels;

export const scenarios: { id: string; title: string; answer: Choice }[] = parse(
  readFileSync(resolve(import.meta.dirname, '../../content/quiz/decision-quiz.yaml'), 'utf8'),
).scenarios;

export const wrongFor = (answer: Choice): Choice => (answer === 'neither' ? 'both' : 'neither');
