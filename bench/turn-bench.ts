// Turn benchmark: how many chat turns per second License Desk answers, and how fast, against an
// empty bot on the same HTTP stack measured in the same run (see bench/turns/empty-bots.ts).
// Run: npm run bench:turns [-- --duration-ms=10000] [-- --connections=20] [-- --sizes=1000,100000]
//      [-- --latencies=0,50] [-- --split] [-- --profile=DIR] [-- --skip-slack]
//   --split    the tenant simulator and the store run in a third process (the bot's own share)
//   --profile  writes a V8 CPU profile of the bot process to DIR (open in Chrome DevTools)
// Every number is printed with its ratio to the empty bot; targets missed are printed, not failed.
import { fork, type ChildProcess } from 'node:child_process';
import { createHmac, randomUUID } from 'node:crypto';
import { cpus, loadavg } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { loadDemoTenant } from '../services/tenant-simulator/demo-tenant';
import type { SimulatorStats } from '../services/tenant-simulator/server';
import { columns } from './bench-report';
import { startChannelSink, type ChannelSink } from './turns/channel-sink';
import { type LoadRequest, type LoadResult, runClosedLoop } from './turns/closed-loop';
import {
  BENCH_SIGNING_SECRET,
  type TargetCommand,
  type TargetEvent,
  type TargetKind,
  type TargetOptions,
} from './turns/target-protocol';

/** The messages of the issue: a read-only question and a removal plan, about the same person. */
const MESSAGES = {
  question: 'vilka licenser har Alexander Holmberg?',
  removal: 'ta bort Visio från Alexander Holmberg',
} as const;
type MessageKind = keyof typeof MESSAGES;

const TARGET_RATIO = 0.25;
const TARGET_P99_MS = 250;
const TARGET_P50_AT_LATENCY_MS = 200;
const WARM_UP_MS = 1500;

interface Target {
  url: string;
  ready: Extract<TargetEvent, { type: 'ready' }>;
  send(command: TargetCommand): Promise<TargetEvent | undefined>;
  close(): Promise<void>;
}

async function startTarget(
  kind: TargetKind,
  users: number,
  options: TargetOptions,
  execArgv: string[] = [],
): Promise<Target> {
  const child: ChildProcess = fork(
    join(__dirname, 'turns', 'turn-target.js'),
    [kind, String(users), JSON.stringify(options)],
    {
      execArgv: ['--disable-warning=DEP0111', ...execArgv],
      stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
    },
  );
  const events: TargetEvent[] = [];
  const waiters: ((e: TargetEvent) => void)[] = [];
  child.on('message', (e: TargetEvent) => {
    const w = waiters.shift();
    if (w) w(e);
    else events.push(e);
  });
  const nextEvent = () =>
    new Promise<TargetEvent>((resolve, reject) => {
      const queued = events.shift();
      if (queued) return resolve(queued);
      const onExit = (code: number | null) => reject(new Error(`${kind} target exited (${code ?? 'signal'})`));
      child.once('exit', onExit);
      waiters.push((e) => {
        child.off('exit', onExit);
        resolve(e);
      });
    });
  const ready = await nextEvent();
  if (ready.type !== 'ready') throw new Error(`${kind} target did not start`);
  return {
    url: ready.url,
    ready,
    send: async (command) => {
      child.send(command);
      return command.type === 'close' ? undefined : nextEvent();
    },
    close: () =>
      new Promise<void>((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.once('exit', () => resolve());
        child.send({ type: 'close' });
      }),
  };
}

function teamsActivity(sink: ChannelSink, requester: { id: string; name: string }, text: string): LoadRequest {
  const body = JSON.stringify({
    type: 'message',
    id: randomUUID(),
    channelId: 'msteams',
    serviceUrl: sink.serviceUrl,
    timestamp: new Date().toISOString(),
    locale: 'sv-SE',
    from: { id: `29:${requester.id}`, name: requester.name, aadObjectId: requester.id },
    recipient: { id: '28:license-desk', name: 'License Desk' },
    conversation: { id: `personal-${requester.id}`, conversationType: 'personal', tenantId: 'tenant' },
    channelData: { tenant: { id: 'tenant' } },
    text,
  });
  return { path: '/api/messages', headers: { 'content-type': 'application/json' }, body };
}

function slashCommand(sink: ChannelSink, text: string): LoadRequest {
  const body = new URLSearchParams({
    team_id: 'T_BENCH',
    channel_id: 'C_BENCH',
    user_id: 'U_BENCH',
    user_name: 'bench',
    command: '/license',
    text,
    api_app_id: 'A_BENCH',
    response_url: sink.responseUrl,
    trigger_id: `trigger-${randomUUID()}`,
  }).toString();
  const ts = Math.floor(Date.now() / 1000);
  const signature = `v0=${createHmac('sha256', BENCH_SIGNING_SECRET).update(`v0:${ts}:${body}`).digest('hex')}`;
  return {
    path: '/slack/events',
    headers: {
      'content-type': 'application/x-www-form-urlencoded',
      'x-slack-request-timestamp': String(ts),
      'x-slack-signature': signature,
    },
    body,
  };
}

interface Row {
  channel: 'teams' | 'slack';
  target: string;
  message: string;
  users: number;
  latencyMs: number;
  result: LoadResult;
  graphRequestsPerTurn: number | undefined;
}

async function statsOf(target: Target): Promise<SimulatorStats | undefined> {
  const e = await target.send({ type: 'stats' });
  return e?.type === 'stats' ? e.stats : undefined;
}

const fmt = (n: number, digits = 0) => (Number.isFinite(n) ? n.toFixed(digits) : '-');

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      'duration-ms': { type: 'string', default: '10000' },
      connections: { type: 'string', default: '20' },
      sizes: { type: 'string', default: '1000,100000' },
      latencies: { type: 'string', default: '0,50' },
      split: { type: 'boolean', default: false },
      profile: { type: 'string' },
      'skip-slack': { type: 'boolean', default: false },
    },
  });
  const durationMs = Number(values['duration-ms']);
  const connections = Number(values.connections);
  const sizes = values.sizes.split(',').map(Number);
  const latencies = values.latencies.split(',').map(Number);
  if (![durationMs, connections, ...sizes, ...latencies].every((n) => Number.isFinite(n) && n >= 0))
    throw new Error('--duration-ms, --connections, --sizes and --latencies take numbers');

  const demo = loadDemoTenant();
  const maria = demo.users.find((u) => u.userPrincipalName === 'maria.nilsson@contoso.se');
  if (!maria) throw new Error('the demo tenant has lost Maria Nilsson');
  const requester = { id: maria.id, name: maria.displayName };
  const sink = await startChannelSink(maria.mail ?? maria.userPrincipalName);
  const env: TargetOptions = { slackApiUrl: sink.slackApiUrl };

  console.log(`turn bench: ${connections} connections × ${durationMs / 1000} s per row, Bot Framework and Slack HTTP`);
  console.log(`  requester Maria Nilsson (License Administrator); messages: ${JSON.stringify(MESSAGES)}`);
  console.log(
    `  tenants: the demo tenant grown to ${sizes.join(' and ')} users (bench/generate-tenant.ts); simulator throttling off`,
  );
  console.log(
    `  bot: ${values.split ? 'simulator and store in a separate process (--split)' : 'as npm start: simulator and embedded store in the bot process'}`,
  );
  console.log(
    `  machine: ${cpus().length} cores, load average ${loadavg()
      .map((l) => l.toFixed(2))
      .join(' ')} at start`,
  );
  console.log('');

  const rows: Row[] = [];
  const measure = async (
    target: Target,
    row: Omit<Row, 'result' | 'graphRequestsPerTurn'>,
    build: () => LoadRequest,
  ): Promise<Row> => {
    await runClosedLoop(target.url, connections, Math.min(WARM_UP_MS, durationMs), build);
    const statsTarget = graphTarget ?? target;
    const before = await statsOf(statsTarget);
    const result = await runClosedLoop(target.url, connections, durationMs, build);
    const after = await statsOf(statsTarget);
    const graphRequestsPerTurn =
      before && after && row.target === 'License Desk'
        ? (after.requests - before.requests) / result.completed
        : undefined;
    const full = { ...row, result, graphRequestsPerTurn };
    rows.push(full);
    console.log(
      `  ${row.channel} ${row.target} ${row.message} ${row.users} users, latency ${row.latencyMs} ms: ` +
        `${fmt(result.turnsPerSecond, 1)}/s p50 ${fmt(result.p50Ms)} ms p99 ${fmt(result.p99Ms)} ms` +
        (result.failed > 0 ? `, ${result.failed} failed` : ''),
    );
    return full;
  };
  let graphTarget: Target | undefined;

  const empty = await startTarget('empty', 0, env);
  const emptyTeams = async () =>
    measure(empty, { channel: 'teams', target: 'empty bot', message: 'any', users: 0, latencyMs: 0 }, () =>
      teamsActivity(sink, requester, MESSAGES.removal),
    );
  await emptyTeams();

  for (const users of sizes) {
    let services: Target | undefined;
    let botEnv = env;
    if (values.split) {
      services = await startTarget('services', users, env);
      const { simulatorPort, cosmos } = services.ready;
      botEnv = { ...env, ...(simulatorPort !== undefined ? { simulatorPort } : {}), ...(cosmos ? { cosmos } : {}) };
    }
    const profileArgs = values.profile ? ['--cpu-prof', `--cpu-prof-dir=${values.profile}`] : [];
    const bot = await startTarget('bot', users, botEnv, profileArgs);
    graphTarget = services ?? bot;
    for (const latencyMs of latencies) {
      await graphTarget.send({ type: 'latency', ms: latencyMs });
      for (const message of Object.keys(MESSAGES) as MessageKind[]) {
        await measure(bot, { channel: 'teams', target: 'License Desk', message, users, latencyMs }, () =>
          teamsActivity(sink, requester, MESSAGES[message]),
        );
      }
    }
    if (!values['skip-slack'] && users === sizes[0]) {
      await graphTarget.send({ type: 'latency', ms: 0 });
      await measure(bot, { channel: 'slack', target: 'License Desk', message: 'removal', users, latencyMs: 0 }, () =>
        slashCommand(sink, MESSAGES.removal),
      );
    }
    graphTarget = undefined;
    await bot.close();
    await services?.close();
  }
  if (!values['skip-slack'])
    await measure(empty, { channel: 'slack', target: 'empty Bolt app', message: 'any', users: 0, latencyMs: 0 }, () =>
      slashCommand(sink, MESSAGES.removal),
    );
  await emptyTeams();
  await empty.close();
  await sink.close();
  report(rows);
}

function report(rows: Row[]): void {
  const baseline = (channel: Row['channel']) => {
    const runs = rows.filter((r) => r.channel === channel && r.target !== 'License Desk');
    return runs.length > 0 ? runs.reduce((s, r) => s + r.result.turnsPerSecond, 0) / runs.length : Number.NaN;
  };
  const base = { teams: baseline('teams'), slack: baseline('slack') };
  console.log('');
  console.log(
    `empty baselines (mean of the runs above): Teams ${fmt(base.teams, 1)} turns/s, Slack ${fmt(base.slack, 1)} acks/s`,
  );
  const header = [
    'channel',
    'target',
    'message',
    'tenant',
    'latency',
    'turns/s',
    '× empty',
    'p50',
    'p99',
    'Graph req/turn',
  ];
  const lines = rows.map((r) => [
    r.channel,
    r.target,
    r.message,
    r.users > 0 ? r.users.toLocaleString('en-US') : '-',
    `${r.latencyMs} ms`,
    fmt(r.result.turnsPerSecond, 1),
    `${fmt(r.result.turnsPerSecond / base[r.channel], 2)}×`,
    `${fmt(r.result.p50Ms)} ms`,
    `${fmt(r.result.p99Ms)} ms`,
    r.graphRequestsPerTurn === undefined ? '-' : fmt(r.graphRequestsPerTurn, 1),
  ]);
  for (const line of columns([header, ...lines])) console.log(`  ${line}`);

  // Sequential depth seen from outside: each round trip adds the injected latency to a turn.
  const ours = rows.filter((r) => r.channel === 'teams' && r.target === 'License Desk');
  console.log('');
  for (const r of ours.filter((x) => x.latencyMs > 0)) {
    const zero = ours.find((x) => x.message === r.message && x.users === r.users && x.latencyMs === 0);
    if (zero)
      console.log(
        `  ${r.message}, ${r.users} users: p50 grows ${fmt(r.result.p50Ms - zero.result.p50Ms)} ms at ${r.latencyMs} ms latency ` +
          `≈ ${fmt((r.result.p50Ms - zero.result.p50Ms) / r.latencyMs, 1)} sequential Graph round trips`,
      );
  }
  console.log('');
  for (const r of ours.filter((x) => x.message === 'removal')) {
    const checks =
      r.latencyMs === 0
        ? [
            [`turn rate ≥ ${TARGET_RATIO}× empty`, r.result.turnsPerSecond / base.teams >= TARGET_RATIO],
            [`p99 ≤ ${TARGET_P99_MS} ms`, r.result.p99Ms <= TARGET_P99_MS],
          ]
        : [[`p50 ≤ ${TARGET_P50_AT_LATENCY_MS} ms`, r.result.p50Ms <= TARGET_P50_AT_LATENCY_MS]];
    const text = checks.map(([name, ok]) => `${String(name)} ${ok ? 'met' : '*** MISSED ***'}`).join(', ');
    console.log(`  target, removal plan, ${r.users} users, latency ${r.latencyMs} ms: ${text}`);
  }
  console.log(
    `  machine load average at end: ${loadavg()
      .map((l) => l.toFixed(2))
      .join(' ')}`,
  );
}

main().catch((e: unknown) => {
  console.error(e);
  process.exitCode = 1;
});
