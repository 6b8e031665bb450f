/**
 * Builders with overrides for every view kind, small by default; `aLargeConfirmation` is the
 * worst case the size tests need (20 users, each with a different, full consequence list).
 */
import type {
  ApprovalView,
  ClarifyView,
  ConfirmRemovalView,
  ConsequenceView,
  FreeSeatsView,
  HelpView,
  Locale,
  NoticeView,
  ParseHelpView,
  PersonView,
  ProductView,
  ProgressView,
  ReclaimView,
  RefusedView,
  ScheduledView,
  ResultView,
  UserLicensesView,
  View,
  WhoHasView,
} from '../../../cards/views';

/** Fixture overrides; `undefined` removes a default (a card without that part). */
type Overrides<T> = { [K in keyof T]?: T[K] | undefined };

export const INJECTION_NAME = '*Bo* [x](http://evil)';

export function aPerson(overrides: Partial<PersonView> = {}): PersonView {
  return {
    id: '11111111-1111-1111-1111-111111111111',
    displayName: 'Anna Lindberg',
    address: 'anna.lindberg@contoso.se',
    department: 'Ekonomi',
    accountEnabled: true,
    ...overrides,
  };
}

/** Person number `i` with a stable GUID-like id. */
export function personNo(i: number, overrides: Partial<PersonView> = {}): PersonView {
  const hex = i.toString(16).padStart(12, '0');
  return aPerson({
    id: `00000000-0000-0000-0000-${hex}`,
    displayName: `Person ${i} Svensson`,
    address: `person${i}.svensson@contoso.se`,
    department: `Avdelning ${i % 4}`,
    ...overrides,
  });
}

export function aProduct(overrides: Partial<ProductView> = {}): ProductView {
  return {
    skuId: '6fd2c87f-b296-42f0-b197-1e91e994b900',
    skuPartNumber: 'ENTERPRISEPACK',
    displayName: 'Office 365 E3',
    seats: { total: 150, used: 148, free: 2 },
    ...overrides,
  };
}

export const E5 = aProduct({
  skuId: '06ebc4ee-1bb5-47dd-8120-11324bc54e06',
  skuPartNumber: 'SPE_E5',
  displayName: 'Microsoft 365 E5',
  seats: { total: 20, used: 12, free: 8 },
});

/** Every consequence code, with params where the code takes them. */
export function fullConsequences(variant = 0): ConsequenceView[] {
  return [
    { code: 'exchange-mailbox-deleted-after-30-days' },
    { code: 'exchange-not-searchable-ediscovery' },
    { code: 'exchange-inactive-mailbox-possible' },
    { code: 'onedrive-kept-then-archived-after-93-days' },
    { code: 'office-apps-unlicensed' },
    { code: 'service-kept-via-other-license', params: { kind: 'teams', via: [`Teams Premium ${variant}`] } },
    { code: 'license-stays-via-group', params: { groups: [`Grupp ${variant}`] } },
  ];
}

export function aConfirmation(overrides: Partial<ConfirmRemovalView> = {}): ConfirmRemovalView {
  const anna = aPerson();
  const bo = aPerson({
    id: '22222222-2222-2222-2222-222222222222',
    displayName: 'Bo Ek',
    address: 'bo.ek@contoso.se',
    department: 'IT',
  });
  const cilla = aPerson({
    id: '33333333-3333-3333-3333-333333333333',
    displayName: 'Cilla Berg',
    address: 'cilla.berg@contoso.se',
    accountEnabled: false,
  });
  const product = aProduct();
  const exchange: ConsequenceView[] = [
    { code: 'exchange-mailbox-deleted-after-30-days' },
    { code: 'onedrive-kept-then-archived-after-93-days' },
  ];
  return {
    kind: 'confirm-removal',
    locale: 'sv',
    requestId: 'req-1',
    dialog: 'licenses-page',
    mode: 'direct',
    requesterId: '99999999-9999-9999-9999-999999999999',
    products: [product],
    users: [anna, bo, cilla],
    entries: [
      { userId: anna.id, skuId: product.skuId, reason: 'remove' },
      { userId: bo.id, skuId: product.skuId, reason: 'remove' },
      { userId: cilla.id, skuId: product.skuId, reason: 'group-inherited', groups: ['Sälj'] },
    ],
    consequences: [
      { userId: anna.id, items: exchange },
      { userId: bo.id, items: exchange },
    ],
    seatChanges: [{ product: product.displayName, total: 150, usedBefore: 148, usedAfter: 146, freed: 2 }],
    warnings: [{ code: 'account-disabled', userId: cilla.id }],
    batch: { index: 1, count: 1 },
    ...overrides,
  };
}

/** A licenses-page confirmation for `n` users, each with its own full consequence list. */
export function aLargeConfirmation(n: number, locale: Locale = 'sv'): ConfirmRemovalView {
  const product = aProduct();
  const users = Array.from({ length: n }, (_, i) => personNo(i + 1, { accountEnabled: i % 5 !== 0 }));
  return aConfirmation({
    locale,
    users,
    entries: users.map((u, i) => ({
      userId: u.id,
      skuId: product.skuId,
      reason: i % 7 === 6 ? 'self-service-purchase' : 'remove',
      ...(i % 7 === 6 ? { buyer: 'Maria Nilsson' } : {}),
    })),
    consequences: users.map((u, i) => ({ userId: u.id, items: fullConsequences(i) })),
    seatChanges: [{ product: product.displayName, total: 150, usedBefore: 148, usedAfter: 148 - n, freed: n }],
    warnings: [
      { code: 'self-removal' },
      ...users.filter((u) => !u.accountEnabled).map((u) => ({ code: 'account-disabled' as const, userId: u.id })),
    ],
    batch: { index: 1, count: 3 },
  });
}

export function aUserLicensesConfirmation(overrides: Partial<ConfirmRemovalView> = {}): ConfirmRemovalView {
  const anna = aPerson();
  const e3 = aProduct();
  const visio = aProduct({
    skuId: 'c5928f49-12ba-48f7-ada3-0d743a3601d5',
    skuPartNumber: 'VISIOCLIENT',
    displayName: 'Visio Plan 2',
  });
  return aConfirmation({
    dialog: 'user-licenses',
    users: [anna],
    products: [e3],
    entries: [
      { userId: anna.id, skuId: e3.skuId, reason: 'remove' },
      { userId: anna.id, skuId: E5.skuId, reason: 'group-inherited', groups: ['Alla anställda'] },
    ],
    userLicenses: [
      { product: e3, keep: false, removable: true },
      { product: visio, keep: true, removable: true },
      { product: E5, keep: true, removable: false },
    ],
    consequences: [{ userId: anna.id, items: [{ code: 'office-apps-unlicensed' }] }],
    warnings: [],
    ...overrides,
  });
}

export function aManageConfirmation(overrides: Partial<ConfirmRemovalView> = {}): ConfirmRemovalView {
  return aConfirmation({ dialog: 'manage-product-licenses', ...overrides });
}

export function aClarify(code: ClarifyView['code'], locale: Locale = 'sv', empty = false): ClarifyView {
  const people = empty
    ? []
    : [
        aPerson(),
        aPerson({ id: '44444444-4444-4444-4444-444444444444', displayName: 'Anna Ek', address: 'anna.ek@contoso.se' }),
      ];
  const products = empty ? [] : [aProduct(), E5];
  const base = { kind: 'clarify' as const, locale, requestId: 'req-2', text: 'Anna' };
  switch (code) {
    case 'ambiguous-person':
      return { ...base, code, candidates: people };
    case 'person-not-found':
      return { ...base, code, suggestions: people };
    case 'ambiguous-product':
      return { ...base, code, text: 'E', candidates: products };
    case 'product-not-found':
      return { ...base, code, text: 'E9', suggestions: products };
  }
}

export function aParseHelp(overrides: Partial<ParseHelpView> = {}): ParseHelpView {
  return { kind: 'parse-help', locale: 'sv', code: 'missing-product', ...overrides };
}

export function aRefusal(overrides: Partial<RefusedView> = {}): RefusedView {
  return {
    kind: 'refused',
    locale: 'sv',
    code: 'not-allowed',
    admins: ['Maria Nilsson', 'Erik Sjöberg'],
    ...overrides,
  };
}

export function aProgress(overrides: Partial<ProgressView> = {}): ProgressView {
  return { kind: 'progress', locale: 'sv', requestId: 'req-1', done: 3, total: 20, operation: 'remove', ...overrides };
}

export function aResult(overrides: Overrides<ResultView> = {}): ResultView {
  const c = aConfirmation();
  const [anna, bo, cilla] = c.users as [PersonView, PersonView, PersonView];
  return {
    kind: 'result',
    locale: 'sv',
    requestId: 'req-1',
    state: 'partially-completed',
    users: c.users,
    outcomes: [
      { userId: anna.id, status: 'removed', products: ['Office 365 E3'] },
      {
        userId: bo.id,
        status: 'failed',
        code: 'graph/throttled',
        requestId: 'a1b2c3d4-graph',
        products: ['Office 365 E3'],
      },
      { userId: cilla.id, status: 'skipped', reason: 'group-inherited', products: ['Office 365 E3'] },
    ],
    consequences: [{ userId: anna.id, items: c.consequences[0]!.items }],
    seatChanges: [{ product: 'Office 365 E3', total: 150, usedBefore: 148, usedAfter: 147, freed: 1 }],
    undoUntil: '2026-03-12T14:05:00Z',
    nextBatch: { requestId: 'req-1-b2', index: 2, count: 3 },
    ...overrides,
  } as ResultView;
}

export function aNotice(overrides: Partial<NoticeView> = {}): NoticeView {
  return { kind: 'notice', locale: 'sv', code: 'cancelled', ...overrides };
}

export function aUserLicensesView(overrides: Partial<UserLicensesView> = {}): UserLicensesView {
  return {
    kind: 'user-licenses',
    locale: 'sv',
    user: aPerson(),
    licenses: [
      { product: aProduct(), direct: true, groups: [] },
      { product: E5, direct: false, groups: ['Alla anställda'] },
    ],
    ...overrides,
  };
}

export function aWhoHas(overrides: Partial<WhoHasView> = {}): WhoHasView {
  return {
    kind: 'who-has',
    locale: 'sv',
    product: aProduct(),
    users: [aPerson(), personNo(2)],
    truncated: 146,
    ...overrides,
  };
}

export function aFreeSeats(overrides: Partial<FreeSeatsView> = {}): FreeSeatsView {
  return { kind: 'free-seats', locale: 'sv', products: [aProduct(), E5], ...overrides };
}

export function aHelp(overrides: Partial<HelpView> = {}): HelpView {
  return { kind: 'help', locale: 'sv', welcome: true, canRemove: false, ...overrides };
}

export function anApproval(overrides: Overrides<ApprovalView> = {}): ApprovalView {
  const c = aConfirmation();
  return {
    kind: 'approval',
    locale: 'sv',
    requestId: 'req-3',
    requester: aPerson({
      id: '55555555-5555-5555-5555-555555555555',
      displayName: 'Karin Chef',
      address: 'karin@contoso.se',
    }),
    reason: 'Slutade 31 mars',
    products: c.products,
    users: c.users.slice(0, 2),
    consequences: c.consequences,
    seatChanges: c.seatChanges,
    status: 'pending',
    ...overrides,
  } as ApprovalView;
}

/** A reclaim dialog with every reason, a not-offered item of each kind and one priced product. */
export function aReclaim(overrides: Partial<ReclaimView> = {}): ReclaimView {
  const [lars, tobias, lina] = [personNo(1, { accountEnabled: false }), personNo(2), personNo(3)];
  return {
    kind: 'reclaim',
    locale: 'sv',
    requestId: 'req-1',
    mode: 'direct',
    scope: 'tenant',
    inactiveDays: 90,
    signIn: 'available',
    users: [lars, tobias, lina],
    groups: [
      {
        reason: 'disabled-account',
        candidates: [{ userId: lars.id, skuId: 'sku-e3', product: 'Office 365 E3' }],
      },
      {
        reason: 'inactive',
        candidates: [
          {
            userId: tobias.id,
            skuId: 'sku-e3',
            product: 'Office 365 E3',
            lastActivity: '2026-07-14T09:12:00Z',
            daysInactive: 140,
          },
        ],
      },
      {
        reason: 'overlap',
        candidates: [{ userId: lina.id, skuId: 'sku-e3', product: 'Office 365 E3', coveredBy: ['Microsoft 365 E3'] }],
      },
    ],
    notOffered: [
      { kind: 'group-inherited', because: 'inactive', userId: tobias.id, product: 'Visio', groups: ['Design – Visio'] },
      {
        kind: 'self-service-purchase',
        because: 'inactive',
        userId: tobias.id,
        product: 'Power BI Pro',
        buyer: tobias.displayName,
      },
    ],
    savings: [
      { product: 'Office 365 E3', seats: 3, monthly: { amount: 748.5, currency: 'SEK' } },
      { product: 'Project Plan 3', seats: 1 },
    ],
    pricesConfigured: true,
    more: 0,
    consequences: [{ userId: lars.id, items: fullConsequences() }],
    ...overrides,
  };
}

/** Scheduled removals: two items, the second not the viewer's. */
export function aScheduled(overrides: Partial<ScheduledView> = {}): ScheduledView {
  return {
    kind: 'scheduled',
    locale: 'sv',
    timeZone: 'Europe/Stockholm',
    intro: 'list',
    items: [
      {
        requestId: 'req-1',
        at: '2026-12-04T16:00:00Z',
        people: ['Bo Ek'],
        products: ['Visio'],
        requesterName: 'Maria Nilsson',
        canCancel: true,
      },
      {
        requestId: 'req-2',
        at: '2026-12-31T16:00:00Z',
        people: [INJECTION_NAME],
        products: ['Office 365 E3'],
        requesterName: 'Erik Sjöberg',
        canCancel: false,
      },
    ],
    ...overrides,
  };
}

/** One or more views of every kind and variant, in the given locale. */
export function everyView(locale: Locale): View[] {
  return [
    aConfirmation({ locale }),
    aConfirmation({ locale, mode: 'needs-approval' }),
    aUserLicensesConfirmation({ locale }),
    aUserLicensesConfirmation({ locale, mode: 'needs-approval' }),
    aManageConfirmation({ locale }),
    aLargeConfirmation(20, locale),
    aClarify('ambiguous-person', locale),
    aClarify('person-not-found', locale),
    aClarify('person-not-found', locale, true),
    aClarify('ambiguous-product', locale),
    aClarify('product-not-found', locale),
    aClarify('product-not-found', locale, true),
    ...(['empty', 'unknown-intent', 'missing-product', 'missing-people', 'missing-person', 'too-long'] as const).map(
      (code) => aParseHelp({ locale, code }),
    ),
    aRefusal({ locale }),
    aRefusal({ locale, code: 'not-direct-report', people: ['Bo Ek'] }),
    aRefusal({ locale, code: 'unknown-requester', admins: [] }),
    aProgress({ locale }),
    aProgress({ locale, operation: 'undo' }),
    aResult({ locale }),
    aResult({ locale, state: 'completed', undoUntil: undefined, nextBatch: undefined, approvedBy: 'Maria Nilsson' }),
    aResult({
      locale,
      state: 'restored',
      undoOutcomes: [
        { userId: '11111111-1111-1111-1111-111111111111', status: 'removed', products: ['Office 365 E3'] },
      ],
    }),
    ...(
      [
        'cancelled',
        'expired',
        'already-handled',
        'not-your-request',
        'unknown-request',
        'nothing-selected',
        'nothing-to-remove',
        'undo-expired',
        'internal-error',
        'graph-unavailable',
        'sent-for-approval',
        'rejected',
        'self-approval',
        'not-an-approver',
      ] as const
    ).map((code) =>
      aNotice({
        locale,
        code,
        params: { by: 'Maria Nilsson', at: '2026-03-12T14:05:00Z', comment: 'Nej', approvers: ['Erik Sjöberg'] },
      }),
    ),
    aUserLicensesView({ locale }),
    aUserLicensesView({ locale, licenses: [] }),
    aWhoHas({ locale }),
    aWhoHas({ locale, users: [], truncated: 0 }),
    aFreeSeats({ locale }),
    aHelp({ locale }),
    aHelp({ locale, welcome: false, canRemove: true }),
    anApproval({ locale }),
    anApproval({
      locale,
      status: 'approved',
      decidedBy: 'Maria Nilsson',
      decidedAt: '2026-03-12T14:05:00Z',
      comment: 'OK',
    }),
    anApproval({ locale, status: 'rejected', decidedBy: 'Maria Nilsson', decidedAt: '2026-03-12T14:05:00Z' }),
    anApproval({ locale, status: 'expired' }),
    anApproval({ locale, status: 'cancelled', reason: undefined }),
    aReclaim({ locale }),
    {
      kind: 'affected-user',
      locale,
      phase: 'before',
      scheduledFor: { at: '2026-12-04T16:00:00Z', timeZone: 'Europe/Stockholm' },
      products: ['Office 365 E3'],
      consequences: fullConsequences(),
      contacts: ['Maria Nilsson', INJECTION_NAME],
    },
    {
      kind: 'affected-user',
      locale,
      phase: 'after',
      products: ['Visio'],
      consequences: [],
      contacts: ['Maria Nilsson'],
    },
    aResult({ locale, unreachableUsers: ['Jessica Brown', INJECTION_NAME] }),
    aConfirmation({ locale, scheduledFor: { at: '2026-12-04T16:00:00Z', timeZone: 'Europe/Stockholm' } }),
    anApproval({ locale, scheduledFor: { at: '2026-12-04T16:00:00Z', timeZone: 'Europe/Stockholm' } }),
    ...(['just-scheduled', 'list', 'cancelled', 'which-one'] as const).map((intro) =>
      aScheduled({ locale, intro, person: 'Bo' }),
    ),
    aScheduled({ locale, intro: 'list', items: [] }),
    aScheduled({ locale, intro: 'none-found', person: 'Bo', items: [] }),
    aScheduled({ locale, intro: 'date-in-past', person: '2026-11-30', items: [] }),
    aScheduled({ locale, intro: 'date-too-far', person: '2028-06-01', items: [] }),
    aReclaim({ locale, mode: 'needs-approval', scope: 'direct-reports', signIn: 'missing-permission', more: 3 }),
    aReclaim({ locale, signIn: 'missing-premium', pricesConfigured: false, savings: [{ product: 'Visio', seats: 1 }] }),
    aReclaim({ locale, requestId: '', groups: [], savings: [], consequences: [] }),
  ];
}
