import { type ChildProcess, spawn } from 'node:child_process';
import { once } from 'node:events';
import { createServer } from 'node:net';
import { setTimeout as sleep } from 'node:timers/promises';

export type Running = { url: string; seconds: number; stop: () => Promise<void> };

/** A TCP port that was free a moment ago, so a child can be told where to listen before it starts. */
export const findFreePort = (): Promise<number> =>
  new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() =>
        typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port')),
      );
    });
  });

const stopChild = async (child: ChildProcess, group: boolean) => {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = once(child, 'exit');
  const signal = (name: NodeJS.Signals) => (group && child.pid ? process.kill(-child.pid, name) : child.kill(name));
  signal('SIGTERM');
  const timer = setTimeout(() => signal('SIGKILL'), 10_000);
  await exited;
  clearTimeout(timer);
};

/**
 * Spawns a server told to listen on a free port and waits for its first successful GET /api/health;
 * `seconds` is the time from spawn to that answer.
 */
export const startServer = async (
  command: string,
  args: string[],
  env: Record<string, string>,
  { cwd, group = false, timeoutMs = 60_000 }: { cwd?: string; group?: boolean; timeoutMs?: number } = {},
): Promise<Running> => {
  const port = await findFreePort();
  const url = `http://127.0.0.1:${port}`;
  const started = performance.now();
  const child = spawn(command, args, {
    cwd,
    env: { ...env, PORT: String(port), HOST: '127.0.0.1' },
    stdio: ['ignore', 'ignore', 'pipe'],
    detached: group,
  });
  let stderr = '';
  child.stderr?.on('data', (chunk) => {
    stderr = (stderr + chunk).slice(-4000);
  });
  const stop = () => stopChild(child, group);
  while (performance.now() - started < timeoutMs) {
    if (child.exitCode !== null) throw new Error(`${args.join(' ')} exited with ${child.exitCode}: ${stderr}`);
    try {
      const reply = await fetch(`${url}/api/health`);
      await reply.arrayBuffer();
      if (reply.ok) return { url, seconds: (performance.now() - started) / 1000, stop };
    } catch {
      // Not listening yet.
    }
    await sleep(10);
  }
  await stop();
  throw new Error(`${args.join(' ')} did not answer /api/health within ${timeoutMs} ms: ${stderr}`);
};

/** Runs a command to completion and fails with its stderr when it does not exit 0. */
export const runToEnd = async (command: string, args: string[], env: Record<string, string>) => {
  const child = spawn(command, args, { env, stdio: ['ignore', 'ignore', 'pipe'] });
  let stderr = '';
  child.stderr?.on('data', (chunk) => {
    stderr += chunk;
  });
  const [code] = (await once(child, 'exit')) as [number | null];
  if (code !== 0) throw new Error(`${args.join(' ')} exited with ${code}: ${stderr}`);
};
