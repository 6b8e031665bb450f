import type { User } from '@microsoft/microsoft-graph-types';
import { z } from 'zod';

/**
 * The only user properties the directory index keeps: enough to recognise a name or an address
 * in a message, nothing else (no licenses, no department: those are read per request).
 */
export const DIRECTORY_FIELDS = [
  'id',
  'displayName',
  'givenName',
  'surname',
  'mail',
  'userPrincipalName',
  'accountEnabled',
] as const;

/** A user as the index holds it. Strings Graph leaves unset are `null`. */
export interface DirectoryUser {
  id: string;
  displayName: string | null;
  givenName: string | null;
  surname: string | null;
  mail: string | null;
  userPrincipalName: string | null;
  accountEnabled: boolean | null;
}

const optionalText = z
  .string()
  .nullish()
  .transform((v) => v ?? null);

/** One item of a `/users/delta` page: a user (created or changed) or a removal. Extra keys are ignored. */
export const deltaItemSchema = z.union([
  z.object({ id: z.string().min(1), '@removed': z.object({ reason: z.string().optional() }).loose() }),
  z.object({
    id: z.string().min(1),
    displayName: optionalText,
    givenName: optionalText,
    surname: optionalText,
    mail: optionalText,
    userPrincipalName: optionalText,
    accountEnabled: z
      .boolean()
      .nullish()
      .transform((v) => v ?? null),
  }),
]);

export type DeltaItem = z.infer<typeof deltaItemSchema>;

/** Narrows a delta item to a removal (`@removed` present). */
export function isRemoval(item: DeltaItem): item is Extract<DeltaItem, { '@removed': unknown }> {
  return '@removed' in item;
}

/** The index's user as a Graph `User` with just these fields (no licenses: read those per request). */
export function graphUserOf(user: DirectoryUser): User {
  return {
    id: user.id,
    displayName: user.displayName,
    givenName: user.givenName,
    surname: user.surname,
    mail: user.mail,
    userPrincipalName: user.userPrincipalName,
    accountEnabled: user.accountEnabled,
  };
}
