import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { startIdleTimer } from './idle-timer';

const MINUTE = 60_000;

describe('startIdleTimer', () => {
  let target: EventTarget;
  let onIdle: ReturnType<typeof vi.fn<() => void>>;
  beforeEach(() => {
    vi.useFakeTimers();
    target = new EventTarget();
    onIdle = vi.fn<() => void>();
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('locks once after the quiet time, not before', () => {
    startIdleTimer(target, 10 * MINUTE, onIdle);
    vi.advanceTimersByTime(10 * MINUTE - 1);
    expect(onIdle).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(onIdle).toHaveBeenCalledTimes(1);
    vi.advanceTimersByTime(60 * MINUTE);
    expect(onIdle).toHaveBeenCalledTimes(1);
  });

  it.each(['pointermove', 'pointerdown', 'keydown', 'wheel', 'touchstart'])(
    '%s counts as activity and restarts the wait',
    (type) => {
      startIdleTimer(target, 10 * MINUTE, onIdle);
      vi.advanceTimersByTime(9 * MINUTE);
      target.dispatchEvent(new Event(type));
      vi.advanceTimersByTime(9 * MINUTE);
      expect(onIdle).not.toHaveBeenCalled();
      vi.advanceTimersByTime(MINUTE);
      expect(onIdle).toHaveBeenCalledTimes(1);
    },
  );

  it('a window blur is neither activity nor a lock', () => {
    startIdleTimer(target, 10 * MINUTE, onIdle);
    vi.advanceTimersByTime(5 * MINUTE);
    target.dispatchEvent(new Event('blur'));
    expect(onIdle).not.toHaveBeenCalled();
    vi.advanceTimersByTime(5 * MINUTE);
    expect(onIdle).toHaveBeenCalledTimes(1);
  });

  it('a timer that fires late (a laptop that slept) locks at once', () => {
    const clock = { t: 0, pending: null as null | (() => void) };
    startIdleTimer(target, 10 * MINUTE, onIdle, {
      now: () => clock.t,
      setTimeout: (fn) => (clock.pending = fn),
      clearTimeout: () => (clock.pending = null),
    });
    clock.t = 3 * 60 * MINUTE; // the lid was closed for three hours
    clock.pending?.();
    expect(onIdle).toHaveBeenCalledTimes(1);
  });

  it('stopping it removes the timer and the listeners', () => {
    const stop = startIdleTimer(target, 10 * MINUTE, onIdle);
    stop();
    vi.advanceTimersByTime(60 * MINUTE);
    expect(onIdle).not.toHaveBeenCalled();
    expect(vi.getTimerCount()).toBe(0);
  });
});
