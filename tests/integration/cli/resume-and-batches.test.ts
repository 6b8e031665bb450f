import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { runCli } from '../../../bot/cli/run-cli';
import { GraphLicenseClient } from '../../../services/graph/graph-license-client';
import { Removals } from '../../../services/licensing/removals';
import { planRemoval } from '../../../services/licensing/plan-removal';
import type { AuditEvent, RemovalRequest } from '../../../services/licensing/removal-request';
import { RequestRepository } from '../../../services/licensing/request-repository';
import { startEmbeddedCosmos, type EmbeddedCosmos } from '../../../services/store/embedded-cosmos';
import { openStores, type Stores } from '../../../services/store/open-stores';
import { loadDemoTenant } from '../../../services/tenant-simulator/demo-tenant';
import {
  INSUFFICIENT_PRIVILEGES,
  startTenantSimulator,
  type RunningSimulator,
} from '../../../services/tenant-simulator/server';
import { CrashSwitch, crashingGraph, crashingStore, SimulatedCrash } from '../../support/crash-hook';
import { addUsersHolding } from '../../support/licensing-harness';

const ADMIN = 'maria.nilsson@contoso.se';
const PROJECT = 'PROJECTPROFESSIONAL';

async function cli(args: string[], env: Record<string, string>) {
  let out = '';
  let err = '';
  const stderr = new PassThrough();
  stderr.on('data', (c: Buffer) => (err += c.toString()));
  const code = await runCli(args, {
    stdout: { write: (t: string) => (out += t) },
    stderr,
    stdin: new PassThrough(),
    env: { LOG_LEVEL: 'silent', GRAPH_WRITE_QUOTA: 'off', ...env },
  });
  return { code, out, err };
}

const dir = mkdtempSync(join(tmpdir(), 'license-desk-users-'));

describe('license-desk: several batches, and resuming an interrupted run', () => {
  let cosmos: EmbeddedCosmos;
  let sim: RunningSimulator;
  let stores: Stores<RemovalRequest, AuditEvent, { id: string; tenantId: string }>;
  let env: Record<string, string>;
  const tenant = loadDemoTenant();
  const bulk = addUsersHolding(tenant, PROJECT, 125);
  const upns = (from: number, to: number) => bulk.slice(from, to).map((u) => u.userPrincipalName);
  const holds = (upn: string) =>
    sim.state.users
      .find((u) => u.userPrincipalName === upn)
      ?.assignedLicenses.some((l) => l.skuId === tenant.subscribedSkus.find((s) => s.skuPartNumber === PROJECT)?.skuId);

  beforeAll(async () => {
    cosmos = await startEmbeddedCosmos();
    sim = await startTenantSimulator({ tenant, throttling: false });
    env = {
      SIMULATOR_URL: sim.url,
      COSMOS_ENDPOINT: cosmos.endpoint,
      COSMOS_KEY: cosmos.key,
      COSMOS_DATABASE: 'cli-resume',
    };
    stores = await openStores({ endpoint: cosmos.endpoint, key: cosmos.key, databaseId: 'cli-resume' });
  });
  afterAll(async () => {
    rmSync(dir, { recursive: true, force: true });
    await stores.close();
    await sim.close();
    await cosmos.close();
  });

  // Issue 15, defect 3: batch 1 partially completed + batch 2 completed exited 0.
  it('exits with the worst of all batches', async () => {
    const people = upns(0, 25);
    sim.setFaults({ failUsers: { [people[3] ?? '']: INSUFFICIENT_PRIVILEGES } });
    try {
      const r = await cli(['run', `remove Project Plan 3 from ${people.join(', ')}`, '--as', ADMIN, '--yes'], env);
      expect(r.out).toMatch(/batch|Batch/);
      expect(people.filter((upn) => holds(upn))).toEqual([people[3]]);
      expect(r.code).toBe(1);
    } finally {
      sim.setFaults({});
    }
  });

  // Issue 15, defect 2: a killed `run` left its request executing, and only a bot start resumed it.
  it('resume finishes a run that was killed mid-way, with an audit event for every user, and run refuses meanwhile', async () => {
    const people = upns(25, 45);
    const graph = new GraphLicenseClient({ baseUrl: sim.url });
    const requester = tenant.users.find((u) => u.userPrincipalName === ADMIN)?.id ?? '';
    const outcome = await planRemoval(graph, requester, {
      people: people.map((text) => ({ kind: 'text', text })),
      products: [{ text: 'Project Plan 3' }],
    });
    if (outcome.kind !== 'plans' || !outcome.plans[0]) throw new Error(outcome.kind);
    // The run that is killed: after its writes reached Graph, before it recorded any of them (the
    // second request write: the first moved it to executing).
    const sw = new CrashSwitch(2, 'store replace');
    const repo = new RequestRepository(crashingStore(stores.requests, sw), crashingStore(stores.audit, sw));
    const doomed = crashingGraph(graph, sw);
    const plan = outcome.plans[0];
    const doc = await repo.create(
      {
        id: repo.newId(),
        tenantId: tenant.organization.id,
        state: 'awaiting-confirmation',
        channel: 'cli',
        locale: 'en',
        requesterId: requester,
        requesterName: 'Maria Nilsson',
        ask: { people: [], products: [] },
        plan,
      },
      requester,
    );
    await expect(new Removals(doomed, repo, tenant.organization.id).remove(doc.id, requester)).rejects.toThrow(
      SimulatedCrash,
    );
    const left = await stores.requests.read(tenant.organization.id, doc.id);
    expect(left?.state).toBe('executing');
    const doneInGraph = people.filter((upn) => !holds(upn)).length;
    expect(doneInGraph).toBe(20);

    const again = await cli(['run', `remove Project Plan 3 from ${people.join(', ')}`, '--as', ADMIN, '--yes'], env);
    expect(again.code).toBe(1);
    expect(again.err).toContain(`license-desk resume ${doc.id}`);

    const resumed = await cli(['resume', doc.id, '--json'], env);
    expect(resumed.code).toBe(0);
    expect((JSON.parse(resumed.out.trim()) as { kind: string; state: string }).state).toBe('completed');
    const audit = await stores.audit.query(tenant.organization.id, { requestId: doc.id });
    const outcomes = audit.filter((e) => e.type === 'user-outcome');
    expect(outcomes).toHaveLength(20);
    expect(new Set(outcomes.map((e) => e.userId)).size).toBe(20);
    const byPlace = (a: AuditEvent, b: AuditEvent) => a.id.localeCompare(b.id);
    expect(
      audit
        .filter((e) => e.type === 'transition')
        .sort(byPlace)
        .map((e) => e.to),
    ).toEqual(['awaiting-confirmation', 'executing', 'completed']);
    expect((await cli(['resume'], env)).err).toMatch(/Nothing to resume/);
  });

  it('takes the people from --users-file, beyond the 2,000 characters of a chat message', async () => {
    const people = upns(45, 125);
    const file = join(dir, 'leavers.csv');
    writeFileSync(
      file,
      `Display name,User principal name\n${people.map((upn, i) => `"User, ${i}",${upn}`).join('\n')}\n`,
    );
    expect(people.join(', ').length).toBeGreaterThan(2000);
    const r = await cli(['run', 'remove Project Plan 3', '--users-file', file, '--as', ADMIN, '--yes', '--json'], env);
    expect(r.err).toBe('');
    expect(r.code).toBe(0);
    expect(people.filter((upn) => holds(upn))).toEqual([]);
    const views = r.out
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line) as { kind: string; state?: string });
    expect(views.filter((v) => v.kind === 'result').map((v) => v.state)).toEqual([
      'completed',
      'completed',
      'completed',
      'completed',
    ]);
  });

  it.each([
    [['--users-file', join(dir, 'missing.txt')], /--users-file: cannot read .*missing\.txt \(ENOENT\)/],
    [['--users-file', join(dir, 'bad.txt')], /bad\.txt, line 2: expected a userPrincipalName/],
  ])('refuses a bad users file %j with exit 2', async (extra, reason) => {
    writeFileSync(join(dir, 'bad.txt'), 'anna.lindberg@contoso.se\nAnna Lindberg\n');
    const r = await cli(['run', 'remove E3', ...extra, '--as', ADMIN, '--yes'], env);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(reason);
  });
});
