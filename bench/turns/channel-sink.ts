// The far side of both channels for the turn benchmark, in the load generator's process: a Bot
// Framework connector (replies and card updates answer 200 with an id) and Slack's Web API and
// response_urls (`auth.test`, `users.info` with the requester's email, anything else `ok`). It
// only acknowledges: what the bot sends is not checked here (the integration tests do that).
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface ChannelSink {
  /** Give as the activities' `serviceUrl` (ends with `/`). */
  serviceUrl: string;
  /** Give as SLACK_API_URL. */
  slackApiUrl: string;
  /** A response_url for slash commands. */
  responseUrl: string;
  /** Calls received since start (connector + Slack), for a sanity line in the report. */
  calls(): number;
  /** Posts to response_urls since start: Slack turns answered after their ack. */
  responses(): number;
  close(): Promise<void>;
}

export async function startChannelSink(slackEmail: string): Promise<ChannelSink> {
  let calls = 0;
  let responses = 0;
  let nextId = 1;
  const answer = (res: ServerResponse, body: unknown) => {
    res.writeHead(200, { 'content-type': 'application/json' });
    res.end(JSON.stringify(body));
  };
  const handle = (req: IncomingMessage, res: ServerResponse) => {
    calls++;
    // Drain the body: the sink answers every call the same way whatever it says.
    req.resume();
    req.on('end', () => {
      const path = req.url ?? '/';
      if (path.startsWith('/api/auth.test'))
        return answer(res, { ok: true, user_id: 'UBOT', bot_id: 'BBOT', team_id: 'T_BENCH' });
      if (path.startsWith('/api/users.info'))
        return answer(res, { ok: true, user: { id: 'U_BENCH', name: 'bench', profile: { email: slackEmail } } });
      if (path.startsWith('/api/')) return answer(res, { ok: true, ts: `${nextId++}.000100`, channel: 'D_BENCH' });
      if (path.startsWith('/response/')) {
        responses++;
        return answer(res, { ok: true });
      }
      return answer(res, { id: `activity-${nextId++}` });
    });
  };
  const server: Server = createServer(handle);
  server.keepAliveTimeout = 30_000;
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    serviceUrl: `${base}/`,
    slackApiUrl: `${base}/api/`,
    responseUrl: `${base}/response/bench`,
    calls: () => calls,
    responses: () => responses,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
