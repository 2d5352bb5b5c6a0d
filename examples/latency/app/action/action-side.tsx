'use client';

import { Measure } from '../measure';
import { noopAction, slowAction, writeAction, writeAndRevalidateAction } from './actions';

export function ActionSide() {
  return (
    <Measure
      side={{
        noop: () => noopAction(),
        write: (text) => writeAction({ text }),
        // One round trip: the action's response already holds the re-rendered page.
        writeAndRefresh: (text) => writeAndRevalidateAction({ text }),
        slow: () => slowAction(),
      }}
    />
  );
}
