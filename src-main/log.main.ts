/** Main-process log lines: stderr now; a rotating file under userData can replace this seam. */
export function log(level: 'info' | 'warn' | 'error', message: string, detail?: unknown): void {
  const line = `[${new Date().toISOString()}] ${level.toUpperCase()} ${message}`;
  if (detail === undefined) console[level === 'info' ? 'log' : level](line);
  else console[level === 'info' ? 'log' : level](line, detail);
}
