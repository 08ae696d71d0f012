/**
 * Forms that record when something happened: a date and a time that start at this minute, and
 * the repository's `at`-style fields mapped back onto the form's date field.
 */
import { useForm } from '@mantine/form';
import { localNow } from './use-repo-action';

/** This minute as a form holds it: "YYYY-MM-DD" and "HH:mm". */
export function nowAt(): { date: string; time: string } {
  const now = localNow();
  return { date: now.slice(0, 10), time: now.slice(11) };
}

/** A controlled form with `date` and `time` at this minute beside the other values. */
export function useAtForm<V extends object>(values: V) {
  return useForm({ mode: 'controlled', initialValues: { ...nowAt(), ...values } });
}

/** Maps a schema path to the form's field: the names given (e.g. `at` → `date`), else itself. */
export const fieldFor = (names: Record<string, string>) => (path: readonly PropertyKey[]) =>
  names[String(path[0])] ?? String(path[0]);
