import { DirectoryIndex } from '../../../services/directory/directory-index';
import { aUser } from './directory-fixtures';

function names(index: DirectoryIndex, text: string, fuzzy = true): string[] {
  return index.lookup(text, { fuzzy }).map((c) => `${c.user.displayName} ${c.kind}`);
}

describe('DirectoryIndex', () => {
  const index = new DirectoryIndex();
  index.upsert(aUser('u1', 'Anna', 'Lindberg'));
  index.upsert(aUser('u2', 'Anna', 'Berg'));
  index.upsert(aUser('u3', 'Bo', 'Ek'));
  index.upsert(
    aUser('u4', 'Åsa', 'Öberg', { mail: 'asa.oberg@contoso.test', userPrincipalName: 'aoberg@contoso.test' }),
  );
  index.upsert(aUser('u5', 'Oskar', 'Lund'));
  index.upsert(aUser('u6', 'Johanna', 'Lund'));
  index.upsert(aUser('u7', 'Anna-Karin', 'Holm'));

  test('full name, any case, without diacritics', () => {
    expect(names(index, 'asa oberg')).toEqual(['Åsa Öberg full-name']);
    expect(names(index, 'ANNA LINDBERG')).toEqual(['Anna Lindberg full-name']);
    expect(names(index, 'anna karin holm')).toEqual(['Anna-Karin Holm full-name']);
  });

  test('"Surname, Given" and "Surname Given"', () => {
    expect(names(index, 'Ek, Bo')).toEqual(['Bo Ek surname-given']);
    expect(names(index, 'Lindberg Anna')).toEqual(['Anna Lindberg surname-given']);
  });

  test('given name or surname alone: unique or every candidate', () => {
    expect(names(index, 'Lindberg')).toEqual(['Anna Lindberg surname']);
    expect(names(index, 'bo')).toEqual(['Bo Ek given']);
    expect(names(index, 'anna')).toEqual(['Anna Berg given', 'Anna Lindberg given']);
    expect(names(index, 'Lund')).toEqual(['Johanna Lund surname', 'Oskar Lund surname']);
  });

  test('mail, UPN and their local part', () => {
    expect(names(index, 'Asa.Oberg@contoso.test')).toEqual(['Åsa Öberg address']);
    expect(names(index, 'aoberg@contoso.test')).toEqual(['Åsa Öberg address']);
    expect(names(index, 'bo.ek')).toEqual(['Bo Ek address-local']);
  });

  test('typos are fuzzy candidates scored below any exact match, scaled to length', () => {
    const [hit] = index.lookup('Ana Lindbrg');
    expect(hit?.user.id).toBe('u1');
    expect(hit?.kind).toBe('fuzzy');
    expect(hit?.score).toBeLessThan(0.85);
    // Short names allow no typo: "Bob" is not Bo.
    expect(names(index, 'Bob')).toEqual([]);
    expect(names(index, 'Ana Lindbrg', false)).toEqual([]);
  });

  test('updates and removals change every key', () => {
    const local = new DirectoryIndex();
    local.upsert(aUser('x', 'Lisa', 'Nyberg'));
    local.upsert(aUser('x', 'Lisa', 'Wallin'));
    expect(names(local, 'nyberg', false)).toEqual([]);
    expect(names(local, 'wallin')).toEqual(['Lisa Wallin surname']);
    local.remove('X');
    expect(local.size).toBe(0);
    expect(names(local, 'lisa')).toEqual([]);
    expect(names(local, 'Lisa Walin')).toEqual([]);
  });

  test('knows its name words', () => {
    expect(index.isNameWord('öberg')).toBe(true);
    expect(index.isNameWord('remove')).toBe(false);
    expect(index.isGivenName('Anna')).toBe(true);
  });
});
