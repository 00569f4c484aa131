import { type ChildProcess, spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const MAIN = fileURLToPath(new URL('../main.ts', import.meta.url));
/** How long a log line may take: a loaded 2-core machine needs over a minute to start and seed. */
const WAIT_MS = 120_000;

/** The real server in a child process, with its output watched for log lines. */
export type ServerProcess = {
  child: ChildProcess;
  waitForLog: (pattern: RegExp) => Promise<void>;
  hasLogged: (pattern: RegExp) => boolean;
};

/** Runs `main.ts serve` with only the given environment (no inherited configuration). */
export const spawnServer = (env: Record<string, string>): ServerProcess => {
  const child = spawn(process.execPath, [MAIN, 'serve'], {
    env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const waiters: { pattern: RegExp; resolve: () => void }[] = [];
  const onData = (chunk: Buffer) => {
    output += chunk;
    for (const waiter of waiters.filter((w) => w.pattern.test(output))) {
      waiters.splice(waiters.indexOf(waiter), 1);
      waiter.resolve();
    }
  };
  child.stdout?.on('data', onData);
  child.stderr?.on('data', onData);
  const waitForLog = (pattern: RegExp) =>
    new Promise<void>((resolve, reject) => {
      if (pattern.test(output)) return resolve();
      // A server that never got there is killed, or it would keep the test process (and the run) alive.
      const timer = setTimeout(() => {
        child.kill('SIGKILL');
        reject(new Error(`no ${pattern} within ${WAIT_MS / 1000} s:\n${output}`));
      }, WAIT_MS);
      waiters.push({ pattern, resolve: () => resolve(clearTimeout(timer)) });
      child.once('exit', (code, signal) =>
        reject(new Error(`server exited (${code ?? signal}) before ${pattern}:\n${output}`)),
      );
    });
  return { child, waitForLog, hasLogged: (pattern) => pattern.test(output) };
};

/** Sends a signal (SIGKILL by default: a crash) and waits until the process is gone. */
export const stopProcess = async (child: ChildProcess, signal: NodeJS.Signals = 'SIGKILL') => {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise((resolve) => child.once('exit', resolve));
  child.kill(signal);
  await exited;
};
