/**
 * The idle lock's timer: calls `onIdle` once when nobody has touched the app for `ms`.
 *
 * Activity only records a time stamp; the single pending timeout checks, when it fires, how
 * long it really has been and waits again for the rest. So a pointer moving over the window
 * costs nothing but an assignment, and a laptop that slept past the timeout locks at once
 * when it wakes (the late timer sees the whole gap). Window blur is deliberately not
 * activity and not a lock: an advocate switching to a court portal keeps the app open.
 */
export const ACTIVITY_EVENTS = [
  'pointerdown',
  'pointermove',
  'keydown',
  'wheel',
  'touchstart',
] as const;

export interface IdleClock {
  now: () => number;
  setTimeout: (fn: () => void, ms: number) => unknown;
  clearTimeout: (id: unknown) => void;
}

const realClock: IdleClock = {
  now: () => Date.now(),
  setTimeout: (fn, ms) => globalThis.setTimeout(fn, ms),
  clearTimeout: (id) => globalThis.clearTimeout(id as ReturnType<typeof setTimeout>),
};

/** Starts watching `target` for activity; returns the function that stops it. */
export function startIdleTimer(
  target: EventTarget,
  ms: number,
  onIdle: () => void,
  clock: IdleClock = realClock,
): () => void {
  let last = clock.now();
  let timer: unknown = null;
  let stopped = false;
  const onActivity = () => {
    last = clock.now();
  };
  const check = () => {
    timer = null;
    if (stopped) return;
    const quiet = clock.now() - last;
    if (quiet >= ms) {
      stop();
      onIdle();
    } else timer = clock.setTimeout(check, ms - quiet);
  };
  const options = { capture: true, passive: true } as const;
  for (const type of ACTIVITY_EVENTS) target.addEventListener(type, onActivity, options);
  timer = clock.setTimeout(check, ms);
  function stop() {
    stopped = true;
    if (timer !== null) clock.clearTimeout(timer);
    timer = null;
    for (const type of ACTIVITY_EVENTS) target.removeEventListener(type, onActivity, options);
  }
  return stop;
}
