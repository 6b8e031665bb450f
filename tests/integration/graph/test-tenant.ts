import { randomUUID } from 'node:crypto';
import { loadDemoTenant } from '../../../services/tenant-simulator/demo-tenant';
import type { TenantFile, TenantUser } from '../../../services/tenant-simulator/tenant-file';

/** Office 365 E3 in the demo tenant. */
export const E3 = '6fd2c87f-b296-42f0-b197-1e91e994b900';
/** Power BI Pro in the demo tenant (Anna Lindberg holds it directly, Bo Ek does not). */
export const POWER_BI_PRO = 'f8a1db68-be16-40ed-86d5-cb42ce701560';
export const ANNA = { id: 'c8d52fa5-9395-4b63-b6dd-777d2c0d8f0a', upn: 'anna.lindberg@contoso.se' };
export const BO = { id: 'b5e7e2a2-fccb-4d5b-8a7a-fa3401d9cac8', upn: 'bo.ek@contoso.se' };
/** Holds E3 only through the group "Säljavdelningen – licenser". */
export const ANNA_BERG = { id: 'd50763ff-954e-4dc4-ba83-55866b8c5597', upn: 'anna.berg@contoso.se' };
/** Bo Ek's manager, with three direct reports. */
export const KARIN = { id: '4e818428-77b5-4e2a-9e35-a45dcef1c600', upn: 'karin.holm@contoso.se' };
/** The CEO, who has no manager. */
export const MAGNUS = { id: 'b3400f0d-2462-4f4e-8eb2-c522a48c511d', upn: 'magnus.wikstrom@contoso.se' };
export const SALES_GROUP_ID = 'ce1b1ba2-7bf9-4425-9a2d-7b72b6fe5004';
export const LICENSE_ADMIN_ROLE_ID = 'da5373aa-7be4-4422-af95-29e79fc22662';

/**
 * The demo tenant plus `extra` generated users who each hold E3 directly (seats added to match),
 * named "Test User NNNN" with UPN test.user.NNNN@contoso.se.
 */
export function demoTenantWith(extra: number): TenantFile {
  const tenant = loadDemoTenant();
  const e3 = tenant.subscribedSkus.find((s) => s.skuId === E3);
  if (!e3) throw new Error('demo tenant without E3');
  for (let i = 0; i < extra; i += 1) tenant.users.push(testUser(i));
  e3.consumedUnits += extra;
  e3.prepaidUnits.enabled += extra;
  return tenant;
}

function testUser(i: number): TenantUser {
  const n = String(i).padStart(4, '0');
  const upn = `test.user.${n}@contoso.se`;
  return {
    id: randomUUID(),
    displayName: `Test User ${n}`,
    givenName: 'Test',
    surname: `User ${n}`,
    userPrincipalName: upn,
    mail: upn,
    jobTitle: 'Tester',
    department: 'QA',
    preferredLanguage: 'en-US',
    usageLocation: 'SE',
    accountEnabled: true,
    businessPhones: [],
    mobilePhone: null,
    officeLocation: 'Stockholm',
    assignedLicenses: [{ skuId: E3, disabledPlans: [] }],
    licenseAssignmentStates: [
      {
        skuId: E3,
        assignedByGroup: null,
        state: 'Active',
        error: 'None',
        disabledPlans: [],
        lastUpdatedDateTime: '2024-09-02T07:30:00Z',
      },
    ],
    managerId: null,
  };
}

/** A license change removing `skuId` from `userId`. */
export function removal(userId: string, skuId = E3) {
  return { userId, addLicenses: [], removeLicenses: [skuId] };
}

/** A sleep that really waits but records each wait, so tests can check what was honoured. */
export function recordingSleep(): { sleep: (ms: number) => Promise<void>; waits: number[] } {
  const waits: number[] = [];
  return {
    waits,
    sleep: (ms) => {
      waits.push(ms);
      return new Promise((resolve) => setTimeout(resolve, ms));
    },
  };
}

/** A sleep that returns at once and records each wait (for paths where the simulator does not care about time). */
export function instantSleep(): { sleep: (ms: number) => Promise<void>; waits: number[] } {
  const waits: number[] = [];
  return { waits, sleep: (ms) => (waits.push(ms), Promise.resolve()) };
}

/**
 * A clock that moves only when slept on: waits return at once but advance `now` by their length,
 * so retry budgets measured in time are spent without real waiting.
 */
export function virtualTime(start = 1_000_000): {
  now: () => number;
  sleep: (ms: number) => Promise<void>;
  waits: number[];
} {
  let current = start;
  const waits: number[] = [];
  return {
    waits,
    now: () => current,
    sleep: (ms) => {
      waits.push(ms);
      current += Math.max(0, ms);
      return Promise.resolve();
    },
  };
}
