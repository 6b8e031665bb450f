import type { User } from '@microsoft/microsoft-graph-types';
import { classifyAssignment, heldSkuIds } from '../../../../services/licensing/classify-assignment';

// How a user holds a SKU, from licenseAssignmentStates as Graph returns them.
const SKU = '6fd2c87f-b296-42f0-b197-1e91e994b900';
const OTHER = 'f8a1db68-be16-40ed-86d5-cb42ce701560';
const GROUP = 'ce1b1ba2-7bf9-4425-9a2d-7b72b6fe5004';
const PLAN = '7547a3fe-08ee-4ccb-b430-5077c5041653';

type Holder = Pick<User, 'licenseAssignmentStates' | 'assignedLicenses'>;
const state = (skuId: string, assignedByGroup: string | null, disabledPlans: string[] = []) => ({
  skuId,
  assignedByGroup,
  disabledPlans,
  state: 'Active',
});

describe('classifyAssignment', () => {
  it.each<[string, Holder, string, string[], string[]]>([
    ['direct', { licenseAssignmentStates: [state(SKU, null, [PLAN])] }, 'direct', [], [PLAN]],
    ['group only', { licenseAssignmentStates: [state(SKU, GROUP, [PLAN])] }, 'group-only', [GROUP], []],
    [
      'both',
      { licenseAssignmentStates: [state(SKU, GROUP), state(SKU, null, [PLAN])] },
      'direct-and-group',
      [GROUP],
      [PLAN],
    ],
    ['another SKU only', { licenseAssignmentStates: [state(OTHER, null)] }, 'not-assigned', [], []],
    ['nothing at all', {}, 'not-assigned', [], []],
    [
      'assignedLicenses without states (treated as direct)',
      { assignedLicenses: [{ skuId: SKU, disabledPlans: [PLAN] }] },
      'direct',
      [],
      [PLAN],
    ],
    ['a skuId in other case', { licenseAssignmentStates: [state(SKU.toUpperCase(), null)] }, 'direct', [], []],
  ])('%s', (_what, user, assignment, groupIds, directDisabledPlans) => {
    expect(classifyAssignment(user, SKU)).toEqual({ assignment, groupIds, directDisabledPlans });
  });

  it('does not take the group state of a SKU for a direct one, even with assignedLicenses listing it', () => {
    const user: Holder = {
      assignedLicenses: [{ skuId: SKU, disabledPlans: [] }],
      licenseAssignmentStates: [state(SKU, GROUP)],
    };
    expect(classifyAssignment(user, SKU).assignment).toBe('group-only');
  });

  it('returns a copy of the disabled plans, so a plan cannot alias the user object', () => {
    const user: Holder = { licenseAssignmentStates: [state(SKU, null, [PLAN])] };
    classifyAssignment(user, SKU).directDisabledPlans.push('x');
    expect(user.licenseAssignmentStates?.[0]?.disabledPlans).toEqual([PLAN]);
  });
});

describe('heldSkuIds', () => {
  it('lists each SKU held once, however many paths', () => {
    const user: Holder = {
      assignedLicenses: [{ skuId: SKU }, { skuId: OTHER }],
      licenseAssignmentStates: [state(SKU, GROUP), state(SKU, null), state(OTHER, GROUP)],
    };
    expect(heldSkuIds(user).sort()).toEqual([SKU, OTHER].sort());
  });
});
