import type { User } from '@microsoft/microsoft-graph-types';
import type { PersonRef } from './removal-ask';
import { isGraphError } from '../graph/graph-error';
import type { LicenseGraph } from '../graph/license-graph';
import { editDistance, fold } from './text-match';

export type PersonResolution =
  | { kind: 'resolved'; ref: PersonRef; user: User }
  | { kind: 'ambiguous'; text: string; candidates: User[] }
  | { kind: 'not-found'; text: string; suggestions: User[] };

const MAX_SUGGESTIONS = 5;

/**
 * Resolves what the requester typed to directory users, in the order the admin center's search
 * would settle it: mention identity, UPN or mail, exact display name, then a unique first name.
 * Anything else is a question back (ambiguous) or "not found" with close matches: never a guess.
 */
export async function resolvePeople(graph: LicenseGraph, refs: PersonRef[]): Promise<PersonResolution[]> {
  const addresses = refs.flatMap((r) => (r.kind === 'text' && r.text.includes('@') ? [r.text.toLowerCase()] : []));
  const byAddress = addresses.length > 0 ? await graph.findUsersByAddress(addresses) : [];
  const directory = new LazyDirectory(graph);
  const out: PersonResolution[] = [];
  for (const ref of refs) {
    if (ref.kind === 'identity') {
      out.push(await resolveIdentity(graph, ref));
    } else if (ref.text.includes('@')) {
      out.push(await resolveAddress(graph, directory, ref.text, byAddress));
    } else {
      out.push(await resolveName(graph, directory, ref.text));
    }
  }
  return out;
}

async function resolveIdentity(
  graph: LicenseGraph,
  ref: Extract<PersonRef, { kind: 'identity' }>,
): Promise<PersonResolution> {
  try {
    return { kind: 'resolved', ref, user: await graph.getUser(ref.userId) };
  } catch (e) {
    if (isGraphError(e) && e.code === 'graph/not-found')
      return { kind: 'not-found', text: ref.displayName, suggestions: [] };
    throw e;
  }
}

async function resolveAddress(
  graph: LicenseGraph,
  directory: LazyDirectory,
  text: string,
  byAddress: User[],
): Promise<PersonResolution> {
  const wanted = text.toLowerCase();
  const hits = byAddress.filter(
    (u) => u.mail?.toLowerCase() === wanted || u.userPrincipalName?.toLowerCase() === wanted,
  );
  const ref: PersonRef = { kind: 'text', text };
  if (hits.length === 1 && hits[0]) return { kind: 'resolved', ref, user: hits[0] };
  if (hits.length > 1) return { kind: 'ambiguous', text, candidates: hits };
  // Proxy addresses and aliases are not in `mail`: a UPN lookup is the last exact try.
  try {
    return { kind: 'resolved', ref, user: await graph.getUser(text) };
  } catch (e) {
    if (!(isGraphError(e) && (e.code === 'graph/not-found' || e.code === 'graph/bad-request'))) throw e;
  }
  const local = fold(wanted.split('@')[0] ?? wanted);
  const all = await directory.all();
  const suggestions = rank(
    all,
    (u) => [fold((u.mail ?? '').split('@')[0] ?? ''), fold((u.userPrincipalName ?? '').split('@')[0] ?? '')],
    local,
  );
  return { kind: 'not-found', text, suggestions };
}

async function resolveName(graph: LicenseGraph, directory: LazyDirectory, text: string): Promise<PersonResolution> {
  const wanted = fold(text);
  const ref: PersonRef = { kind: 'text', text };
  const firstToken = text.trim().split(/\s+/)[0] ?? text;
  let pool = await graph.findUsersByPrefix(firstToken);
  // Graph's startswith is diacritic-sensitive ("Asa" does not find "Åsa"): fall back to the whole directory.
  if (!pool.some((u) => fold(u.displayName ?? '') === wanted || fold(u.givenName ?? '') === wanted)) {
    pool = await directory.all();
  }
  const exact = pool.filter((u) => fold(u.displayName ?? '') === wanted);
  if (exact.length === 1 && exact[0]) return { kind: 'resolved', ref, user: exact[0] };
  if (exact.length > 1) return { kind: 'ambiguous', text, candidates: exact };
  const byFirstName = pool.filter((u) => fold(u.givenName ?? '') === wanted);
  if (byFirstName.length === 1 && byFirstName[0]) return { kind: 'resolved', ref, user: byFirstName[0] };
  if (byFirstName.length > 1) return { kind: 'ambiguous', text, candidates: byFirstName };
  const all = await directory.all();
  const suggestions = rank(
    all,
    (u) => [fold(u.displayName ?? ''), fold(u.givenName ?? ''), fold(u.surname ?? '')],
    wanted,
  );
  return { kind: 'not-found', text, suggestions };
}

/** Close matches: prefix or substring hits first, then small edit distances. */
function rank(users: User[], keys: (u: User) => string[], wanted: string): User[] {
  const scored: { user: User; score: number }[] = [];
  for (const user of users) {
    let best = Number.POSITIVE_INFINITY;
    for (const key of keys(user)) {
      if (!key) continue;
      if (key.startsWith(wanted) || wanted.startsWith(key)) best = Math.min(best, 0);
      else if (key.includes(wanted)) best = Math.min(best, 1);
      else best = Math.min(best, 1 + editDistance(key, wanted, 3));
    }
    if (best <= 3) scored.push({ user, score: best });
  }
  return scored
    .sort((a, b) => a.score - b.score || (a.user.displayName ?? '').localeCompare(b.user.displayName ?? ''))
    .slice(0, MAX_SUGGESTIONS)
    .map((s) => s.user);
}

/** The whole directory, read at most once per planning pass and only when a fallback needs it. */
class LazyDirectory {
  private users: Promise<User[]> | undefined;
  constructor(private readonly graph: LicenseGraph) {}
  all(): Promise<User[]> {
    this.users ??= this.graph.listUsers();
    return this.users;
  }
}
