import { describe, expect, it } from 'vitest';
import { lessonSchema } from '~/content.config';

const valid = {
  title: 'Webhooks',
  description: 'Why a webhook needs a stable URL and a raw body, and how to verify its signature.',
  order: 8,
  part: 'patterns',
};

describe('lesson frontmatter schema', () => {
  it('accepts a complete lesson and fills defaults', () => {
    const data = lessonSchema.parse(valid);
    expect(data.pattern).toBe('both');
    expect(data.furtherReading).toEqual([]);
  });

  it('rejects a missing or fractional order', () => {
    expect(lessonSchema.safeParse({ ...valid, order: undefined }).success).toBe(false);
    expect(lessonSchema.safeParse({ ...valid, order: 1.5 }).success).toBe(false);
    expect(lessonSchema.safeParse({ ...valid, order: 0 }).success).toBe(false);
  });

  it('rejects a part that is not in the outline', () => {
    const result = lessonSchema.safeParse({ ...valid, part: 'appendix' });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.path).toEqual(['part']);
  });

  it('rejects a description too short for search results', () => {
    expect(lessonSchema.safeParse({ ...valid, description: 'Too short.' }).success).toBe(false);
  });

  it('rejects unknown fields, so typos do not pass silently', () => {
    const result = lessonSchema.safeParse({ ...valid, oder: 3 });
    expect(result.success).toBe(false);
  });

  it('requires further-reading links to be absolute URLs', () => {
    expect(lessonSchema.safeParse({ ...valid, furtherReading: [{ title: 'Docs page', href: '/docs' }] }).success).toBe(false);
    expect(
      lessonSchema.safeParse({ ...valid, furtherReading: [{ title: 'Docs page', href: 'https://nextjs.org/docs' }] }).success,
    ).toBe(true);
  });
});
