import { ConfigError, loadConfig } from '../../bot/config';

function problemsOf(env: Record<string, string>): string[] {
  try {
    loadConfig(env);
  } catch (e) {
    if (e instanceof ConfigError) return e.problems;
    throw e;
  }
  throw new Error('expected a ConfigError');
}

describe('loadConfig', () => {
  test('embedded defaults: simulator, embedded store, auth off, no Slack', () => {
    const c = loadConfig({});
    expect(c.port).toBe(3978);
    expect(c.graph).toEqual({ mode: 'simulator', tenantFile: undefined, simulatorPort: 3979, timeoutMs: 10_000 });
    expect(c.cosmos.endpoint).toBeUndefined();
    expect(c.bot.appId).toBeUndefined();
    expect(c.slack).toBeUndefined();
    expect(c.defaultLocale).toBe('en');
  });

  test('the directory index refreshes every 5 minutes unless told otherwise, within bounds', () => {
    expect(loadConfig({}).directory).toEqual({ refreshSeconds: 300 });
    expect(loadConfig({ DIRECTORY_REFRESH_SECONDS: '60' }).directory).toEqual({ refreshSeconds: 60 });
    expect(problemsOf({ DIRECTORY_REFRESH_SECONDS: '1' })).toEqual([
      'DIRECTORY_REFRESH_SECONDS: expected a number >= 10',
    ]);
  });

  test('tenant facts are reused for a minute unless told otherwise; 0 turns the cache off', () => {
    expect(loadConfig({}).tenantFacts).toEqual({ ttlMs: 60_000 });
    expect(loadConfig({ TENANT_FACTS_TTL_MS: '0' }).tenantFacts).toEqual({ ttlMs: 0 });
    expect(problemsOf({ TENANT_FACTS_TTL_MS: '-1' })).toEqual(['TENANT_FACTS_TTL_MS: expected a number >= 0']);
  });

  test('empty strings count as missing', () => {
    const c = loadConfig({ PORT: '', GRAPH_MODE: '  ', COSMOS_ENDPOINT: '' });
    expect(c.port).toBe(3978);
    expect(c.graph.mode).toBe('simulator');
    expect(c.cosmos.endpoint).toBeUndefined();
  });

  test('a bad value names the key and the expectation, never the value', () => {
    const problems = problemsOf({ PORT: 'not-a-port-s3cret', DEFAULT_LOCALE: 'de', COSMOS_ENDPOINT: 'nope-s3cret' });
    expect(problems.join('\n')).toMatch(/PORT: expected number/);
    expect(problems.join('\n')).toMatch(/DEFAULT_LOCALE: expected one of sv, en/);
    expect(problems.join('\n')).toMatch(/COSMOS_ENDPOINT: expected a valid http\(s\) URL/);
    expect(problems.join('\n')).not.toMatch(/s3cret/);
  });

  test('reclaim: 90 inactive days and no prices by default; both settable, days bounded', () => {
    expect(loadConfig({}).reclaim).toEqual({ inactiveDays: 90, pricesFile: undefined });
    expect(loadConfig({ RECLAIM_INACTIVE_DAYS: '30', LICENSE_PRICES_FILE: 'prices.json' }).reclaim).toEqual({
      inactiveDays: 30,
      pricesFile: 'prices.json',
    });
    expect(problemsOf({ RECLAIM_INACTIVE_DAYS: '0' })).toEqual(['RECLAIM_INACTIVE_DAYS: expected a number >= 1']);
  });

  test('NOTIFY_USERS: off by default, 24 hours ahead when on', () => {
    expect(loadConfig({}).notifyUsers).toEqual({ enabled: false, leadHours: 24 });
    expect(loadConfig({ NOTIFY_USERS: 'on', NOTIFY_LEAD_HOURS: '48' }).notifyUsers).toEqual({
      enabled: true,
      leadHours: 48,
    });
    expect(problemsOf({ NOTIFY_USERS: 'yes' })).toEqual(['NOTIFY_USERS: expected one of on, off']);
  });

  test('reliability settings: external simulator, retry budget, shared write quota', () => {
    const c = loadConfig({
      SIMULATOR_URL: 'http://127.0.0.1:4000/',
      GRAPH_RETRY_BUDGET_MS: '90000',
      GRAPH_WRITE_QUOTA: '100/10',
    });
    expect(c.graph).toMatchObject({ mode: 'simulator', simulatorUrl: 'http://127.0.0.1:4000' });
    expect(c.graphLimits).toEqual({ retryBudgetMs: 90_000, writeQuota: { writes: 100, windowMs: 10_000 } });
    expect(loadConfig({}).graphLimits).toEqual({
      retryBudgetMs: 60_000,
      writeQuota: { writes: 3000, windowMs: 150_000 },
    });
    expect(loadConfig({ GRAPH_WRITE_QUOTA: 'off' }).graphLimits.writeQuota).toBeUndefined();
    expect(problemsOf({ GRAPH_WRITE_QUOTA: '0/10', SIMULATOR_URL: 'nope', GRAPH_RETRY_BUDGET_MS: '5' })).toEqual([
      'SIMULATOR_URL: expected a valid http(s) URL',
      'GRAPH_RETRY_BUDGET_MS: expected a number >= 1000',
      'GRAPH_WRITE_QUOTA: expected WRITES/SECONDS (e.g. 3000/150) or off',
    ]);
  });

  test('TIME_ZONE: the tenant zone, Europe/Stockholm by default; an unknown zone is named as the problem', () => {
    expect(loadConfig({}).timeZone).toBe('Europe/Stockholm');
    expect(loadConfig({ TIME_ZONE: 'UTC' }).timeZone).toBe('UTC');
    expect(problemsOf({ TIME_ZONE: 'Mars/Olympus' }).join('\n')).toMatch(/TIME_ZONE: .*IANA time zone/);
  });

  test('out-of-range port', () => {
    expect(problemsOf({ PORT: '70000' })).toEqual(['PORT: expected a number <= 65535']);
  });

  test('real Graph with a secret or certificate needs the app registration ids', () => {
    const credentials: Record<string, string>[] = [
      { AZURE_CLIENT_SECRET: 's' },
      { AZURE_CLIENT_CERTIFICATE_PATH: '/x.pem' },
    ];
    for (const credential of credentials) {
      expect(problemsOf({ GRAPH_MODE: 'graph', ...credential })).toEqual([
        'AZURE_TENANT_ID: required with AZURE_CLIENT_SECRET or AZURE_CLIENT_CERTIFICATE_PATH',
        'AZURE_CLIENT_ID: required with AZURE_CLIENT_SECRET or AZURE_CLIENT_CERTIFICATE_PATH',
      ]);
    }
    const ok = loadConfig({
      GRAPH_MODE: 'graph',
      AZURE_TENANT_ID: 't',
      AZURE_CLIENT_ID: 'c',
      AZURE_CLIENT_CERTIFICATE_PATH: '/x.pem',
    });
    expect(ok.graph).toMatchObject({
      mode: 'graph',
      baseUrl: 'https://graph.microsoft.com',
      certificatePath: '/x.pem',
    });
  });

  test('real Graph without a secret or certificate uses the managed identity (user-assigned by AZURE_CLIENT_ID)', () => {
    expect(loadConfig({ GRAPH_MODE: 'graph' }).graph).toMatchObject({ mode: 'graph', tenantId: '', clientId: '' });
    expect(loadConfig({ GRAPH_MODE: 'graph', AZURE_CLIENT_ID: 'mi' }).graph).toMatchObject({
      clientId: 'mi',
      clientSecret: undefined,
      certificatePath: undefined,
    });
  });

  test('a Bot Framework app id needs its password and, single-tenant, its tenant', () => {
    expect(problemsOf({ MicrosoftAppId: 'id' })).toEqual([
      'MicrosoftAppPassword: required when MicrosoftAppId is set',
      'MicrosoftAppTenantId: required for a SingleTenant bot',
    ]);
  });

  test('Slack settings go together', () => {
    expect(problemsOf({ SLACK_SIGNING_SECRET: 'x' })).toEqual([
      'SLACK_BOT_TOKEN: SLACK_SIGNING_SECRET and SLACK_BOT_TOKEN go together',
    ]);
    const c = loadConfig({ SLACK_SIGNING_SECRET: 'x', SLACK_BOT_TOKEN: 'xoxb-1' });
    expect(c.slack).toEqual({
      signingSecret: 'x',
      botToken: 'xoxb-1',
      apiUrl: 'https://slack.com/api/',
      maxPendingTurns: 200,
    });
    const slack = { SLACK_SIGNING_SECRET: 'x', SLACK_BOT_TOKEN: 'xoxb-1' };
    expect(loadConfig({ ...slack, SLACK_MAX_PENDING_TURNS: '5' }).slack?.maxPendingTurns).toBe(5);
    expect(problemsOf({ ...slack, SLACK_MAX_PENDING_TURNS: '0' })).toEqual([
      expect.stringMatching(/^SLACK_MAX_PENDING_TURNS: /),
    ]);
  });

  test('CLI sign-in: the tenant, a public client (defaulting to the app), the authority and a state folder', () => {
    const c = loadConfig({ AZURE_TENANT_ID: 't', AZURE_CLIENT_ID: 'app', CLI_STATE_DIR: '/state' });
    expect(c.cliSignIn).toEqual({
      tenantId: 't',
      clientId: 'app',
      authorityHost: 'https://login.microsoftonline.com',
      stateDir: '/state',
    });
    const own = loadConfig({ CLI_CLIENT_ID: 'cli', AZURE_AUTHORITY_HOST: 'https://login.microsoftonline.us/' });
    expect(own.cliSignIn).toMatchObject({ clientId: 'cli', authorityHost: 'https://login.microsoftonline.us' });
    expect(own.cliSignIn.stateDir).toMatch(/\.license-desk$/);
    expect(problemsOf({ AZURE_AUTHORITY_HOST: 'login.example' })).toEqual([
      'AZURE_AUTHORITY_HOST: expected a valid http(s) URL',
    ]);
  });
});
