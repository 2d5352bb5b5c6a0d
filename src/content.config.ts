// Every content collection and its schema, in one place (DESIGN.md habit 1).
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { z } from 'astro/zod';
import { findTreeProblems, patterns } from '~/lib/decision-engine';
import { partIds } from '~/lib/parts';
import { checkLimits, findCheckProblems } from '~/lib/checks';
import { quizChoices } from '~/lib/quiz';
import { assertChallenge, challengeId, readChallengeContext } from '~/lib/challenges';

const slugId = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'Use lowercase words joined by hyphens, like "own-ui".');

/** Frontmatter of one lesson in `content/lessons/<slug>.mdx`. */
export const lessonSchema = z
  .object({
    title: z.string().min(3).describe('Lesson title, shown in the outline, the page heading and the tab title.'),
    description: z
      .string()
      .min(30)
      .max(200)
      .describe('One or two sentences for search results and social cards (30–200 characters).'),
    order: z
      .number()
      .int()
      .positive()
      .describe('Position in the course outline: 1 is the first lesson. Must be unique across lessons.'),
    part: z
      .enum(partIds)
      .describe(`Which part of the course the lesson belongs to; one of: ${partIds.join(', ')}.`),
    pattern: z
      .enum(['server-action', 'route-handler', 'both'])
      .default('both')
      .describe('Which pattern the lesson is mainly about; used as a search filter.'),
    furtherReading: z
      .array(
        z.object({
          title: z.string().min(3).describe('Link text: the title of the page linked to.'),
          href: z.url().describe('Absolute URL of the official documentation page.'),
        }),
      )
      .default([])
      .describe('Official docs pages the lesson relies on, listed under "Further reading".'),
  })
  .strict();

export type LessonData = z.infer<typeof lessonSchema>;

const answerSchema = z
  .object({
    id: slugId.describe('Unique within its question; appears in shareable URLs, so keep it stable.'),
    label: z.string().min(2).describe('The button text the reader picks.'),
    next: slugId.describe('Id of the question or outcome this answer leads to.'),
  })
  .strict();

const questionSchema = z
  .object({
    id: slugId.describe('Unique node id.'),
    kind: z.literal('question'),
    question: z.string().min(5).describe('The question, phrased so each answer reads as a reply to it.'),
    help: z.string().optional().describe('One or two sentences that help the reader answer.'),
    answers: z.array(answerSchema).describe('The choices; at least one.'),
  })
  .strict();

const outcomeHeading = /^Use (a Server Action|a Route Handler|both|neither)\b/;

const outcomeSchema = z
  .object({
    id: slugId.describe('Unique node id.'),
    kind: z.literal('outcome'),
    pattern: z.enum(patterns).describe(`The recommendation; one of: ${patterns.join(', ')}.`),
    heading: z
      .string()
      .regex(outcomeHeading, 'Start with "Use a Server Action", "Use a Route Handler", "Use both" or "Use neither".')
      .describe('The recommendation as a sentence.'),
    why: z.string().min(20).describe('Why this pattern fits, in a short paragraph.'),
    caveats: z.array(z.string().min(10)).default([]).describe('What to watch out for with this choice.'),
    lessons: z.array(slugId).min(1).describe('Ids of the lessons that explain this outcome (checked at build).'),
    example: slugId.optional().describe('Id of the matching paired example (checked at build).'),
  })
  .strict();

/** A decision tree in `content/decisions/<id>.yaml`: questions and outcomes, checked for integrity. */
export const decisionTreeSchema = z
  .object({
    title: z.string().min(3).describe('Name of the tree, shown above it.'),
    start: slugId.describe('Id of the first question.'),
    nodes: z.array(z.discriminatedUnion('kind', [questionSchema, outcomeSchema])).min(2),
  })
  .strict()
  .superRefine((tree, ctx) => {
    for (const problem of findTreeProblems(tree)) ctx.addIssue({ code: 'custom', message: problem, path: ['nodes'] });
  });

export type DecisionTreeData = z.infer<typeof decisionTreeSchema>;

/** One quiz scenario. */
export const quizScenarioSchema = z
  .object({
    id: slugId.describe('Unique and stable: stored progress refers to it.'),
    title: z.string().min(3).describe('A short name for the scenario.'),
    scenario: z.string().min(30).describe('The situation, as a reader would meet it in a real project.'),
    answer: z.enum(quizChoices).describe(`The best choice; one of: ${quizChoices.join(', ')}.`),
    explanation: z.string().min(30).describe('Why that is the best choice, shown as feedback.'),
    lesson: slugId.describe('Id of the lesson that covers it (checked at build).'),
  })
  .strict();

export type QuizScenario = z.infer<typeof quizScenarioSchema>;

/** A quiz in `content/quiz/<id>.yaml`: scenarios in the order readers meet them. */
export const quizSchema = z
  .object({
    title: z.string().min(3).describe('Name of the quiz.'),
    scenarios: z.array(quizScenarioSchema).min(1),
  })
  .strict()
  .superRefine((quiz, ctx) => {
    const seen = new Set<string>();
    quiz.scenarios.forEach((s, i) => {
      if (seen.has(s.id)) ctx.addIssue({ code: 'custom', message: `Scenario id "${s.id}" is used twice.`, path: ['scenarios', i, 'id'] });
      seen.add(s.id);
    });
  });

/** One choice of a "Check yourself" question. */
const checkChoiceSchema = z
  .object({
    text: z.string().min(1).describe('The answer the reader can pick.'),
    correct: z.boolean().default(false).describe('true on exactly one choice per question.'),
    explanation: z.string().min(10).describe('Why this choice is right or wrong, shown once the reader picks it.'),
  })
  .strict();

/** `content/checks/<lesson-slug>.yaml`: the recap and "Check yourself" questions at the end of that lesson. */
export const checksSchema = z
  .object({
    recap: z.array(z.string().min(10)).describe(`The lesson's takeaways, ${checkLimits.recap.min}–${checkLimits.recap.max} short bullets.`),
    questions: z
      .array(
        z
          .object({
            id: slugId.describe('Unique within the file and stable: stored progress refers to it.'),
            question: z.string().min(10).describe('The question, as a full sentence.'),
            choices: z.array(checkChoiceSchema).describe(`${checkLimits.choices.min}–${checkLimits.choices.max} choices, exactly one correct.`),
          })
          .strict(),
      )
      .describe(`${checkLimits.questions.min}–${checkLimits.questions.max} questions on the lesson's main points.`),
  })
  .strict()
  .superRefine((checks, ctx) => {
    for (const problem of findCheckProblems(checks)) ctx.addIssue({ code: 'custom', message: problem.message, path: problem.path });
  });

export type ChecksData = z.infer<typeof checksSchema>;

const examplePath = z
  .string()
  .regex(/^[\w@.()[\]-]+(\/[\w@.()[\]-]+)*$/, 'Use a path relative to the example folder, like "app/actions.ts".');

/** `examples/<id>/sandbox.json`: how the example is shown; the id is its folder name. */
export const sandboxSchema = z
  .object({
    title: z.string().min(3).describe('What the example builds, shown above the code.'),
    summary: z.string().min(30).describe('One or two sentences: the feature and how each side does it.'),
    serverAction: z.array(examplePath).min(1).describe('Key files of the Server Action side, in reading order.'),
    routeHandler: z.array(examplePath).min(1).describe('Key files of the Route Handler side, in reading order.'),
    shared: z.array(examplePath).default([]).describe('Files both sides use, such as the domain logic in lib/.'),
    preview: z.string().startsWith('/').default('/').describe('The path the live preview opens first.'),
    next16: z
      .object({
        remove: z.array(examplePath).default([]).describe('Files of the sandbox version that the Next 16 download leaves out (say, middleware.ts when next16/proxy.ts replaces it).'),
      })
      .strict()
      .optional()
      .describe('How the .zip download (Next 16) differs, besides the package.json/tsconfig.json change every example gets and the files in the example\'s next16/ folder, which replace or add to the sandbox version.'),
  })
  .strict();

export type SandboxData = z.infer<typeof sandboxSchema>;

const latencyStats = {
  p50: z.number().nonnegative().describe('Median latency, ms.'),
  p95: z.number().nonnegative().describe('95th percentile latency, ms.'),
  p99: z.number().nonnegative().describe('99th percentile latency, ms.'),
  requestsPerSecond: z.number().nonnegative(),
  requests: z.number().int().nonnegative(),
  errors: z.number().int().nonnegative(),
  non2xx: z.number().int().nonnegative(),
};

/** `content/performance/latency.json`, written by `npm run bench:patterns`. Never edited by hand. */
export const latencySchema = z.object({
  measuredAt: z.iso.datetime(),
  machine: z.object({ cpu: z.string(), cores: z.number().int(), memoryGiB: z.number(), os: z.string() }),
  node: z.string(),
  next: z.string(),
  settings: z.object({
    tool: z.string(),
    warmupSeconds: z.number(),
    durationSeconds: z.number(),
    connections: z.array(z.number().int().positive()),
    browserRuns: z.number().int().positive(),
  }),
  load: z.array(
    z.object({
      operation: z.enum(['noop', 'write', 'write-revalidate']),
      side: z.enum(['action', 'handler']),
      part: z.enum(['write', 'refresh']).optional().describe('The handler side of write-revalidate takes two requests.'),
      connections: z.number().int().positive(),
      ...latencyStats,
    }),
  ),
  browser: z.object({
    medianMs: z.record(z.enum(['action', 'handler']), z.record(z.enum(['noop', 'write', 'write-revalidate']), z.number())),
    burstFinishMs: z.record(z.enum(['action', 'handler']), z.array(z.number())),
  }),
});

export type LatencyData = z.infer<typeof latencySchema>;

const releaseVersion = z.string().regex(/^\d+\.\d+\.\d+$/, 'Use an exact release, like "16.2.6".');

/** `content/security/advisories.json`: the advisory table of the security lesson; the Next 16 pin is tested against it. */
export const advisoriesSchema = z
  .object({
    $comment: z.string().optional(),
    advisories: z
      .array(
        z
          .object({
            name: z.string().min(3).describe('Identifiers and month, as the table shows them.'),
            allowed: z.string().min(3).describe('What the flaw let an attacker do.'),
            fixedIn15: z.string().min(3).describe('The 15.x releases with the fix, or "not affected".'),
            fixedIn16: z.array(releaseVersion).min(1).describe('The 16.x releases with the fix; the downloads must pin at least the newest.'),
            note16: z.string().optional().describe('Shown after the 16.x releases, in parentheses.'),
            fixIn15_4: z.string().min(2).describe('Whether a 15.4 release has the fix (the sandbox line).'),
          })
          .strict(),
      )
      .min(1),
  })
  .strict();

/** `examples/<id>/challenges/<name>/challenge.json`: the example with a flaw put back in (src/lib/challenges.ts). */
export const challengeSchema = z
  .object({
    title: z.string().min(5).describe('What the reader does, as a task: "Stop the cross-site transfer".'),
    lesson: slugId.describe('Slug of the lesson that teaches the fix (checked at build).'),
    brief: z.string().min(60).max(600).describe('2–4 sentences: the situation and what to fix, without the solution.'),
    open: examplePath.describe('The file the reader should fix, relative to the example folder; must exist in the example.'),
    failing: z.array(slugId).min(1).describe('Ids of the checks (lib/checks.ts) that fail in the starting state; all others pass.'),
  })
  .strict();

export type ChallengeData = z.infer<typeof challengeSchema>;

const challengeGlob = glob({ pattern: '*/challenges/*/challenge.json', base: './examples', generateId: ({ entry }) => challengeId(entry).id });

export const collections = {
  security: defineCollection({
    loader: glob({ pattern: '*.json', base: './content/security' }),
    schema: advisoriesSchema,
  }),
  performance: defineCollection({
    loader: glob({ pattern: '*.json', base: './content/performance' }),
    schema: latencySchema,
  }),
  examples: defineCollection({
    loader: glob({ pattern: '*/sandbox.json', base: './examples', generateId: ({ entry }) => entry.split('/')[0]! }),
    schema: sandboxSchema,
  }),
  lessons: defineCollection({
    loader: glob({ pattern: '**/*.mdx', base: './content/lessons' }),
    schema: lessonSchema,
  }),
  decisions: defineCollection({
    loader: glob({ pattern: '*.yaml', base: './content/decisions' }),
    schema: decisionTreeSchema,
  }),
  quiz: defineCollection({
    loader: glob({ pattern: '*.yaml', base: './content/quiz' }),
    schema: quizSchema,
  }),
  checks: defineCollection({
    loader: glob({ pattern: '*.yaml', base: './content/checks' }),
    schema: checksSchema,
  }),
  challenges: defineCollection({
    // The glob, then cross-checks against the example and the lessons: a bad challenge fails the build.
    loader: {
      name: 'challenges',
      load: async (context) => {
        await challengeGlob.load(context);
        for (const entry of context.store.values()) {
          const [example, name] = entry.id.split('/') as [string, string];
          assertChallenge(`examples/${example}/challenges/${name}/challenge.json`, entry.data as ChallengeData, readChallengeContext(process.cwd(), example, name));
        }
      },
    },
    schema: challengeSchema,
  }),
};
