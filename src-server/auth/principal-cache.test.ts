import { describe, expect, it } from 'vitest';
import { PrincipalCache, type CachedDevice } from './principal-cache';

const device = (userId = 'u1'): CachedDevice => ({
  principal: { userId, deviceId: `d-${userId}`, role: 'advocate', collegiumId: 'c', officeId: 'o' },
  lastSeenMs: 0,
});

function live(ttlMs = 1000, maxEntries = 10) {
  const c = new PrincipalCache({ ttlMs, maxEntries });
  c.setLive(true);
  return c;
}

describe('PrincipalCache', () => {
  it('keeps nothing until notifications are heard, and forgets all when they may be missed', () => {
    const c = new PrincipalCache({ ttlMs: 1000, maxEntries: 10 });
    c.set('h', device(), 0, c.begin());
    expect(c.get('h', 0)).toBeNull();
    c.setLive(true);
    c.set('h', device(), 0, c.begin());
    expect(c.get('h', 1)?.principal.userId).toBe('u1');
    c.setLive(false);
    expect(c.get('h', 2)).toBeNull();
    c.set('h', device(), 2, c.begin());
    expect(c.size).toBe(0);
  });

  it('does not store a lookup that began before a notification', () => {
    const c = live();
    const since = c.begin();
    c.invalidate(); // a device was revoked while the lookup was reading
    c.set('h', device(), 0, since);
    expect(c.get('h', 0)).toBeNull();
    c.set('h', device(), 0, c.begin());
    expect(c.get('h', 0)).not.toBeNull();
  });

  it('expires entries after the TTL, by the clock it is given', () => {
    const c = live(1000);
    c.set('h', device(), 5000, c.begin());
    expect(c.get('h', 5999)).not.toBeNull();
    expect(c.get('h', 6000)).toBeNull();
    expect(c.size).toBe(0);
  });

  it('is off with a TTL of 0', () => {
    const c = live(0);
    expect(c.active).toBe(false);
    c.set('h', device(), 0, c.begin());
    expect(c.get('h', 0)).toBeNull();
  });

  it('drops the oldest entry when full', () => {
    const c = live(1000, 2);
    for (const u of ['a', 'b', 'c']) c.set(u, device(u), 0, c.begin());
    expect(c.get('a', 0)).toBeNull();
    expect(c.get('b', 0)?.principal.userId).toBe('b');
    expect(c.get('c', 0)?.principal.userId).toBe('c');
  });

  it('remembers when last_seen_at was written', () => {
    const c = live();
    c.set('h', device(), 0, c.begin());
    c.seen('h', 700);
    expect(c.get('h', 800)?.lastSeenMs).toBe(700);
  });
});
