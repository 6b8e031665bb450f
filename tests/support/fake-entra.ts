/**
 * A local fake of the Microsoft Entra endpoints MSAL's device code flow uses, over HTTPS (MSAL
 * refuses http authorities) with a throwaway self-signed certificate made by `openssl` per run:
 * - GET  /{tenant}/v2.0/.well-known/openid-configuration   (authority metadata)
 * - POST /{tenant}/oauth2/v2.0/devicecode                  (device code + user message)
 * - POST /{tenant}/oauth2/v2.0/token                       (device_code grant: pending once, then tokens;
 *                                                           refresh_token grant while not revoked)
 * Tokens are unsigned JWTs naming `user` (oid, upn) with a delegated `scp`, which is what the
 * tenant simulator's `/me` reads. Instance discovery is not served: the credential disables it for
 * a host it does not know.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:https';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fakeJwt } from './fake-jwt';

export interface FakeEntraUser {
  oid: string;
  upn: string;
  name: string;
}

export interface FakeEntra {
  /** `https://127.0.0.1:PORT` — the authority host. */
  url: string;
  /** The certificate to trust (PEM). */
  ca: string;
  /** Grants seen at the token endpoint, in order (`device_code`, `refresh_token`). */
  grants: string[];
  /** Access-token lifetime in seconds for the next tokens (MSAL renews within 5 minutes of expiry). */
  accessTokenSeconds: number;
  /** When true, the refresh token is refused (`invalid_grant`), as after a revoked session. */
  revoked: boolean;
  /** When true, the user declines the device code sign-in (`authorization_declined`). */
  declined: boolean;
  close(): Promise<void>;
}

function selfSignedCertificate(): { key: string; cert: string } {
  const dir = mkdtempSync(join(tmpdir(), 'fake-entra-'));
  try {
    execFileSync(
      'openssl',
      [
        'req',
        '-x509',
        '-newkey',
        'rsa:2048',
        '-nodes',
        '-days',
        '1',
        '-subj',
        '/CN=127.0.0.1',
        '-addext',
        'subjectAltName=IP:127.0.0.1',
        '-keyout',
        join(dir, 'key.pem'),
        '-out',
        join(dir, 'cert.pem'),
      ],
      { stdio: 'ignore', timeout: 20_000 },
    );
    return { key: readFileSync(join(dir, 'key.pem'), 'utf8'), cert: readFileSync(join(dir, 'cert.pem'), 'utf8') };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

async function readForm(req: NodeJS.ReadableStream): Promise<URLSearchParams> {
  let text = '';
  for await (const chunk of req) text += String(chunk);
  return new URLSearchParams(text);
}

export async function startFakeEntra(tenantId: string, user: FakeEntraUser): Promise<FakeEntra> {
  const { key, cert } = selfSignedCertificate();
  let pendingOnce = true;
  const state = { grants: [] as string[], accessTokenSeconds: 3600, revoked: false, declined: false };
  let url = '';

  const tokens = (clientId: string, scope: string) => {
    const now = Math.floor(Date.now() / 1000);
    const common = { tid: tenantId, oid: user.oid, iat: now, nbf: now };
    return {
      token_type: 'Bearer',
      scope,
      expires_in: state.accessTokenSeconds,
      ext_expires_in: state.accessTokenSeconds,
      access_token: fakeJwt({
        ...common,
        aud: 'https://graph.microsoft.com',
        upn: user.upn,
        scp: 'User.Read',
        exp: now + state.accessTokenSeconds,
      }),
      refresh_token: `refresh-${now}`,
      id_token: fakeJwt({
        ...common,
        aud: clientId,
        iss: `${url}/${tenantId}/v2.0`,
        sub: `sub-${user.oid}`,
        name: user.name,
        preferred_username: user.upn,
        exp: now + 3600,
        ver: '2.0',
      }),
      client_info: Buffer.from(JSON.stringify({ uid: user.oid, utid: tenantId })).toString('base64url'),
    };
  };

  const server: Server = createServer({ key, cert }, (req, res) => {
    const send = (status: number, body: unknown) => {
      res.writeHead(status, { 'Content-Type': 'application/json' });
      res.end(JSON.stringify(body));
    };
    const path = (req.url ?? '').split('?')[0] ?? '';
    const base = `${url}/${tenantId}`;
    if (req.method === 'GET' && path === `/${tenantId}/v2.0/.well-known/openid-configuration`) {
      send(200, {
        issuer: `${base}/v2.0`,
        authorization_endpoint: `${base}/oauth2/v2.0/authorize`,
        token_endpoint: `${base}/oauth2/v2.0/token`,
        device_authorization_endpoint: `${base}/oauth2/v2.0/devicecode`,
        end_session_endpoint: `${base}/oauth2/v2.0/logout`,
        jwks_uri: `${base}/discovery/v2.0/keys`,
        response_types_supported: ['code', 'id_token', 'code id_token', 'id_token token'],
        scopes_supported: ['openid', 'profile', 'email', 'offline_access'],
      });
      return;
    }
    if (req.method === 'POST' && path === `/${tenantId}/oauth2/v2.0/devicecode`) {
      void readForm(req).then(() =>
        send(200, {
          device_code: 'device-code-1',
          user_code: 'FAKE-CODE',
          verification_uri: 'https://microsoft.com/devicelogin',
          expires_in: 900,
          interval: 1,
          message:
            'To sign in, use a web browser to open the page https://microsoft.com/devicelogin and enter the code FAKE-CODE to authenticate.',
        }),
      );
      return;
    }
    if (req.method === 'POST' && path === `/${tenantId}/oauth2/v2.0/token`) {
      void readForm(req).then((form) => {
        const grant = form.get('grant_type') ?? '';
        state.grants.push(grant.endsWith('device_code') ? 'device_code' : grant);
        const clientId = form.get('client_id') ?? '';
        const scope = form.get('scope') ?? '';
        if (grant.endsWith('device_code')) {
          if (state.declined) {
            send(400, {
              error: 'authorization_declined',
              error_description: 'AADSTS70000: the user declined the sign-in',
            });
            return;
          }
          if (pendingOnce) {
            pendingOnce = false;
            send(400, { error: 'authorization_pending', error_description: 'AADSTS70016: pending' });
            return;
          }
          send(200, tokens(clientId, scope));
          return;
        }
        if (grant === 'refresh_token') {
          if (state.revoked) {
            send(400, {
              error: 'invalid_grant',
              error_description: 'AADSTS70008: the refresh token has expired',
              suberror: 'bad_token',
            });
            return;
          }
          send(200, tokens(clientId, scope));
          return;
        }
        send(400, { error: 'unsupported_grant_type' });
      });
      return;
    }
    send(404, { error: 'not_found' });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  url = `https://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return Object.assign(state, {
    url,
    ca: cert,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  });
}
