/**
 * Configuration: the only module that reads `process.env`.
 *
 * One zod schema; empty strings count as missing (so `FOO=` in .env means "use the default");
 * a bad value fails fast with the key's name and what was expected, never the value (it may be
 * a secret). `loadConfig` takes the environment as an argument so tests never touch process.env.
 */
import { existsSync, readFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';
import { parse as parseDotenv } from 'dotenv';
import { z } from 'zod';
import { isValidTimeZone } from './language/zoned-time';
import { DEFAULT_MAX_PENDING_TURNS } from './slack/turn-admission';

const port = z.coerce.number().int().min(0).max(65535);
const url = z.url({ protocol: /^https?$/ });
// An IANA zone Intl knows ("Europe/Stockholm"); a typo fails at start-up, not on a card.
const timeZone = z.string().refine(isValidTimeZone, { message: 'an IANA time zone such as Europe/Stockholm or UTC' });

const schema = z
  .object({
    PORT: port.default(3978),
    HOST: z.string().default('127.0.0.1'),
    LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
    LOG_FORMAT: z.enum(['auto', 'pretty', 'json']).default('auto'),
    DEFAULT_LOCALE: z.enum(['sv', 'en']).default('en'),
    TIME_ZONE: timeZone.default('Europe/Stockholm'),

    GRAPH_MODE: z.enum(['simulator', 'graph']).default('simulator'),
    TENANT_FILE: z.string().optional(),
    SIMULATOR_PORT: port.default(3979),
    SIMULATOR_URL: url.optional(),
    GRAPH_BASE_URL: url.optional(),
    GRAPH_TIMEOUT_MS: z.coerce.number().int().min(100).max(120_000).default(10_000),
    TENANT_FACTS_TTL_MS: z.coerce.number().int().min(0).max(600_000).default(60_000),
    GRAPH_RETRY_BUDGET_MS: z.coerce.number().int().min(1000).max(900_000).default(60_000),
    GRAPH_WRITE_QUOTA: z
      .string()
      .regex(/^(off|[1-9]\d*\/[1-9]\d*)$/, 'expected WRITES/SECONDS (e.g. 3000/150) or off')
      .default('3000/150'),
    DIRECTORY_REFRESH_SECONDS: z.coerce.number().int().min(10).max(86_400).default(300),
    AZURE_TENANT_ID: z.string().optional(),
    AZURE_CLIENT_ID: z.string().optional(),
    AZURE_CLIENT_SECRET: z.string().optional(),
    AZURE_CLIENT_CERTIFICATE_PATH: z.string().optional(),
    /** Where Entra ID signs people in (`license-desk login`); a national cloud's host, or a test's fake. */
    AZURE_AUTHORITY_HOST: url.default('https://login.microsoftonline.com'),
    /** The public-client app `license-desk login` signs in with; defaults to AZURE_CLIENT_ID. */
    CLI_CLIENT_ID: z.string().optional(),
    /** Where `license-desk login` keeps its sign-in record and token cache (default ~/.license-desk). */
    CLI_STATE_DIR: z.string().optional(),

    COSMOS_ENDPOINT: url.optional(),
    COSMOS_KEY: z.string().optional(),
    COSMOS_DATABASE: z.string().default('license-desk'),

    MicrosoftAppId: z.string().optional(),
    MicrosoftAppPassword: z.string().optional(),
    MicrosoftAppType: z.enum(['MultiTenant', 'SingleTenant', 'UserAssignedMSI']).default('SingleTenant'),
    MicrosoftAppTenantId: z.string().optional(),

    SLACK_SIGNING_SECRET: z.string().optional(),
    SLACK_BOT_TOKEN: z.string().optional(),
    SLACK_API_URL: url.default('https://slack.com/api/'),
    LOCAL_SERVICES: z.enum(['thread', 'inline']).default('thread'),
    SLACK_MAX_PENDING_TURNS: z.coerce.number().int().min(1).max(100_000).default(DEFAULT_MAX_PENDING_TURNS),

    APPROVAL_EXPIRY_DAYS: z.coerce.number().int().min(1).max(90).default(7),
    APPROVER_GROUP_ID: z.string().optional(),
    RECLAIM_INACTIVE_DAYS: z.coerce.number().int().min(1).max(3650).default(90),
    LICENSE_PRICES_FILE: z.string().optional(),
    NOTIFY_USERS: z.enum(['on', 'off']).default('off'),
    NOTIFY_LEAD_HOURS: z.coerce.number().int().min(1).max(720).default(24),
    PLAYGROUND: z.enum(['on', 'off']).default('on'),
    PLAYGROUND_PORT: port.default(56150),
  })
  .superRefine((env, ctx) => {
    if (env.GRAPH_MODE !== 'graph') return;
    // Without a secret or certificate Graph uses the managed identity (AZURE_CLIENT_ID, if set,
    // names a user-assigned one); an app registration's secret or certificate needs its ids.
    if (!env.AZURE_CLIENT_SECRET && !env.AZURE_CLIENT_CERTIFICATE_PATH) return;
    for (const key of ['AZURE_TENANT_ID', 'AZURE_CLIENT_ID'] as const) {
      if (!env[key]) {
        ctx.addIssue({
          code: 'custom',
          path: [key],
          message: 'required with AZURE_CLIENT_SECRET or AZURE_CLIENT_CERTIFICATE_PATH',
        });
      }
    }
  })
  .superRefine((env, ctx) => {
    if (env.MicrosoftAppId && env.MicrosoftAppType !== 'UserAssignedMSI' && !env.MicrosoftAppPassword) {
      ctx.addIssue({ code: 'custom', path: ['MicrosoftAppPassword'], message: 'required when MicrosoftAppId is set' });
    }
    if (env.MicrosoftAppId && env.MicrosoftAppType === 'SingleTenant' && !env.MicrosoftAppTenantId) {
      ctx.addIssue({ code: 'custom', path: ['MicrosoftAppTenantId'], message: 'required for a SingleTenant bot' });
    }
    if (Boolean(env.SLACK_SIGNING_SECRET) !== Boolean(env.SLACK_BOT_TOKEN)) {
      ctx.addIssue({
        code: 'custom',
        path: [env.SLACK_SIGNING_SECRET ? 'SLACK_BOT_TOKEN' : 'SLACK_SIGNING_SECRET'],
        message: 'SLACK_SIGNING_SECRET and SLACK_BOT_TOKEN go together',
      });
    }
  });

type Env = z.infer<typeof schema>;

export interface Config {
  port: number;
  /** Listen address: loopback by default; 0.0.0.0 in a container. */
  host: string;
  logLevel: Env['LOG_LEVEL'];
  /** auto = readable lines on a terminal, JSON otherwise. */
  logFormat: Env['LOG_FORMAT'];
  defaultLocale: 'sv' | 'en';
  /** The tenant's IANA time zone: cards show times in it and name it; dates in requests are read in it. */
  timeZone: string;
  graph:
    | {
        mode: 'simulator';
        tenantFile: string | undefined;
        simulatorPort: number;
        timeoutMs: number;
        /** A simulator already running elsewhere: the bot and the CLI connect to it instead of starting one. */
        simulatorUrl?: string;
      }
    | {
        mode: 'graph';
        baseUrl: string;
        timeoutMs: number;
        /** Empty with a managed identity (not needed). */
        tenantId: string;
        /** An app registration's, or a user-assigned managed identity's; empty for a system-assigned one. */
        clientId: string;
        /** Neither secret nor certificate: the managed identity. */
        clientSecret: string | undefined;
        certificatePath: string | undefined;
      };
  cosmos: { endpoint: string | undefined; key: string | undefined; databaseId: string };
  /** Reuse of SKUs, subscriptions, admin roles and group names when answering messages; 0 = off. */
  tenantFacts: { ttlMs: number };
  /**
   * How hard Graph writes are tried and how fast they may go, for every instance on one store:
   * `retryBudgetMs` bounds each user's retries of 429/503 in time (Retry-After honoured);
   * `writeQuota` is shared by all instances through the store (undefined = not shared).
   */
  graphLimits: { retryBudgetMs: number; writeQuota: { writes: number; windowMs: number } | undefined };
  bot: {
    appId: string | undefined;
    appPassword: string | undefined;
    appType: Env['MicrosoftAppType'];
    appTenantId: string | undefined;
  };
  /** Where `npm start` runs the local simulator and embedded Cosmos DB: a worker thread, or the bot's own (LOCAL_SERVICES). */
  localServices: Env['LOCAL_SERVICES'];
  /** maxPendingTurns: chat turns waiting after their ack before "busy" is answered (SLACK_MAX_PENDING_TURNS). */
  slack: { signingSecret: string; botToken: string; apiUrl: string; maxPendingTurns: number } | undefined;
  approvals: { expiryDays: number; approverGroupId: string | undefined };
  /** inactiveDays: "no sign-in for N days"; pricesFile: skuPartNumber → price per user per month (optional). */
  reclaim: { inactiveDays: number; pricesFile: string | undefined };
  /** NOTIFY_USERS: tell affected users before a scheduled removal (leadHours ahead) and after any removal. */
  notifyUsers: { enabled: boolean; leadHours: number };
  /** How often the directory index asks Graph for changes (delta query), in seconds. */
  directory: { refreshSeconds: number };
  playground: { enabled: boolean; port: number };
  /** `license-desk login`: the tenant and public-client app to sign in with, and where the sign-in is kept. */
  cliSignIn: { tenantId: string | undefined; clientId: string | undefined; authorityHost: string; stateDir: string };
}

/** Thrown by `loadConfig`; `problems` name keys and expectations, never values. */
export class ConfigError extends Error {
  override readonly name = 'ConfigError';
  constructor(readonly problems: string[]) {
    super(`Invalid configuration:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
  }
}

function withoutEmpty(env: Record<string, string | undefined>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(env)) if (v !== undefined && v.trim() !== '') out[k] = v.trim();
  return out;
}

/** Describes a zod issue by key and expectation only: `input` is deliberately not used. */
function describeIssue(issue: z.core.$ZodIssue): string {
  const key = issue.path.join('.') || '(root)';
  if (issue.code === 'invalid_value') return `${key}: expected one of ${issue.values.map(String).join(', ')}`;
  if (issue.code === 'invalid_type') return `${key}: expected ${issue.expected}`;
  if (issue.code === 'too_small') return `${key}: expected a number >= ${String(issue.minimum)}`;
  if (issue.code === 'too_big') return `${key}: expected a number <= ${String(issue.maximum)}`;
  // A pattern's own message says what is expected ("WRITES/SECONDS …"); "a valid regex" would not.
  if (issue.code === 'invalid_format' && issue.format === 'regex') return `${key}: ${issue.message}`;
  if (issue.code === 'invalid_format')
    return `${key}: expected a valid ${issue.format === 'url' ? 'http(s) URL' : issue.format}`;
  return `${key}: ${issue.message}`;
}

export function loadConfig(rawEnv: Record<string, string | undefined>): Config {
  const parsed = schema.safeParse(withoutEmpty(rawEnv));
  if (!parsed.success) throw new ConfigError(parsed.error.issues.map(describeIssue));
  const env = parsed.data;
  const timeoutMs = env.GRAPH_TIMEOUT_MS;
  return {
    port: env.PORT,
    host: env.HOST,
    logLevel: env.LOG_LEVEL,
    logFormat: env.LOG_FORMAT,
    defaultLocale: env.DEFAULT_LOCALE,
    timeZone: env.TIME_ZONE,
    graph:
      env.GRAPH_MODE === 'graph'
        ? {
            mode: 'graph',
            baseUrl: (env.GRAPH_BASE_URL ?? 'https://graph.microsoft.com').replace(/\/+$/, ''),
            timeoutMs,
            tenantId: env.AZURE_TENANT_ID ?? '',
            clientId: env.AZURE_CLIENT_ID ?? '',
            clientSecret: env.AZURE_CLIENT_SECRET,
            certificatePath: env.AZURE_CLIENT_CERTIFICATE_PATH,
          }
        : {
            mode: 'simulator',
            tenantFile: env.TENANT_FILE,
            simulatorPort: env.SIMULATOR_PORT,
            timeoutMs,
            ...(env.SIMULATOR_URL ? { simulatorUrl: env.SIMULATOR_URL.replace(/\/+$/, '') } : {}),
          },
    cosmos: { endpoint: env.COSMOS_ENDPOINT, key: env.COSMOS_KEY, databaseId: env.COSMOS_DATABASE },
    tenantFacts: { ttlMs: env.TENANT_FACTS_TTL_MS },
    graphLimits: { retryBudgetMs: env.GRAPH_RETRY_BUDGET_MS, writeQuota: writeQuotaOf(env.GRAPH_WRITE_QUOTA) },
    bot: {
      appId: env.MicrosoftAppId,
      appPassword: env.MicrosoftAppPassword,
      appType: env.MicrosoftAppType,
      appTenantId: env.MicrosoftAppTenantId,
    },
    localServices: env.LOCAL_SERVICES,
    slack:
      env.SLACK_SIGNING_SECRET && env.SLACK_BOT_TOKEN
        ? {
            signingSecret: env.SLACK_SIGNING_SECRET,
            botToken: env.SLACK_BOT_TOKEN,
            apiUrl: env.SLACK_API_URL,
            maxPendingTurns: env.SLACK_MAX_PENDING_TURNS,
          }
        : undefined,
    approvals: { expiryDays: env.APPROVAL_EXPIRY_DAYS, approverGroupId: env.APPROVER_GROUP_ID },
    reclaim: { inactiveDays: env.RECLAIM_INACTIVE_DAYS, pricesFile: env.LICENSE_PRICES_FILE },
    notifyUsers: { enabled: env.NOTIFY_USERS === 'on', leadHours: env.NOTIFY_LEAD_HOURS },
    directory: { refreshSeconds: env.DIRECTORY_REFRESH_SECONDS },
    playground: { enabled: env.PLAYGROUND === 'on', port: env.PLAYGROUND_PORT },
    cliSignIn: {
      tenantId: env.AZURE_TENANT_ID,
      clientId: env.CLI_CLIENT_ID ?? env.AZURE_CLIENT_ID,
      authorityHost: env.AZURE_AUTHORITY_HOST.replace(/\/+$/, ''),
      stateDir: env.CLI_STATE_DIR ?? join(homedir(), '.license-desk'),
    },
  };
}

/** `WRITES/SECONDS` → a quota; `off` → undefined. The schema has checked the shape. */
function writeQuotaOf(text: string): { writes: number; windowMs: number } | undefined {
  const [writes, seconds] = text.split('/').map(Number);
  if (text === 'off' || !writes || !seconds) return undefined;
  return { writes, windowMs: seconds * 1000 };
}

/** Reads `.env` (if present) into a copy of process.env; real environment variables win. */
export function readEnvironment(): Record<string, string | undefined> {
  // Parse only: process.env is never mutated, so nothing else can come to depend on .env.
  const fromFile = existsSync('.env') ? parseDotenv(readFileSync('.env')) : {};
  return { ...fromFile, ...process.env };
}
