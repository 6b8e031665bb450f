import { editDistance, fold } from '../../../../services/licensing/text-match';

describe('fold', () => {
  it.each([
    ['Åsa', 'asa'],
    ['Camilla Öberg', 'camilla oberg'],
    ['  Liam   O’Brien ', "liam o'brien"],
    ['Liam O\u02bcBrien', "liam o'brien"],
    ['Jörgen\tÄrlig', 'jorgen arlig'],
    // Precomposed and decomposed forms fold the same.
    ['A\u030asa', 'asa'],
  ])('%j → %j', (text, folded) => {
    expect(fold(text)).toBe(folded);
  });
});

describe('editDistance', () => {
  it.each([
    ['anna lindberg', 'anan lindberg', 2],
    ['bo', 'bo', 0],
    ['', 'abc', 3],
    ['kitten', 'sitting', 3],
  ])('%j ~ %j = %d', (a, b, d) => {
    expect(editDistance(a, b)).toBe(d);
  });

  it('gives up at max + 1 once the distance is certain to exceed max', () => {
    expect(editDistance('abcdefgh', 'zyxwvuts', 3)).toBe(4);
    expect(editDistance('a', 'abcdefgh', 3)).toBe(4);
  });
});
