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

/** A table row: its cells, and the Next.js major it belongs to when it is true for one version only. */
export interface TableRow {
  cells: string[];
  next?: '15' | '16';
}

/**
 * Checks a table: `headers` is a non-empty list of strings and each row has one cell per header. A row is a list of
 * cells, or `{ next: '15' | '16', cells: [...] }` for a row that is true for one Next.js version only.
 */
export function tableShape(component: string, headers: unknown, rows: unknown): { headers: string[]; rows: TableRow[] } {
  if (!Array.isArray(headers) || headers.length < 2 || !headers.every((h) => typeof h === 'string')) {
    throw new AuthoringError(
      `<${component}> needs headers={[…]}: a list of at least two column titles (strings); received ${JSON.stringify(headers)}.`,
    );
  }
  if (!Array.isArray(rows) || rows.length === 0) {
    throw new AuthoringError(`<${component}> needs rows={[[…], …]}: a non-empty list of rows; received ${JSON.stringify(rows)}.`);
  }
  const shaped = rows.map((row: unknown, i): TableRow => {
    let cells = row;
    let next: TableRow['next'];
    if (row !== null && typeof row === 'object' && !Array.isArray(row)) {
      const { next: version, cells: rowCells, ...rest } = row as Record<string, unknown>;
      if ((version !== '15' && version !== '16') || Object.keys(rest).length > 0) {
        throw new AuthoringError(
          `<${component}> row ${i + 1} is an object, so it must be { next: "15" | "16", cells: [...] } (a row true for one Next.js version); received ${JSON.stringify(row)}.`,
        );
      }
      cells = rowCells;
      next = version;
    }
    if (!Array.isArray(cells) || cells.length !== headers.length || !cells.every((c) => typeof c === 'string')) {
      throw new AuthoringError(
        `<${component}> row ${i + 1} must be a list of ${headers.length} strings (one per header: ${headers.join(', ')}); received ${JSON.stringify(row)}.`,
      );
    }
    return next ? { cells: cells as string[], next } : { cells: cells as string[] };
  });
  return { headers: headers as string[], rows: shaped };
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
