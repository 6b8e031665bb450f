import { cardText } from '../../support/card-actions';
import { expectValidAdaptiveCard } from '../../support/card-checks';
import { aTeamsMessage } from '../../support/teams-activities';
import { startTestApp, type TestApp } from '../../support/test-app';

/** Read-only questions: answered at once, in the user's language, with no buttons. */
describe('Teams: questions about licenses', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(async () => {
    await t.close();
  });
  beforeEach(() => t.connector.clear());

  async function ask(text: string, locale = 'en-US', upn = 'maria.nilsson@contoso.se'): Promise<string> {
    const res = await t.post(aTeamsMessage({ serviceUrl: t.connector.url, from: t.teamsUser(upn), text, locale }));
    expect(res.status).toBe(200);
    const [card] = t.connector.cards();
    expectValidAdaptiveCard(card);
    return cardText(card);
  }

  test.each([
    ['what licenses does Anna Lindberg have?', 'en-US', /Office 365 E3.*Power BI Pro|Power BI Pro.*Office 365 E3/],
    ['vilka licenser har Anna Lindberg?', 'sv-SE', /Licenser för Anna Lindberg/],
    ['who has Visio?', 'en-US', /Alexander Holmberg.*David Miller|David Miller.*Alexander Holmberg/],
    ['vem har Visio?', 'sv-SE', /Julia Engström/],
    ['how many E5 are free?', 'en-US', /3 of 3|0 free/],
    ['hur många E3 är lediga?', 'sv-SE', /Office 365 E3.*Microsoft 365 E3|Microsoft 365 E3.*Office 365 E3/],
    ['what licenses do I have?', 'en-US', /Licenses for Maria Nilsson/],
    ['free licenses', 'en-US', /Visio Plan 2.*Power BI Pro|Power BI Pro.*Visio Plan 2/],
    ['lediga licenser', 'sv-SE', /Microsoft 365 E5/],
    ['help', 'en-US', /remove Office 365 E3 from Karin Holm/],
    ['hjälp', 'sv-SE', /ta bort Office 365 E3 från Karin Holm/],
  ])('%s', async (text, locale, expected) => {
    expect(await ask(text, locale)).toMatch(expected);
  });

  test.each([
    ['remove from Bo', /Which product\?/],
    ['ta bort E3', /Från vem\?|Vem|vilka/i],
    ['blah blah', /didn't understand/],
    ['remove Frobnicator Pro from Bo', /Frobnicator Pro/],
    ['remove E3 from Zlatan Ibrahimović', /Zlatan Ibrahimović/],
  ])('bad input gets a specific answer: %s', async (text, expected) => {
    expect(await ask(text, text.startsWith('ta ') ? 'sv-SE' : 'en-US')).toMatch(expected);
  });

  test('an ambiguous product in a question lists the candidates to ask again with, without buttons', async () => {
    const text = await ask('who has E3?');
    expect(text).toMatch(/Office 365 E3/);
    expect(text).toMatch(/Microsoft 365 E3/);
    expect(text).toMatch(/Ask again/);
    expect(text).not.toContain('Action.Execute');
  });

  test('a user who is not an admin or a manager is told who can help', async () => {
    expect(await ask('remove E3 from Anna Lindberg', 'en-US', 'tom.wilson@contoso.se')).toMatch(/Maria Nilsson/);
  });

  test('a sender unknown to the directory is refused clearly', async () => {
    const stranger = { id: '29:x', name: 'Stranger', aadObjectId: '11111111-2222-4333-8444-555555555555' };
    await t.post(aTeamsMessage({ serviceUrl: t.connector.url, from: stranger, text: 'remove E3 from Bo' }));
    const [card] = t.connector.cards();
    expectValidAdaptiveCard(card);
    expect(cardText(card)).not.toMatch(/Unassign/);
  });
});
