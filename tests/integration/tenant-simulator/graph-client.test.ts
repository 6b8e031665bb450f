import { BatchRequestContent, BatchResponseContent, Client, GraphError } from '@microsoft/microsoft-graph-client';
import type { User } from '@microsoft/microsoft-graph-types';
import { loadDemoTenant } from '../../../services/tenant-simulator/demo-tenant';
import { type RunningSimulator, startTenantSimulator } from '../../../services/tenant-simulator/server';
import { E3 } from './sim-client';

// The real Graph SDK, unchanged, pointed at the simulator: same paths, same JSON, same errors.
describe('@microsoft/microsoft-graph-client against the simulator', () => {
  let sim: RunningSimulator;
  let client: Client;
  beforeAll(async () => {
    sim = await startTenantSimulator({ tenant: loadDemoTenant(), throttling: false });
    client = Client.init({ baseUrl: sim.url, authProvider: (done) => done(null, 'not-a-real-token') });
  });
  afterAll(() => sim.close());

  it('reads a user with $select and a filtered collection', async () => {
    const bo = (await client
      .api('/users/bo.ek@contoso.se')
      .select(['id', 'displayName', 'assignedLicenses'])
      .get()) as User;
    expect(bo.displayName).toBe('Bo Ek');
    expect(bo.assignedLicenses?.map((l) => l.skuId)).toContain(E3);
    const page = (await client.api('/users').filter("startswith(displayName,'Anna')").select('displayName').get()) as {
      value: User[];
    };
    expect(page.value.map((u) => u.displayName).sort()).toEqual(['Anna Berg', 'Anna Lindberg']);
  });

  it('surfaces Graph errors as GraphError with status and code', async () => {
    const error = await client
      .api('/users/anna.berg@contoso.se/assignLicense')
      .post({ addLicenses: [], removeLicenses: [E3] })
      .then(
        () => undefined,
        (e: unknown) => e,
      );
    expect(error).toBeInstanceOf(GraphError);
    expect(error).toMatchObject({
      statusCode: 400,
      code: 'Request_BadRequest',
      message: expect.stringContaining('inherited from a group'),
    });
    const missing = await client
      .api('/users/nobody@contoso.se')
      .get()
      .then(
        () => undefined,
        (e: unknown) => e,
      );
    expect(missing).toMatchObject({ statusCode: 404, code: 'Request_ResourceNotFound' });
  });

  it('sends $batch with BatchRequestContent and reads it back by id', async () => {
    const req = (id: string, upn: string) => ({
      id,
      request: new Request(`${sim.url}/v1.0/users/${upn}/assignLicense`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ addLicenses: [], removeLicenses: [E3] }),
      }),
    });
    const content = new BatchRequestContent([
      req('1', 'anna.lindberg@contoso.se'),
      req('2', 'bo.ek@contoso.se'),
      req('3', 'anna.berg@contoso.se'),
    ]);
    const raw: unknown = await client.api('/$batch').post(await content.getContent());
    const responses = new BatchResponseContent(raw as { responses: [] });
    expect(responses.getResponseById('1')?.status).toBe(200);
    expect(responses.getResponseById('2')?.status).toBe(200);
    expect(responses.getResponseById('3')?.status).toBe(400);
  });
});
