import { createTokenProvider } from '../../../services/graph/token-provider';

describe('createTokenProvider', () => {
  const ids = { tenantId: '85824637-ab66-4522-9a06-779143fea2b0', clientId: '11111111-2222-3333-4444-555555555555' };

  it('builds a provider from a client secret without any network call', () => {
    expect(typeof createTokenProvider({ ...ids, clientSecret: 'not-a-real-secret' })).toBe('function');
  });

  it('builds a provider from a certificate path without reading it yet', () => {
    expect(typeof createTokenProvider({ ...ids, certificatePath: '/nonexistent/cert.pem' })).toBe('function');
  });

  it('refuses a configuration with neither secret nor certificate, naming no values', () => {
    expect(() => createTokenProvider(ids)).toThrow('Graph credentials: set a client secret or a certificate path.');
  });
});
