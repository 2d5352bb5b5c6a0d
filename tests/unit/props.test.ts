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

  it('isSingleOrderedList accepts one list, nested lists included, and nothing else', () => {
    expect(isSingleOrderedList('<ol><li>a</li></ol>')).toBe(true);
    expect(isSingleOrderedList('<ol start="2"><li>a<ol><li>b</li></ol></li></ol>')).toBe(true);
    expect(isSingleOrderedList('<ol><li>a</li></ol><ol><li>b</li></ol>')).toBe(false);
    expect(isSingleOrderedList('<ul><li>a</li></ul>')).toBe(false);
    expect(isSingleOrderedList('<p>text</p>')).toBe(false);
  });
});
