/**
 * `license-desk`: the same core as the chat bot, for admins and scripts.
 * Output mirrors the confirmation dialog; --json prints the views for scripts.
 * Exit codes: 0 done, 1 partially done or refused, 2 bad input or configuration.
 * `runCli` takes its streams and environment as arguments, so tests run it in-process.
 */
import { readFileSync } from 'node:fs';
import { createInterface } from 'node:readline/promises';
import { VERBS, type View } from '../../cards/views';
import { renderText } from '../../cards/text/render-text';
import { LicensePricesError } from '../../services/licensing/reclaim/license-prices';
import { TenantFileError, loadTenantFile } from '../../services/tenant-simulator/tenant-file';
import { type Config, ConfigError, loadConfig } from '../config';
import { connectServices, coreOf, GraphUnreachableError, type Services } from '../connect-services';
import { type Core, type CoreReply, runReply } from '../core/core';
import { createLogger } from '../logger';
import { type CliCommand, parseCliArgs, USAGE } from './cli-args';
import { CliExit } from './cli-exit';
import { checkAsAllowed, requesterId, signedInUser, signInSettings } from './cli-requester';
import { exitCodeOf } from './exit-code';
import { runLogin, runLogout } from './login-command';
import { interruptedRunsFor, resumeExitCode, resumeRequests } from './resume-command';
import { bulkRemovalAsk, parseUsersFile } from './users-file';

/** Where the CLI reads and writes; `process` in the bin, buffers in tests. */
export interface CliIo {
  stdout: { write(text: string): unknown };
  stderr: NodeJS.WritableStream & { write(text: string): unknown };
  stdin: NodeJS.ReadableStream & { isTTY?: boolean };
  env: Record<string, string | undefined>;
  /** An extra CA (PEM) to trust for the sign-in authority: tests use it for their local fake of Entra. */
  authorityCa?: string;
}

function print(io: CliIo, view: View, json: boolean): void {
  io.stdout.write(json ? `${JSON.stringify(view)}\n` : `${renderText(view)}\n\n`);
}

async function confirmOnTerminal(io: CliIo, question: string): Promise<boolean> {
  if (!io.stdin.isTTY) throw new CliExit(2, 'not a terminal: add --yes to run without confirming');
  const rl = createInterface({ input: io.stdin, output: io.stderr });
  try {
    return /^(y|yes|j|ja)$/i.test((await rl.question(question)).trim());
  } finally {
    rl.close();
  }
}

/** Runs a reply's follow-up, showing progress on stderr, and returns its final view (printed by the caller). */
async function finish(io: CliIo, reply: CoreReply, json: boolean): Promise<View> {
  if (!reply.followUp) return reply.view;
  return runReply(reply, (view, phase) => {
    if (phase === 'progress' && view.kind === 'progress' && !json) io.stderr.write(`\r${renderText(view)}   `);
    return Promise.resolve();
  }).finally(() => {
    if (!json) io.stderr.write('\n');
  });
}

async function runCommand(
  io: CliIo,
  command: Exclude<CliCommand, { command: 'help' | 'logout' }>,
  services: Services,
  core: Core,
  config: Config,
): Promise<number> {
  if (command.command === 'audit') {
    const events = await core.auditTrail(command.request);
    if (command.json) io.stdout.write(`${JSON.stringify(events)}\n`);
    else
      for (const e of events)
        io.stdout.write(
          `${e.at}  ${e.requestId}  ${e.type}  ${e.from ?? ''}${e.to ? ` → ${e.to}` : ''}${e.userId ? ` user ${e.userId}` : ''}${e.outcome ? ` ${e.outcome}` : ''}${e.code ? ` (${e.code})` : ''}\n`,
        );
    if (services.stores.embedded && !command.json)
      io.stderr.write(
        'Note: the embedded store keeps records only while one command runs; set COSMOS_ENDPOINT to keep an audit trail.\n',
      );
    return 0;
  }
  if (command.command === 'resume') return resume(io, command, services, core);
  if (command.command === 'login')
    return runLogin(io, signInSettings(config, io.authorityCa), services.graphBaseUrl, config.graph.timeoutMs);
  const userId = await requesterId(command, services.graph, () =>
    signedInUser(signInSettings(config, io.authorityCa), services.graphBaseUrl, config.graph.timeoutMs),
  );
  if (command.asApp && !command.json)
    io.stderr.write(
      `Note: --as-app: the app acts on its own credentials for ${command.as ?? ''}; nobody is signed in.\n`,
    );
  if (command.command === 'undo') {
    const reply = await core.action({
      channel: 'cli',
      userId,
      verb: VERBS.undo,
      requestId: command.requestId,
      inputs: {},
    });
    const view = await finish(io, reply, command.json);
    print(io, view, command.json);
    return exitCodeOf(view);
  }
  const first =
    command.command === 'run' && command.usersFile
      ? await startBulkRemoval(core, userId, command.text, command.usersFile)
      : await core.message({ channel: 'cli', userId, text: command.text });
  print(io, first.view, command.json);
  if (first.view.kind !== 'confirm-removal') return exitCodeOf(first.view);
  // Plan only, or nothing removable (no request was stored: the reasons were printed).
  if (command.command === 'plan') return 0;
  await refuseOverInterruptedRun(services, core, first.view, userId);
  if (!first.view.requestId) return 0;
  let view: View = first.view;
  // The exit code is the worst of all batches: a partial first batch is not hidden by a complete last one.
  let worst = 0;
  // Batches of 20 are confirmed one at a time, as on the admin center's Licenses page.
  while (view.kind === 'confirm-removal') {
    const batch = view.batch.count > 1 ? ` (batch ${view.batch.index} of ${view.batch.count})` : '';
    if (!command.yes && !(await confirmOnTerminal(io, `Unassign${batch}? [y/N] `))) {
      await core.action({ channel: 'cli', userId, verb: VERBS.cancel, requestId: view.requestId, inputs: {} });
      io.stderr.write('Cancelled: nothing was changed.\n');
      return 1;
    }
    const result = await finish(
      io,
      await core.action({ channel: 'cli', userId, verb: VERBS.confirm, requestId: view.requestId, inputs: {} }),
      command.json,
    );
    print(io, result, command.json);
    worst = Math.max(worst, exitCodeOf(result));
    if (result.kind !== 'result' || !result.nextBatch) return worst;
    view = (
      await core.action({
        channel: 'cli',
        userId,
        verb: VERBS.nextBatch,
        requestId: result.nextBatch.requestId,
        inputs: {},
      })
    ).view;
    print(io, view, command.json);
  }
  return Math.max(worst, exitCodeOf(view));
}

/** `run "<products>" --users-file FILE`: the people from the file, beyond the chat's 2,000 characters. */
async function startBulkRemoval(core: Core, userId: string, text: string, file: string): Promise<CoreReply> {
  let content: string;
  try {
    content = readFileSync(file, 'utf8');
  } catch (e) {
    const code = (e as { code?: unknown }).code;
    throw new CliExit(2, `--users-file: cannot read ${file}${typeof code === 'string' ? ` (${code})` : ''}`);
  }
  const users = parseUsersFile(content, file);
  if (!users.ok) throw new CliExit(2, `--users-file: ${users.message}`);
  const bulk = bulkRemovalAsk(text, users.users);
  if (!bulk.ok) throw new CliExit(2, `--users-file: ${bulk.message}`);
  return core.bulkRemoval({ userId, channel: 'cli' }, bulk.locale, bulk.ask);
}

/**
 * A second run for users an interrupted run still holds `executing` would leave that run's done
 * users without audit events (and, once all are done, say "nothing to unassign"): refuse and say
 * how to finish it. The request this command just stored (all batches) is cancelled.
 */
async function refuseOverInterruptedRun(
  services: Services,
  core: Core,
  view: Extract<View, { kind: 'confirm-removal' }>,
  userId: string,
): Promise<void> {
  const interrupted = await interruptedRunsFor(
    services,
    view.users.map((u) => u.id),
  );
  if (interrupted.length === 0) return;
  if (view.requestId)
    await core.action({
      channel: 'cli',
      userId,
      verb: VERBS.cancel,
      requestId: view.requestId,
      inputs: {},
    });
  const ids = interrupted.map((d) => d.id);
  throw new CliExit(
    1,
    `an interrupted run (${ids.join(', ')}) is still executing for some of these users; finish it with: license-desk resume ${ids[0] ?? ''}`,
  );
}

/** `license-desk resume [requestId]`; see resume-command.ts. */
async function resume(
  io: CliIo,
  command: Extract<CliCommand, { command: 'resume' }>,
  services: Services,
  core: Core,
): Promise<number> {
  const resumed = await resumeRequests(services, core, command.requestId);
  if (!resumed) throw new CliExit(2, `no request ${command.requestId ?? ''} in this store`);
  if (resumed.length === 0) {
    io.stderr.write('Nothing to resume: no removal is left executing.\n');
    return 0;
  }
  for (const r of resumed) {
    if (r.outcome === 'held-elsewhere')
      io.stderr.write(`Request ${r.requestId} is being run by another instance: not resumed here.\n`);
    else if (r.outcome === 'not-executing' && command.requestId)
      io.stderr.write(`Request ${r.requestId} is not executing: nothing to resume.\n`);
    print(io, r.view, command.json);
  }
  return resumeExitCode(resumed);
}

async function runCommandLine(io: CliIo, argv: string[]): Promise<number> {
  const parsed = parseCliArgs(argv);
  if (!parsed.ok) throw new CliExit(2, `${parsed.message}\n\n${USAGE}`);
  const command = parsed.command;
  if (command.command === 'help') {
    io.stdout.write(`${USAGE}\n`);
    return 0;
  }
  const config = loadConfig(io.env);
  if (command.command === 'logout') return runLogout(io, config.cliSignIn);
  if (command.command === 'login') signInSettings(config, io.authorityCa); // refuse before connecting
  if ('asApp' in command) checkAsAllowed(command, config);
  // The CLI logs only warnings, on stderr, so stdout stays clean for --json.
  const logger = createLogger(config.logLevel === 'info' ? 'warn' : config.logLevel, io.stderr);
  const tenant = 'tenant' in command && command.tenant ? loadTenantFile(command.tenant) : undefined;
  // plan and run understand the request as the bot does (entity-first, on the directory index);
  // the other commands take no free text, so they skip loading the index.
  const understands = command.command === 'plan' || command.command === 'run';
  const services = await connectServices(config, logger, {
    simulator: 'connect',
    vocabulary: understands,
    ...(tenant ? { tenant } : {}),
  });
  try {
    if (services.stores.embedded && command.command !== 'audit' && command.command !== 'login' && !command.json) {
      io.stderr.write("Note: embedded store (no COSMOS_ENDPOINT): this command's records last only while it runs.\n");
    }
    return await runCommand(io, command, services, coreOf(services, config, logger), config);
  } finally {
    await services.close();
  }
}

/** Runs one command line; resolves the exit code and never throws (errors become messages). */
export async function runCli(argv: string[], io: CliIo): Promise<number> {
  try {
    return await runCommandLine(io, argv);
  } catch (e) {
    if (
      e instanceof CliExit ||
      e instanceof ConfigError ||
      e instanceof TenantFileError ||
      e instanceof LicensePricesError ||
      e instanceof GraphUnreachableError
    ) {
      io.stderr.write(`license-desk: ${e.message}\n`);
      return e instanceof CliExit ? e.code : 2;
    }
    io.stderr.write(`license-desk: unexpected error: ${e instanceof Error ? e.message : String(e)}\n`);
    return 1;
  }
}
