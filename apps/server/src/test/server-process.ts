import { type ChildProcess, spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const MAIN = fileURLToPath(new URL('../main.ts', import.meta.url));

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
      const timer = setTimeout(() => reject(new Error(`no ${pattern} within 60 s:\n${output}`)), 60_000);
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
