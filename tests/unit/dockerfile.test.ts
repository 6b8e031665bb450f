import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DockerfileParser } from 'dockerfile-ast';
import { validate } from 'dockerfile-utils';

const content = readFileSync(join(__dirname, '..', '..', 'Dockerfile'), 'utf8');
const dockerfile = DockerfileParser.parse(content);
const instructions = dockerfile
  .getInstructions()
  .map((i) => ({ keyword: i.getKeyword(), args: i.getTextContent().replace(/^\S+\s+/, '') }));
const lastStage = instructions.slice(instructions.map((i) => i.keyword).lastIndexOf('FROM'));

describe('Dockerfile', () => {
  test('dockerfile-utils finds no problem (warnings included)', () => {
    expect(validate(content).map((d) => d.message)).toEqual([]);
  });

  test('two stages, both on the Node 22 LTS image; the build stage compiles', () => {
    const froms = instructions.filter((i) => i.keyword === 'FROM').map((i) => i.args);
    expect(froms).toHaveLength(2);
    for (const f of froms) expect(f).toMatch(/^node:22[-.\w]*/);
    expect(instructions.some((i) => i.keyword === 'RUN' && /tsc -p tsconfig\.build\.json/.test(i.args))).toBe(true);
  });

  test('the runtime stage has production dependencies only, the compiled code, and runs as non-root', () => {
    const runs = lastStage.filter((i) => i.keyword === 'RUN').map((i) => i.args);
    expect(runs.some((r) => /npm ci --omit=dev/.test(r))).toBe(true);
    expect(lastStage.some((i) => i.keyword === 'COPY' && /--from=build .*dist/.test(i.args))).toBe(true);
    const user = lastStage.filter((i) => i.keyword === 'USER').map((i) => i.args);
    expect(user).toHaveLength(1);
    expect(user[0]).not.toMatch(/^(root|0)$/);
  });

  test('a HEALTHCHECK on /healthz, listening on all interfaces, starting the bot', () => {
    const health = lastStage.find((i) => i.keyword === 'HEALTHCHECK')?.args ?? '';
    expect(health).toContain('/healthz');
    expect(health).toMatch(/--timeout=\d+s/);
    expect(lastStage.find((i) => i.keyword === 'ENV')?.args).toMatch(/HOST=0\.0\.0\.0/);
    expect(lastStage.find((i) => i.keyword === 'CMD')?.args).toContain('dist/bot/main.js');
  });
});
