import { z } from 'zod';

/**
 * The shape of a tenant file: Graph objects as Graph returns them (v1.0), plus `managerId` on users
 * and `members` on groups and roles, which Graph serves through separate navigation paths.
 *
 * Objects are loose: extra Graph properties (businessPhones, officeLocation …) are kept and served,
 * so a tenant file can be built from real Graph output.
 */

const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** A GUID string; the message is what shows in `TenantFileError`. */
export const guid = z.string({ error: 'expected a GUID' }).regex(GUID, { error: 'expected a GUID' });

const text = z.string({ error: 'expected a string' }).min(1, { error: 'must not be empty' });
const nullableText = z.string({ error: 'expected a string or null' }).nullable();
const isoDate = z.iso.datetime({ offset: true, error: 'expected an ISO 8601 date-time' });

export const servicePlanSchema = z.looseObject({
  servicePlanId: guid,
  servicePlanName: text,
  provisioningStatus: text,
  appliesTo: text,
});

export const subscribedSkuSchema = z.looseObject({
  id: text,
  skuId: guid,
  skuPartNumber: text,
  appliesTo: z.enum(['User', 'Company']),
  capabilityStatus: z.enum(['Enabled', 'Warning', 'Suspended', 'Deleted', 'LockedOut']),
  consumedUnits: z.number().int().nonnegative(),
  prepaidUnits: z.looseObject({
    enabled: z.number().int().nonnegative(),
    suspended: z.number().int().nonnegative(),
    warning: z.number().int().nonnegative(),
    lockedOut: z.number().int().nonnegative(),
  }),
  servicePlans: z.array(servicePlanSchema),
});

export const companySubscriptionSchema = z.looseObject({
  id: text,
  skuId: guid,
  skuPartNumber: text,
  status: z.enum(['Enabled', 'Deleted', 'Suspended', 'Warning', 'LockedOut']),
  isTrial: z.boolean(),
  totalLicenses: z.number().int().nonnegative(),
  createdDateTime: isoDate,
  nextLifecycleDateTime: isoDate.nullable(),
  /** `"User"` marks a self-service purchase by the user `ownerId`; null for the organisation's own. */
  ownerType: z.string().nullable(),
  ownerId: guid.nullable(),
});

export const assignedLicenseSchema = z.looseObject({
  skuId: guid,
  disabledPlans: z.array(guid),
});

export const licenseAssignmentStateSchema = z.looseObject({
  skuId: guid,
  /** Null for a direct assignment; the group's id for an inherited one. */
  assignedByGroup: guid.nullable(),
  state: z.enum(['Active', 'ActiveWithError', 'Disabled', 'Error']),
  error: z.string(),
  disabledPlans: z.array(guid),
  lastUpdatedDateTime: isoDate.nullable(),
});

/**
 * Graph's signInActivity (v1.0): the last interactive, non-interactive and successful sign-in
 * (UTC date-times, null when none), each with the request id of that sign-in. Served only on
 * `$select=signInActivity`, and only with AuditLog.Read.All and Entra ID P1 (see `access`).
 */
export const signInActivitySchema = z.looseObject({
  lastSignInDateTime: isoDate.nullable(),
  lastSignInRequestId: z.string().nullable(),
  lastNonInteractiveSignInDateTime: isoDate.nullable(),
  lastNonInteractiveSignInRequestId: z.string().nullable(),
  lastSuccessfulSignInDateTime: isoDate.nullable(),
  lastSuccessfulSignInRequestId: z.string().nullable(),
});

export const userSchema = z.looseObject({
  id: guid,
  displayName: text,
  givenName: nullableText,
  surname: nullableText,
  userPrincipalName: z.string().regex(/^[^@\s]+@[^@\s]+$/, { error: 'expected a user principal name (name@domain)' }),
  mail: nullableText,
  jobTitle: nullableText,
  department: nullableText,
  preferredLanguage: nullableText,
  usageLocation: nullableText,
  accountEnabled: z.boolean(),
  assignedLicenses: z.array(assignedLicenseSchema),
  licenseAssignmentStates: z.array(licenseAssignmentStateSchema),
  /** Not Graph's: backs /manager and /directReports; never returned in responses. */
  managerId: guid.nullable().optional(),
  /** Null or absent: the user never signed in (Graph serves null). */
  signInActivity: signInActivitySchema.nullable().exactOptional(),
});

export const groupSchema = z.looseObject({
  id: guid,
  displayName: text,
  mail: nullableText,
  assignedLicenses: z.array(assignedLicenseSchema),
  /** Member user ids (direct members only; nested groups are not modelled). */
  members: z.array(guid),
  /** Graph's flag for groups that can hold Microsoft Entra roles (set at creation, immutable). */
  isAssignableToRole: z.boolean().optional(),
});

export const directoryRoleSchema = z.looseObject({
  id: guid,
  roleTemplateId: guid,
  displayName: text,
  members: z.array(guid),
});

/**
 * A directory scope as Graph writes it in `directoryScopeId`: `/` (the tenant) or
 * `/administrativeUnits/{id}`. App scopes (`/{application-objectID}`) are not modelled.
 */
export const directoryScopeIdSchema = z.union([
  z.literal('/'),
  z.string().regex(/^\/administrativeUnits\/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i, {
    error: "expected '/' or '/administrativeUnits/{id}'",
  }),
]);

/**
 * An ACTIVE role assignment (`unifiedRoleAssignment`, served by `/roleManagement/directory/roleAssignments`).
 * The principal is a user or a role-assignable group. `roleDefinitionId` of a built-in role is its
 * template id. Tenant-wide direct assignments may instead be listed as `directoryRoles[].members`
 * (older tenant files): the simulator serves both as role assignments.
 */
export const roleAssignmentSchema = z.looseObject({
  id: text,
  principalId: guid,
  roleDefinitionId: guid,
  directoryScopeId: directoryScopeIdSchema,
});

/** What an assignment and an eligibility share: who, which role, where. */
const roleGrantShape = roleAssignmentSchema.shape;

/**
 * A PIM eligibility (`unifiedRoleEligibilitySchedule`): the principal may activate the role, but
 * holds nothing until then, so it never shows among the role assignments.
 */
export const roleEligibilityScheduleSchema = z.looseObject({
  ...roleGrantShape,
  memberType: z.enum(['Direct', 'Group', 'Inherited']).optional(),
  status: z.string().optional(),
});

export const administrativeUnitSchema = z.looseObject({
  id: guid,
  displayName: text,
  description: nullableText.optional(),
  /** Member user ids. (Graph also allows groups and devices; a group's members are not in scope.) */
  members: z.array(guid),
});

export const organizationSchema = z.looseObject({
  id: guid,
  displayName: text,
  verifiedDomains: z
    .array(z.looseObject({ name: text, isDefault: z.boolean() }))
    .min(1, { error: 'needs at least one domain' }),
});

/**
 * Not Graph's: what the caller's app may read. `signInActivity`: 'granted' (default);
 * 'missing-permission' (no AuditLog.Read.All: 403 Authorization_RequestDenied); 'missing-premium'
 * (no Entra ID P1: 403 Authentication_RequestFromNonPremiumTenantOrB2CTenant).
 */
export const tenantAccessSchema = z.looseObject({
  signInActivity: z.enum(['granted', 'missing-permission', 'missing-premium']).optional(),
});

export const tenantFileSchema = z.looseObject({
  access: tenantAccessSchema.optional(),
  organization: organizationSchema,
  subscribedSkus: z.array(subscribedSkuSchema),
  subscriptions: z.array(companySubscriptionSchema),
  users: z.array(userSchema),
  groups: z.array(groupSchema),
  directoryRoles: z.array(directoryRoleSchema),
  /** Optional (older tenant files have none); an absent list means none. Read through `role-lists.ts`. */
  roleAssignments: z.array(roleAssignmentSchema).optional(),
  roleEligibilitySchedules: z.array(roleEligibilityScheduleSchema).optional(),
  administrativeUnits: z.array(administrativeUnitSchema).optional(),
});
