'use client';

import { useState } from 'react';

// Shows the rows of this page's RSC payload that describe Server Actions: what the browser holds for each form.
// Next.js inlines the payload in the HTML as `self.__next_f.push([1,"…"])` scripts (and Next 16 empties that array
// once it has read it), so this loads the page's HTML again and reads the scripts. It is an internal format, read
// here only to look at it; an app should never depend on it.
async function actionRows(): Promise<string[]> {
  const html = await (await fetch(location.pathname, { cache: 'no-store' })).text();
  let payload = '';
  for (const script of html.matchAll(/self\.__next_f\.push\(\[1,("(?:[^"\\]|\\.)*")\]\)/g)) payload += JSON.parse(script[1]!) as string;
  const rows = new Map<string, string>();
  for (const line of payload.split('\n')) {
    const match = /^([0-9a-f]+):(.*)$/.exec(line);
    if (match) rows.set(match[1]!, match[2]!);
  }
  const shown: string[] = [];
  // A server reference is a row {"id":…,"bound":"$@n"}; row n holds the bound arguments, and "$@m" inside them
  // points at another row (an encrypted closure is one).
  const follow = (id: string) => {
    const row = rows.get(id);
    if (row === undefined || shown.some((s) => s.startsWith(`${id}:`))) return;
    shown.push(`${id}:${row}`);
    for (const ref of row.matchAll(/"\$@([0-9a-f]+)"/g)) follow(ref[1]!);
  };
  for (const [id, row] of rows) if (/^\{"id":"[0-9a-f]+","bound":/.test(row)) follow(id);
  return shown;
}

export function PagePayload() {
  const [rows, setRows] = useState<string[] | null>(null);
  const [failed, setFailed] = useState(false);
  return (
    <section aria-labelledby="payload-title">
      <h2 id="payload-title">What this page sends about its actions</h2>
      <button type="button" onClick={() => actionRows().then(setRows, () => setFailed(true))}>Show the action rows of the page payload</button>
      <p role="status">{failed ? 'Could not load the page again.' : rows === null ? '' : `${rows.length} rows describe Server Actions.`}</p>
      {rows && <pre aria-label="Action rows of the page payload" tabIndex={0}>{rows.join('\n')}</pre>}
    </section>
  );
}
