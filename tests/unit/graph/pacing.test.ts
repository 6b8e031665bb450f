import { Semaphore } from '../../../services/graph/semaphore';
import { ThrottleGate } from '../../../services/graph/throttle-gate';
import { fakeClock } from './fake-clock';

describe('ThrottleGate', () => {
  it('is open until closed, then waits out the remaining time', async () => {
    const clock = fakeClock();
    const gate = new ThrottleGate(clock.now, clock.sleep);
    await gate.wait();
    expect(clock.sleeps).toEqual([]);
    gate.closeFor(2000);
    gate.closeFor(500); // a shorter close never shortens the longer one
    expect(gate.remainingMs()).toBe(2000);
    await gate.wait();
    expect(clock.sleeps).toEqual([2000]);
    expect(gate.remainingMs()).toBe(0);
  });

  it('is not pushed further by 429s of requests sent before it closed (same episode)', () => {
    const clock = fakeClock();
    const gate = new ThrottleGate(clock.now, clock.sleep);
    const sentEarly = clock.now();
    void clock.sleep(50);
    gate.closeFor(1000, sentEarly); // first 429 of the episode closes the gate
    void clock.sleep(30);
    gate.closeFor(1000, sentEarly); // an in-flight request's 429: same budget, no extension
    expect(gate.remainingMs()).toBe(970);
    gate.closeFor(1000, clock.now()); // a request sent after the close: new information
    expect(gate.remainingMs()).toBe(1000);
    gate.closeFor(2000); // no send time known: always honoured
    expect(gate.remainingMs()).toBe(2000);
  });

  it('starts a new episode once open again', async () => {
    const clock = fakeClock();
    const gate = new ThrottleGate(clock.now, clock.sleep);
    const sent = clock.now();
    gate.closeFor(1000, sent);
    await gate.wait();
    gate.closeFor(1000, sent); // an old request's late 429 after reopening still closes it
    expect(gate.remainingMs()).toBe(1000);
  });

  it('waits again if it was closed further while waiting', async () => {
    const clock = fakeClock();
    const gate = new ThrottleGate(clock.now, (ms) => {
      if (clock.sleeps.length === 0) gate.closeFor(ms + 1000);
      return clock.sleep(ms);
    });
    gate.closeFor(1000);
    await gate.wait();
    expect(clock.sleeps).toEqual([1000, 1000]);
  });
});

describe('Semaphore', () => {
  it('never runs more than the limit at once, and runs everything', async () => {
    const semaphore = new Semaphore(2);
    let running = 0;
    let peak = 0;
    let done = 0;
    const release: (() => void)[] = [];
    const task = () =>
      semaphore.run(async () => {
        running += 1;
        peak = Math.max(peak, running);
        await new Promise<void>((resolve) => release.push(resolve));
        running -= 1;
        done += 1;
      });
    const all = Promise.all([task(), task(), task(), task(), task()]);
    while (done < 5) {
      await new Promise((resolve) => setImmediate(resolve));
      release.shift()?.();
    }
    await all;
    expect(peak).toBe(2);
  });

  it('frees the slot when a task throws', async () => {
    const semaphore = new Semaphore(1);
    await expect(semaphore.run(() => Promise.reject(new Error('boom')))).rejects.toThrow('boom');
    await expect(semaphore.run(() => Promise.resolve(7))).resolves.toBe(7);
  });

  it('rejects a non-positive limit', () => {
    expect(() => new Semaphore(0)).toThrow(RangeError);
  });
});
