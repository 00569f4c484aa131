/** How long a version waits for missing OCR tools before it looks again (not an attempt: nothing failed). */
export const TOOLS_RECHECK_MS = 5 * 60_000;
