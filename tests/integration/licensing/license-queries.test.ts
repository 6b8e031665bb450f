import { freeSeats, userLicenses, whoHas } from '../../../services/licensing/license-queries';
import { startLicensingHarness, type LicensingHarness } from '../../support/licensing-harness';

// Read-only questions, answered from what the real Graph client reads. They change nothing.
describe('license queries (demo tenant)', () => {
  let h: LicensingHarness;
  beforeAll(async () => {
    h = await startLicensingHarness();
  });
  afterAll(() => h.close());

  const SALES_GROUP = 'ce1b1ba2-7bf9-4425-9a2d-7b72b6fe5004';

  describe('userLicenses', () => {
    it.each([
      [
        'direct and through a group',
        'Sofia Karlsson',
        [
          ['ENTERPRISEPACK', true, [SALES_GROUP]],
          ['Microsoft_Teams_Premium', true, []],
        ],
      ],
      ['only through a group', 'anna.berg@contoso.se', [['ENTERPRISEPACK', false, [SALES_GROUP]]]],
      ['nothing', 'Tom', []],
    ])('tells a license held %s', async (_how, person, expected) => {
      const outcome = await userLicenses(h.graph, { kind: 'text', text: person });
      if (outcome.kind !== 'answer') throw new Error(JSON.stringify(outcome));
      expect(outcome.answer.licenses.map((l) => [l.product.skuPartNumber, l.direct, l.groupIds]).sort()).toEqual(
        expected,
      );
    });

    it('asks back for an ambiguous name', async () => {
      const outcome = await userLicenses(h.graph, { kind: 'text', text: 'Anna' });
      expect(outcome).toMatchObject({ kind: 'clarify', clarifications: [{ code: 'ambiguous-person' }] });
    });

    it('works from a mention (identity) too', async () => {
      const outcome = await userLicenses(h.graph, {
        kind: 'identity',
        userId: h.userId('bo.ek@contoso.se'),
        displayName: 'Bo',
      });
      expect(outcome.kind === 'answer' ? outcome.answer.user.displayName : outcome.kind).toBe('Bo Ek');
    });
  });

  describe('whoHas', () => {
    it('lists everyone holding the product, directly or through a group, by name', async () => {
      const outcome = await whoHas(h.graph, { text: 'Visio' });
      expect(outcome.kind === 'answer' ? outcome.answer.users.map((u) => u.displayName) : outcome).toEqual([
        'Alexander Holmberg',
        'David Miller',
        'Julia Engström',
      ]);
    });

    it('asks which one for "E3"', async () => {
      const outcome = await whoHas(h.graph, { text: 'E3' });
      expect(outcome).toMatchObject({ kind: 'clarify', clarifications: [{ code: 'ambiguous-product' }] });
    });
  });

  describe('freeSeats', () => {
    it('answers "E3" for both E3 products', async () => {
      const outcome = await freeSeats(h.graph, { text: 'E3' });
      expect(outcome.kind === 'answer' ? outcome.answer.map((p) => [p.skuPartNumber, p.seats]) : outcome).toEqual([
        ['SPE_E3', { total: 10, used: 9, free: 1 }],
        ['ENTERPRISEPACK', { total: 30, used: 24, free: 6 }],
      ]);
    });

    it('answers one product, full included', async () => {
      const outcome = await freeSeats(h.graph, { text: 'E5' });
      expect(outcome.kind === 'answer' ? outcome.answer.map((p) => [p.skuPartNumber, p.seats.free]) : outcome).toEqual([
        ['SPE_E5', 0],
      ]);
    });

    it('follows seats as they change in the tenant', async () => {
      await h.graph.assignLicense({
        userId: h.userId('tom.wilson@contoso.se'),
        addLicenses: [{ skuId: h.skuId('VISIOCLIENT'), disabledPlans: [] }],
        removeLicenses: [],
      });
      const outcome = await freeSeats(h.graph, { text: 'Visio' });
      expect(outcome.kind === 'answer' ? outcome.answer[0]?.seats : outcome).toEqual({ total: 5, used: 4, free: 1 });
    });

    it('suggests nothing for a product far from any the tenant has', async () => {
      const outcome = await freeSeats(h.graph, { text: 'Dynamics 365 Sales' });
      expect(outcome).toMatchObject({ kind: 'clarify', clarifications: [{ code: 'product-not-found' }] });
    });
  });
});
