/**
 * A counting semaphore: at most `limit` callers inside `run` at once, the rest waiting in arrival order.
 * One per process bounds the tesseract processes of all digitisation jobs together, not just of one job.
 */
export const createSlots = (limit: number) => {
  let free = limit;
  const waiting: (() => void)[] = [];
  const release = () => {
    const next = waiting.shift();
    if (next) next();
    else free++;
  };
  return {
    run: async <T>(work: () => Promise<T>): Promise<T> => {
      if (free > 0) free--;
      else await new Promise<void>((resolve) => waiting.push(resolve));
      try {
        return await work();
      } finally {
        release();
      }
    },
  };
};

let processSlots: ReturnType<typeof createSlots> | undefined;

/** The process's page slots, sized on first use (OCR_CONCURRENCY). */
export const pageSlots = (limit: number) => {
  processSlots ??= createSlots(limit);
  return processSlots;
};
