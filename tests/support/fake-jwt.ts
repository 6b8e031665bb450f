/**
 * An unsigned JWT (`alg: none`) carrying `claims`: what the fake token endpoint issues and the
 * tenant simulator reads (it never verifies signatures). Not a credential anywhere real.
 */
export function fakeJwt(claims: Record<string, unknown>): string {
  const part = (o: unknown): string => Buffer.from(JSON.stringify(o)).toString('base64url');
  return `${part({ alg: 'none', typ: 'JWT' })}.${part(claims)}.`;
}
