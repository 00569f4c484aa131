// `npm start`: builds the web app when its sources are newer than the build, then serves on the embedded database.
import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { restartWithServerHeapFlags } from '../apps/server/src/platform/heap-flags.ts';

restartWithServerHeapFlags();

const root = fileURLToPath(new URL('..', import.meta.url));
const web = path.join(root, 'apps/web');
const builtIndex = path.join(web, 'dist/index.html');

const newestMtime = (dir: string): number =>
  readdirSync(dir, { withFileTypes: true }).reduce((newest, entry) => {
    const full = path.join(dir, entry.name);
    const time = entry.isDirectory() ? newestMtime(full) : statSync(full).mtimeMs;
    return Math.max(newest, time);
  }, 0);

const isBuildStale = () => {
  if (!existsSync(builtIndex)) return true;
  const sources = [path.join(web, 'src'), path.join(root, 'packages/domain/src')];
  const newestSource = Math.max(...sources.map(newestMtime), statSync(path.join(web, 'index.html')).mtimeMs);
  return newestSource > statSync(builtIndex).mtimeMs;
};

if (existsSync(path.join(web, 'index.html')) && isBuildStale()) {
  console.log('Building the web app…');
  const { build } = await import('vite');
  await build({ root: web, configFile: path.join(web, 'vite.config.ts'), logLevel: 'warn' });
}

const { loadConfig } = await import('../apps/server/src/config.ts');
const { runCommand } = await import('../apps/server/src/cli/commands.ts');
process.exitCode = await runCommand('serve', [], loadConfig());
