/**
 * Starting the Agents Playground when things go wrong: the bot must go on without it, saying why.
 * Stand-in CLIs replace the real one, so no browser is needed here.
 */
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import { createLogger } from '../../bot/logger';
import { buildPlaygroundConfig } from '../../bot/playground/playground-config';
import { startPlayground } from '../../bot/playground/start-playground';
import { loadDemoTenant } from '../../services/tenant-simulator/demo-tenant';
import type { TenantFile } from '../../services/tenant-simulator/tenant-file';

/** Like the playground on a bad config file: its error goes to its log file, then it exits. */
const FAILS = `
require('node:fs').appendFileSync(process.env.M365_AGENTS_PLAYGROUND_LOGFILE, 'log starting\\nerror Failed to parse config file.\\n');
process.exit(1);
`;
/** Never says "Listening on", never exits by itself. */
const HANGS = 'setInterval(() => undefined, 60000);';

/** How many processes have `needle` in their command line (Linux /proc). */
async function processesRunning(needle: string): Promise<number> {
  const pids = (await readdir('/proc')).filter((p) => /^\d+$/.test(p));
  const lines = await Promise.all(pids.map((p) => readFile(`/proc/${p}/cmdline`, 'utf8').catch(() => '')));
  return lines.filter((l) => l.includes(needle)).length;
}

const MARIA = 'fceb730f-d2e3-4873-a23e-c0eb70ade927';

/** A logger whose lines the test can read. */
function capturingLogger(): { logger: ReturnType<typeof createLogger>; lines: () => Array<Record<string, unknown>> } {
  const chunks: string[] = [];
  const sink = new Writable({
    write(chunk: Buffer, _enc, done) {
      chunks.push(chunk.toString('utf8'));
      done();
    },
  });
  return {
    logger: createLogger('info', sink),
    lines: () =>
      chunks
        .join('')
        .split('\n')
        .filter(Boolean)
        .map((l) => JSON.parse(l) as Record<string, unknown>),
  };
}

describe('startPlayground when it cannot start', () => {
  let dir: string;
  const tenant = loadDemoTenant();

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'license-desk-playground-test-'));
    await writeFile(join(dir, 'fails.js'), FAILS);
    await writeFile(join(dir, 'hangs.js'), HANGS);
  });
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  const start = (cliPath: string, logger = createLogger('silent'), startTimeoutMs = 10_000) =>
    startPlayground({
      botEndpoint: 'http://127.0.0.1:9/api/messages',
      port: 0,
      tenant,
      logger,
      cliPath,
      startTimeoutMs,
    });

  it('skips with a warning when the package is not installed (production install)', async () => {
    const { logger, lines } = capturingLogger();
    const result = await start(join(dir, 'no-such-package', 'cli.js'), logger);
    expect(result).toMatchObject({ ok: false, code: 'package-missing' });
    expect(lines()).toEqual([
      expect.objectContaining({ level: 40, code: 'package-missing', msg: expect.stringContaining('devDependency') }),
    ]);
  });

  it("reports the playground's own error when it exits during startup", async () => {
    const result = await start(join(dir, 'fails.js'));
    expect(result).toMatchObject({ ok: false, code: 'exited' });
    if (!result.ok) expect(result.message).toContain('code 1: Failed to parse config file.');
  }, 20_000);

  it('gives up after the bound and stops the child when it never serves', async () => {
    const cli = join(dir, 'hangs.js');
    const result = await start(cli, createLogger('silent'), 500);
    expect(result).toMatchObject({ ok: false, code: 'timeout' });
    expect(await processesRunning(cli)).toBe(0);
  }, 20_000);
});

describe('buildPlaygroundConfig', () => {
  it('makes the License Administrator the playground user and lists five others', () => {
    const yaml = buildPlaygroundConfig(loadDemoTenant());
    const current = yaml.slice(yaml.indexOf('currentUser:'), yaml.indexOf('users:'));
    expect(current).toContain(`aadObjectId: "${MARIA}"`);
    expect(current).toContain('userPrincipleName: "maria.nilsson@contoso.se"');
    expect(yaml.slice(yaml.indexOf('users:')).match(/^ {2}- id:/gm)).toHaveLength(5);
    expect(yaml).toContain('tenantId: "85824637-ab66-4522-9a06-779143fea2b0"');
  });

  it('pads a tiny tenant with placeholder users (the playground demands five)', () => {
    const demo = loadDemoTenant();
    const tiny: TenantFile = { ...demo, users: demo.users.filter((u) => u.id === MARIA) };
    const yaml = buildPlaygroundConfig(tiny);
    expect(yaml.match(/^ {2}- id:/gm)).toHaveLength(5);
    expect(yaml).toContain('playground-1@example.invalid');
    expect(yaml).not.toMatch(/^ {2}- id: "29:fceb730f/m);
  });
});
