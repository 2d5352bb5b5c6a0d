// Prop checks for authoring components: a bad prop fails the build with a message an author can act on.

export class AuthoringError extends Error {
  override name = 'AuthoringError';
}

/** Throws unless `value` is one of `allowed`, naming the component, the prop and the accepted values. */
export function oneOf<const T extends string>(
  component: string,
  prop: string,
  value: unknown,
  allowed: readonly T[],
): T {
  if (typeof value === 'string' && (allowed as readonly string[]).includes(value)) return value as T;
  throw new AuthoringError(
    `<${component}> received ${prop}=${JSON.stringify(value)}. Use one of: ${allowed.map((a) => `"${a}"`).join(', ')}.`,
  );
}

/** Throws unless `value` is a non-empty string. */
export function requiredText(component: string, prop: string, value: unknown): string {
  if (typeof value === 'string' && value.trim() !== '') return value;
  throw new AuthoringError(`<${component}> needs a ${prop}="…" prop (a non-empty string); received ${JSON.stringify(value)}.`);
}

/** Checks a table: `headers` is a non-empty list of strings and each row has one cell per header. */
export function tableShape(component: string, headers: unknown, rows: unknown): { headers: string[]; rows: string[][] } {
  if (!Array.isArray(headers) || headers.length < 2 || !headers.every((h) => typeof h === 'string')) {
    throw new AuthoringError(
      `<${component}> needs headers={[…]}: a list of at least two column titles (strings); received ${JSON.stringify(headers)}.`,
    );
  }
  if (!Array.isArray(rows) || rows.length === 0) {
    throw new AuthoringError(`<${component}> needs rows={[[…], …]}: a non-empty list of rows; received ${JSON.stringify(rows)}.`);
  }
  rows.forEach((row, i) => {
    if (!Array.isArray(row) || row.length !== headers.length || !row.every((c) => typeof c === 'string')) {
      throw new AuthoringError(
        `<${component}> row ${i + 1} must be a list of ${headers.length} strings (one per header: ${headers.join(', ')}); received ${JSON.stringify(row)}.`,
      );
    }
  });
  return { headers: headers as string[], rows: rows as string[][] };
}

/** True when `html` is exactly one <ol> element (nested lists inside it are fine). */
export function isSingleOrderedList(html: string): boolean {
  const trimmed = html.trim();
  if (!/^<ol[\s>]/.test(trimmed) || !trimmed.endsWith('</ol>')) return false;
  let depth = 0;
  for (const match of trimmed.matchAll(/<(\/?)ol[\s>]/g)) {
    depth += match[1] ? -1 : 1;
    if (depth === 0 && match.index + match[0].length !== trimmed.length) return false;
  }
  return depth === 0;
}
