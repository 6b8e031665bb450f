import type { User } from '@microsoft/microsoft-graph-types';
import type { LicenseGraph } from '../../graph/license-graph';
import type { RemovalAsk } from '../removal-ask';
import { resolvePeople } from '../resolve-people';
import type { PeopleResolver } from '../resolve-people-indexed';
import type { Clarification } from './clarification';
import { toPlanUser } from './plan-mappers';

/**
 * Who is meant: the users named (each once), and a question for every name that is not settled.
 * `resolve` defaults to Graph's own search; the bot passes the directory index's (in memory).
 */
export async function planPeople(
  graph: LicenseGraph,
  people: RemovalAsk['people'],
  resolve: PeopleResolver = (refs) => resolvePeople(graph, refs),
): Promise<{ users: User[]; clarifications: Clarification[] }> {
  const clarifications: Clarification[] = [];
  const users: User[] = [];
  for (const r of await resolve(people)) {
    if (r.kind === 'resolved') {
      if (!users.some((u) => u.id === r.user.id)) users.push(r.user);
    } else if (r.kind === 'ambiguous') {
      clarifications.push({ code: 'ambiguous-person', text: r.text, candidates: r.candidates.map(toPlanUser) });
    } else {
      clarifications.push({ code: 'person-not-found', text: r.text, suggestions: r.suggestions.map(toPlanUser) });
    }
  }
  return { users, clarifications };
}
