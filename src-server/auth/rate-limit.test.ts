import { describe, expect, it } from 'vitest';
import { manualClock } from '../test-support';
import { LoginLimiter } from './rate-limit';

describe('LoginLimiter', () => {
  it('allows 5 attempts per login in 15 minutes, then says how long to wait', () => {
    const clock = manualClock();
    const l = new LoginLimiter({}, clock.now);
    for (let i = 0; i < 5; i++) {
      expect(l.begin('aigerim', '10.0.0.1')).toBe(0);
      clock.advance(60_000);
    }
    // The first failure was 5 minutes ago: it leaves the window in 10 minutes.
    expect(l.begin('aigerim', '10.0.0.1')).toBe(10 * 60);
    clock.advance(10 * 60_000);
    expect(l.begin('aigerim', '10.0.0.1')).toBe(0);
  });

  it('a success clears the login and does not count against the IP', () => {
    const clock = manualClock();
    const l = new LoginLimiter({}, clock.now);
    for (let i = 0; i < 4; i++) l.begin('aigerim', 'ip');
    expect(l.begin('aigerim', 'ip')).toBe(0);
    l.succeeded('aigerim', 'ip');
    for (let i = 0; i < 5; i++) expect(l.begin('aigerim', 'ip')).toBe(0);
  });

  it('limits one IP across many logins (higher limit), but not other IPs', () => {
    const clock = manualClock();
    const l = new LoginLimiter({ ip: { max: 3, windowMs: 60_000 } }, clock.now);
    expect(l.begin('a', 'ip1')).toBe(0);
    expect(l.begin('b', 'ip1')).toBe(0);
    expect(l.begin('c', 'ip1')).toBe(0);
    expect(l.begin('d', 'ip1')).toBeGreaterThan(0);
    expect(l.begin('d', 'ip2')).toBe(0);
  });

  it('keeps its memory bounded under a flood of random logins (the oldest counts go first)', () => {
    const l = new LoginLimiter();
    for (let i = 0; i < 5; i++) l.begin('victim', 'ip-a');
    expect(l.begin('victim', 'ip-b')).toBeGreaterThan(0);
    // A flood needs ~10k distinct IPs too: one IP is stopped after 20 attempts.
    for (let i = 0; i < 25_000; i++) l.begin(`login${i}`, `ip${i}`);
    expect(l.begin('victim', 'ip-c')).toBe(0);
  });
});
