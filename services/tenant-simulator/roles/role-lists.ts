import type { TenantFile } from '../tenant-file';

type Lists = Pick<TenantFile, 'roleAssignments' | 'roleEligibilitySchedules' | 'administrativeUnits'>;

/** The tenant's role lists, each `[]` when the tenant file has none (they are optional there). */
export function roleLists(t: Lists): {
  roleAssignments: NonNullable<TenantFile['roleAssignments']>;
  roleEligibilitySchedules: NonNullable<TenantFile['roleEligibilitySchedules']>;
  administrativeUnits: NonNullable<TenantFile['administrativeUnits']>;
} {
  return {
    roleAssignments: t.roleAssignments ?? [],
    roleEligibilitySchedules: t.roleEligibilitySchedules ?? [],
    administrativeUnits: t.administrativeUnits ?? [],
  };
}
