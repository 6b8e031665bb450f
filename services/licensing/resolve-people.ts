import type { User } from '@microsoft/microsoft-graph-types';
import type { PersonRef } from './removal-ask';
import { isGraphError } from '../graph/graph-error';
import type { LicenseGraph } from '../graph/license-graph';
import { addressSearch, nameSearch } from './name-search';
import { editDistance, fold } from './text-match';

export type PersonResolution =
  | { kind: 'resolved'; ref: PersonRef; user: User }
  | { kind: 'ambiguous'; text: string; candidates: User[] }
  | { kind: 'not-found'; text: string; suggestions: User[] };

const MAX_SUGGESTIONS = 5;

/** What one typed reference still needs after the first round: a UPN lookup, a search, or nothing. */
type Pending =
  | { done: PersonResolution }
  | { address: string; search: string | undefined }
  | { name: string; pool: User[]; search: string | undefined };

/**
 * Resolves what the requester typed to directory users, in the order the admin center's search
 * would settle it: mention identity, UPN or mail, exact display name, then a unique first name.
 * Anything else is a question back (ambiguous) or "not found" with close matches: never a guess.
 *
 * In at most two sequential rounds of Graph requests, whatever the number of people:
 * 1. all mentions by id, all addresses (`in` filters) and one `startswith` per name (`$batch`) on
 *    display name, first name, surname, mail and UPN;
 * 2. only for what round 1 did not settle: UPN lookups (proxy addresses) and `$search` for names
 *    (their words' beginnings, with diacritic variants) and addresses, again batched.
 * Never the whole directory: a suggestion is only ever drawn from those bounded queries.
 */
export async function resolvePeople(graph: LicenseGraph, refs: PersonRef[]): Promise<PersonResolution[]> {
  const ids = refs.flatMap((r) => (r.kind === 'identity' ? [r.userId] : []));
  const addresses = refs.flatMap((r) => (r.kind === 'text' && isAddress(r.text) ? [r.text.toLowerCase()] : []));
  const names = refs.flatMap((r) => (r.kind === 'text' && !isAddress(r.text) ? [typedName(r.text)] : []));
  const [byId, byAddress, prefixPools] = await Promise.all([
    ids.length > 0 ? graph.getUsersByIds(ids) : [],
    addresses.length > 0 ? graph.findUsersByAddress(addresses) : [],
    names.length > 0 ? graph.findUsersByPrefixes(names) : [],
  ]);

  let nameIndex = 0;
  const pending: Pending[] = refs.map((ref): Pending => {
    if (ref.kind === 'identity') {
      const user = byId.find((u) => u.id?.toLowerCase() === ref.userId.toLowerCase());
      return {
        done: user ? { kind: 'resolved', ref, user } : { kind: 'not-found', text: ref.displayName, suggestions: [] },
      };
    }
    if (isAddress(ref.text)) {
      const settled = settleAddress(ref.text, byAddress);
      return settled ? { done: settled } : { address: ref.text, search: addressSearch(ref.text) };
    }
    const pool = prefixPools[nameIndex++] ?? [];
    const settled = settleName(ref.text, pool);
    return settled ? { done: settled } : { name: ref.text, pool, search: nameSearch(ref.text) };
  });

  // Round 2: every open address's UPN lookup and every search, all at once.
  const upnLookups = pending.map((p) => ('address' in p ? lookUpUpn(graph, p.address) : Promise.resolve(undefined)));
  const searches = pending.flatMap((p) => ('search' in p && p.search !== undefined ? [p.search] : []));
  const [upnHits, searchPools] = await Promise.all([
    Promise.all(upnLookups),
    searches.length > 0 ? graph.searchUsersMany(searches) : Promise.resolve([]),
  ]);

  let searchIndex = 0;
  return pending.map((p, i): PersonResolution => {
    if ('done' in p) return p.done;
    const searched = p.search !== undefined ? (searchPools[searchIndex++] ?? []) : [];
    if ('address' in p) {
      const user = upnHits[i];
      if (user) return { kind: 'resolved', ref: { kind: 'text', text: p.address }, user };
      return { kind: 'not-found', text: p.address, suggestions: addressSuggestions(p.address, searched) };
    }
    const pool = union(p.pool, searched);
    return settleName(p.name, pool) ?? { kind: 'not-found', text: p.name, suggestions: nameSuggestions(p.name, pool) };
  });
}

function isAddress(text: string): boolean {
  return text.includes('@');
}

/**
 * What a name's `startswith` query asks for: the whole name as typed (single spaces), so "Agnes
 * Blom" reads the few Agnes Bloms and not every Agnes of a 100,000-person directory. A first name
 * alone still finds everyone with it (they are the candidates when it is ambiguous).
 */
function typedName(text: string): string {
  return text.trim().replace(/\s+/g, ' ');
}

function union(a: User[], b: User[]): User[] {
  const ids = new Set(a.map((u) => u.id));
  return [...a, ...b.filter((u) => !ids.has(u.id))];
}

/** By mail or UPN among the `in`-filter hits; undefined when none matched (a UPN lookup is next). */
function settleAddress(text: string, byAddress: User[]): PersonResolution | undefined {
  const wanted = text.toLowerCase();
  const hits = byAddress.filter(
    (u) => u.mail?.toLowerCase() === wanted || u.userPrincipalName?.toLowerCase() === wanted,
  );
  if (hits.length === 1 && hits[0]) return { kind: 'resolved', ref: { kind: 'text', text }, user: hits[0] };
  if (hits.length > 1) return { kind: 'ambiguous', text, candidates: hits };
  return undefined;
}

/** Proxy addresses and aliases are not in `mail`: a UPN lookup is the last exact try. */
async function lookUpUpn(graph: LicenseGraph, address: string): Promise<User | undefined> {
  try {
    return await graph.getUser(address);
  } catch (e) {
    if (isGraphError(e) && (e.code === 'graph/not-found' || e.code === 'graph/bad-request')) return undefined;
    throw e;
  }
}

/** Exact display name (folded: case, spacing, diacritics, apostrophes), then a unique first name. */
function settleName(text: string, pool: User[]): PersonResolution | undefined {
  const wanted = fold(text);
  const ref: PersonRef = { kind: 'text', text };
  const exact = pool.filter((u) => fold(u.displayName ?? '') === wanted);
  if (exact.length === 1 && exact[0]) return { kind: 'resolved', ref, user: exact[0] };
  if (exact.length > 1) return { kind: 'ambiguous', text, candidates: exact };
  const byFirstName = pool.filter((u) => fold(u.givenName ?? '') === wanted);
  if (byFirstName.length === 1 && byFirstName[0]) return { kind: 'resolved', ref, user: byFirstName[0] };
  if (byFirstName.length > 1) return { kind: 'ambiguous', text, candidates: byFirstName };
  return undefined;
}

function nameSuggestions(text: string, pool: User[]): User[] {
  return rank(pool, (u) => [fold(u.displayName ?? ''), fold(u.givenName ?? ''), fold(u.surname ?? '')], fold(text));
}

function addressSuggestions(address: string, pool: User[]): User[] {
  const local = fold(address.toLowerCase().split('@')[0] ?? address);
  return rank(
    pool,
    (u) => [fold((u.mail ?? '').split('@')[0] ?? ''), fold((u.userPrincipalName ?? '').split('@')[0] ?? '')],
    local,
  );
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
