import type { User } from '@microsoft/microsoft-graph-types';
import type { LicenseGraph } from '../graph/license-graph';
import type { DirectoryIndex, PersonCandidate } from './directory-index';
import type { DirectoryUser } from './directory-user';

/** The Graph reads the fallback may use: one filtered query, never the whole directory. */
export type FallbackGraph = Pick<LicenseGraph, 'findUsersByPrefix' | 'findUsersByAddress'>;

export function toDirectoryUser(user: User): DirectoryUser | undefined {
  if (!user.id) return undefined;
  return {
    id: user.id,
    displayName: user.displayName ?? null,
    givenName: user.givenName ?? null,
    surname: user.surname ?? null,
    mail: user.mail ?? null,
    userPrincipalName: user.userPrincipalName ?? null,
    accountEnabled: user.accountEnabled ?? null,
  };
}

/** What a lookup found, and whether Graph had to be asked. */
export interface FoundPeople {
  candidates: PersonCandidate[];
  /** True when the index had no exact hit and a Graph query was made. */
  askedGraph: boolean;
}

/**
 * Looks a typed person up in the index; only when the index has no exact candidate (a user
 * created since the last refresh, say) it asks Graph once — by address for mail-like text, by
 * prefix of the first word otherwise — adds what Graph returns to the index and looks again.
 * Warm index + known person = no Graph call.
 */
export async function findPerson(index: DirectoryIndex, graph: FallbackGraph, text: string): Promise<FoundPeople> {
  const exact = index.lookup(text, { fuzzy: false });
  if (exact.length > 0) return { candidates: exact, askedGraph: false };
  const trimmed = text.trim();
  const first = trimmed.split(/[\s,]+/u)[0] ?? trimmed;
  const found = trimmed.includes('@')
    ? await graph.findUsersByAddress([trimmed.toLowerCase()])
    : first.length >= 2
      ? await graph.findUsersByPrefix(first)
      : [];
  for (const user of found) {
    const entry = toDirectoryUser(user);
    if (entry) index.upsert(entry);
  }
  return { candidates: index.lookup(text), askedGraph: true };
}
