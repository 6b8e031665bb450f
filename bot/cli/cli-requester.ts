/**
 * Who a CLI command acts for. Against the tenant simulator `--as <upn|id>` names the requester
 * (a demo has no identity provider). Against real Graph that would be a bare claim — anyone able
 * to run the CLI with the app's credentials could act as any admin — so there the requester is
 * the signed-in user (`license-desk login`, then Graph `/me` with their token), unless `--as-app`
 * says explicitly that the app acts on its own credentials and takes `--as` on trust.
 */
import type { Config } from '../config';
import type { LicenseGraph } from '../../services/graph/license-graph';
import { GraphLicenseClient } from '../../services/graph/graph-license-client';
import { isGraphError } from '../../services/graph/graph-error';
import { CliExit } from './cli-exit';
import { type SignInSettings, SignInRequiredError, signedInToken, signInScope } from './sign-in/cli-sign-in';

export interface RequesterOptions {
  as?: string | undefined;
  asApp: boolean;
  tenant?: string | undefined;
}

/** Refuses `--as` against real Graph without `--as-app`, before anything is connected. */
export function checkAsAllowed(options: RequesterOptions, config: Pick<Config, 'graph'>): void {
  if (options.as === undefined || options.asApp || options.tenant || config.graph.mode !== 'graph') return;
  throw new CliExit(
    2,
    '--as is only a claim: against real Graph (GRAPH_MODE=graph) sign in with `license-desk login` and leave --as out, ' +
      'or add --as-app to state that the app acts on its own credentials with nobody signed in',
  );
}

/** The sign-in settings, or a clear refusal when the tenant or the public client is not configured. */
export function signInSettings(config: Pick<Config, 'cliSignIn' | 'graph'>, authorityCa?: string): SignInSettings {
  const { tenantId, clientId, authorityHost, stateDir } = config.cliSignIn;
  if (!tenantId || !clientId)
    throw new CliExit(2, 'signing in needs AZURE_TENANT_ID and CLI_CLIENT_ID (or AZURE_CLIENT_ID) to be set');
  const scope = signInScope(config.graph.mode === 'graph' ? config.graph.baseUrl : undefined);
  return { tenantId, clientId, authorityHost, stateDir, scope, ...(authorityCa ? { authorityCa } : {}) };
}

/** The signed-in user's directory object, read from `/me` with their own token. */
export async function signedInUser(settings: SignInSettings, graphBaseUrl: string, timeoutMs: number) {
  let token: string;
  try {
    token = await signedInToken(settings);
  } catch (e) {
    if (e instanceof SignInRequiredError) throw new CliExit(2, `${e.message}: run \`license-desk login\` first`);
    throw e;
  }
  try {
    return await new GraphLicenseClient({
      baseUrl: graphBaseUrl,
      getToken: () => Promise.resolve(token),
      timeoutMs,
    }).getMe();
  } catch (e) {
    const code = isGraphError(e) ? e.code : 'unknown';
    throw new CliExit(2, `could not read the signed-in user from Microsoft Graph (/me: ${code})`);
  }
}

/** The requester's object id: `--as` looked up in the directory, or the signed-in user. */
export async function requesterId(
  options: RequesterOptions,
  graph: LicenseGraph,
  signedIn: () => Promise<{ id?: string | null }>,
): Promise<string> {
  if (options.as === undefined) {
    let me: { id?: string | null };
    try {
      me = await signedIn();
    } catch (e) {
      if (!(e instanceof CliExit)) throw e;
      throw new CliExit(
        e.code,
        `${e.message} (or, against the tenant simulator, name the requester with --as <upn|id>)`,
      );
    }
    if (!me.id) throw new CliExit(2, 'the signed-in account has no directory id');
    return me.id;
  }
  try {
    const user = await graph.getUser(options.as);
    if (user.id) return user.id;
  } catch {
    // fall through to the message below
  }
  throw new CliExit(2, `--as: no user "${options.as}" in the tenant (give a userPrincipalName or object id)`);
}
