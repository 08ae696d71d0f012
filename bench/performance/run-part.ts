/**
 * Runs one part of the performance proof as a child process (each part needs its own process:
 * the sync bench installs fake-indexeddb globally, the register bench drives Chromium), with
 * the parent's environment (the PostgreSQL URL of `scripts/with-postgres.sh`). Its stdout is
 * shown as it comes and kept (the load bench prints its markdown there); the JSON it wrote is
 * read back. A part that fails stops the whole run: docs/performance.md is written only from a
 * complete run, never from a file an earlier run left (the caller empties the folder first).
 */
import { spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';

export interface Part {
  name: string;
  /** Node arguments after `node` (the script and its flags). */
  args: string[];
  /** The JSON file the part writes. */
  out: string;
}

export interface PartResult {
  json: unknown;
  stdout: string;
  s: number;
}

const log = (s: string) => process.stderr.write(`[bench] ${s}\n`);

export async function runPart(part: Part, cwd: string): Promise<PartResult> {
  const t0 = performance.now();
  log(`${part.name}: node ${part.args.join(' ')}`);
  const chunks: Buffer[] = [];
  const code = await new Promise<number | null>((resolve, reject) => {
    const child = spawn(process.execPath, part.args, {
      cwd,
      stdio: ['ignore', 'pipe', 'inherit'],
      env: process.env,
    });
    child.stdout.on('data', (c: Buffer) => {
      chunks.push(c);
      process.stderr.write(c);
    });
    child.on('error', reject);
    child.on('exit', (c) => resolve(c));
  });
  const s = (performance.now() - t0) / 1000;
  if (code !== 0) throw new Error(`${part.name} exited with ${code} after ${s.toFixed(0)} s`);
  if (!existsSync(part.out)) throw new Error(`${part.name} wrote no ${part.out}`);
  log(`${part.name}: done in ${s.toFixed(0)} s`);
  return {
    json: JSON.parse(readFileSync(part.out, 'utf8')) as unknown,
    stdout: Buffer.concat(chunks).toString('utf8'),
    s,
  };
}
