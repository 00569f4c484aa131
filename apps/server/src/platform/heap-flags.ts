/**
 * V8 heap flags of the long-running server processes. V8 sizes the young generation from the machine's memory:
 * on a 24 GB machine each semi-space may grow to 64 MB, and a busy server then keeps about 128 MB resident for
 * short-lived objects alone, more than half of its idle memory (issue 4: a 1 GB upload stays under 300 MB).
 * 16 MB semi-spaces were Node's fixed default up to v18; bench/RESULTS.md (upload memory) has the measurements.
 */
export const SERVER_HEAP_FLAGS = ['--max-semi-space-size=16'] as const;

/**
 * Re-executes this process in place (same pid, same stdio) with SERVER_HEAP_FLAGS, which V8 reads only at start.
 * Does nothing when they are already given, when the operator sized the young generation in NODE_OPTIONS or on
 * the command line, or where Node cannot replace a process (Windows).
 */
export const restartWithServerHeapFlags = (): void => {
  const given = [...process.execArgv, process.env.NODE_OPTIONS ?? ''].join(' ');
  if (given.includes('--max-semi-space-size') || !process.execve) return;
  process.execve(process.execPath, [
    process.execPath,
    ...SERVER_HEAP_FLAGS,
    ...process.execArgv,
    ...process.argv.slice(1),
  ]);
};
