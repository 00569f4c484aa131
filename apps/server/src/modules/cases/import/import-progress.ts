/**
 * Rows written so far by imports running in this process. An all_or_nothing import writes in one
 * transaction whose progress no other connection can see (and PGlite has only one connection), so the page
 * reads it from here; batches of valid_rows are committed with their counts and read from the database.
 */
const live = new Map<string, number>();

export const setLiveProgress = (importId: string, processed: number) => {
  live.set(importId, processed);
};

export const clearLiveProgress = (importId: string) => {
  live.delete(importId);
};

export const liveProgress = (importId: string): number | undefined => live.get(importId);
