// Every content collection and its schema, in one place (DESIGN.md habit 1).
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { z } from 'astro/zod';
import { partIds } from '~/lib/parts';

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

export const collections = {
  lessons: defineCollection({
    loader: glob({ pattern: '**/*.mdx', base: './content/lessons' }),
    schema: lessonSchema,
  }),
};
