import { createLogger } from '../../../bot/logger';
import { RESPONSE_URL_LIFETIME_MS, ResponseUrl } from '../../../bot/slack/response-url';
import { MessageSurface, ResponseUrlSurface } from '../../../bot/slack/surfaces';
import type { View } from '../../../cards/views';
import { FakeSlackPort } from './fake-slack-port';

const log = createLogger('silent');
const progress = (done: number): View => ({
  kind: 'progress',
  locale: 'en',
  requestId: 'r',
  done,
  total: 10,
  operation: 'remove',
});
const final: View = { kind: 'notice', locale: 'en', code: 'cancelled' };

/** A fetch that records bodies and answers like Slack: 'ok', or what `answer` says. */
function fakeFetch(answer: (n: number) => { status: number; body: string } = () => ({ status: 200, body: 'ok' })) {
  const bodies: any[] = [];
  const fn = ((_url: string, init: RequestInit) => {
    bodies.push(JSON.parse(init.body as string));
    const a = answer(bodies.length);
    return Promise.resolve(new Response(a.body, { status: a.status }));
  }) as typeof fetch;
  return { fn, bodies };
}

describe('a response_url and its budget of 5 posts in 30 minutes', () => {
  test('the first post starts an ephemeral message, later ones replace it', async () => {
    const f = fakeFetch();
    const url = new ResponseUrl('https://hooks.slack.test/1', { fetch: f.fn });
    await expect(url.post({ text: 'a', blocks: [] }, 'new-ephemeral')).resolves.toBe(true);
    await expect(url.post({ text: 'b', blocks: [] }, 'replace')).resolves.toBe(true);
    expect(f.bodies[0]).toMatchObject({ response_type: 'ephemeral', replace_original: false, text: 'a' });
    expect(f.bodies[1]).toMatchObject({ replace_original: true, text: 'b' });
    expect(url.remaining).toBe(3);
  });

  test('a sixth post is not sent; an expired URL is not used at all', async () => {
    let now = 0;
    const f = fakeFetch();
    const url = new ResponseUrl('u', { fetch: f.fn, now: () => now });
    for (let i = 0; i < 5; i++) await url.post({ text: String(i), blocks: [] }, 'replace');
    await expect(url.post({ text: 'six', blocks: [] }, 'replace')).resolves.toBe(false);
    expect(f.bodies).toHaveLength(5);
    const late = new ResponseUrl('u', { fetch: f.fn, now: () => now });
    now += RESPONSE_URL_LIFETIME_MS;
    expect(late.remaining).toBe(0);
    await expect(late.post({ text: 'late', blocks: [] }, 'replace')).resolves.toBe(false);
    expect(f.bodies).toHaveLength(5);
  });

  test('Slack refusing (404, or ok:false) and network errors resolve false', async () => {
    const refused = new ResponseUrl('u', { fetch: fakeFetch(() => ({ status: 404, body: 'expired_url' })).fn });
    await expect(refused.post({ text: 'x', blocks: [] }, 'replace')).resolves.toBe(false);
    const notOk = new ResponseUrl('u', {
      fetch: fakeFetch(() => ({ status: 200, body: '{"ok":false,"error":"used_url"}' })).fn,
    });
    await expect(notOk.post({ text: 'x', blocks: [] }, 'replace')).resolves.toBe(false);
    const down = new ResponseUrl('u', { fetch: () => Promise.reject(new TypeError('fetch failed')) });
    await expect(down.post({ text: 'x', blocks: [] }, 'replace')).resolves.toBe(false);
  });
});

describe('answering through a response_url, with the DM as fallback', () => {
  test('progress never spends the last post: the final view always gets it', async () => {
    const f = fakeFetch();
    const port = new FakeSlackPort();
    const surface = new ResponseUrlSurface(
      new ResponseUrl('u', { fetch: f.fn }),
      'replace',
      new MessageSurface(port, () => port.openDm('U1'), log),
    );
    await surface.show(progress(0));
    for (let i = 1; i <= 8; i++) await surface.show(progress(i), { optional: true });
    await surface.show(final);
    expect(f.bodies).toHaveLength(5);
    expect(f.bodies.map((b) => b.text).at(-1)).toMatch(/cancel/i);
    expect(port.calls).toEqual([]);
  });

  test('when the URL is refused the answer continues in the DM: posted once, then updated', async () => {
    const f = fakeFetch(() => ({ status: 404, body: 'expired_url' }));
    const port = new FakeSlackPort();
    const surface = new ResponseUrlSurface(
      new ResponseUrl('u', { fetch: f.fn }),
      'replace',
      new MessageSurface(port, () => port.openDm('U1'), log),
    );
    await surface.show(progress(0));
    await surface.show(progress(1), { optional: true });
    await surface.show(final);
    expect(port.methods()).toEqual(['openDm', 'postMessage', 'updateMessage', 'updateMessage']);
    expect(port.calls[1]?.args[0]).toBe('D-U1');
    // Once in the DM, the response_url is not tried again.
    expect(f.bodies).toHaveLength(1);
  });

  test('a message deleted meanwhile is posted again', async () => {
    const port = new FakeSlackPort();
    port.deleted.add('ts-old');
    const surface = new MessageSurface(port, () => Promise.resolve('D1'), log, { channel: 'D1', ts: 'ts-old' });
    await surface.show(final);
    expect(port.methods()).toEqual(['updateMessage', 'postMessage']);
    expect(surface.message).toEqual({ channel: 'D1', ts: 'ts-1' });
  });

  test('a failing Slack call is logged, not thrown (the job goes on)', async () => {
    const port = new FakeSlackPort();
    port.postMessage = () => Promise.reject(new Error('down'));
    await expect(new MessageSurface(port, () => Promise.resolve('D1'), log).show(final)).resolves.toBeUndefined();
  });
});
