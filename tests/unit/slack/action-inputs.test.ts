import { actionInputs, checkboxOptions, unknownToggleBlocks } from '../../../bot/slack/action-inputs';
import { splitValue } from '../../../bot/slack/answer-action';
import { buildBlocks } from '../../../cards/slack/build-blocks';
import type { ConfirmRemovalView } from '../../../cards/views';
import { stateOf } from '../../support/slack-requests';

const person = (id: string, name: string) => ({
  id,
  displayName: name,
  address: `${id}@contoso.se`,
  accountEnabled: true,
});
const E3 = {
  skuId: 'sku-e3',
  skuPartNumber: 'ENTERPRISEPACK',
  displayName: 'Office 365 E3',
  seats: { total: 30, used: 24, free: 6 },
};
const VISIO = {
  skuId: 'sku-visio',
  skuPartNumber: 'VISIOCLIENT',
  displayName: 'Visio Plan 2',
  seats: { total: 5, used: 2, free: 3 },
};

function confirm(over: Partial<ConfirmRemovalView>): ConfirmRemovalView {
  return {
    kind: 'confirm-removal',
    locale: 'en',
    requestId: '11111111-1111-4111-8111-111111111111',
    dialog: 'licenses-page',
    mode: 'direct',
    requesterId: 'maria',
    products: [E3],
    users: [],
    entries: [],
    consequences: [],
    seatChanges: [],
    warnings: [],
    batch: { index: 1, count: 1 },
    ...over,
  };
}

/** 12 removable users (two checkbox blocks) and one who is left out (not a checkbox). */
const many = confirm({
  users: [...Array.from({ length: 12 }, (_, i) => person(`u${i}`, `User ${i}`)), person('kept', 'Kept Person')],
  entries: [
    ...Array.from({ length: 12 }, (_, i) => ({ userId: `u${i}`, skuId: E3.skuId, reason: 'remove' as const })),
    { userId: 'kept', skuId: E3.skuId, reason: 'group-inherited' as const, groups: ['Sales'] },
  ],
});

describe("reading a Slack payload into the core's inputs", () => {
  test('every user checkbox becomes user:<id> = true | false; unchecked ones are explicit', () => {
    const blocks = buildBlocks(many).blocks;
    const options = checkboxOptions(blocks);
    expect([...options.keys()]).toEqual(['users:0', 'users:1']);
    const inputs = actionInputs(stateOf(blocks, { uncheck: ['u3', 'u11'] }) as any, options);
    expect(inputs['user:u3']).toBe('false');
    expect(inputs['user:u11']).toBe('false');
    expect(inputs['user:u0']).toBe('true');
    expect(Object.keys(inputs).filter((k) => k.startsWith('user:'))).toHaveLength(12);
    // The user left out was never a checkbox, so never an input.
    expect(inputs['user:kept']).toBeUndefined();
  });

  test('all unchecked: every user is false (the core then says nothing is selected)', () => {
    const blocks = buildBlocks(many).blocks;
    const inputs = actionInputs(
      stateOf(blocks, { uncheck: many.users.map((u) => u.id) }) as any,
      checkboxOptions(blocks),
    );
    expect(Object.values(inputs).every((v) => v === 'false')).toBe(true);
  });

  test('without the checkbox options the toggle blocks are reported unknown, not guessed', () => {
    const blocks = buildBlocks(many).blocks;
    const state = stateOf(blocks, { uncheck: ['u3'] }) as any;
    expect(unknownToggleBlocks(state, new Map())).toEqual(['users:0', 'users:1']);
    expect(unknownToggleBlocks(state, checkboxOptions(blocks))).toEqual([]);
    expect(actionInputs(state, new Map())).toEqual({});
  });

  test('"Licenses and apps": sku:<id> true means keep, the unchecked asked license is false', () => {
    const view = confirm({
      dialog: 'user-licenses',
      products: [E3],
      users: [person('bo', 'Bo Ek')],
      entries: [{ userId: 'bo', skuId: E3.skuId, reason: 'remove' }],
      userLicenses: [
        { product: E3, keep: false, removable: true },
        { product: VISIO, keep: true, removable: true },
      ],
    });
    const blocks = buildBlocks(view).blocks;
    expect(actionInputs(stateOf(blocks) as any, checkboxOptions(blocks))).toEqual({
      'sku:sku-e3': 'false',
      'sku:sku-visio': 'true',
    });
    expect(actionInputs(stateOf(blocks, { check: ['sku-e3'] }) as any, checkboxOptions(blocks))).toEqual({
      'sku:sku-e3': 'true',
      'sku:sku-visio': 'true',
    });
  });

  test('"Unassign all" and the reason of a request for approval', () => {
    const view = confirm({
      dialog: 'manage-product-licenses',
      mode: 'needs-approval',
      products: [E3, VISIO],
      users: [person('a', 'A'), person('b', 'B')],
      entries: ['a', 'b'].flatMap((userId) =>
        [E3, VISIO].map((p) => ({ userId, skuId: p.skuId, reason: 'remove' as const })),
      ),
    });
    const blocks = buildBlocks(view).blocks;
    const options = checkboxOptions(blocks);
    expect(actionInputs(stateOf(blocks, { text: { reason: '  leaving  ' } }) as any, options)).toEqual({
      'user:a': 'true',
      'user:b': 'true',
      unassignAll: 'true',
      reason: 'leaving',
    });
    expect(actionInputs(stateOf(blocks, { uncheck: ['true'] }) as any, options).unassignAll).toBe('false');
  });

  test('payload blocks of any shape are read defensively', () => {
    expect(checkboxOptions(undefined).size).toBe(0);
    expect(
      checkboxOptions([
        null,
        1,
        { type: 'input' },
        {
          type: 'input',
          block_id: 'users:0',
          element: { type: 'checkboxes', options: [{ value: 7 }, { value: 'x' }] },
        },
      ]),
    ).toEqual(new Map([['users:0', ['x']]]));
    expect(
      actionInputs({ 'users:x': { users: { selected_options: [{ value: 'a' }] } }, other: {} }, new Map()),
    ).toEqual({});
  });

  test('button values: the request id, and a choice after the first |', () => {
    expect(splitValue('req-1')).toEqual({ requestId: 'req-1' });
    expect(splitValue('req-1|person-2')).toEqual({ requestId: 'req-1', choice: 'person-2' });
  });
});
