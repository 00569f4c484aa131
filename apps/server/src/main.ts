#!/usr/bin/env node
import { restartWithServerHeapFlags } from './platform/heap-flags.ts';

const [command = 'serve', ...args] = process.argv.slice(2);
// Before anything is loaded: the long-running processes restart once with their heap flags.
if (command === 'serve' || command === 'worker') restartWithServerHeapFlags();
const { runCommand } = await import('./cli/commands.ts');
const { loadConfig } = await import('./config.ts');
const config = loadConfig();
process.exitCode = await runCommand(command, args, config);
