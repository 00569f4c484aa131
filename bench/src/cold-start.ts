import { existsSync } from 'node:fs';
import path from 'node:path';
import { startServer } from './processes.ts';

export type ColdStart = { label: string; runs: number[]; median: number } | { label: string; error: string };

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2
    ? (sorted[middle] as number)
    : ((sorted[middle - 1] as number) + (sorted[middle] as number)) / 2;
};

const measure = async (
  label: string,
  runs: number,
  start: () => ReturnType<typeof startServer>,
): Promise<ColdStart> => {
  const seconds: number[] = [];
  try {
    // One untimed start first: `npm start` rebuilds the web app when its sources changed, which is
    // a build, not a start; it also puts both on the same footing of a warm file cache.
    await (await start()).stop();
    for (let i = 0; i < runs; i++) {
      const server = await start();
      seconds.push(server.seconds);
      await server.stop();
    }
    return { label, runs: seconds, median: median(seconds) };
  } catch (error) {
    return { label, error: (error as Error).message.split('\n')[0] as string };
  }
};

/**
 * Time from spawn to the first successful /api/health on an existing data folder: the server itself,
 * and `npm start` as an operator types it (npm's own start-up included) when the repository has it.
 */
export const measureColdStarts = async (
  root: string,
  env: Record<string, string>,
  runs: number,
): Promise<ColdStart[]> => {
  const main = path.join(root, 'apps/server/src/main.ts');
  const results = [
    await measure('`eprocuracy serve` (node apps/server/src/main.ts serve)', runs, () =>
      startServer(process.execPath, [main, 'serve'], env),
    ),
  ];
  const npm = process.env.npm_execpath;
  if (!npm || !existsSync(path.join(root, 'scripts/start.ts')))
    results.push({
      label: '`npm start`',
      error: 'not measured: run through `npm run bench` with scripts/start.ts present',
    });
  else
    results.push(
      await measure('`npm start`', runs, () =>
        startServer(process.execPath, [npm, 'start'], env, { cwd: root, group: true, timeoutMs: 180_000 }),
      ),
    );
  return results;
};
