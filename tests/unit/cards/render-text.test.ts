import { renderText } from '../../../cards/text/render-text';
import { aConfirmation, aResult, anApproval, everyView, INJECTION_NAME } from './view-fixtures';

describe('renderText', () => {
  it('mirrors the confirmation dialog', () => {
    const text = renderText(aConfirmation({ locale: 'en', batch: { index: 1, count: 3 } }));
    for (const s of [
      'Unassign licenses',
      'Batch 1 of 3',
      'Product: Office 365 E3',
      '[x] Anna Lindberg (anna.lindberg@contoso.se) — Ekonomi',
      'Cilla Berg: assigned through the group Sälj',
      'Anna Lindberg, Bo Ek:',
      'frees 2 of 150 seats (148 → 146 in use)',
    ]) {
      expect(text).toContain(s);
    }
    expect(text).not.toContain('Billing > Your products');
  });

  it('renders every view kind in both locales without ANSI escapes or empty output', () => {
    for (const locale of ['sv', 'en'] as const) {
      for (const view of everyView(locale)) {
        const text = renderText(view);
        expect(text.trim()).not.toBe('');
        expect(text).not.toContain('\u001b');
      }
    }
  });

  it('strips terminal control sequences from names', () => {
    const view = aConfirmation();
    const evil = { ...view.users[0]!, displayName: `Anna\u001b[31m ${INJECTION_NAME}\u009b` };
    const text = renderText({ ...view, users: [evil, ...view.users.slice(1)] });
    expect(text.includes('\u001b') || text.includes('\u009b')).toBe(false);
    expect(text).toContain('Anna[31m *Bo* [x](http://evil)');
  });

  it('shows outcomes and approvals', () => {
    expect(renderText(aResult())).toContain('Kan ångras till kl. 14:05 (UTC) den 12 mars 2026.');
    expect(
      renderText(anApproval({ status: 'rejected', decidedBy: 'Maria', decidedAt: '2026-03-12T14:05:00Z' })),
    ).toContain('Avvisad av Maria kl. 14:05 (UTC) den 12 mars 2026');
  });
});
