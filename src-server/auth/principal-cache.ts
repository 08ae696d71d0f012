/**
 * Principals of recently seen device tokens, in memory, so a sync burst (a push, then its pulls)
 * reads the device once instead of on every request.
 *
 * It stays correct when a device is revoked or a user disabled, because it is only used while
 * the database tells it about such changes: migration 006 NOTIFYs `qorgau_auth` on every
 * change of what a token resolves to (a device revoked, deleted or re-keyed; a user disabled,
 * moved or re-roled), from whichever process made it, when that transaction commits. The cache
 * LISTENs (`Db.listen`) and forgets everything on each notification. So:
 * - a change in this process (DELETE /v1/devices/current): forgotten before the answer is sent;
 * - another process's (the admin CLI, a second server process): forgotten when the notification
 *   arrives — milliseconds after its commit, about the window the uncached check always had
 *   (the check runs before the push transaction does);
 * - no notifications (the listening connection failed, or a `Db` without `listen`): nothing is
 *   cached and every request reads the database, until listening works again — after which the
 *   cache starts empty;
 * - a lookup that started before a notification arrived is not stored (`generation`), so an
 *   answer read before a revocation cannot outlive it;
 * - every entry also expires after `ttlMs` (the injected clock), which bounds what a silently
 *   dead listening connection could let through until TCP notices.
 */
import type { Principal } from './principal';

/** The LISTEN channel migration 006 notifies on. */
export const AUTH_CHANNEL = 'qorgau_auth';

export interface CachedDevice {
  principal: Principal;
  /** devices.last_seen_at as this process last wrote or read it, ms. */
  lastSeenMs: number;
}

interface Entry extends CachedDevice {
  expiresMs: number;
}

export interface PrincipalCacheOptions {
  /** How long an entry is used at most; 0 turns the cache off. */
  ttlMs: number;
  /** Entries kept at most (the oldest goes first). */
  maxEntries: number;
}

export const DEFAULT_CACHE: PrincipalCacheOptions = { ttlMs: 30_000, maxEntries: 20_000 };

export class PrincipalCache {
  private readonly entries = new Map<string, Entry>();
  private generation = 0;
  private live = false;

  constructor(readonly options: PrincipalCacheOptions = DEFAULT_CACHE) {}

  /** True while notifications are heard (and the cache is on): only then is anything kept. */
  get active(): boolean {
    return this.live && this.options.ttlMs > 0;
  }

  get size(): number {
    return this.entries.size;
  }

  /** Forgets everything; lookups in flight will not be stored. */
  invalidate(): void {
    this.generation += 1;
    this.entries.clear();
  }

  /** Notifications heard again (true) or possibly missed (false): either way, start over. */
  setLive(live: boolean): void {
    this.live = live;
    this.invalidate();
  }

  get(tokenHash: string, nowMs: number): CachedDevice | null {
    if (!this.active) return null;
    const e = this.entries.get(tokenHash);
    if (!e) return null;
    if (nowMs >= e.expiresMs) {
      this.entries.delete(tokenHash);
      return null;
    }
    return e;
  }

  /** Call before reading the database; pass the value to `set`. */
  begin(): number {
    return this.generation;
  }

  /** Stores what a lookup begun at `since` found — unless something was forgotten meanwhile. */
  set(tokenHash: string, value: CachedDevice, nowMs: number, since: number): void {
    if (!this.active || since !== this.generation) return;
    if (!this.entries.has(tokenHash) && this.entries.size >= this.options.maxEntries) {
      const oldest = this.entries.keys().next();
      if (!oldest.done) this.entries.delete(oldest.value);
    }
    this.entries.set(tokenHash, { ...value, expiresMs: nowMs + this.options.ttlMs });
  }

  /** Updates the remembered last_seen_at of an entry (after writing it). */
  seen(tokenHash: string, nowMs: number): void {
    const e = this.entries.get(tokenHash);
    if (e) e.lastSeenMs = nowMs;
  }
}
