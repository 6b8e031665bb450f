import { recogniseReclaim } from '../../../bot/language/reclaim-cues';
import { stripFiller } from '../../../bot/language/strip-filler';
import { normaliseText } from '../../../bot/language/normalise-text';

/** As parseRequest sees the text: normalised, filler stripped. */
const recognise = (text: string) => recogniseReclaim(stripFiller(normaliseText(text)).text);

describe('reclaim cues', () => {
  test.each([
    ['vilka licenser kan vi frigöra?', {}],
    ['Hitta oanvända licenser', {}],
    ['hitta oanvända Visio-licenser', { product: 'Visio' }],
    ['oanvända licenser för Power BI Pro', { product: 'Power BI Pro' }],
    ['frigör Visio', { product: 'Visio' }],
    ['vad kan vi frigöra?', {}],
    ['vem har inte använt E5 på 90 dagar?', { product: 'E5', days: 90, reasons: ['inactive'] }],
    ['vilka har inte loggat in på 30 dagar', { days: 30, reasons: ['inactive'] }],
    ['inaktiverade konton med licenser', { reasons: ['disabled-account'] }],
    ['dubbla licenser', { reasons: ['overlap'] }],
    ['find unused licenses', {}],
    ['Hi, please find unused licenses!', {}],
    ['find unused Visio licenses', { product: 'Visio' }],
    ['which licenses can we free up?', {}],
    ['what can we reclaim', {}],
    ['reclaim Visio', { product: 'Visio' }],
    ['reclaim licenses', {}],
    ['free up E3 licenses', { product: 'E3' }],
    ["who hasn't used E5 in 90 days", { product: 'E5', days: 90, reasons: ['inactive'] }],
    ["who hasn't signed in for the last 60 days?", { days: 60, reasons: ['inactive'] }],
    ['inactive users', { reasons: ['inactive'] }],
    ["who hasn't signed in to Teams in 30 days", { product: 'Teams', days: 30, reasons: ['inactive'] }],
    ['vem har inte loggat in i Teams på 45 dagar', { product: 'Teams', days: 45, reasons: ['inactive'] }],
    ['disabled accounts with licenses', { reasons: ['disabled-account'] }],
    ['overlapping licenses', { reasons: ['overlap'] }],
  ])('%s', (text, expected: { product?: string; days?: number; reasons?: string[] }) => {
    const r = recognise(text);
    expect(r).toEqual({
      kind: 'reclaim',
      products: expected.product ? [{ text: expected.product }] : [],
      ...(expected.days ? { inactiveDays: expected.days } : {}),
      ...(expected.reasons ? { reasons: expected.reasons } : {}),
    });
  });

  test.each([
    'free licenses',
    'lediga licenser',
    'do you have free E3',
    'remove Visio from Bo',
    'i need to reclaim the Copilot license from Ana María García',
    'frigör Visio från Bo',
    'ta bort E3 från Anna',
    'who has Visio',
    'vem har E3',
    "who hasn't used E5 in 0 days",
    'reclaimer of lost things and more and more'.repeat(10),
  ])('not a reclaim: %s', (text) => {
    expect(recognise(text)).toBeUndefined();
  });
});
