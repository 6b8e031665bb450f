import { BotAuthorizer } from '../../../bot/slack/bot-authorization';
import { FakeSlackPort } from './fake-slack-port';

describe("Bolt authorize without Bolt's own auth.test", () => {
  test('looks the bot ids up once, on the first event, and caches them', async () => {
    const port = new FakeSlackPort();
    const auth = new BotAuthorizer(port, 'xoxb-1');
    expect(port.calls).toEqual([]);
    await expect(auth.authorize()).resolves.toEqual({ botToken: 'xoxb-1', botId: 'B1', botUserId: 'UBOT' });
    await auth.authorize();
    expect(port.methods()).toEqual(['authTest']);
  });

  test('a hanging auth.test holds one event for at most the timeout; a late answer is still cached', async () => {
    jest.useFakeTimers();
    try {
      const port = new FakeSlackPort();
      let answer: (ids: { botId: string; botUserId: string }) => void = () => undefined;
      port.authTestImpl = () => new Promise((resolve) => (answer = resolve));
      const auth = new BotAuthorizer(port, 'xoxb-1', { timeoutMs: 1000 });
      const first = auth.authorize();
      await jest.advanceTimersByTimeAsync(1000);
      await expect(first).resolves.toEqual({ botToken: 'xoxb-1' });
      // Meanwhile other events do not wait, and no second lookup starts.
      await expect(auth.authorize()).resolves.toEqual({ botToken: 'xoxb-1' });
      answer({ botId: 'B9', botUserId: 'U9' });
      await jest.advanceTimersByTimeAsync(0);
      await expect(auth.authorize()).resolves.toEqual({ botToken: 'xoxb-1', botId: 'B9', botUserId: 'U9' });
      expect(port.methods()).toEqual(['authTest']);
    } finally {
      jest.useRealTimers();
    }
  });

  test('after a failure it tries again only after retryAfterMs', async () => {
    let now = 0;
    const port = new FakeSlackPort();
    port.authTestImpl = () => Promise.reject(new Error('offline'));
    const auth = new BotAuthorizer(port, 'xoxb-1', { retryAfterMs: 60_000, now: () => now });
    await expect(auth.authorize()).resolves.toEqual({ botToken: 'xoxb-1' });
    await auth.authorize();
    expect(port.methods()).toEqual(['authTest']);
    now = 60_000;
    port.authTestImpl = () => Promise.resolve({ botId: 'B1', botUserId: 'UBOT' });
    await expect(auth.authorize()).resolves.toMatchObject({ botUserId: 'UBOT' });
    expect(port.methods()).toEqual(['authTest', 'authTest']);
  });
});
