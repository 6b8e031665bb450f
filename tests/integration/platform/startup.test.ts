import { execFile, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';

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

describe('npm start: the production guard and a clean start', () => {
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
    const r = await startBot({ PORT: '0', SIMULATOR_PORT: '0' }, /bot endpoint/);
    expect(r.stdout).toContain('HEALTHZ 200');
    expect(r.code).toBe(0);
    expect(r.stderr).not.toMatch(/DeprecationWarning|DEP0\d+/);
  }, 60_000);
});
