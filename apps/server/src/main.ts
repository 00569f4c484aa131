#!/usr/bin/env node
import { runCommand } from './cli/commands.ts';
import { loadConfig } from './config.ts';

const [command = 'serve', ...args] = process.argv.slice(2);
const config = loadConfig();
process.exitCode = await runCommand(command, args, config);
