import { generateTenant } from '../../../bench/generate-tenant';
import { GraphLicenseClient } from '../../../services/graph/graph-license-client';
import { planRemoval } from '../../../services/licensing/plan-removal';
import { startTenantSimulator, type RunningSimulator } from '../../../services/tenant-simulator/server';
import type { TenantFile } from '../../../services/tenant-simulator/tenant-file';
import { ask } from '../../support/licensing-harness';
import { RoundTripRecorder, sequentialDepth } from '../../support/round-trips';

// How many Graph round trips a plan waits for, one after another. Counted at HTTP level in front
// of the simulator: every request is recorded with when it left and when it was answered; a
// `$batch` is one request; requests in flight together count once (see sequentialDepth). The
// simulator answers each request after LATENCY_MS, so requests sent together overlap for sure.
// The client is fresh for every plan (no tenant facts cached): the cold case, the worst. It is
// set up as the bot's is (reads started together coalesced into $batch: then each round trip is
// one HTTP request), and also without that.
const LATENCY_MS = 40;
const MAX_ROUND_TRIPS = 3;
const ADMIN = 'maria.nilsson@contoso.se';

describe.each([
  [1000, true],
  [20_000, true],
  [1000, false],
])('planning round trips, tenant of %i users, reads coalesced: %s', (size, coalesceReads) => {
  let tenant: TenantFile;
  let sim: RunningSimulator;
  let recorder: RoundTripRecorder;
  beforeAll(async () => {
    tenant = generateTenant(size);
    sim = await startTenantSimulator({ tenant, throttling: false, faults: { latencyMs: LATENCY_MS } });
    recorder = new RoundTripRecorder(sim.url);
    await recorder.start();
  });
  afterAll(async () => {
    await recorder.stop();
    await sim.close();
  });

  const adminId = () => tenant.users.find((u) => u.userPrincipalName === ADMIN)?.id ?? '';
  const plan = async (people: string[], products: string[]) => {
    recorder.clear();
    const outcome = await planRemoval(
      new GraphLicenseClient({ baseUrl: recorder.url, coalesceReads }),
      adminId(),
      ask(people, products),
    );
    return { outcome, requests: [...recorder.requests] };
  };
  const wholeDirectoryReads = (requests: { method: string; path: string }[]) =>
    requests.filter(
      (r) =>
        r.method === 'GET' && /\/users(\?|$)/.test(r.path) && !/%24(filter|search)=|\$(filter|search)=/.test(r.path),
    );

  it('one named user (held directly and through a group): at most 3 round trips', async () => {
    const { outcome, requests } = await plan(['Alexander Holmberg'], ['Visio']);
    expect(outcome.kind).toBe('plans');
    expect(sequentialDepth(requests)).toBeLessThanOrEqual(MAX_ROUND_TRIPS);
    if (coalesceReads) expect(requests.length).toBeLessThanOrEqual(MAX_ROUND_TRIPS);
    expect(wholeDirectoryReads(requests)).toEqual([]);
  });

  it('twenty named users: at most 3 round trips', async () => {
    const names = tenant.users.slice(-20).map((u) => u.displayName);
    const { outcome, requests } = await plan(names, ['E3']);
    expect(outcome.kind).toBe('plans');
    if (outcome.kind === 'plans') expect(outcome.plans[0]?.users).toHaveLength(20);
    expect(sequentialDepth(requests)).toBeLessThanOrEqual(MAX_ROUND_TRIPS);
    if (coalesceReads) expect(requests.length).toBeLessThanOrEqual(MAX_ROUND_TRIPS);
    expect(wholeDirectoryReads(requests)).toEqual([]);
  });

  it('a name typed without its diacritics and a typo: resolved or answered without reading the directory', async () => {
    const { outcome, requests } = await plan(['Camila Oberg'], ['E3']);
    expect(outcome.kind).toBe('clarify');
    expect(sequentialDepth(requests)).toBeLessThanOrEqual(MAX_ROUND_TRIPS);
    if (coalesceReads) expect(requests.length).toBeLessThanOrEqual(MAX_ROUND_TRIPS);
    expect(wholeDirectoryReads(requests)).toEqual([]);
  });
});
