import { formatScheduled } from '../../../cards/strings/format-date';
import { stringsFor } from '../../../cards/strings/strings';

describe('formatScheduled', () => {
  test('says exactly when, in the tenant zone, naming it', () => {
    expect(formatScheduled('2026-12-04T16:00:00Z', 'Europe/Stockholm', stringsFor('sv'))).toBe(
      'fredag 4 december 17:00 (Europe/Stockholm)',
    );
    expect(formatScheduled('2026-12-04T16:00:00Z', 'Europe/Stockholm', stringsFor('en'))).toBe(
      'Friday 4 December 17:00 (Europe/Stockholm)',
    );
    expect(formatScheduled('2027-07-15T07:30:00Z', 'Europe/Stockholm', stringsFor('sv'))).toBe(
      'torsdag 15 juli 09:30 (Europe/Stockholm)',
    );
  });

  test('an unparseable value is shown as given', () => {
    expect(formatScheduled('soon', 'Europe/Stockholm', stringsFor('en'))).toBe('soon');
  });
});
