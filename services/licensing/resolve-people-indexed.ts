import type { DirectoryIndex, PersonCandidate } from '../directory/directory-index';
import { graphUserOf } from '../directory/directory-user';
import { findPerson } from '../directory/find-person';
import { isGraphError } from '../graph/graph-error';
import type { LicenseGraph } from '../graph/license-graph';
import type { PersonRef } from './removal-ask';
import type { PersonResolution } from './resolve-people';

/** Resolves what a request names to directory users; same contract as `resolvePeople`. */
export type PeopleResolver = (refs: PersonRef[]) => Promise<PersonResolution[]>;

const MAX_SUGGESTIONS = 5;

function exact(candidates: readonly PersonCandidate[]): PersonCandidate[] {
  return candidates.filter((c) => c.kind !== 'fuzzy');
}

/**
 * `resolvePeople` on the directory index: names and addresses are matched in memory (full name,
 * "Surname, Given", unique given name or surname, mail/UPN; accent- and case-insensitive), and
 * Graph is asked only for a person the index does not know (see `findPerson`) and for the
 * resolved users' license state (one `id in (…)` read), which planning needs anyway.
 * Ambiguity and typos come back as questions with candidates, exactly like `resolvePeople`.
 */
export function indexedPeopleResolver(index: () => DirectoryIndex, graph: LicenseGraph): PeopleResolver {
  return async (refs) => {
    const out: (PersonResolution | { kind: 'pending'; ref: PersonRef; id: string })[] = [];
    for (const ref of refs) {
      if (ref.kind === 'identity') {
        out.push({ kind: 'pending', ref, id: ref.userId });
        continue;
      }
      const found = exact((await findPerson(index(), graph, ref.text)).candidates);
      const [only, ...others] = found;
      if (only && others.length === 0) out.push({ kind: 'pending', ref, id: only.user.id });
      else if (only) out.push({ kind: 'ambiguous', text: ref.text, candidates: found.map((c) => graphUserOf(c.user)) });
      else out.push(await notFound(index(), graph, ref.text));
    }
    const ids = out.flatMap((r) => (r.kind === 'pending' ? [r.id] : []));
    const users = ids.length > 0 ? await graph.getUsersByIds(ids) : [];
    const byId = new Map(users.map((u) => [(u.id ?? '').toLowerCase(), u]));
    return out.map((r): PersonResolution => {
      if (r.kind !== 'pending') return r;
      const user = byId.get(r.id.toLowerCase());
      if (user) return { kind: 'resolved', ref: r.ref, user };
      // Deleted since the index saw it, or a stale mention.
      return { kind: 'not-found', text: r.ref.kind === 'text' ? r.ref.text : r.ref.displayName, suggestions: [] };
    });
  };
}

/** Not in the index: an alias address Graph knows by UPN, else close spellings as suggestions. */
async function notFound(index: DirectoryIndex, graph: LicenseGraph, text: string): Promise<PersonResolution> {
  if (text.includes('@')) {
    try {
      return { kind: 'resolved', ref: { kind: 'text', text }, user: await graph.getUser(text) };
    } catch (e) {
      if (!(isGraphError(e) && (e.code === 'graph/not-found' || e.code === 'graph/bad-request'))) throw e;
    }
  }
  const suggestions = index
    .lookup(text)
    .slice(0, MAX_SUGGESTIONS)
    .map((c) => graphUserOf(c.user));
  return { kind: 'not-found', text, suggestions };
}
