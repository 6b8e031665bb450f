import type { User } from '@microsoft/microsoft-graph-types';
import { graphError } from './graph-error';
import { parseSelect, pick } from './odata/select';
import type { SimRequest, SimResponse } from './sim-types';
import type { TenantUser } from './tenant-file';

/** What Graph v1.0 returns for a user without `$select` (license fields only come on `$select`). */
export const USER_DEFAULT_FIELDS = [
  'businessPhones',
  'displayName',
  'givenName',
  'jobTitle',
  'mail',
  'mobilePhone',
  'officeLocation',
  'preferredLanguage',
  'surname',
  'userPrincipalName',
  'id',
] as const;

/** The user properties a tenant file defines (and so may be selected), besides any extras it carries. */
export const USER_FIELDS = [
  'id',
  'displayName',
  'givenName',
  'surname',
  'userPrincipalName',
  'mail',
  'jobTitle',
  'department',
  'preferredLanguage',
  'usageLocation',
  'accountEnabled',
  'assignedLicenses',
  'licenseAssignmentStates',
] as const;

/** The signInActivity paths `$filter` accepts (with le/ge/eq … on date-times). */
export const SIGN_IN_FILTER_FIELDS = [
  'signInActivity/lastSignInDateTime',
  'signInActivity/lastNonInteractiveSignInDateTime',
  'signInActivity/lastSuccessfulSignInDateTime',
] as const;

/** Properties `$filter` accepts on users. */
export const USER_FILTER_FIELDS: ReadonlySet<string> = new Set([
  ...USER_FIELDS.filter((f) => f !== 'assignedLicenses' && f !== 'licenseAssignmentStates'),
  ...SIGN_IN_FILTER_FIELDS,
]);

/** Properties `$search` accepts on users. */
export const USER_SEARCH_FIELDS: ReadonlySet<string> = new Set([
  'displayName',
  'givenName',
  'surname',
  'mail',
  'userPrincipalName',
  'jobTitle',
  'department',
]);

const SELECTABLE: ReadonlySet<string> = new Set<string>([...USER_DEFAULT_FIELDS, ...USER_FIELDS, 'signInActivity']);

/** A tenant user as Graph would hold it: without the simulator's own `managerId`. */
export function graphUser(user: TenantUser): Record<string, unknown> {
  const { managerId: _managerId, ...rest } = user;
  return { businessPhones: [], mobilePhone: null, officeLocation: null, ...rest };
}

/** `$select`ed properties, or Graph's default ones. */
export function projectUser(user: TenantUser, fields: readonly string[] | undefined): User {
  return pick(graphUser(user), fields ?? USER_DEFAULT_FIELDS);
}

/** Parses `$select` for users (unknown names are a 400, as in Graph). */
export function userSelect(
  req: SimRequest,
  user?: TenantUser,
): { ok: true; fields: string[] | undefined } | { ok: false; response: SimResponse } {
  const known = user ? new Set([...SELECTABLE, ...Object.keys(graphUser(user))]) : SELECTABLE;
  const parsed = parseSelect(req.query.get('$select'), known, 'microsoft.graph.user');
  return parsed.ok ? parsed : { ok: false, response: graphError(400, 'BadRequest', parsed.message) };
}

/** `users` or `users(id,displayName)`, for `@odata.context`. */
export function usersContext(fields: readonly string[] | undefined): string {
  return fields ? `users(${fields.join(',')})` : 'users';
}
