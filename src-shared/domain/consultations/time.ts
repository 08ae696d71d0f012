/** Minutes between two clock times on the same day ("09:40" → "10:25" = 45); 0 if unknown. */
export function durationMinutes(startedAt: string, endedAt: string): number {
  if (!startedAt || !endedAt) return 0;
  const toMin = (t: string) => Number(t.slice(0, 2)) * 60 + Number(t.slice(3, 5));
  return Math.max(0, toMin(endedAt) - toMin(startedAt));
}

/** "2026-11-25T09:40" is in the future relative to `now` (local clock)? */
export function isFutureLocal(dateTime: string, now: Date): boolean {
  const pad = (n: number) => String(n).padStart(2, '0');
  const current = `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}T${pad(now.getHours())}:${pad(now.getMinutes())}`;
  return dateTime > current;
}
