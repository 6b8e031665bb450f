import { ask, startLicensingHarness, type LicensingHarness } from '../../support/licensing-harness';
import type { PlanOutcome } from '../../../services/licensing/plan-removal';
import type { TenantFile } from '../../../services/tenant-simulator/tenant-file';

// Who is meant: the planner resolves typed names through the real Graph client and simulator.
const ADMIN = 'maria.nilsson@contoso.se';

function resolvedNames(outcome: PlanOutcome): string[] {
  if (outcome.kind !== 'plans') throw new Error(`expected plans, got ${outcome.kind}`);
  return outcome.plans.flatMap((p) => p.users.map((u) => u.displayName));
}

function clarifications(outcome: PlanOutcome) {
  if (outcome.kind !== 'clarify') throw new Error(`expected clarify, got ${outcome.kind}`);
  return outcome.clarifications;
}

/**
 * The demo tenant with: Bo Ek's mail different from his UPN, Tom Wilson renamed Åsa Wilson, and
 * Liam O'Brien's UPN and mail carrying the apostrophe, so mail lookup, diacritics and OData quote
 * escaping in `in (...)` filters and key segments are all exercised.
 */
function variant(tenant: TenantFile): void {
  for (const user of tenant.users) {
    if (user.userPrincipalName === 'bo.ek@contoso.se') user.mail = 'bo@ekonomi.contoso.se';
    if (user.userPrincipalName === 'tom.wilson@contoso.se') {
      user.displayName = 'Åsa Wilson';
      user.givenName = 'Åsa';
    }
    if (user.userPrincipalName === 'liam.obrien@contoso.se') {
      user.userPrincipalName = "liam.o'brien@contoso.se";
      user.mail = "liam.o'brien@contoso.se";
    }
  }
}

describe('planRemoval: resolving people (demo tenant)', () => {
  let h: LicensingHarness;
  beforeAll(async () => {
    h = await startLicensingHarness();
  });
  afterAll(() => h.close());

  it.each([
    ['a UPN', 'bo.ek@contoso.se', 'Bo Ek'],
    ['a UPN in other case', 'Bo.Ek@Contoso.SE', 'Bo Ek'],
    ['an exact display name', 'Anna Lindberg', 'Anna Lindberg'],
    ['a display name in other case and spacing', '  anna   LINDBERG ', 'Anna Lindberg'],
    ['a unique first name', 'Sofia', 'Sofia Karlsson'],
    ['a name typed without diacritics', 'Camilla Oberg', 'Camilla Öberg'],
    ['a name with an apostrophe', "Liam O'Brien", "Liam O'Brien"],
    ['a name with a typographic apostrophe (as phones type it)', 'Liam O\u2019Brien', "Liam O'Brien"],
  ])('resolves %s', async (_what, text, name) => {
    expect(resolvedNames(await h.plan(ADMIN, ask([text], ['Visio'])))).toEqual([name]);
  });

  it('asks back for an ambiguous first name, with mail and department to tell them apart', async () => {
    const [c, ...rest] = clarifications(await h.plan(ADMIN, ask(['Anna'], ['E3'])));
    expect(rest).toEqual([]);
    expect(c).toMatchObject({ code: 'ambiguous-person', text: 'Anna' });
    const candidates = c?.code === 'ambiguous-person' ? c.candidates : [];
    expect(candidates.map((u) => [u.displayName, u.mail, u.department]).sort()).toEqual([
      ['Anna Berg', 'anna.berg@contoso.se', 'Sälj'],
      ['Anna Lindberg', 'anna.lindberg@contoso.se', 'Marknad'],
    ]);
  });

  it('answers "not found" for a typo, suggesting the close name', async () => {
    const [c] = clarifications(await h.plan(ADMIN, ask(['Anan Lindberg'], ['E3'])));
    expect(c).toMatchObject({ code: 'person-not-found', text: 'Anan Lindberg' });
    const suggestions = c?.code === 'person-not-found' ? c.suggestions.map((u) => u.displayName) : [];
    expect(suggestions[0]).toBe('Anna Lindberg');
  });

  it("answers a surname with an apostrophe (an OData startswith with '') with the person as suggestion", async () => {
    const [c] = clarifications(await h.plan(ADMIN, ask(["O'Brien"], ['E3'])));
    expect(c?.code).toBe('person-not-found');
    expect(c?.code === 'person-not-found' ? c.suggestions.map((u) => u.displayName) : []).toContain("Liam O'Brien");
  });

  it('answers "not found" for an unknown address without suggesting everyone', async () => {
    const [c] = clarifications(await h.plan(ADMIN, ask(['nobody.here@contoso.se'], ['E3'])));
    expect(c).toMatchObject({ code: 'person-not-found', suggestions: [] });
  });

  it('merges the same person named twice (first name and UPN)', async () => {
    const outcome = await h.plan(ADMIN, ask(['Bo', 'bo.ek@contoso.se'], ['E3']));
    expect(resolvedNames(outcome)).toEqual(['Bo Ek']);
    if (outcome.kind === 'plans') expect(outcome.plans[0]?.entries).toHaveLength(1);
  });

  it('keeps every clarification when several names fail, and plans nothing', async () => {
    const codes = clarifications(await h.plan(ADMIN, ask(['Anna', 'Anan Lindberg', 'Bo'], ['E3']))).map((c) => c.code);
    expect(codes).toEqual(['ambiguous-person', 'person-not-found']);
  });
});

describe('planRemoval: resolving people (tenant variant)', () => {
  let h: LicensingHarness;
  beforeAll(async () => {
    h = await startLicensingHarness({ mutate: variant });
  });
  afterAll(() => h.close());

  it.each([
    ['mail that differs from the UPN', 'bo@ekonomi.contoso.se', 'Bo Ek'],
    ['the UPN when mail differs', 'bo.ek@contoso.se', 'Bo Ek'],
    ['a first name typed without its ring (Asa → Åsa)', 'Asa', 'Åsa Wilson'],
    ['a full name typed without diacritics', 'asa wilson', 'Åsa Wilson'],
    ["an address with an apostrophe (OData '' in an in-filter)", "liam.o'brien@contoso.se", "Liam O'Brien"],
    ['the same address in other case', "LIAM.O'BRIEN@contoso.se", "Liam O'Brien"],
  ])('resolves %s', async (_what, text, name) => {
    expect(resolvedNames(await h.plan(ADMIN, ask([text], ['Visio'])))).toEqual([name]);
  });
});
