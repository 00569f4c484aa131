import { parseArgs } from 'node:util';

export type BenchOptions = {
  officers: number;
  offices: number;
  duration: number;
  connections: number;
  loginConnections: number;
  coldRuns: number;
  write: boolean;
};

const positiveInt = (name: string, raw: string, min: number): number => {
  const value = Number(raw);
  if (!Number.isInteger(value) || value < min) throw new Error(`--${name} must be an integer ≥ ${min} (got ${raw})`);
  return value;
};

/** Reads the command line of `npm run bench -- [--officers N] [--offices N] [--duration S] …`. */
export const readOptions = (argv: string[]): BenchOptions => {
  const { values } = parseArgs({
    args: argv,
    strict: true,
    options: {
      officers: { type: 'string', default: '10000' },
      offices: { type: 'string', default: '700' },
      duration: { type: 'string', default: '10' },
      connections: { type: 'string', default: '10' },
      'login-connections': { type: 'string', default: '4' },
      'cold-runs': { type: 'string', default: '5' },
      'no-write': { type: 'boolean', default: false },
    },
  });
  return {
    officers: positiveInt('officers', values.officers, 0),
    offices: positiveInt('offices', values.offices, 1),
    duration: positiveInt('duration', values.duration, 1),
    connections: positiveInt('connections', values.connections, 1),
    loginConnections: positiveInt('login-connections', values['login-connections'], 1),
    coldRuns: positiveInt('cold-runs', values['cold-runs'], 1),
    write: !values['no-write'],
  };
};
