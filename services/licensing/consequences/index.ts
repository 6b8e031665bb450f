// Public surface of the consequences engine: pure functions over Graph user and SKU data.
export { classifyServicePlan, SERVICE_FAMILIES, type ServiceKind } from './classify-service-plan';
export { consequencesFor, FAMILY_CONSEQUENCE, type Consequence, type ConsequenceCode } from './consequences';
export { licenseAssignments, type LicenseAssignment } from './license-assignments';
export { lostKinds, lostServices, type LostPlan, type LostServices } from './lost-services';
export { seatChanges, type SeatChange, type SeatRemoval } from './seat-changes';
