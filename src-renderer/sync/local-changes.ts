/**
 * "Something was written on this device": commitChange announces every committed local change
 * here, and the sync service listens so the scheduler can push soon after (debounced). Remote
 * applies by the sync engine do not go through commitChange and are not announced.
 */
type Listener = () => void;

const listeners = new Set<Listener>();

/** Listen for committed local changes; returns the unsubscribe function. */
export function subscribeLocalChanges(listener: Listener): () => void {
  listeners.add(listener);
  return () => void listeners.delete(listener);
}

/** Called after a local change has committed. A failing listener never fails the write. */
export function notifyLocalChange(): void {
  for (const listener of [...listeners]) {
    try {
      listener();
    } catch (error) {
      console.error('local-change listener failed', error);
    }
  }
}
