import { describe, expect, it } from 'vitest';
import { AuthoringError, isSingleOrderedList, oneOf, requiredText, tableShape } from '~/lib/props';

describe('component prop checks', () => {
  it('oneOf accepts a listed value and names component, prop and choices otherwise', () => {
    expect(oneOf('Callout', 'type', 'tip', ['note', 'tip'])).toBe('tip');
    expect(() => oneOf('Callout', 'type', 'warn', ['note', 'tip'])).toThrow(
      new AuthoringError('<Callout> received type="warn". Use one of: "note", "tip".'),
    );
    expect(() => oneOf('Callout', 'type', undefined, ['note'])).toThrow(/received type=undefined/);
  });

  it('requiredText rejects empty text', () => {
    expect(requiredText('DeepDive', 'title', 'Flight')).toBe('Flight');
    expect(() => requiredText('DeepDive', 'title', '  ')).toThrow(/<DeepDive> needs a title/);
  });

  it('tableShape checks that every row has one cell per header', () => {
    expect(tableShape('Comparison', ['a', 'b'], [['1', '2']]).rows).toHaveLength(1);
    expect(() => tableShape('Comparison', ['a', 'b'], [['1']])).toThrow(/row 1 must be a list of 2 strings/);
    expect(() => tableShape('Comparison', 'a,b', [['1', '2']])).toThrow(/needs headers/);
    expect(() => tableShape('Comparison', ['a', 'b'], [])).toThrow(/needs rows/);
  });

  it('tableShape takes a row for one Next.js version and refuses a version that does not exist', () => {
    expect(tableShape('Comparison', ['a', 'b'], [{ next: '15', cells: ['1', '2'] }]).rows).toEqual([{ cells: ['1', '2'], next: '15' }]);
    expect(() => tableShape('Comparison', ['a', 'b'], [{ next: '14', cells: ['1', '2'] }])).toThrow(/row 1 is an object, so it must be \{ next: "15" \| "16"/);
    expect(() => tableShape('Comparison', ['a', 'b'], [{ next: '16', cells: ['1'] }])).toThrow(/row 1 must be a list of 2 strings/);
  });

  it('isSingleOrderedList accepts one list, nested lists included, and nothing else', () => {
    expect(isSingleOrderedList('<ol><li>a</li></ol>')).toBe(true);
    expect(isSingleOrderedList('<ol start="2"><li>a<ol><li>b</li></ol></li></ol>')).toBe(true);
    expect(isSingleOrderedList('<ol><li>a</li></ol><ol><li>b</li></ol>')).toBe(false);
    expect(isSingleOrderedList('<ul><li>a</li></ul>')).toBe(false);
    expect(isSingleOrderedList('<p>text</p>')).toBe(false);
  });
});

import { contrast, ensureContrast, parseHex } from '~/lib/contrast';

describe('code colour contrast', () => {
  it('keeps colours that already meet 4.5:1 and darkens or lightens the rest just enough', () => {
    expect(ensureContrast('#24292e', ['#f6f8fa'], '#000000')).toBe('#24292e');
    const comment = ensureContrast('#6a737d', ['#f6f8fa', '#fff8c5'], '#000000');
    expect(comment).not.toBe('#6a737d');
    for (const bg of ['#f6f8fa', '#fff8c5']) expect(contrast(parseHex(comment)!, parseHex(bg)!)).toBeGreaterThanOrEqual(4.5);
    const dark = ensureContrast('#6a737d', ['#0d1117', '#3a3410'], '#ffffff');
    for (const bg of ['#0d1117', '#3a3410']) expect(contrast(parseHex(dark)!, parseHex(bg)!)).toBeGreaterThanOrEqual(4.5);
  });

  it('leaves values it cannot parse alone', () => {
    expect(ensureContrast('inherit', ['#fff'], '#000000')).toBe('inherit');
  });
});
