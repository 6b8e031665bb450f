// How much the reclaim search costs beyond the one read it cannot avoid (every user with their
// licenses). For N users (every 10th disabled, every 5th without a sign-in for 200 days) it times
// `findReclaimCandidates` as a License Administrator against a baseline measured in the same run
// on the same simulator: one `listUsers()`. Prints the ratio and the Graph requests each made.
// Run: npm run build && node dist/bench/reclaim-bench.js [N …]
import { GraphLicenseClient } from '../services/graph/graph-license-client';
import { findReclaimCandidates } from '../services/licensing/reclaim/find-reclaim-candidates';
import { ADMIN_ROLE_TEMPLATES } from '../services/licensing/requester-authority';
import { startTenantSimulator } from '../services/tenant-simulator/server';
import { benchUserId, buildBenchTenant } from './bench-tenant';

const NOW = new Date('2026-12-01T09:00:00Z');
const RUNS = 5;

function tenantOf(n: number) {
  const tenant = buildBenchTenant(n);
  tenant.users.forEach((u, i) => {
    const days = i % 5 === 0 ? 200 : 1;
    const at = new Date(NOW.getTime() - days * 86_400_000).toISOString().replace('.000Z', 'Z');
    u.signInActivity = {
      lastSignInDateTime: at,
      lastSignInRequestId: null,
      lastNonInteractiveSignInDateTime: at,
      lastNonInteractiveSignInRequestId: null,
      lastSuccessfulSignInDateTime: at,
      lastSuccessfulSignInRequestId: null,
    };
    if (i % 10 === 3) u.accountEnabled = false;
  });
  tenant.directoryRoles.push({
    id: 'b3ac0009-0000-4000-8000-000000000001',
    roleTemplateId: ADMIN_ROLE_TEMPLATES.licenseAdministrator,
    displayName: 'License Administrator',
    members: [benchUserId(1)],
  });
  return tenant;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? 0;
}

async function measure(n: number): Promise<void> {
  const sim = await startTenantSimulator({ tenant: tenantOf(n), throttling: false });
  try {
    const graph = new GraphLicenseClient({ baseUrl: sim.url, timeoutMs: 30_000 });
    const timed = async (run: () => Promise<unknown>) => {
      const times: number[] = [];
      let requests = 0;
      for (let i = 0; i < RUNS; i++) {
        const before = sim.stats().requests;
        const start = performance.now();
        await run();
        times.push(performance.now() - start);
        requests = sim.stats().requests - before;
      }
      return { ms: median(times), requests };
    };
    const baseline = await timed(() => graph.listUsers());
    let candidates = 0;
    const reclaim = await timed(async () => {
      const r = await findReclaimCandidates(graph, benchUserId(1), {}, { now: NOW, inactiveDays: 90 });
      candidates = r.kind === 'findings' ? r.findings.candidates.length : -1;
    });
    process.stdout.write(
      `${n} users: ${candidates} candidates; reclaim ${reclaim.ms.toFixed(0)} ms / ${reclaim.requests} Graph requests, ` +
        `baseline listUsers ${baseline.ms.toFixed(0)} ms / ${baseline.requests} requests; ratio ${(reclaim.ms / baseline.ms).toFixed(2)}\n`,
    );
  } finally {
    await sim.close();
  }
}

async function main(): Promise<void> {
  const sizes = process.argv
    .slice(2)
    .map(Number)
    .filter((n) => Number.isInteger(n) && n > 1);
  for (const n of sizes.length > 0 ? sizes : [500, 2000]) await measure(n);
}

void main();
