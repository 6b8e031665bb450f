import { INPUTS, type View } from '../../../cards/views';
import { type CoreHarness, requestIdOf, startCoreHarness } from '../../support/core-harness';

// Authority from role assignments at every click: a License Administrator within the
// administrative unit "Sälj" (Petra), one through a role-assignable group (Linnea), and a
// PIM-eligible one who has not activated the role (Nora).
const PETRA = 'petra.sandell@contoso.se';
const LINNEA = 'linnea.dahl@contoso.se';
const NORA = 'nora.ahmadi@contoso.se';
const SOFIA = 'sofia.karlsson@contoso.se'; // manages the Sales team; no admin role

function approversNamed(view: View | undefined): unknown {
  return view?.kind === 'notice' ? view.params?.approvers : undefined;
}

describe('core: administrative-unit, group-based and eligible admins, click by click', () => {
  let h: CoreHarness;
  beforeEach(async () => {
    h = await startCoreHarness();
  });
  afterEach(() => h.close());

  const leaveSalesUnit = (upn: string): void => {
    const unit = h.lic.sim.state.administrativeUnits?.find((u) => u.displayName === 'Sälj');
    const id = h.lic.userId(upn);
    unit?.members.splice(unit.members.indexOf(id), 1);
  };

  test('an AU admin removes inside the unit; a user who left it before the click is refused, named', async () => {
    await h
      .chat(PETRA)
      .say('remove Power BI Pro from Oskar Lund')
      .expectView('confirm-removal')
      .click('confirm')
      .expectView('result');
    expect(h.lic.holds('oskar.lund@contoso.se', 'POWER_BI_PRO')).toBe(false);

    const chat = h.chat(PETRA).say('remove E3 from Lars Gustafsson').expectView('confirm-removal');
    await chat;
    leaveSalesUnit('lars.gustafsson@contoso.se');
    await chat
      .click('confirm')
      .expectView('refused', (v) =>
        expect(v).toMatchObject({ code: 'outside-admin-unit', people: ['Lars Gustafsson'] }),
      );
    expect(h.lic.holds('lars.gustafsson@contoso.se', 'ENTERPRISEPACK')).toBe(true);
  });

  test('a group-based admin confirms like a direct one; an eligible-only one is refused', async () => {
    await h.chat(LINNEA).say('remove E3 from Bo Ek').click('confirm').expectView('result');
    expect(h.lic.holds('bo.ek@contoso.se', 'ENTERPRISEPACK')).toBe(false);
    await h
      .chat(NORA)
      .say('remove E3 from Emma Johansson')
      .expectView('refused', (v) => expect(v).toMatchObject({ code: 'not-allowed' }));
  });

  test('approvals: the AU admin is an approver for Sales users, and cannot decide once the user left the unit', async () => {
    const chat = h.chat(SOFIA).say('remove Power BI Pro from Oskar Lund').expectView('confirm-removal');
    const requestId = requestIdOf(await chat) ?? '';
    await chat.click('sendForApproval', { [INPUTS.reason]: 'Changed role' }).expectNotice('sent-for-approval');
    expect(approversNamed(chat.last)).toEqual(
      expect.arrayContaining(['Maria Nilsson', 'Linnea Dahl', 'Petra Sandell']),
    );
    leaveSalesUnit('oskar.lund@contoso.se');
    await h.chat(PETRA).click('approve', {}, requestId).expectNotice('not-an-approver');
    await h.chat(LINNEA).click('approve', {}, requestId).expectView('result');
    expect(h.lic.holds('oskar.lund@contoso.se', 'POWER_BI_PRO')).toBe(false);
  });
});
