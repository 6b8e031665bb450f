import type { PersonRef } from '../../services/licensing/removal-ask';
import { SELF_TEXT } from '../language/build-request';

/** Words for "me" an admin may type ("remove Visio from me", "ta bort Visio från mig"). */
const SELF_WORDS = new Set([SELF_TEXT, 'myself', 'mig', 'mej', 'mig själv', 'mej själv', 'själv']);

/** Replaces "me"/"mig" with the requester's own identity, so it is never resolved as a name. */
export function withSelfReferences(
  people: PersonRef[],
  requester: { userId: string; displayName: string },
): PersonRef[] {
  return people.map((p) =>
    p.kind === 'text' && SELF_WORDS.has(p.text.trim().toLowerCase())
      ? { kind: 'identity', userId: requester.userId, displayName: requester.displayName }
      : p,
  );
}
