import { z } from 'zod';

/** The access-token claims the simulator reads to know who is signed in. */
const claimsSchema = z.looseObject({
  oid: z.string().optional(),
  upn: z.string().optional(),
  preferred_username: z.string().optional(),
  /** Delegated scopes; an app-only token has `roles` instead. */
  scp: z.string().optional(),
});

export type BearerClaims = z.infer<typeof claimsSchema>;

/**
 * The claims of the request's `Authorization: Bearer <JWT>`, UNVERIFIED: the simulator trusts any
 * token, as it trusts any caller (it has no keys to check a signature with, and only ever listens on
 * loopback). `undefined` when there is no bearer token; `'malformed'` when it is not a JWT.
 */
export function bearerClaims(headers: Readonly<Record<string, string>>): BearerClaims | 'malformed' | undefined {
  const match = /^Bearer\s+(\S+)$/i.exec(headers.authorization ?? '');
  if (!match?.[1]) return undefined;
  const payload = match[1].split('.')[1];
  if (payload === undefined) return 'malformed';
  try {
    const parsed = claimsSchema.safeParse(JSON.parse(Buffer.from(payload, 'base64url').toString('utf8')));
    return parsed.success ? parsed.data : 'malformed';
  } catch {
    return 'malformed';
  }
}
