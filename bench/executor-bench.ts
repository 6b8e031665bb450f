// Executor benchmark: how much faster executeRemoval removes licenses than the naive loop, and
// whether it paces itself under a write quota, with integrity checked on every run.
// Run: npm run bench [-- --quick] [-- --latency-ms=50] [-- --quota=100/1000]
//   --quick       skips the 1,000-user sequential baseline (~50 s at 50 ms latency)
//   --latency-ms  the simulator's latency per HTTP response (default 50)
//   --quota       the scaled-down write quota of the pacing run, WRITES/WINDOW_MS (default 100/1000)
// Exits 1 when a run loses a user or removes one twice; missed speed targets are printed only.
import { parseArgs } from 'node:util';
import { integrityCell, keyValues, ms, perSecond, speedTable, speedUp, type SpeedRow } from './bench-report';
import { medianRun, runBaseline, runExecutor, type RunResult } from './bench-runs';
import { parseQuota, quotaFloorMs, runFloorMs, type WriteQuota } from './quota-floor';

const SIZES = [20, 100, 1000] as const;
const ROUNDS = 3;
const ROUNDS_BELOW = 1000;
const TARGET_SIZE = 100;
const TARGET_SPEED_UP = 20;
const THROTTLED_USERS = 1000;
const DEFAULT_QUOTA = '100/1000';
const TARGET_FLOOR_RATIO = 1.2;

function header(latencyMs: number, quick: boolean): void {
  console.log('executor bench: removing Office 365 E3 (ENTERPRISEPACK) from N users on the tenant simulator');
  console.log(
    `  every HTTP response delayed ${latencyMs} ms; each run on a fresh simulator and a fresh GraphLicenseClient`,
  );
  console.log('  baseline: GraphLicenseClient.assignLicense once per user, one after another');
  console.log('  executor: executeRemoval of one awaiting-confirmation request holding all N users');
  console.log(
    "            (re-reads users, then $batch of 20 with the client's concurrency, outcomes to an in-memory store)",
  );
  console.log('  integrity: every user lost the SKU (simulator state), one admitted assignLicense per user,');
  console.log("             executor: request 'completed', every outcome 'removed', one outcome audit event per user");
  if (quick) console.log('  --quick: the 1,000-user baseline is skipped');
  console.log('');
}

async function speedSection(latencyMs: number, quick: boolean): Promise<SpeedRow[]> {
  console.log("1. speed, with Graph's own quotas (3,000 writes / 150 s; resource units by tenant size)");
  console.log(`   medians of ${ROUNDS} interleaved rounds below ${ROUNDS_BELOW} users, one round above`);
  const rows: SpeedRow[] = [];
  for (const userCount of SIZES) {
    const settings = { userCount, latencyMs, throttling: {} };
    const skipBaseline = quick && userCount >= 1000;
    const baselines: RunResult[] = [];
    const executors: RunResult[] = [];
    for (let round = 0; round < (userCount < ROUNDS_BELOW ? ROUNDS : 1); round++) {
      if (!skipBaseline) baselines.push(await runBaseline(settings));
      executors.push(await runExecutor(settings));
    }
    rows.push({ executor: medianRun(executors), baseline: skipBaseline ? undefined : medianRun(baselines) });
  }
  for (const line of speedTable(rows)) console.log(`  ${line}`);
  const target = rows.find((r) => r.executor.userCount === TARGET_SIZE);
  const ratio = target ? speedUp(target) : undefined;
  const verdict = ratio !== undefined && ratio >= TARGET_SPEED_UP ? 'met' : '*** TARGET MISSED ***';
  console.log(
    `  target: ≥ ${TARGET_SPEED_UP}× at ${TARGET_SIZE} users: ${ratio === undefined ? '-' : `${ratio.toFixed(1)}×`} ${verdict}`,
  );
  console.log('');
  return rows;
}

async function throttledSection(latencyMs: number, quota: WriteQuota): Promise<RunResult> {
  const { writes, windowMs } = quota;
  console.log(`2. pacing, write quota scaled down to ${writes} writes / ${ms(windowMs)} (sliding window)`);
  const result = await runExecutor({
    userCount: THROTTLED_USERS,
    latencyMs,
    throttling: { writeQuota: quota },
  });
  const quotaFloor = quotaFloorMs(THROTTLED_USERS, quota);
  const floor = runFloorMs(THROTTLED_USERS, quota, latencyMs);
  const ratio = result.elapsedMs / floor;
  const writeRatio = result.writePhaseMs === undefined ? undefined : result.writePhaseMs / floor;
  const verdict = ratio <= TARGET_FLOOR_RATIO ? 'met' : '*** TARGET MISSED ***';
  const rows: [string, string][] = [
    ['users', String(result.userCount)],
    [
      'floor',
      `${ms(floor)} = ⌊(${THROTTLED_USERS} − 1) / ${writes}⌋ × ${ms(windowMs)} (${ms(quotaFloor)}) + one ${latencyMs} ms answer`,
    ],
    ['elapsed', `${ms(result.elapsedMs)} (${perSecond(result)} users/s), ratio to floor ${ratio.toFixed(2)}`],
    [
      'write phase',
      result.writePhaseMs === undefined
        ? '-'
        : `${ms(result.writePhaseMs)}, ratio to floor ${writeRatio?.toFixed(2) ?? '-'} (without the re-read of users)`,
    ],
    [
      '429s received',
      `${result.stats.throttled} (client retries ${result.retries}, $batch requests ${result.stats.batches})`,
    ],
    ['admitted', `${result.stats.assignLicenseCalls} assignLicense operations`],
    ['integrity', integrityCell(result)],
  ];
  for (const line of keyValues(rows)) console.log(`  ${line}`);
  console.log(`  target: elapsed ≤ ${TARGET_FLOOR_RATIO} × floor: ${ratio.toFixed(2)} ${verdict}`);
  console.log('');
  return result;
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      quick: { type: 'boolean', default: false },
      'latency-ms': { type: 'string', default: '50' },
      quota: { type: 'string', default: DEFAULT_QUOTA },
    },
  });
  const quota = parseQuota(values.quota);
  if (!quota) throw new Error('--quota must be WRITES/WINDOW_MS, e.g. 100/1000');
  const latencyMs = Number(values['latency-ms']);
  if (!Number.isFinite(latencyMs) || latencyMs < 0) throw new Error('--latency-ms must be a number ≥ 0');
  header(latencyMs, values.quick);
  // Warm-up (connections, JIT), not reported.
  await runBaseline({ userCount: 20, latencyMs: 0, throttling: {} });
  await runExecutor({ userCount: 20, latencyMs: 0, throttling: {} });

  const rows = await speedSection(latencyMs, values.quick);
  const throttled = await throttledSection(latencyMs, quota);

  const runs = [...rows.flatMap((r) => (r.baseline ? [r.baseline, r.executor] : [r.executor])), throttled];
  const broken = runs.filter((r) => r.integrity.problems.length > 0);
  for (const run of broken)
    console.log(`INTEGRITY FAILED (${run.userCount} users): ${run.integrity.problems.join('; ')}`);
  console.log(broken.length === 0 ? 'integrity: every run removed every user exactly once' : '');
  if (broken.length > 0) process.exitCode = 1;
}

main().catch((e: unknown) => {
  console.error(e);
  process.exitCode = 1;
});
