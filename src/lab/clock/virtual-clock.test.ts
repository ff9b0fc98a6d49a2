import { describe, expect, test } from 'vitest';
import { VirtualClock } from './virtual-clock';
import { virtualDate } from './install';

/** A clock whose "real" time only moves when the test says so. */
function fakeClock(mode: 'instant' | 'real' = 'instant') {
  let real = 1_000;
  const clock = new VirtualClock({ mode, realTime: () => real, epoch: Date.UTC(2026, 0, 1) });
  return { clock, advance: (ms: number) => (real += ms) };
}

describe('VirtualClock', () => {
  test('virtual time is real time since the start plus the time skipped', () => {
    const { clock, advance } = fakeClock();
    expect(clock.now()).toBe(0);
    advance(30);
    expect(clock.now()).toBe(30);
    clock.jumpTo(1_000);
    expect(clock.now()).toBe(1_000);
    expect(clock.skippedMs()).toBe(970);
    advance(5);
    expect(clock.now()).toBe(1_005);
    expect(clock.realElapsed()).toBe(35);
  });

  test('jumping to a time already passed does nothing: time never goes backwards', () => {
    const { clock, advance } = fakeClock();
    advance(50);
    clock.jumpTo(20);
    expect(clock.now()).toBe(50);
    expect(clock.skippedMs()).toBe(0);
  });

  test('a real clock refuses to jump', () => {
    const { clock } = fakeClock('real');
    expect(() => clock.jumpTo(10)).toThrow(/^a real clock cannot jump$/);
  });

  test('restart puts virtual time back at zero and forgets the skipped time', () => {
    const { clock, advance } = fakeClock();
    advance(70);
    clock.jumpTo(500);
    clock.restart();
    expect(clock.now()).toBe(0);
    advance(3);
    expect(clock.now()).toBe(3);
  });

  test('Date reads the virtual clock, and keeps working as Date otherwise', () => {
    const { clock, advance } = fakeClock();
    const VDate = virtualDate(Date, clock);
    expect(VDate.now()).toBe(Date.UTC(2026, 0, 1));
    clock.jumpTo(2_500);
    advance(1);
    expect(new VDate().getTime()).toBe(Date.UTC(2026, 0, 1) + 2_501);
    expect(new VDate(0).toISOString()).toBe('1970-01-01T00:00:00.000Z');
    expect(new VDate() instanceof Date).toBe(true);
    expect(VDate.UTC(2000, 1, 1)).toBe(Date.UTC(2000, 1, 1));
    expect(typeof (VDate as unknown as () => string)()).toBe('string');
  });

  test('building a clock has no side effects on the global Date', () => {
    const before = Date.now;
    fakeClock();
    expect(Date.now).toBe(before);
  });
});

describe('forgive', () => {
  test('takes back overshoot on an instant clock only', () => {
    const instant = fakeClock();
    instant.advance(250);
    instant.clock.forgive(50);
    expect(instant.clock.now()).toBe(200);
    const real = fakeClock('real');
    real.advance(250);
    real.clock.forgive(50);
    expect(real.clock.now()).toBe(250);
  });
});
