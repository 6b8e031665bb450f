import { toParsedRequest } from '../../../../bot/language/understand/to-parsed-request';
import { understand } from '../../../../bot/language/understand/understand';
import { corpusTenants } from './corpus-fixture';

const demo = corpusTenants().demo.indexes;

function parsed(text: string) {
  const u = understand(text, demo);
  return u.ok ? u.requests.map(toParsedRequest) : u.problems;
}

describe('toParsedRequest', () => {
  test('settled people are identities, settled products skuIds', () => {
    expect(parsed('camilla oberg behöver inte visiolicensen längre')).toEqual([
      {
        kind: 'remove',
        products: [{ text: 'c5928f49-12ba-48f7-ada3-0d743a3601d5' }],
        people: [{ kind: 'identity', userId: expect.any(String), displayName: 'Camilla Öberg' }],
      },
    ]);
  });

  test('what needs a question stays text: two Annas, two E3s', () => {
    expect(parsed('ta bort E3:an från Anna')).toEqual([
      { kind: 'remove', products: [{ text: 'e3' }], people: [{ kind: 'text', text: 'Anna' }] },
    ]);
  });

  test('questions and the requester', () => {
    expect(parsed('vilka licenser har jag?')).toEqual([
      { kind: 'list-user-licenses', person: { kind: 'text', text: 'me' } },
    ]);
    expect(parsed('who has Visio at the moment')).toEqual([
      { kind: 'who-has', product: { text: 'c5928f49-12ba-48f7-ada3-0d743a3601d5' } },
    ]);
    expect(parsed('lediga licenser?')).toEqual([{ kind: 'free-seats' }]);
  });
});
