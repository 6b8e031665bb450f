import type { User } from '@microsoft/microsoft-graph-types';
import type { LicenseChange } from './license-graph';

/** Whether the user holds this SKU through a direct assignment (not only through groups). */
function holdsDirectly(user: User, skuId: string): boolean {
  const id = skuId.toLowerCase();
  const states = user.licenseAssignmentStates;
  // Without assignment states (not selected) all we know is assignedLicenses, which a group also fills.
  if (!states) return (user.assignedLicenses ?? []).some((l) => l.skuId?.toLowerCase() === id);
  return states.some((s) => s.skuId?.toLowerCase() === id && (s.assignedByGroup ?? null) === null);
}

/**
 * Whether Graph shows `change` as applied to `user` (read with licenseAssignmentStates): every
 * removed SKU no longer directly assigned, every added SKU directly assigned. This is how an
 * ambiguous write (no answer, or a 5xx after it was sent) is settled.
 */
export function isLicenseChangeApplied(user: User, change: LicenseChange): boolean {
  return (
    change.removeLicenses.every((skuId) => !holdsDirectly(user, skuId)) &&
    change.addLicenses.every((a) => holdsDirectly(user, a.skuId))
  );
}
