/**
 * Runs `work` over `items` with at most `concurrency` at once, in order of the list. After the first
 * failure (or an abort) no new item starts; the ones running are waited for, then the first error is thrown.
 */
export const runPool = async <T>(
  items: readonly T[],
  concurrency: number,
  work: (item: T) => Promise<void>,
  signal: AbortSignal,
): Promise<void> => {
  let next = 0;
  let failure: { error: unknown } | undefined;
  const lane = async () => {
    while (!failure && !signal.aborted && next < items.length) {
      const item = items[next++] as T;
      try {
        await work(item);
      } catch (error) {
        failure ??= { error };
      }
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, Math.min(concurrency, items.length)) }, lane));
  if (failure) throw failure.error;
  signal.throwIfAborted();
};
