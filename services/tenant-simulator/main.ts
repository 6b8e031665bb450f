// The tenant simulator CLI: node dist/services/tenant-simulator/main.js [options]; see USAGE in cli-args.ts.
import { parseCliArgs } from './cli-args';
import { describeFaults } from './describe-faults';
import { DEMO_TENANT_PATH } from './demo-tenant';
import { startTenantSimulator } from './server';
import { loadTenantFile, TenantFileError } from './tenant-file';

async function main(): Promise<number | undefined> {
  const parsed = parseCliArgs(process.argv.slice(2));
  if (!parsed.ok) {
    console.error(parsed.message);
    return parsed.help ? 0 : 2;
  }
  const { args } = parsed;
  let tenant;
  try {
    tenant = loadTenantFile(args.tenant ?? DEMO_TENANT_PATH);
  } catch (e) {
    if (e instanceof TenantFileError) {
      console.error(e.message);
      return 2;
    }
    throw e;
  }
  const sim = await startTenantSimulator({
    tenant,
    port: args.port,
    throttling: args.throttling ? (args.writeQuota ? { writeQuota: args.writeQuota } : {}) : false,
    faults: args.faults,
  });
  console.log(
    `tenant simulator for ${tenant.organization.displayName} (${tenant.users.length} users) at ${sim.url}/v1.0`,
  );
  console.log(`${describeFaults(args)}; state is in memory only; counters at ${sim.url}/_simulator/stats`);

  // Minimal request log: the request count every 10 s when it changed (no paths: they can hold UPNs).
  let logged = 0;
  const ticker = setInterval(() => {
    const s = sim.stats();
    if (s.requests === logged) return;
    logged = s.requests;
    console.log(
      `requests ${s.requests}, assignLicense ${s.assignLicenseCalls}, batches ${s.batches}, throttled ${s.throttled}`,
    );
  }, 10_000);

  const stop = (signal: string): void => {
    clearInterval(ticker);
    console.log(`${signal}: stopping`);
    sim.close().then(
      () => process.exit(0),
      () => process.exit(1),
    );
  };
  process.once('SIGINT', () => stop('SIGINT'));
  process.once('SIGTERM', () => stop('SIGTERM'));
  return undefined;
}

main().then(
  (code) => {
    if (code !== undefined) process.exit(code);
  },
  (e: unknown) => {
    console.error(e);
    process.exit(1);
  },
);
