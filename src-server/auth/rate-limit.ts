/**
 * Sign-in throttling, in memory (one server process per office; a restart forgets, which is
 * acceptable: a guesser gains at most one more window). Failures are counted per login and per
 * client IP in a sliding window; at the limit further attempts are refused with 429 and
 * Retry-After *before* the password is checked, so a locked login cannot be guessed at all.
 *
 * Every attempt is counted as a failure when it starts and forgiven when the password proves
 * right: fifty guesses sent at once cannot all slip in before the first one is counted.
 *
 * Per IP the limit is higher than per login: the advocates of one office often share one NAT
 * address, and one of them mistyping must not lock out the rest.
 */
export interface LimitRule {
  max: number;
  windowMs: number;
}

export const defaultLoginRule: LimitRule = { max: 5, windowMs: 15 * 60_000 };
export const defaultIpRule: LimitRule = { max: 20, windowMs: 15 * 60_000 };
// Bounds the memory a flood of random logins can take; the oldest keys go first.
const MAX_KEYS = 10_000;

class SlidingCounter {
  private readonly hits = new Map<string, number[]>();

  constructor(private readonly rule: LimitRule) {}

  /** Milliseconds until `key` may try again, or 0 when it may try now. */
  retryAfterMs(key: string, now: number): number {
    const recent = this.recent(key, now);
    if (recent.length < this.rule.max) return 0;
    return recent[recent.length - this.rule.max]! + this.rule.windowMs - now;
  }

  fail(key: string, now: number): void {
    const recent = this.recent(key, now);
    recent.push(now);
    this.hits.delete(key); // re-insert: Map order is then least-recently-failed first
    this.hits.set(key, recent.slice(-this.rule.max));
    while (this.hits.size > MAX_KEYS) {
      const oldest = this.hits.keys().next().value;
      if (oldest === undefined) break;
      this.hits.delete(oldest);
    }
  }

  reset(key: string): void {
    this.hits.delete(key);
  }

  /** Takes back the latest hit (an attempt that turned out to be right). */
  forgiveOne(key: string): void {
    const list = this.hits.get(key);
    if (!list) return;
    list.pop();
    if (list.length === 0) this.hits.delete(key);
  }

  private recent(key: string, now: number): number[] {
    const list = this.hits.get(key) ?? [];
    return list.filter((t) => t > now - this.rule.windowMs && t <= now);
  }
}

export class LoginLimiter {
  private readonly byLogin: SlidingCounter;
  private readonly byIp: SlidingCounter;

  constructor(
    rules: { login?: LimitRule; ip?: LimitRule } = {},
    private readonly now: () => Date = () => new Date(),
  ) {
    this.byLogin = new SlidingCounter(rules.login ?? defaultLoginRule);
    this.byIp = new SlidingCounter(rules.ip ?? defaultIpRule);
  }

  /**
   * Starts an attempt: returns the seconds to wait (for Retry-After) when the login or the IP is
   * over its limit, else counts the attempt as a failure until `succeeded` says otherwise and
   * returns 0.
   */
  begin(login: string, ip: string): number {
    const t = this.now().getTime();
    const ms = Math.max(this.byLogin.retryAfterMs(login, t), this.byIp.retryAfterMs(ip, t));
    if (ms > 0) return Math.max(1, Math.ceil(ms / 1000));
    this.byLogin.fail(login, t);
    this.byIp.fail(ip, t);
    return 0;
  }

  /** A correct password clears its login's count and takes back this attempt from the IP's. */
  succeeded(login: string, ip: string): void {
    this.byLogin.reset(login);
    this.byIp.forgiveOne(ip);
  }
}
