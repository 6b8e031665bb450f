import { en } from '../../../cards/strings/en';
import { sv } from '../../../cards/strings/sv';
import { dateParts, formatWhen } from '../../../cards/strings/format-date';
import { stringsFor } from '../../../cards/strings/strings';

/** One params object that satisfies every strings function. */
const SAMPLE = {
  count: 3,
  id: 'u1',
  name: 'Anna',
  address: 'anna@contoso.se',
  department: 'IT',
  used: 148,
  total: 150,
  free: 2,
  date: '12 Mar 2026',
  time: '14:05',
  products: ['Office 365 E3'],
  groups: ['Sales'],
  buyer: 'Bo',
  index: 1,
  service: 'Exchange',
  via: ['Microsoft 365 E5'],
  product: 'Office 365 E3',
  usedBefore: 148,
  usedAfter: 146,
  freed: 2,
  code: 'x/y',
  requestId: 'r-1',
  text: 'Anna',
  people: ['Bo', 'Cecilia', 'David'],
  person: 'Anna',
  names: ['Anna', 'Bo'],
  who: 'Anna, Bo',
  items: ['mailbox'],
  services: ['Exchange'],
  added: ['Visio Plan 2'],
  dropped: ['Power BI Pro'],
  zone: 'Europe/Stockholm',
  domain: 'contoso.se',
  skipped: 1,
  failed: 1,
  pending: 0,
  undo: false,
  admins: ['Maria'],
  done: 3,
  reason: 'r',
  when: 'w',
  at: 't',
  by: 'Maria',
  comment: 'ok',
  approvers: ['Maria'],
  unreachable: ['Erik'],
};

/** Leaves of a table: strings as they are, functions called with SAMPLE. */
function leaves(node: unknown, path = ''): Map<string, string> {
  const out = new Map<string, string>();
  if (typeof node === 'string') out.set(path, node);
  else if (typeof node === 'function') out.set(path, String((node as (p: typeof SAMPLE) => unknown)(SAMPLE)));
  else if (Array.isArray(node)) node.forEach((v, i) => leaves(v, `${path}[${i}]`).forEach((t, k) => out.set(k, t)));
  else if (typeof node === 'object' && node !== null) {
    for (const [k, v] of Object.entries(node))
      leaves(v, path ? `${path}.${k}` : k).forEach((t, key) => out.set(key, t));
  }
  return out;
}

/** Product and service names, and formats without words, identical in both languages on purpose. */
const SAME_IN_BOTH = new Set([
  'consequenceShort.teams-unlicensed',
  'consequenceShort.service-kept-via-other-license',
  'consequenceShort.teams-premium-features-lost',
  'consequenceShort.copilot-lost',
  'consequenceShort.visio-apps-unlicensed',
  'consequenceShort.project-apps-unlicensed',
  'consequenceShort.entra-id-p2-privileged-identity',
  'serviceKind.exchange',
  'serviceKind.teams',
  'help.title',
  'notice.title',
  'common.person',
]);

describe('strings tables', () => {
  const enLeaves = leaves(en);
  const svLeaves = leaves(sv);

  it('have the same keys in both locales', () => {
    expect([...svLeaves.keys()].sort()).toEqual([...enLeaves.keys()].sort());
  });

  it('translate every text (no Swedish text equals its English one except product names)', () => {
    const same = [...enLeaves]
      .filter(([k, v]) => !SAME_IN_BOTH.has(k) && k !== 'locale' && v !== '' && svLeaves.get(k) === v)
      .map(([k]) => k);
    expect(same).toEqual([]);
  });

  it('have no empty text (short labels of codes told only in the details excepted, in both tables)', () => {
    const detailsOnly = new Set(
      ['exchange-not-searchable-ediscovery', 'exchange-inactive-mailbox-possible', 'no-data-impact'].map(
        (c) => `consequenceShort.${c}`,
      ),
    );
    const empty = [...enLeaves, ...svLeaves].filter(([k, v]) => v.trim() === '' && !detailsOnly.has(k)).map(([k]) => k);
    expect(empty).toEqual([]);
    for (const k of detailsOnly) expect([enLeaves.get(k), svLeaves.get(k)]).toEqual(['', '']);
  });

  it('use the admin-center wording', () => {
    expect(sv.dialog).toMatchObject({
      licensesPageTitle: 'Ta bort tilldelning av licenser',
      unassign: 'Ta bort tilldelning',
      userLicensesTitle: 'Licenser och appar',
      saveChanges: 'Spara ändringar',
      manageTitle: 'Hantera produktlicenser',
      unassignAll: 'Ta bort tilldelning av alla',
      sendForApproval: 'Skicka för godkännande',
    });
    expect(en.dialog).toMatchObject({
      licensesPageTitle: 'Unassign licenses',
      unassign: 'Unassign',
      userLicensesTitle: 'Licenses and apps',
      saveChanges: 'Save changes',
      manageTitle: 'Manage product licenses',
      unassignAll: 'Unassign all',
      sendForApproval: 'Send for approval',
    });
    expect([sv.common.cancel, sv.common.done, sv.result.undo, sv.approval.approve, sv.approval.reject]).toEqual([
      'Avbryt',
      'Klar',
      'Ångra',
      'Godkänn',
      'Avvisa',
    ]);
    expect(sv.progress.removing({ done: 3, total: 20 })).toBe('Tar bort… 3 av 20');
    expect(en.progress.removing({ done: 3, total: 20 })).toBe('Removing… 3 of 20');
  });

  it('state the consequences and billing facts', () => {
    const p = { service: en.serviceKind.exchange, via: ['Microsoft 365 E5'], groups: ['Sales'] };
    expect(en.consequence['service-kept-via-other-license'](p)).toBe(
      'Nothing changes for Exchange: it stays through Microsoft 365 E5.',
    );
    expect(en.consequence['license-stays-via-group'](p)).toBe(
      'Also assigned through the group Sales: no seat is freed.',
    );
    const onedrive = en.consequence['onedrive-kept-then-archived-after-93-days'](p);
    for (const fact of ['files stay', '93 days', 'archived', 'Microsoft 365 Archive']) {
      expect(onedrive).toContain(fact);
    }
    // One number of days per sentence: the archive rule says 93, never 90 in the same breath.
    for (const table of [en, sv]) {
      const text = table.consequence['onedrive-kept-then-archived-after-93-days'](p);
      expect(text).toMatch(/93/);
      expect(text).not.toMatch(/\b90\b/);
    }
    expect(en.seatChangeDone({ product: 'E3', total: 30, usedBefore: 24, usedAfter: 22, freed: 2 })).toBe(
      'E3: freed 2 of 30 seats (24 → 22 in use).',
    );
    expect(sv.seatChangeDone({ product: 'E3', total: 30, usedBefore: 24, usedAfter: 22, freed: 2 })).toBe(
      'E3: frigjorde 2 av 30 licenser (24 → 22 används).',
    );
    expect(en.seatChange({ product: 'E3', total: 150, usedBefore: 148, usedAfter: 146, freed: 2 })).toBe(
      'E3: frees 2 of 150 seats (148 → 146 in use).',
    );
    expect(sv.parseHelp['missing-product']).toBe('Vilken produkt? t.ex. `ta bort E3 från Anna`');
    expect(en.parseHelp['missing-product']).toBe('Which product? e.g. `remove E3 from Anna`');
    expect(
      en.refused['not-allowed']({ people: [] }) +
        ' ' +
        en.refused.askAdmins({ admins: ['Maria Nilsson', 'Erik Sjöberg'] }),
    ).toBe('Only License, User or Global Administrators can remove licenses. Ask: Maria Nilsson, Erik Sjöberg');
    expect(en.skipReason['group-inherited']({ groups: ['Sales'], buyer: '' })).toBe(
      "assigned through the group Sales: remove the user from the group or change the group's licenses",
    );
    expect(sv.skipReason['self-service-purchase']({ groups: [], buyer: 'Bo' })).toContain(
      'ta över prenumerationen först',
    );
  });

  it('word the group reason one way: "through the group X" / "via gruppen X"', () => {
    const groups = ['Sales'];
    const p = { service: '', via: [], groups };
    for (const [table, phrase] of [
      [en, 'through the group Sales'],
      [sv, 'via gruppen Sales'],
    ] as const) {
      const texts = [
        table.skipReason['group-inherited']({ groups, buyer: '' }),
        table.skipReason['remove-stays-via-group']({ groups, buyer: '' }),
        table.dialog.noSeatFreed({ groups }),
        table.dialog.licenseNotRemovable({ groups }),
        table.consequence['license-stays-via-group'](p),
        table.consequenceShort['license-stays-via-group'](p),
        table.userLicenses.viaGroups({ groups }),
      ];
      for (const text of texts) expect(text).toContain(phrase);
    }
  });

  it('agree in number: "1 ledig", "2 lediga"; "1 borttagen", "2 borttagna"', () => {
    expect(sv.common.seats({ used: 29, total: 30, free: 1 })).toBe('29 av 30 används, 1 ledig');
    expect(sv.common.seats({ used: 28, total: 30, free: 2 })).toBe('28 av 30 används, 2 lediga');
    expect(sv.freeSeats.line({ product: 'E3', used: 29, total: 30, free: 1 })).toBe('E3: 1 ledig (29 av 30 används)');
    expect(sv.result.countTitle({ done: 1, skipped: 1, failed: 1, pending: 0, undo: false })).toBe(
      '1 borttagen, 1 överhoppad, 1 misslyckad',
    );
    expect(sv.result.countTitle({ done: 2, skipped: 3, failed: 0, pending: 0, undo: false })).toBe(
      '2 borttagna, 3 överhoppade',
    );
    expect(en.result.countTitle({ done: 2, skipped: 1, failed: 0, pending: 0, undo: false })).toBe(
      '2 removed, 1 skipped',
    );
    expect(en.result.countTitle({ done: 0, skipped: 0, failed: 2, pending: 0, undo: true })).toBe('2 failed');
    expect(en.common.seats({ used: 29, total: 30, free: 1 })).toBe('29 of 30 in use, 1 free');
  });

  it('picks the table by locale', () => {
    expect(stringsFor('sv')).toBe(sv);
    expect(stringsFor('en')).toBe(en);
  });
});

describe('dates', () => {
  it('formats per locale, in UTC when no zone is given, naming the zone', () => {
    expect(dateParts('2026-03-12T14:05:00Z', 'sv-SE')).toEqual({ date: '12 mars 2026', time: '14:05', zone: 'UTC' });
    expect(dateParts('2026-03-12T04:05:00+02:00', 'en-GB')).toEqual({
      date: '12 Mar 2026',
      time: '02:05',
      zone: 'UTC',
    });
    expect(formatWhen('2026-03-12T14:05:00Z', sv)).toBe('14:05 (UTC) den 12 mars 2026');
    expect(formatWhen('2026-03-12T14:05:00Z', en)).toBe('14:05 (UTC), 12 Mar 2026');
  });

  it("shows the tenant's time zone, by name, across daylight saving time", () => {
    expect(formatWhen('2026-03-12T14:05:00Z', sv, 'Europe/Stockholm')).toBe(
      '15:05 (Europe/Stockholm) den 12 mars 2026',
    );
    expect(formatWhen('2026-07-12T14:05:00Z', en, 'Europe/Stockholm')).toBe('16:05 (Europe/Stockholm), 12 Jul 2026');
    // A zone Intl does not know falls back to UTC and says so, rather than failing the card.
    expect(formatWhen('2026-03-12T14:05:00Z', en, 'Mars/Olympus')).toBe('14:05 (UTC), 12 Mar 2026');
  });

  it('shows an unparseable date as given', () => {
    expect(dateParts('soon', 'en-GB')).toBeUndefined();
    expect(formatWhen('soon', en)).toBe('soon');
  });
});
