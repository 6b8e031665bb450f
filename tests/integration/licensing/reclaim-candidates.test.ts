import { executeRemoval } from '../../../services/licensing/execute-removal';
import {
  findReclaimCandidates,
  MAX_RECLAIM_CANDIDATES,
  type ReclaimOutcome,
} from '../../../services/licensing/reclaim/find-reclaim-candidates';
import { parseLicensePrices } from '../../../services/licensing/reclaim/license-prices';
import type { ReclaimAsk, ReclaimFindings } from '../../../services/licensing/reclaim/reclaim-findings';
import { addUsersHolding, startLicensingHarness, type LicensingHarness } from '../../support/licensing-harness';

/** The demo tenant's sign-in activity is dated relative to this day. */
const AS_OF = new Date('2026-12-01T09:00:00Z');
const MARIA = 'maria.nilsson@contoso.se'; // License Administrator
const KARIN = 'karin.holm@contoso.se'; // manager of Bo, Ahmed, Sara, Emma and Liam

describe('reclaim: finding licenses to free (demo tenant, real simulator)', () => {
  let h: LicensingHarness;
  beforeAll(async () => {
    h = await startLicensingHarness();
  });
  afterAll(() => h.close());

  const find = (
    requester: string,
    ask: ReclaimAsk = {},
    prices?: Parameters<typeof findReclaimCandidates>[3]['prices'],
  ) =>
    findReclaimCandidates(h.graph, h.userId(requester), ask, {
      now: AS_OF,
      inactiveDays: 90,
      ...(prices ? { prices } : {}),
    });

  function findingsOf(outcome: ReclaimOutcome): ReclaimFindings {
    if (outcome.kind !== 'findings') throw new Error(`expected findings, got ${outcome.kind}`);
    return outcome.findings;
  }
  const nameOf = (f: ReclaimFindings, userId: string) => f.users.find((u) => u.id === userId)?.displayName;
  const partOf = (f: ReclaimFindings, skuId: string) => f.products.find((p) => p.skuId === skuId)?.skuPartNumber;
  const rows = (f: ReclaimFindings) =>
    f.candidates.map((c) => `${c.reason}: ${nameOf(f, c.userId)} ${partOf(f, c.skuId)}`).sort();

  test('an admin gets every reason: the leaver, the inactive, the overlap', async () => {
    const f = findingsOf(await find(MARIA));
    expect(f.scope).toBe('tenant');
    expect(f.signIn).toEqual({ status: 'available' });
    expect(rows(f)).toEqual([
      'disabled-account: Lars Gustafsson ENTERPRISEPACK',
      'disabled-account: Lars Gustafsson POWER_BI_PRO',
      'inactive: Jessica Brown ENTERPRISEPACK',
      "inactive: Liam O'Brien ENTERPRISEPACK",
      'inactive: Oskar Lund POWER_BI_PRO',
      'inactive: Tobias Strand ENTERPRISEPACK',
      'inactive: Tobias Strand PROJECTPROFESSIONAL',
      'overlap: Lina Ekström ENTERPRISEPACK',
    ]);
    // Viktor's interactive sign-in is 100 days old, but his phone signed in yesterday: not inactive.
    expect(f.users.map((u) => u.displayName)).not.toContain('Viktor Lindqvist');
    const jessica = f.candidates.find((c) => nameOf(f, c.userId) === 'Jessica Brown');
    expect(jessica).toMatchObject({ daysInactive: 199, lastActivity: expect.stringMatching(/^2026-05-15T/) });
    const lina = f.candidates.find((c) => c.reason === 'overlap');
    expect(lina?.coveredBy?.map((id) => partOf(f, id))).toEqual(['SPE_E3']);
  });

  test('group-given and self-service licenses are reported with what to change, not offered', async () => {
    const f = findingsOf(await find(MARIA));
    const reported = f.notOffered.map((n) => ({
      who: nameOf(f, n.userId),
      part: partOf(f, n.skuId),
      kind: n.kind,
      because: n.because,
      groups: n.groups?.map((g) => g.displayName),
      buyer: n.buyer?.displayName,
    }));
    expect(reported).toEqual(
      expect.arrayContaining([
        {
          who: 'Oskar Lund',
          part: 'ENTERPRISEPACK',
          kind: 'group-inherited',
          because: 'inactive',
          groups: ['Säljavdelningen – licenser'],
          buyer: undefined,
        },
        {
          who: "Liam O'Brien",
          part: 'POWER_BI_PRO',
          kind: 'self-service-purchase',
          because: 'inactive',
          groups: undefined,
          buyer: "Liam O'Brien",
        },
      ]),
    );
    expect(reported).toHaveLength(2);
  });

  test('E3 under E5 is not offered: the engine cannot prove nothing is lost', async () => {
    const f = findingsOf(await find(MARIA, { reasons: ['overlap'] }));
    expect(rows(f)).toEqual(['overlap: Lina Ekström ENTERPRISEPACK']);
  });

  test('"who hasn\'t used E3 in 30 days": one product, another number of days', async () => {
    const f = findingsOf(
      await find(MARIA, { products: [{ text: 'Microsoft 365 E3' }], inactiveDays: 30, reasons: ['inactive'] }),
    );
    expect(f.inactiveDays).toBe(30);
    expect(rows(f)).toEqual(['inactive: Gustav Berglund SPE_E3']);
  });

  test('an ambiguous product is asked back, an unknown one too', async () => {
    const ambiguous = await find(MARIA, { products: [{ text: 'E3' }] });
    expect(ambiguous).toMatchObject({ kind: 'clarify', clarifications: [{ code: 'ambiguous-product' }] });
    const unknown = await find(MARIA, { products: [{ text: 'Dynamics Flurb' }] });
    expect(unknown).toMatchObject({ kind: 'clarify', clarifications: [{ code: 'product-not-found' }] });
  });

  test('seats only without prices; money per month per product with them', async () => {
    const plain = findingsOf(await find(MARIA));
    expect(plain.savings.every((s) => s.price === undefined && s.monthly === undefined)).toBe(true);
    const e3 = h.skuId('ENTERPRISEPACK').toLowerCase();
    expect(plain.savings.find((s) => s.skuId === e3)?.seats).toBe(5);
    const prices = parseLicensePrices({ ENTERPRISEPACK: { amount: 249.5, currency: 'sek' } }, 'prices.json');
    const priced = findingsOf(await find(MARIA, {}, prices));
    expect(priced.savings.find((s) => s.skuId === e3)).toEqual({
      skuId: e3,
      seats: 5,
      price: { amount: 249.5, currency: 'SEK' },
      monthly: 1247.5,
    });
    // A product the file does not list stays seats-only.
    expect(priced.savings.find((s) => s.skuId === h.skuId('POWER_BI_PRO').toLowerCase())).toEqual({
      skuId: h.skuId('POWER_BI_PRO').toLowerCase(),
      seats: 2,
    });
  });

  test('a manager sees only their direct reports, and their plan needs approval', async () => {
    const outcome = await find(KARIN);
    const f = findingsOf(outcome);
    expect(f.scope).toBe('direct-reports');
    expect(rows(f)).toEqual(["inactive: Liam O'Brien ENTERPRISEPACK"]);
    expect(outcome.kind === 'findings' ? outcome.plan?.mode : undefined).toBe('needs-approval');
  });

  test('someone with no admin role and no reports is refused', async () => {
    expect(await find('bo.ek@contoso.se')).toMatchObject({ kind: 'refused', code: 'not-allowed' });
  });

  test('the plan runs through the executor and frees exactly the candidates', async () => {
    const outcome = await find(MARIA, { reasons: ['disabled-account', 'overlap'] });
    if (outcome.kind !== 'findings' || !outcome.plan) throw new Error('expected a plan');
    expect(outcome.plan.consequences.find((c) => nameOf(outcome.findings, c.userId) === 'Lina Ekström')?.items).toEqual(
      [
        { code: 'service-kept-via-other-license', params: expect.objectContaining({ via: ['Microsoft 365 E3'] }) },
        expect.objectContaining({ code: 'service-kept-via-other-license' }),
        expect.objectContaining({ code: 'service-kept-via-other-license' }),
        { code: 'no-data-impact' },
      ],
    );
    const e3Before = h.consumed('ENTERPRISEPACK');
    const request = await h.createRequest(MARIA, outcome.plan);
    const result = await executeRemoval(
      { graph: h.graph, repo: h.repo, tenantId: h.tenantId },
      request.id,
      h.userId(MARIA),
    );
    expect(result.kind === 'executed' ? result.request.state : result.kind).toBe('completed');
    expect(h.holdsDirectly('lars.gustafsson@contoso.se', 'ENTERPRISEPACK')).toBe(false);
    expect(h.holdsDirectly('lars.gustafsson@contoso.se', 'POWER_BI_PRO')).toBe(false);
    expect(h.holdsDirectly('lina.ekstrom@contoso.se', 'ENTERPRISEPACK')).toBe(false);
    expect(h.holdsDirectly('lina.ekstrom@contoso.se', 'SPE_E3')).toBe(true);
    expect(h.consumed('ENTERPRISEPACK')).toBe(e3Before - 2);
  });
});

describe('reclaim with more candidates than one dialog offers', () => {
  test('the first 25 (strongest reasons first) are offered and planned; the rest are counted', async () => {
    const h = await startLicensingHarness({
      mutate: (t) => {
        for (const u of addUsersHolding(t, 'ENTERPRISEPACK', 60)) u.accountEnabled = false;
      },
    });
    try {
      const outcome = await findReclaimCandidates(h.graph, h.userId(MARIA), {}, { now: AS_OF, inactiveDays: 90 });
      if (outcome.kind !== 'findings') throw new Error(outcome.kind);
      expect(outcome.findings.candidates).toHaveLength(MAX_RECLAIM_CANDIDATES);
      expect(outcome.findings.candidates.every((c) => c.reason === 'disabled-account')).toBe(true);
      expect(outcome.findings.more).toBe(62 + 6 - MAX_RECLAIM_CANDIDATES);
      expect(outcome.plan?.entries).toHaveLength(MAX_RECLAIM_CANDIDATES);
    } finally {
      await h.close();
    }
  });
});

describe('reclaim without sign-in activity', () => {
  test.each([
    ['missing-permission', 'missing-permission'],
    ['missing-premium', 'missing-premium'],
  ] as const)('%s: says so, and still offers the other reasons', async (access, code) => {
    const h = await startLicensingHarness({ mutate: (t) => void (t.access = { signInActivity: access }) });
    try {
      const outcome = await findReclaimCandidates(h.graph, h.userId(MARIA), {}, { now: AS_OF, inactiveDays: 90 });
      if (outcome.kind !== 'findings') throw new Error(outcome.kind);
      expect(outcome.findings.signIn).toEqual({ status: 'unavailable', code });
      expect(outcome.findings.candidates.map((c) => c.reason).sort()).toEqual([
        'disabled-account',
        'disabled-account',
        'overlap',
      ]);
    } finally {
      await h.close();
    }
  });
});
