import { VERBS } from '../../../cards/views';
import { aDirectMessage, aSlashCommand, textOf } from '../../support/slack-requests';
import { type SlackHarness, startSlackHarness, urlId } from './slack-harness';

/**
 * Slack wants an answer within 3 seconds. With every Graph call taking 1.5 s, the HTTP answer to a
 * command, a DM event and a click must come back before any of the work's output. Ordering is
 * measured (what the fake Slack had seen when the HTTP answer arrived), not time.
 */
describe('Slack: acknowledged before the work, while Graph is slow', () => {
  let h: SlackHarness;
  beforeAll(async () => {
    h = await startSlackHarness();
    // Slow Graph from here on (the app itself starts at normal speed).
    h.t.app.simulator?.setFaults({ latencyMs: 1500 });
  });
  afterAll(async () => {
    h.t.app.simulator?.setFaults({});
    await h.close();
  });

  test('a slash command is acked before the planned answer is posted', async () => {
    const responseUrl = h.fake.responseUrl();
    const http = await h.send(aSlashCommand({ userId: 'UMARIA', text: 'remove E3 from Bo', responseUrl }));
    const seenAtAck = h.fake.calls.filter((c) => c.method === 'response_url').length;
    expect(http).toEqual({ status: 200, text: '' });
    expect(seenAtAck).toBe(0);
    const answer = await h.fake.waitFor((c) => c.responseUrlId === urlId(responseUrl), 25_000);
    expect(textOf(answer.args)).toContain('Licenses and apps');

    // A click is acked before its answer too.
    const click = await h.click('UMARIA', answer.args, { ephemeral: true }, VERBS.cancel);
    expect(click.http.status).toBe(200);
    expect(h.responses(click.responseUrl)).toEqual([]);
    const cancelled = await h.fake.waitFor((c) => c.responseUrlId === urlId(click.responseUrl), 25_000);
    expect(textOf(cancelled.args)).toMatch(/cancel/i);
  }, 60_000);

  test('a DM event is acked before the answer is posted', async () => {
    const http = await h.send(aDirectMessage({ userId: 'UERIK', text: 'who has Office 365 E3', channel: 'DERIK' }));
    expect(http.status).toBe(200);
    expect(h.fake.of('chat.postMessage')).toEqual([]);
    const posted = await h.fake.waitFor((c) => c.method === 'chat.postMessage', 25_000);
    expect(textOf(posted.args)).toContain('Bo Ek');
  }, 60_000);
});

describe('Slack: chat turns waiting after their ack are bounded (SLACK_MAX_PENDING_TURNS)', () => {
  let h: SlackHarness;
  beforeAll(async () => {
    h = await startSlackHarness({ env: { SLACK_MAX_PENDING_TURNS: '2' } });
    h.t.app.simulator?.setFaults({ latencyMs: 400 });
  });
  afterAll(async () => {
    h.t.app.simulator?.setFaults({});
    await h.close();
  });

  test('past the bound a command is answered "busy" in its ack, nothing is queued, and the bound frees up', async () => {
    const urls = [h.fake.responseUrl(), h.fake.responseUrl(), h.fake.responseUrl()];
    const acks = [];
    // Sequential, so the order is known: two are taken, the third finds both places in use.
    for (const responseUrl of urls)
      acks.push(await h.send(aSlashCommand({ userId: 'UMARIA', text: 'remove E3 from Bo', responseUrl })));
    expect(acks.slice(0, 2)).toEqual([
      { status: 200, text: '' },
      { status: 200, text: '' },
    ]);
    expect(acks[2]?.status).toBe(200);
    expect(acks[2]?.text).toContain('busy right now');
    expect(acks[2]?.text).toContain('ephemeral');

    await h.t.app.jobs.drain();
    // The two taken on are answered; the refused one got nothing more than its ack.
    for (const url of urls.slice(0, 2)) expect(textOf(h.responses(url)[0]?.args)).toContain('Licenses and apps');
    expect(h.responses(urls[2] ?? '')).toEqual([]);
    await h.t.app.jobs.drain();
    // An event past the bound (a DM) hears "busy" on its own surface.
    for (const responseUrl of urls.slice(0, 2))
      await h.send(aSlashCommand({ userId: 'UMARIA', text: 'remove E3 from Bo', responseUrl }));
    await h.send(aDirectMessage({ userId: 'UERIK', text: 'who has Office 365 E3', channel: 'DERIK' }));
    const busy = await h.fake.waitFor((c) => c.method === 'chat.postMessage', 25_000);
    expect(textOf(busy.args)).toContain('busy right now');
    await h.t.app.jobs.drain();
    // Once they are done, the next one is taken on again.
    const again = await h.send(
      aSlashCommand({ userId: 'UMARIA', text: 'remove E3 from Bo', responseUrl: urls[2] ?? '' }),
    );
    expect(again).toEqual({ status: 200, text: '' });
    await h.t.app.jobs.drain();
  }, 60_000);
});
