import { checkAsAllowed } from '../../../bot/cli/cli-requester';
import { SIGN_IN_SCOPE, signInScope } from '../../../bot/cli/sign-in/cli-sign-in';
import { loadConfig } from '../../../bot/config';

describe('CLI sign-in rules', () => {
  it('asks for User.Read on the Graph in use, the global one for a simulator', () => {
    expect(signInScope('https://graph.microsoft.us/')).toBe('https://graph.microsoft.us/User.Read');
    expect(signInScope('https://graph.microsoft.com')).toBe(SIGN_IN_SCOPE);
    expect(signInScope('http://127.0.0.1:3979')).toBe(SIGN_IN_SCOPE);
    expect(signInScope(undefined)).toBe(SIGN_IN_SCOPE);
  });

  it('takes --as on trust only for the simulator, a tenant file, or with --as-app', () => {
    const graph = loadConfig({
      GRAPH_MODE: 'graph',
      AZURE_TENANT_ID: 't',
      AZURE_CLIENT_ID: 'c',
      AZURE_CLIENT_SECRET: 's',
    });
    const simulator = loadConfig({});
    const as = 'maria.nilsson@contoso.se';
    expect(() => checkAsAllowed({ as, asApp: false }, graph)).toThrow(/--as is only a claim/);
    expect(() => checkAsAllowed({ as, asApp: true }, graph)).not.toThrow();
    expect(() => checkAsAllowed({ as, asApp: false, tenant: 'x.json' }, graph)).not.toThrow();
    expect(() => checkAsAllowed({ as, asApp: false }, simulator)).not.toThrow();
    expect(() => checkAsAllowed({ asApp: false }, graph)).not.toThrow();
  });
});
