import { parseArgs } from 'node:util';
import { z } from 'zod';

export const USAGE = `Usage:
  license-desk plan "<request>" --as <upn|id> [--tenant FILE] [--json]
  license-desk run  "<request>" --as <upn|id> [--users-file FILE] [--tenant FILE] [--json] [--yes]
  license-desk undo <requestId> --as <upn|id> [--tenant FILE] [--json]
  license-desk resume [<requestId>] [--json]
  license-desk audit [--request <requestId>] [--json]

  <request>   what you would write in chat, in English or Swedish, e.g.
              "remove E3 from Anna and Bo" or "ta bort E3 från Anna och Bo"
  --as        who is asking (an admin of the tenant): their userPrincipalName or object id
  --tenant    run against an in-process simulator of this tenant file instead of the
              Graph that the configuration names (changes last for this command only)
  --users-file  the people, one userPrincipalName (or mail, or object id) per line, or a CSV with a
              userPrincipalName/mail column; then <request> names only the products ("remove E3")
  --yes       run without asking to confirm (needed when not on a terminal)
  --json      machine-readable output on stdout
  resume      finishes removals an interrupted run left executing (all of them, or <requestId>),
              recording every user the interrupted run had done

Exit codes: 0 done, 1 partially done or refused, 2 bad input or configuration;
for several batches, the worst of them.`;

const common = {
  as: z.string().min(1).optional(),
  tenant: z.string().min(1).optional(),
  json: z.boolean().default(false),
};

export const cliCommandSchema = z.discriminatedUnion('command', [
  z.object({
    command: z.literal('plan'),
    text: z.string().trim().min(1, 'the request text is empty'),
    ...common,
    as: z.string().min(1, '--as is required'),
  }),
  z.object({
    command: z.literal('run'),
    text: z.string().trim().min(1, 'the request text is empty'),
    ...common,
    as: z.string().min(1, '--as is required'),
    yes: z.boolean().default(false),
    usersFile: z.string().min(1).optional(),
  }),
  z.object({
    command: z.literal('resume'),
    requestId: z.uuid('expected a request id (a UUID)').optional(),
    json: z.boolean().default(false),
  }),
  z.object({
    command: z.literal('undo'),
    requestId: z.uuid('expected a request id (a UUID)'),
    ...common,
    as: z.string().min(1, '--as is required'),
  }),
  z.object({
    command: z.literal('audit'),
    request: z.uuid('expected a request id (a UUID)').optional(),
    json: z.boolean().default(false),
  }),
  z.object({ command: z.literal('help') }),
]);

export type CliCommand = z.infer<typeof cliCommandSchema>;

/** Parses argv (without node and script) into a command, or a message saying what is wrong. */
export function parseCliArgs(argv: string[]): { ok: true; command: CliCommand } | { ok: false; message: string } {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      strict: true,
      options: {
        as: { type: 'string' },
        tenant: { type: 'string' },
        json: { type: 'boolean' },
        yes: { type: 'boolean', short: 'y' },
        request: { type: 'string' },
        'users-file': { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
    });
  } catch (e) {
    // node:util's errors carry a clear message ("Unknown option '--x'"); pass it on as it is.
    const message = (e as { message?: unknown } | undefined)?.message;
    return { ok: false, message: typeof message === 'string' ? message : 'bad arguments' };
  }
  const [command, ...rest] = parsed.positionals;
  if (parsed.values.help || command === 'help' || command === undefined)
    return { ok: true, command: { command: 'help' } };
  const { 'users-file': usersFile, ...values } = parsed.values;
  if (usersFile !== undefined && command !== 'run') return { ok: false, message: '--users-file goes with run' };
  const raw: Record<string, unknown> = { command, ...values, ...(usersFile === undefined ? {} : { usersFile }) };
  if (command === 'plan' || command === 'run') raw.text = rest.join(' ');
  else if (command === 'undo') raw.requestId = rest[0] ?? '';
  else if (command === 'resume' && rest.length <= 1) {
    if (rest[0] !== undefined) raw.requestId = rest[0];
  } else if (rest.length > 0) return { ok: false, message: `unexpected argument: ${rest[0] ?? ''}` };
  const result = cliCommandSchema.safeParse(raw);
  if (result.success) return { ok: true, command: result.data };
  const issue = result.error.issues[0];
  if (issue?.code === 'invalid_union' || issue?.path[0] === 'command')
    return { ok: false, message: `unknown command: ${String(command)}` };
  const key = issue?.path.join('.') ?? '';
  return {
    ok: false,
    message: key ? `${key}: ${issue?.message ?? 'invalid'}` : (issue?.message ?? 'invalid arguments'),
  };
}
