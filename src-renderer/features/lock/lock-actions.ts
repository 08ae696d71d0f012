import type { FormProblem } from './lock-errors';

/**
 * How a lock screen asks the session for something: `null` when it worked, else the problem
 * to show under the form's field. The gate supplies it, because a failure after the session
 * started opening the store has no form left to show it in (see LockGate).
 */
export type RunAction = (action: () => Promise<void>) => Promise<FormProblem | null>;
