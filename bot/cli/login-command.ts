import { CliExit } from './cli-exit';
import { signedInUser } from './cli-requester';
import { type SignInSettings, signIn, signOut } from './sign-in/cli-sign-in';

interface Out {
  stdout: { write(text: string): unknown };
  stderr: { write(text: string): unknown };
}

/**
 * `license-desk login`: the device code flow (Entra's instructions go to stderr, so they show even
 * with stdout redirected), then `/me` to say who is signed in. Exit 0 once signed in.
 */
export async function runLogin(
  io: Out,
  settings: SignInSettings,
  graphBaseUrl: string,
  timeoutMs: number,
): Promise<number> {
  try {
    await signIn(settings, (message) => io.stderr.write(`${message}\n`));
  } catch (e) {
    if (e instanceof CliExit) throw e;
    // The identity library's message says what Entra answered (expired code, declined, unknown app).
    throw new CliExit(2, `sign-in failed: ${e instanceof Error ? e.message.split('\n')[0] : String(e)}`);
  }
  const me = await signedInUser(settings, graphBaseUrl, timeoutMs);
  io.stdout.write(
    `Signed in as ${me.displayName ?? me.userPrincipalName ?? me.id ?? '?'} (${me.userPrincipalName ?? ''}).\n` +
      `The sign-in is kept in ${settings.stateDir} (a token cache readable only by you); \`license-desk logout\` forgets it.\n`,
  );
  return 0;
}

/** `license-desk logout`: deletes the sign-in record and the token cache. */
export function runLogout(io: Out, settings: Pick<SignInSettings, 'stateDir'>): number {
  const removed = signOut(settings);
  io.stdout.write(removed.length > 0 ? `Signed out (removed ${removed.join(', ')}).\n` : 'Nobody was signed in.\n');
  return 0;
}
