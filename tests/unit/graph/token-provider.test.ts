import { createTokenProvider, credentialKind } from '../../../services/graph/token-provider';

describe('createTokenProvider', () => {
  const ids = { tenantId: '85824637-ab66-4522-9a06-779143fea2b0', clientId: '11111111-2222-3333-4444-555555555555' };

  it('builds a provider from a client secret without any network call', () => {
    expect(typeof createTokenProvider({ ...ids, clientSecret: 'not-a-real-secret' })).toBe('function');
  });

  it('builds a provider from a certificate path without reading it yet', () => {
    expect(typeof createTokenProvider({ ...ids, certificatePath: '/nonexistent/cert.pem' })).toBe('function');
  });

  it('uses the managed identity with neither secret nor certificate, without any network call', () => {
    expect(credentialKind(ids)).toBe('managed identity');
    expect(typeof createTokenProvider({})).toBe('function');
    expect(typeof createTokenProvider({ clientId: ids.clientId })).toBe('function');
  });

  it('refuses a secret or certificate without the app registration ids, naming no values', () => {
    expect(() => createTokenProvider({ clientSecret: 'not-a-real-secret' })).toThrow(
      "Graph credentials: a client secret needs the app registration's tenant id and client id.",
    );
    expect(() => createTokenProvider({ tenantId: ids.tenantId, certificatePath: '/x.pem' })).toThrow(/certificate needs/);
  });
});
