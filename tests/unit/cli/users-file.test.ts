import { bulkRemovalAsk, MAX_USERS_IN_FILE, parseUsersFile } from '../../../bot/cli/users-file';

describe('parseUsersFile (--users-file)', () => {
  it('reads one user per line, skipping blanks, comments and repeats', () => {
    expect(
      parseUsersFile(
        '\uFEFF# leavers\r\nanna.lindberg@contoso.se\n\nBO.EK@contoso.se\nbo.ek@contoso.se\nc8d52fa5-9395-4b63-b6dd-777d2c0d8f0a\n',
      ),
    ).toEqual({
      ok: true,
      users: ['anna.lindberg@contoso.se', 'BO.EK@contoso.se', 'c8d52fa5-9395-4b63-b6dd-777d2c0d8f0a'],
    });
  });

  it('reads the address column of a CSV export, with quoting and other separators', () => {
    const csv =
      'Display name,User principal name,Department\n"Lindberg, Anna",anna.lindberg@contoso.se,Sales\nBo Ek,bo.ek@contoso.se,"R&D"\n';
    expect(parseUsersFile(csv)).toEqual({ ok: true, users: ['anna.lindberg@contoso.se', 'bo.ek@contoso.se'] });
    expect(parseUsersFile('name;mail\nAnna;anna@contoso.se')).toEqual({ ok: true, users: ['anna@contoso.se'] });
    expect(parseUsersFile('Anna,anna@contoso.se\nBo,bo@contoso.se')).toEqual({
      ok: true,
      users: ['anna@contoso.se', 'bo@contoso.se'],
    });
  });

  it('says which line is wrong, and refuses empty, header-less or oversized files', () => {
    expect(parseUsersFile('anna@contoso.se\nnot a user\n', 'leavers.txt')).toEqual({
      ok: false,
      message: 'leavers.txt, line 2: expected a userPrincipalName, mail address or object id, got "not a user"',
    });
    expect(parseUsersFile('# nothing\n\n')).toMatchObject({ ok: false, message: 'users file: no users in it' });
    expect(parseUsersFile('name,department\nAnna,Sales')).toMatchObject({
      ok: false,
      message: expect.stringContaining('column'),
    });
    const many = Array.from({ length: MAX_USERS_IN_FILE + 1 }, (_, i) => `u${i}@contoso.se`).join('\n');
    expect(parseUsersFile(many)).toMatchObject({ ok: false, message: expect.stringContaining('at most 5000') });
  });

  it('takes the products from the request text and the people from the file', () => {
    const users = ['anna@contoso.se', 'bo@contoso.se'];
    expect(bulkRemovalAsk('remove E3 and Visio', users)).toEqual({
      ok: true,
      locale: 'en',
      ask: {
        products: [{ text: 'E3' }, { text: 'Visio' }],
        people: [
          { kind: 'text', text: 'anna@contoso.se' },
          { kind: 'text', text: 'bo@contoso.se' },
        ],
      },
    });
    expect(bulkRemovalAsk('ta bort E3', users)).toMatchObject({
      ok: true,
      locale: 'sv',
      ask: { products: [{ text: 'E3' }] },
    });
    expect(bulkRemovalAsk('who has E3', users)).toMatchObject({
      ok: false,
      message: expect.stringContaining('must name the products'),
    });
  });
});
