import { TurnAdmission } from '../../../bot/slack/turn-admission';

describe('TurnAdmission', () => {
  it('admits up to the bound, refuses past it, and a place given back once can be taken again', () => {
    const admission = new TurnAdmission(2);
    const first = admission.tryAdmit();
    const second = admission.tryAdmit();
    expect(first && second).toBeDefined();
    expect(admission.tryAdmit()).toBeUndefined();
    first?.();
    first?.(); // giving back twice frees one place, not two
    expect(admission.size).toBe(1);
    expect(admission.tryAdmit()).toBeDefined();
    expect(admission.tryAdmit()).toBeUndefined();
  });

  it('refuses a bound that is not a whole number of at least one', () => {
    expect(() => new TurnAdmission(0)).toThrow(RangeError);
    expect(() => new TurnAdmission(1.5)).toThrow(RangeError);
  });
});
