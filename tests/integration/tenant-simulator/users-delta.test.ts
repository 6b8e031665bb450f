import { DirectorySync } from '../../../services/directory/directory-sync';
import { GraphLicenseClient } from '../../../services/graph/graph-license-client';
import { loadDemoTenant } from '../../../services/tenant-simulator/demo-tenant';
import { type RunningSimulator, startTenantSimulator } from '../../../services/tenant-simulator/server';
import type { TenantUser } from '../../../services/tenant-simulator/tenant-file';
import { aUser } from '../../unit/directory/directory-fixtures';
import { call, type Reply } from './sim-client';

const SELECT = 'id,displayName,givenName,surname,mail,userPrincipalName,accountEnabled';

/** Follows nextLinks by hand, as a Graph client would, and returns every page. */
async function round(sim: RunningSimulator, first: string, pageSize?: number): Promise<Reply[]> {
  const headers: Record<string, string> = pageSize ? { Prefer: `odata.maxpagesize=${pageSize}` } : {};
  const pages: Reply[] = [];
  let path: string | undefined = first;
  for (let i = 0; path !== undefined && i < 100; i++) {
    const reply = await call(sim, 'GET', path, undefined, headers);
    pages.push(reply);
    const next: string | undefined = reply.body?.['@odata.nextLink'];
    path = next?.slice(`${sim.url}/v1.0`.length);
  }
  return pages;
}

const tokenPath = (sim: RunningSimulator, link: string) => link.slice(`${sim.url}/v1.0`.length);

function newUser(id: string, givenName: string, surname: string): TenantUser {
  const user = aUser(id, givenName, surname, { mail: null, userPrincipalName: null });
  const address = `${givenName}.${surname}@contoso.se`.toLowerCase();
  return {
    ...user,
    displayName: user.displayName ?? '',
    mail: address,
    userPrincipalName: address,
    accountEnabled: true,
    jobTitle: null,
    department: null,
    preferredLanguage: 'sv-SE',
    usageLocation: 'SE',
    assignedLicenses: [],
    licenseAssignmentStates: [],
    managerId: null,
  };
}

describe('GET /users/delta (simulator)', () => {
  let sim: RunningSimulator;
  beforeEach(async () => {
    sim = await startTenantSimulator({ tenant: loadDemoTenant(), throttling: false });
  });
  afterEach(() => sim.close());

  it('pages every user with nextLinks, then ends with a deltaLink; only selected fields and id', async () => {
    const pages = await round(sim, `/users/delta?$select=${SELECT}`, 15);
    expect(pages.map((p) => p.status)).toEqual([200, 200, 200]);
    expect(pages[0]?.body['@odata.context']).toBe(`${sim.url}/v1.0/$metadata#users(${SELECT})`);
    expect(pages[0]?.body['@odata.nextLink']).toMatch(/\/v1\.0\/users\/delta\?\$skiptoken=/);
    expect(pages[0]?.body['@odata.deltaLink']).toBeUndefined();
    const last = pages[2]?.body;
    expect(last['@odata.nextLink']).toBeUndefined();
    expect(last['@odata.deltaLink']).toMatch(/\/v1\.0\/users\/delta\?\$deltatoken=/);
    const users = pages.flatMap((p) => p.body.value);
    expect(users).toHaveLength(40);
    expect(Object.keys(users[0]).sort()).toEqual(SELECT.split(',').sort());
  });

  it('the deltaLink returns nothing when nothing changed, then exactly the changes', async () => {
    const first = await round(sim, `/users/delta?$select=${SELECT}`);
    const link = first.at(-1)?.body['@odata.deltaLink'] as string;
    const quiet = await round(sim, tokenPath(sim, link));
    expect(quiet).toHaveLength(1);
    expect(quiet[0]?.body.value).toEqual([]);

    const bo = sim.state.users.find((u) => u.displayName === 'Bo Ek')!;
    bo.displayName = 'Bo Ekström';
    bo.surname = 'Ekström';
    const leaving = sim.state.users.findIndex((u) => u.displayName === 'Tom Wilson');
    const tomId = sim.state.users[leaving]!.id;
    sim.state.users.splice(leaving, 1);
    sim.state.users.push(newUser('0b5c3c3a-7d7e-4c43-9a57-3c0f3d0a9d11', 'Nyanställd', 'Person'));

    const changes = await round(sim, tokenPath(sim, quiet[0]?.body['@odata.deltaLink'] as string));
    const items = changes.flatMap((p) => p.body.value);
    expect(items).toHaveLength(3);
    expect(items).toContainEqual(expect.objectContaining({ id: bo.id, displayName: 'Bo Ekström', surname: 'Ekström' }));
    expect(items).toContainEqual({ id: tomId.toLowerCase(), '@removed': { reason: 'changed' } });
    expect(items).toContainEqual(expect.objectContaining({ displayName: 'Nyanställd Person' }));
  });

  it('a license change is not a change of the selected fields', async () => {
    const first = await round(sim, `/users/delta?$select=${SELECT}`);
    sim.state.users[0]!.assignedLicenses = [];
    sim.state.users[0]!.licenseAssignmentStates = [];
    const next = await round(sim, tokenPath(sim, first.at(-1)?.body['@odata.deltaLink'] as string));
    expect(next[0]?.body.value).toEqual([]);
  });

  it('$deltatoken=latest gives no users and a deltaLink; unknown tokens get 410; bad $select 400', async () => {
    const latest = await call(sim, 'GET', `/users/delta?$select=${SELECT}&$deltatoken=latest`);
    expect(latest.body.value).toEqual([]);
    expect(latest.body['@odata.deltaLink']).toBeDefined();
    const unknown = await call(sim, 'GET', '/users/delta?$deltatoken=not-a-token');
    expect(unknown.status).toBe(410);
    expect(unknown.body.error.code).toBe('SyncStateNotFound');
    const bad = await call(sim, 'GET', '/users/delta?$select=shoeSize');
    expect(bad.status).toBe(400);
  });

  it('the Graph client and DirectorySync keep an index in step', async () => {
    const graph = new GraphLicenseClient({ baseUrl: sim.url, timeoutMs: 5000, maxAttempts: 2 });
    const sync = new DirectorySync(graph);
    expect(await sync.refresh()).toMatchObject({ kind: 'full', changed: 40, users: 40 });
    expect(sync.index.lookup('asa oberg')).toEqual([]);
    expect(sync.index.lookup('camilla oberg')[0]?.user.displayName).toBe('Camilla Öberg');

    sim.state.users.push(newUser('5d1b1c1e-3a0a-4f5e-8a9b-1c2d3e4f5a6b', 'Åsa', 'Öberg'));
    const before = sim.stats().requests;
    expect(await sync.refresh()).toMatchObject({ kind: 'incremental', changed: 1, removed: 0, users: 41 });
    expect(sim.stats().requests - before).toBe(1);
    expect(sync.index.lookup('asa oberg')[0]?.user.displayName).toBe('Åsa Öberg');
  });
});
