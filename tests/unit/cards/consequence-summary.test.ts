import { consequenceSummaries } from '../../../cards/shared/consequence-summary';
import { en } from '../../../cards/strings/en';
import { sv } from '../../../cards/strings/sv';
import type { ConsequenceView } from '../../../cards/views';
import { aPerson } from './view-fixtures';

const anna = aPerson();
const bo = aPerson({ id: 'bo', displayName: 'Bo Ek' });
const kept = (kind: string): ConsequenceView => ({
  code: 'service-kept-via-other-license',
  params: { kind, via: ['Office 365 E3'] },
});
const id = (t: string) => t;

describe('consequence summaries', () => {
  it('one line per group of users: the losses, then what stays, grouped by the license keeping it', () => {
    const items: ConsequenceView[] = [
      { code: 'teams-phone-number-released' },
      { code: 'power-bi-cannot-publish-or-share' },
      kept('exchange'),
      kept('sharepoint-onedrive'),
      kept('office-apps'),
    ];
    const [g] = consequenceSummaries(
      [
        { userId: anna.id, items },
        { userId: bo.id, items },
      ],
      [anna, bo],
      en,
      id,
    );
    expect(g?.lines).toEqual([
      'Anna Lindberg, Bo Ek: lose their Teams Phone number, Power BI Pro (publishing, sharing). Kept through Office 365 E3: Exchange, SharePoint and OneDrive, the Office apps.',
    ]);
    const [s] = consequenceSummaries([{ userId: anna.id, items }], [anna], sv, id, { past: true });
    expect(s?.lines).toEqual([
      'Anna Lindberg: förlorade sitt Teams Phone-nummer, Power BI Pro (publicera, dela). Finns kvar via Office 365 E3: Exchange, SharePoint och OneDrive, Office-apparna.',
    ]);
  });

  it('a leaver gets the advice first, and every detail keeps its Microsoft source', () => {
    const items: ConsequenceView[] = [
      { code: 'leaver-convert-to-shared-mailbox' },
      { code: 'leaver-move-onedrive' },
      { code: 'exchange-mailbox-deleted-after-30-days' },
      { code: 'exchange-not-searchable-ediscovery' },
    ];
    const [g] = consequenceSummaries([{ userId: anna.id, items }], [anna], en, id);
    expect(g?.lines).toEqual([
      'Leaver: convert the mailbox to a shared mailbox first, give the manager the OneDrive.',
      'Anna Lindberg: lose mailbox (deleted after 30 days).',
    ]);
    expect(g?.details.map((d) => d.source?.title)).toEqual([
      'Remove a former employee',
      'Remove a former employee',
      'Unassign licenses',
      'Unassign licenses',
    ]);
  });
});
