// Turn benchmark: how many chat turns per second License Desk answers, and how fast, against an
// empty bot on the same HTTP stack measured in the same run (see bench/turns/empty-bots.ts).
// Run: npm run bench:turns [-- --duration-ms=10000] [-- --connections=20] [-- --rounds=4] [-- --sizes=1000,100000]
//      [-- --latencies=0,50] [-- --messages=question,removal] [-- --split | --inline] [-- --profile=DIR] [-- --skip-slack]
//   --split    the tenant simulator and the store run in a third process (the bot's own share)
//   --inline   the tenant simulator and the store run on the bot's own thread (LOCAL_SERVICES=inline)
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
import { type LoadRequest, type LoadResult, mergeResults, runClosedLoop } from './turns/closed-loop';
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
  message: string;
  users: number;
  latencyMs: number;
  connections: number;
  ours: LoadResult;
  /** The empty bot (or Bolt app), in slices interleaved with ours. */
  empty: LoadResult;
  /** Median over the rounds of (our turns/s ÷ the empty one's in the neighbouring slice). */
  ratio: number;
  graphRequestsPerTurn: number | undefined;
  /** Slack: turns answered on their response_url per second of our slices (an ack may have said "busy"). */
  answeredPerSecond?: number;
}

async function statsOf(target: Target): Promise<SimulatorStats | undefined> {
  const e = await target.send({ type: 'stats' });
  return e?.type === 'stats' ? e.stats : undefined;
}

const fmt = (n: number, digits = 0) => (Number.isFinite(n) ? n.toFixed(digits) : '-');
const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? (sorted[mid] ?? NaN) : ((sorted[mid - 1] ?? NaN) + (sorted[mid] ?? NaN)) / 2;
};
const load = () =>
  loadavg()
    .map((l) => l.toFixed(2))
    .join(' ');

interface Settings {
  durationMs: number;
  connections: number;
  rounds: number;
}

/**
 * Ours against the empty target in alternating slices (empty, ours, ours, empty, …), so a change
 * of machine load during the run (the machine is shared) hits both sides alike: the ratio is
 * taken per round and the median reported. Graph requests are counted over our slices only.
 */
async function measurePaired(
  settings: Settings,
  ours: Target,
  empty: Target,
  graph: Target,
  build: () => LoadRequest,
  buildEmpty: () => LoadRequest,
  answered?: () => number,
): Promise<Pick<Row, 'ours' | 'empty' | 'ratio' | 'graphRequestsPerTurn' | 'answeredPerSecond'>> {
  const { connections, durationMs, rounds } = settings;
  const slice = durationMs / rounds;
  await runClosedLoop(empty.url, connections, Math.min(WARM_UP_MS, slice), buildEmpty);
  await runClosedLoop(ours.url, connections, WARM_UP_MS, build);
  const oursRuns: LoadResult[] = [];
  const emptyRuns: LoadResult[] = [];
  let requests = 0;
  let answers = 0;
  for (let round = 0; round < rounds; round++) {
    const runOurs = async () => {
      const before = await statsOf(graph);
      const answeredBefore = answered?.() ?? 0;
      oursRuns.push(await runClosedLoop(ours.url, connections, slice, build));
      answers += (answered?.() ?? 0) - answeredBefore;
      const after = await statsOf(graph);
      requests += (after?.requests ?? 0) - (before?.requests ?? 0);
    };
    const runEmpty = async () => {
      emptyRuns.push(await runClosedLoop(empty.url, connections, slice, buildEmpty));
    };
    if (round % 2 === 0) {
      await runEmpty();
      await runOurs();
    } else {
      await runOurs();
      await runEmpty();
    }
  }
  const oursAll = mergeResults(oursRuns);
  return {
    ours: oursAll,
    empty: mergeResults(emptyRuns),
    ratio: median(oursRuns.map((r, i) => r.turnsPerSecond / (emptyRuns[i]?.turnsPerSecond ?? NaN))),
    graphRequestsPerTurn: oursAll.completed > 0 ? requests / oursAll.completed : undefined,
    ...(answered ? { answeredPerSecond: answers / (oursAll.elapsedMs / 1000) } : {}),
  };
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      'duration-ms': { type: 'string', default: '10000' },
      connections: { type: 'string', default: '20' },
      rounds: { type: 'string', default: '4' },
      sizes: { type: 'string', default: '1000,100000' },
      latencies: { type: 'string', default: '0,50' },
      split: { type: 'boolean', default: false },
      inline: { type: 'boolean', default: false },
      profile: { type: 'string' },
      'skip-slack': { type: 'boolean', default: false },
      messages: { type: 'string', default: Object.keys(MESSAGES).join(',') },
    },
  });
  const settings: Settings = {
    durationMs: Number(values['duration-ms']),
    connections: Number(values.connections),
    rounds: Number(values.rounds),
  };
  const sizes = values.sizes.split(',').map(Number);
  const messages = values.messages.split(',');
  const unknown = messages.filter((m) => !(m in MESSAGES));
  if (unknown.length > 0 || messages.length === 0)
    throw new Error(`--messages takes a list of ${Object.keys(MESSAGES).join(', ')}; not ${unknown.join(', ')}`);
  const latencies = values.latencies.split(',').map(Number);
  const numbers = [settings.durationMs, settings.connections, settings.rounds, ...sizes, ...latencies];
  if (!numbers.every((n) => Number.isFinite(n) && n >= 0) || settings.rounds < 1 || settings.connections < 1)
    throw new Error(
      '--duration-ms, --connections, --rounds, --sizes and --latencies take numbers (rounds, connections ≥ 1)',
    );

  const demo = loadDemoTenant();
  const maria = demo.users.find((u) => u.userPrincipalName === 'maria.nilsson@contoso.se');
  if (!maria) throw new Error('the demo tenant has lost Maria Nilsson');
  const requester = { id: maria.id, name: maria.displayName };
  const sink = await startChannelSink(maria.mail ?? maria.userPrincipalName);
  const env: TargetOptions = { slackApiUrl: sink.slackApiUrl, localServices: values.inline ? 'inline' : 'thread' };

  console.log(
    `turn bench: ${settings.connections} connections, ${settings.durationMs / 1000} s per row and side, ` +
      `in ${settings.rounds} rounds alternating with the empty bot`,
  );
  console.log(`  requester Maria Nilsson (License Administrator); messages: ${JSON.stringify(MESSAGES)}`);
  console.log(
    `  tenants: the demo tenant grown to ${sizes.join(' and ')} users (bench/generate-tenant.ts); simulator throttling off`,
  );
  console.log(
    `  bot: ${
      values.split
        ? 'simulator and store in a separate process (--split)'
        : values.inline
          ? "simulator and embedded store on the bot's own thread (--inline, LOCAL_SERVICES=inline)"
          : 'as npm start: simulator and embedded store on a worker thread of the bot process (LOCAL_SERVICES=thread)'
    }`,
  );
  console.log(`  machine: ${cpus().length} cores, load average ${load()} at start`);
  console.log('');

  const rows: Row[] = [];
  const teams = (text: string) => () => teamsActivity(sink, requester, text);
  const slack = (text: string) => () => slashCommand(sink, text);
  const empty = await startTarget('empty', 0, env);
  for (const users of sizes) {
    let services: Target | undefined;
    let botOptions = env;
    if (values.split) {
      services = await startTarget('services', users, env);
      const { simulatorPort, cosmos } = services.ready;
      botOptions = { ...env, ...(simulatorPort !== undefined ? { simulatorPort } : {}), ...(cosmos ? { cosmos } : {}) };
    }
    const profileArgs = values.profile ? ['--cpu-prof', `--cpu-prof-dir=${values.profile}`] : [];
    const bot = await startTarget('bot', users, botOptions, profileArgs);
    const graph = services ?? bot;
    const record = (row: Row) => {
      rows.push(row);
      console.log(
        `  ${row.channel} ${row.message}, ${row.users} users, latency ${row.latencyMs} ms, ${row.connections} conn: ` +
          `${fmt(row.ours.turnsPerSecond, 1)}/s (empty ${fmt(row.empty.turnsPerSecond, 1)}/s, ratio ${fmt(row.ratio, 2)}) ` +
          `p50 ${fmt(row.ours.p50Ms)} ms p99 ${fmt(row.ours.p99Ms)} ms` +
          (row.ours.failed > 0 ? `, ${row.ours.failed} FAILED` : '') +
          (row.answeredPerSecond !== undefined ? `, answered ${fmt(row.answeredPerSecond, 1)}/s` : '') +
          ` [load ${load()}]`,
      );
    };
    for (const latencyMs of latencies) {
      await graph.send({ type: 'latency', ms: latencyMs });
      for (const message of messages as MessageKind[]) {
        const measured = await measurePaired(
          settings,
          bot,
          empty,
          graph,
          teams(MESSAGES[message]),
          teams(MESSAGES.removal),
        );
        record({ channel: 'teams', message, users, latencyMs, connections: settings.connections, ...measured });
      }
      // One person waiting alone: the turn's own latency, without queueing behind 19 others.
      const single = { ...settings, connections: 1, durationMs: Math.max(2000, settings.durationMs / 3), rounds: 1 };
      const alone = await measurePaired(single, bot, empty, graph, teams(MESSAGES.removal), teams(MESSAGES.removal));
      record({ channel: 'teams', message: 'removal', users, latencyMs, connections: 1, ...alone });
    }
    if (!values['skip-slack'] && users === sizes[0]) {
      await graph.send({ type: 'latency', ms: 0 });
      const measured = await measurePaired(
        settings,
        bot,
        empty,
        graph,
        slack(MESSAGES.removal),
        slack(MESSAGES.removal),
        () => sink.responses(),
      );
      record({
        channel: 'slack',
        message: 'removal',
        users,
        latencyMs: 0,
        connections: settings.connections,
        ...measured,
      });
    }
    await bot.close();
    await services?.close();
  }
  await empty.close();
  await sink.close();
  report(rows);
}

function report(rows: Row[]): void {
  console.log('');
  const header = [
    'channel',
    'message',
    'tenant',
    'latency',
    'conn',
    'turns/s',
    'empty/s',
    '× empty',
    'p50',
    'p99',
    'empty p99',
    'Graph req/turn',
  ];
  const lines = rows.map((r) => [
    r.channel,
    r.message,
    r.users.toLocaleString('en-US'),
    `${r.latencyMs} ms`,
    String(r.connections),
    fmt(r.ours.turnsPerSecond, 1),
    fmt(r.empty.turnsPerSecond, 1),
    `${fmt(r.ratio, 2)}×`,
    `${fmt(r.ours.p50Ms)} ms`,
    `${fmt(r.ours.p99Ms)} ms`,
    `${fmt(r.empty.p99Ms)} ms`,
    r.graphRequestsPerTurn === undefined ? '-' : fmt(r.graphRequestsPerTurn, 1),
  ]);
  for (const line of columns([header, ...lines])) console.log(`  ${line}`);
  console.log('  (Slack rows: acks of /license; the empty side is an empty Bolt app. Teams: an empty botbuilder bot.)');
  for (const r of rows.filter((x) => x.answeredPerSecond !== undefined))
    console.log(
      `  Slack: ${fmt(r.answeredPerSecond ?? NaN, 1)} of ${fmt(r.ours.turnsPerSecond, 1)} acked commands/s were ` +
        `answered on their response_url within the slice (the rest were still on their way or acked "busy": ` +
        `SLACK_MAX_PENDING_TURNS bounds the turns waiting after their ack)`,
    );

  // Sequential depth seen from outside: each round trip on the way adds the injected latency.
  console.log('');
  const alone = rows.filter((r) => r.channel === 'teams' && r.connections === 1);
  for (const r of alone.filter((x) => x.latencyMs > 0)) {
    const zero = alone.find((x) => x.users === r.users && x.latencyMs === 0);
    if (zero)
      console.log(
        `  removal, ${r.users} users, 1 connection: p50 ${fmt(zero.ours.p50Ms)} → ${fmt(r.ours.p50Ms)} ms at ${r.latencyMs} ms ` +
          `latency ≈ ${fmt((r.ours.p50Ms - zero.ours.p50Ms) / r.latencyMs, 1)} sequential round trips (Graph and store)`,
      );
  }
  console.log('');
  for (const r of rows.filter((x) => x.channel === 'teams' && x.message === 'removal')) {
    const checks: [string, boolean][] =
      r.latencyMs === 0
        ? r.connections > 1
          ? [
              [`turn rate ≥ ${TARGET_RATIO}× empty`, r.ratio >= TARGET_RATIO],
              [`p99 ≤ ${TARGET_P99_MS} ms`, r.ours.p99Ms <= TARGET_P99_MS],
            ]
          : []
        : [[`p50 ≤ ${TARGET_P50_AT_LATENCY_MS} ms`, r.ours.p50Ms <= TARGET_P50_AT_LATENCY_MS]];
    if (checks.length === 0) continue;
    const text = checks.map(([name, ok]) => `${name} ${ok ? 'met' : '*** MISSED ***'}`).join(', ');
    console.log(`  target, removal plan, ${r.users} users, latency ${r.latencyMs} ms, ${r.connections} conn: ${text}`);
  }
  console.log(`  machine load average at end: ${load()}`);
}

main().catch((e: unknown) => {
  console.error(`turn bench: ${e instanceof Error ? e.message : String(e)}`);
  process.exitCode = 1;
});
