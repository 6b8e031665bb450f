import { startApp, type AppOptions, type RunningApp } from '../../bot/app';
import { loadConfig } from '../../bot/config';
import { createLogger } from '../../bot/logger';
import { loadDemoTenant } from '../../services/tenant-simulator/demo-tenant';
import type { TenantFile } from '../../services/tenant-simulator/tenant-file';
import { FakeConnector } from './fake-connector';
import type { TeamsUser } from './teams-activities';

export interface TestApp {
  app: RunningApp;
  connector: FakeConnector;
  tenant: TenantFile;
  /** A demo-tenant user as Teams would name them in `from`. */
  teamsUser(upn: string): TeamsUser;
  userId(upn: string): string;
  /** Whether the user holds the SKU (by skuId or part number) in the simulator right now. */
  holds(upn: string, sku: string): boolean;
  post(activity: unknown, headers?: Record<string, string>): Promise<{ status: number; body: any }>;
  close(): Promise<void>;
}

/**
 * The whole bot on port 0: tenant simulator (throttling off unless asked), embedded Cosmos,
 * restify with the real channel routes, and a fake Bot Framework connector for replies.
 */
export async function startTestApp(options: AppOptions & { env?: Record<string, string> } = {}): Promise<TestApp> {
  const tenant = options.tenant ?? loadDemoTenant();
  const config = loadConfig({ PORT: '0', SIMULATOR_PORT: '0', PLAYGROUND: 'off', ...options.env });
  const app = await startApp(config, createLogger('silent'), {
    simulatorOptions: { throttling: false },
    ...options,
    tenant,
  });
  const connector = new FakeConnector();
  await connector.start();
  const userId = (upn: string) => {
    const u = tenant.users.find((x) => x.userPrincipalName.toLowerCase() === upn.toLowerCase());
    if (!u) throw new Error(`no user ${upn} in the test tenant`);
    return u.id;
  };
  return {
    app,
    connector,
    tenant,
    userId,
    holds: (upn, sku) => {
      const skuId = tenant.subscribedSkus.find((s) => s.skuPartNumber === sku)?.skuId ?? sku;
      const user = app.simulator?.state.users.find((u) => u.userPrincipalName.toLowerCase() === upn.toLowerCase());
      return (user?.assignedLicenses ?? []).some((l) => l.skuId === skuId);
    },
    teamsUser: (upn) => {
      const id = userId(upn);
      const u = tenant.users.find((x) => x.id === id);
      return { id: `29:${id}`, name: u?.displayName ?? upn, aadObjectId: id };
    },
    post: async (activity, headers = {}) => {
      const res = await fetch(`${app.url}/api/messages`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...headers },
        body: JSON.stringify(activity),
      });
      const text = await res.text();
      return { status: res.status, body: text ? (JSON.parse(text) as unknown) : undefined };
    },
    close: async () => {
      await app.close();
      await connector.stop();
    },
  };
}
