// Which lessons a reader has finished, kept in the browser's storage. Pure apart from the Storage it is given.

export const progressKey = 'course-progress-v1';

type StorageLike = Pick<Storage, 'getItem' | 'setItem'>;

/** The ids of finished lessons. Bad or missing data reads as nothing finished. */
export function readDone(storage: StorageLike | undefined): Set<string> {
  try {
    const value: unknown = JSON.parse(storage?.getItem(progressKey) ?? '[]');
    return new Set(Array.isArray(value) ? value.filter((id): id is string => typeof id === 'string') : []);
  } catch {
    return new Set();
  }
}

/** Marks a lesson finished or not, and returns the new set. Storage failures leave the set as it was. */
export function setDone(storage: StorageLike | undefined, id: string, done: boolean): Set<string> {
  const ids = readDone(storage);
  if (done) ids.add(id);
  else ids.delete(id);
  try {
    storage?.setItem(progressKey, JSON.stringify([...ids].sort()));
  } catch {
    return readDone(storage);
  }
  return ids;
}

/** "3 of 19 lessons done", counting only lessons that exist. */
export function summary(done: Set<string>, lessonIds: readonly string[]): { done: number; total: number; text: string } {
  const count = lessonIds.filter((id) => done.has(id)).length;
  return { done: count, total: lessonIds.length, text: `${count} of ${lessonIds.length} lessons done` };
}
