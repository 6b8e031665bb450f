import { VERBS } from '../../../cards/views';
import {
  aDirectMessage,
  aSlashCommand,
  aUrlVerification,
  nowSeconds,
  postSlack,
  signature,
  textOf,
} from '../../support/slack-requests';
import { SECRET, type SlackHarness, settleAndCheckMessages, startSlackHarness, urlId } from './slack-harness';

const E3 = '6fd2c87f-b296-42f0-b197-1e91e994b900';

describe('Slack: request authenticity and who may click', () => {
  let h: SlackHarness;
  beforeAll(async () => {
    h = await startSlackHarness();
  });
  afterAll(async () => {
    await h.close();
  });
  afterEach(() => settleAndCheckMessages(h));

  const command = () =>
    aSlashCommand({ userId: 'UMARIA', text: 'remove E3 from Bo', responseUrl: h.fake.responseUrl() });

  test('a bad signature is refused with 401 and nothing happens', async () => {
    const res = await postSlack(h.t.app.url, command(), { secret: 'not-the-secret' });
    expect(res.status).toBe(401);
    await h.t.app.jobs.drain();
    expect(h.fake.calls).toEqual([]);
  });

  test('a body changed after signing is refused with 401', async () => {
    const body = command();
    const ts = nowSeconds();
    const res = await postSlack(
      h.t.app.url,
      { ...body, body: body.body.replace('Bo', 'Anna') },
      {
        secret: SECRET,
        headers: { 'x-slack-signature': signature(SECRET, ts, body.body), 'x-slack-request-timestamp': String(ts) },
      },
    );
    expect(res.status).toBe(401);
  });

  test('a correctly signed but stale request (over 5 minutes old) is refused with 401', async () => {
    const res = await postSlack(h.t.app.url, command(), { secret: SECRET, timestamp: nowSeconds() - 6 * 60 });
    expect(res.status).toBe(401);
    expect(h.fake.calls).toEqual([]);
  });

  test.each([
    ['both signature headers', { 'x-slack-signature': undefined, 'x-slack-request-timestamp': undefined }],
    ['the signature', { 'x-slack-signature': undefined }],
    ['the timestamp', { 'x-slack-request-timestamp': undefined }],
  ])('a request without %s is refused with 401', async (_what, headers) => {
    const res = await postSlack(h.t.app.url, command(), { secret: SECRET, headers });
    expect(res.status).toBe(401);
  });

  test('url_verification is answered with the challenge, but only when signed', async () => {
    const ok = await postSlack(h.t.app.url, aUrlVerification('c-123'), { secret: SECRET });
    expect(ok.status).toBe(200);
    expect(JSON.parse(ok.text)).toEqual({ challenge: 'c-123' });
    const forged = await postSlack(h.t.app.url, aUrlVerification('c-123'), { secret: 'wrong' });
    expect(forged.status).toBe(401);
  });

  test("other paths are not Slack's: /healthz still answers", async () => {
    const res = await fetch(`${h.t.app.url}/healthz`);
    expect(res.status).toBe(200);
  });

  test('another Slack user\'s click gets "not your request" privately; the request is untouched', async () => {
    const { answer } = await h.command('UMARIA', 'remove E3 from Anna Lindberg and Bo');
    const other = await h.click('UERIK', answer.args, { ephemeral: true }, VERBS.confirm);
    const reply = await h.fake.waitFor((c) => c.responseUrlId === urlId(other.responseUrl));
    expect(reply.args).toMatchObject({ response_type: 'ephemeral', replace_original: false });
    expect(textOf(reply.args)).toContain('Only the person who started this request can do that.');
    expect(h.t.holds('bo.ek@contoso.se', E3)).toBe(true);
    // Maria can still cancel it: it was never touched.
    const cancel = await h.click('UMARIA', answer.args, { ephemeral: true }, VERBS.cancel);
    const cancelled = await h.fake.waitFor((c) => c.responseUrlId === urlId(cancel.responseUrl));
    expect(textOf(cancelled.args)).toMatch(/cancel/i);
  });

  test('a forged request id gets a clear message', async () => {
    const { answer } = await h.command('UMARIA', 'remove E3 from Bo');
    const forged = await h.click('UMARIA', { blocks: [] }, { ephemeral: true }, VERBS.confirm, {
      value: '00000000-0000-4000-8000-000000000000',
    });
    const reply = await h.fake.waitFor((c) => c.responseUrlId === urlId(forged.responseUrl));
    expect(textOf(reply.args)).toMatch(/cannot find this request/);
    const garbage = await h.click('UMARIA', { blocks: [] }, { ephemeral: true }, VERBS.confirm, { value: 'x|y|z' });
    const reply2 = await h.fake.waitFor((c) => c.responseUrlId === urlId(garbage.responseUrl));
    expect(textOf(reply2.args)).toMatch(/cannot find this request/);
    await h.click('UMARIA', answer.args, { ephemeral: true }, VERBS.cancel);
  });

  test('a click by a Slack user not in the directory is refused privately', async () => {
    const { answer } = await h.command('UMARIA', 'remove E3 from Bo');
    const click = await h.click('UNOBODY', answer.args, { ephemeral: true }, VERBS.confirm);
    const reply = await h.fake.waitFor((c) => c.responseUrlId === urlId(click.responseUrl));
    expect(reply.args.replace_original).toBe(false);
    expect(textOf(reply.args)).toMatch(/No Microsoft 365 user in this tenant has the email someone@else\.example/);
    expect(h.t.holds('bo.ek@contoso.se', E3)).toBe(true);
    await h.click('UMARIA', answer.args, { ephemeral: true }, VERBS.cancel);
  });

  test('checkbox values the plan does not name are ignored: the stored plan says who may lose a license', async () => {
    const ahmed = h.t.userId('ahmed.hassan@contoso.se');
    await h.send(aDirectMessage({ userId: 'UMARIA', text: 'remove E3 from Anna Lindberg and Bo', channel: 'DMARIA' }));
    const posted = await h.fake.waitFor((c) => c.method === 'chat.postMessage');
    // A tampered message: Ahmed added as a checked option.
    const blocks = structuredClone(posted.args.blocks);
    const users = blocks.find((b: any) => b.block_id === 'users:0').element;
    const extra = { text: { type: 'mrkdwn', text: 'Ahmed' }, value: ahmed };
    users.options.push(extra);
    users.initial_options.push(extra);
    const where = { ephemeral: false as const, channelId: 'DMARIA', ts: posted.result.ts, blocks };
    await h.click('UMARIA', { blocks }, where, VERBS.confirm);
    const result = await h.fake.waitFor((c) => c.method === 'chat.update' && /Undo/.test(textOf(c.args)));
    expect(h.t.holds('ahmed.hassan@contoso.se', E3)).toBe(true);
    expect(h.t.holds('bo.ek@contoso.se', E3)).toBe(false);
    await h.click('UMARIA', result.args, { ...where, blocks: result.args.blocks }, VERBS.undo);
    await h.fake.waitFor((c) => c.method === 'chat.update' && /restored/i.test(textOf(c.args)));
    expect(h.t.holds('bo.ek@contoso.se', E3)).toBe(true);
  });
});
