import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { z } from 'zod';
import { ZSigningConfig } from './modules/documents/signing/signing-config.ts';

const ZBool = z.enum(['true', 'false', '1', '0']).transform((v) => v === 'true' || v === '1');

const ZEnv = z.object({
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  HOST: z.string().min(1).default('0.0.0.0'),
  /** Folder of the embedded database and blobs; ignored for the database when DATABASE_URL is set. */
  DATA_DIR: z.string().min(1).default('./data'),
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, 'must start with postgres:// or postgresql://')
    .optional(),
  /** Public URL of this server; the OpenID Connect issuer. */
  PUBLIC_URL: z.url().optional(),
  /** Secret for signing cookies; generated into DATA_DIR on first start when not given. */
  SESSION_SECRET: z.string().min(32, 'must be at least 32 characters').optional(),
  SESSION_IDLE_MINUTES: z.coerce
    .number()
    .int()
    .min(1)
    .max(24 * 60)
    .default(30),
  SESSION_ABSOLUTE_HOURS: z.coerce
    .number()
    .int()
    .min(1)
    .max(7 * 24)
    .default(12),
  SESSION_ROTATE_MINUTES: z.coerce
    .number()
    .int()
    .min(1)
    .max(24 * 60)
    .default(10),
  LOGIN_MAX_FAILURES: z.coerce.number().int().min(1).max(100).default(5),
  LOGIN_LOCK_MINUTES: z.coerce
    .number()
    .int()
    .min(1)
    .max(24 * 60)
    .default(15),
  RATE_LIMIT_PER_MINUTE: z.coerce.number().int().min(1).default(1200),
  LOGIN_RATE_LIMIT_PER_MINUTE: z.coerce.number().int().min(1).default(30),
  /** Serve cookies with the Secure flag (set when behind HTTPS). */
  COOKIE_SECURE: ZBool.default(false),
  SEED_DEMO: ZBool.default(true),
  /** How many criminal cases the demo seeds on an empty database (its crime reports scale with it). */
  DEMO_CASES: z.coerce.number().int().min(0).max(100_000).default(2000),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  WEB_DIST: z.string().optional(),
  /** Also run the background job worker in `serve` (false: API only, with `worker` processes elsewhere). */
  WORKER: ZBool.default(true),
  WORKER_CONCURRENCY: z.coerce.number().int().min(1).max(64).default(2),
  /** A job whose worker stops heartbeating for this long is taken over by another worker. */
  JOB_LEASE_SECONDS: z.coerce.number().int().min(1).max(3600).default(60),
  JOB_POLL_MS: z.coerce.number().int().min(10).max(60_000).default(1000),
  /** A case deadline within this many days is "due soon" on dashboards and in alerts. */
  DEADLINE_SOON_DAYS: z.coerce.number().int().min(1).max(90).default(10),
  /** Where case-file blobs are kept: a folder under DATA_DIR, or an S3-compatible bucket. */
  BLOB_STORE: z.enum(['local', 's3']).default('local'),
  S3_ENDPOINT: z.url().optional(),
  S3_BUCKET: z.string().min(1).optional(),
  S3_REGION: z.string().min(1).default('us-east-1'),
  S3_ACCESS_KEY_ID: z.string().min(1).optional(),
  S3_SECRET_ACCESS_KEY: z.string().min(1).optional(),
  /** Path-style URLs (https://host/bucket/key), as MinIO and Ceph expect. */
  S3_FORCE_PATH_STYLE: ZBool.default(true),
  /** Base64 of 32 random bytes; when set, files of classified documents are stored encrypted (AES-256-GCM). */
  BLOB_ENCRYPTION_KEY: z
    .string()
    .regex(/^[A-Za-z0-9+/]{43}=$/, 'must be the base64 of exactly 32 bytes (openssl rand -base64 32)')
    .optional(),
  /** Pages OCR'd at once by the process's digitisation jobs together: one single-threaded tesseract per core. */
  OCR_CONCURRENCY: z.coerce.number().int().min(1).max(16).default(Math.min(2, availableParallelism())),
  /** Largest file accepted by an upload, in MB. */
  UPLOAD_MAX_MB: z.coerce.number().int().min(1).max(4096).default(2048),
  /** SIGNING_*: digital signatures (documents/signing/signing-config.ts). */
  ...ZSigningConfig.shape,
});

/** Settings that only make sense together (the S3 store needs its bucket and keys), and signing files that must exist. */
const ZCheckedEnv = ZEnv.superRefine((env, context) => {
  if (env.SIGNING_PROVIDER === 'remote' && !env.SIGNING_REMOTE_URL)
    context.addIssue({
      code: 'custom',
      path: ['SIGNING_REMOTE_URL'],
      message: 'required when SIGNING_PROVIDER=remote',
    });
  for (const name of ['SIGNING_TRUSTED_ROOTS', 'SIGNING_CRL_FILES'] as const) {
    const missing = env[name].find((file) => !existsSync(file));
    if (missing) context.addIssue({ code: 'custom', path: [name], message: `no such file: ${missing}` });
  }
  if (env.BLOB_STORE !== 's3') return;
  for (const name of ['S3_BUCKET', 'S3_ACCESS_KEY_ID', 'S3_SECRET_ACCESS_KEY'] as const) {
    if (!env[name]) context.addIssue({ code: 'custom', path: [name], message: 'required when BLOB_STORE=s3' });
  }
});

export type Config = z.infer<typeof ZEnv>;

export class ConfigError extends Error {}

/** Parses the configuration; the error names the first bad variable in one line. */
export const parseConfig = (env: NodeJS.ProcessEnv): Config => {
  const parsed = ZCheckedEnv.safeParse(env);
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0];
  const name = String(issue?.path[0] ?? 'environment');
  const value = env[name];
  throw new ConfigError(
    `Configuration error: ${name}${value === undefined ? '' : `=${JSON.stringify(value)}`}: ${issue?.message}`,
  );
};

/** Reads the configuration from the environment; a bad value stops the process with one line naming it. */
export const loadConfig = (env: NodeJS.ProcessEnv = process.env): Config => {
  try {
    return parseConfig(env);
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    process.stderr.write(`${error.message}\n`);
    process.exit(78);
  }
};
