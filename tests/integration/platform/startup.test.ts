import { execFile, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import type * as DevServicesThreadModule from '../../../bot/dev-services/dev-services-thread';
import { loadDemoTenant } from '../../../services/tenant-simulator/demo-tenant';

const repo = resolve(__dirname, '../../..');
// Compiled where git and jest do not look; findRepoRoot walks up to the repo from here.
const out = join(repo, 'node_modules', '.cache', 'license-desk-startup-test');

interface Exit {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Runs the compiled bot (`node dist/bot/main.js`, as `npm start` does) with only `env`, in an empty folder. */
function startBot(env: Record<string, string>, untilStdout?: RegExp): Promise<Exit & { url?: string }> {
  const cwd = mkdtempSync(join(tmpdir(), 'license-desk-start-'));
  return new Promise((resolvePromise, reject) => {
    const child = spawn(process.execPath, [join(out, 'bot', 'main.js')], {
      cwd,
      env: { PATH: process.env.PATH ?? '', HOME: cwd, LOG_FORMAT: 'json', PLAYGROUND: 'off', ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    const timer = setTimeout(() => child.kill('SIGKILL'), 30_000);
    child.stdout.on('data', (c: Buffer) => {
      stdout += c.toString();
      if (untilStdout?.test(stdout)) {
        untilStdout = undefined;
        const url = /"url":"(http:\/\/[^"]+)\/api\/messages"/.exec(stdout)?.[1];
        void (async () => {
          const health = url ? (await fetch(`${url}/healthz`)).status : 0;
          stdout += `\nHEALTHZ ${health}\n`;
          child.kill('SIGTERM');
        })();
      }
    });
    child.stderr.on('data', (c: Buffer) => (stderr += c.toString()));
    child.on('error', reject);
    child.on('exit', (code) => {
      clearTimeout(timer);
      rmSync(cwd, { recursive: true, force: true });
      resolvePromise({ code, stdout, stderr });
    });
  });
}

// Compiled once for the whole file: both describes run the build.
beforeAll(async () => {
  const tsc = join(repo, 'node_modules', 'typescript', 'bin', 'tsc');
  await promisify(execFile)(process.execPath, [
    tsc,
    '-p',
    join(repo, 'tsconfig.build.json'),
    '--outDir',
    out,
    '--tsBuildInfoFile',
    join(out, '.tsbuildinfo'),
  ]);
}, 120_000);
afterAll(() => rmSync(out, { recursive: true, force: true }));

describe('npm start: the production guard and a clean start', () => {
  test('against real Graph with Bot Framework auth off: exit 2 and the reason', async () => {
    const r = await startBot({ GRAPH_MODE: 'graph', AZURE_CLIENT_ID: 'mi' });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('Refusing to start');
    expect(r.stderr).toContain('MicrosoftAppId is not set: Bot Framework auth would be off');
  });

  test('Slack enabled without its signing secret: exit 2 and the reason', async () => {
    const r = await startBot({
      GRAPH_MODE: 'graph',
      MicrosoftAppId: 'a',
      MicrosoftAppPassword: 'p',
      MicrosoftAppType: 'MultiTenant',
      SLACK_BOT_TOKEN: 'xoxb-x',
    });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('SLACK_SIGNING_SECRET');
  });

  test('the simulator defaults start, answer /healthz, stop on SIGTERM, with no deprecation warning', async () => {
    const r = await startBot({ PORT: '0', SIMULATOR_PORT: '0' }, /tenant simulator/);
    expect(r.stdout).toContain('HEALTHZ 200');
    // The simulator and the embedded store run on their own thread (LOCAL_SERVICES=thread).
    expect(r.stdout).toMatch(/"thread":"own".*Graph: tenant simulator/);
    expect(r.stdout).toContain('memory only');
    expect(r.code).toBe(0);
    expect(r.stderr).not.toMatch(/DeprecationWarning|DEP0\d+/);
  }, 60_000);

  test("LOCAL_SERVICES=inline keeps them on the bot's thread; a bad value exits 2 naming it", async () => {
    const inline = await startBot({ PORT: '0', SIMULATOR_PORT: '0', LOCAL_SERVICES: 'inline' }, /tenant simulator/);
    expect(inline.stdout).toContain('HEALTHZ 200');
    expect(inline.stdout).toMatch(/"thread":"the bot’s"/);
    const bad = await startBot({ LOCAL_SERVICES: 'elsewhere' });
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('LOCAL_SERVICES');
  }, 60_000);
});

describe('the local Graph and Cosmos DB thread (compiled: a worker runs JavaScript)', () => {
  const load = () =>
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    require(join(out, 'bot', 'dev-services', 'dev-services-thread.js')) as typeof DevServicesThreadModule;
  const demo = () => loadDemoTenant();

  test('serves Graph and Cosmos over HTTP, takes faults, counts, and closes once', async () => {
    const lost = jest.fn();
    const thread = await load().startDevServicesThread({ tenant: demo(), throttling: false }, lost);
    try {
      const org = await fetch(`${thread.simulatorUrl}/v1.0/organization`);
      expect(org.status).toBe(200);
      expect((await thread.stats()).requests).toBe(1);
      await thread.setFaults({ latencyMs: 200 });
      const started = performance.now();
      await fetch(`${thread.simulatorUrl}/v1.0/organization`);
      expect(performance.now() - started).toBeGreaterThanOrEqual(150);
      // The Cosmos server answers (401 without a signature is an answer).
      expect((await fetch(thread.cosmos.endpoint)).status).toBeLessThan(500);
    } finally {
      await thread.close();
      await thread.close();
    }
    await expect(thread.stats()).rejects.toThrow(/stopped/);
    // Closed on purpose: not reported as lost.
    expect(lost).not.toHaveBeenCalled();
  }, 60_000);

  test('a simulator that cannot start is a clear error, not a hang', async () => {
    const first = await load().startDevServicesThread({ tenant: demo(), throttling: false });
    try {
      const port = Number(new URL(first.simulatorUrl).port);
      const lost = jest.fn();
      await expect(load().startDevServicesThread({ tenant: demo(), port }, lost)).rejects.toThrow(
        /did not start: .*EADDRINUSE/,
      );
      expect(lost).not.toHaveBeenCalled();
    } finally {
      await first.close();
    }
  }, 60_000);
});
