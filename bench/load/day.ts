/**
 * A day of the office, as requests: every advocate pushes the day's work once (`opsPerPush` new
 * records copied from real rows of a seeded laptop, each with a new id and the advocate as its
 * owner, gzipped from 2 KB as the app's `nodeHttpSend` sends them), then pulls once since the
 * revision the day started at — as the app does right after a push — naming the revisions its
 * push just took as echoes (the app's echo ranges), so the server can leave its own records out.
 * Bodies are built before the run, so the driver spends no CPU on them while it measures.
 */
import { randomUUID } from 'node:crypto';
import { gzipSync } from 'node:zlib';
import type { BenchUser, RecordTemplate } from '../sync/server-protocol';

/** As nodeHttpSend: smaller requests are sent plain. */
export const GZIP_FROM_BYTES = 2048;

export interface PushBody {
  payload: Buffer;
  gzip: boolean;
  /** The JSON before gzip. */
  jsonBytes: number;
  ops: number;
}

export interface AdvocateDay {
  user: BenchUser;
  push: PushBody;
}

export type EchoRange = [number, number];

/** The push of one advocate's day; `counter` numbers the records across the whole day. */
export function pushBody(
  user: BenchUser,
  templates: readonly RecordTemplate[],
  opsPerPush: number,
  counter: { n: number },
  at: string,
): PushBody {
  const ops = Array.from({ length: opsPerPush }, () => {
    const t = templates[counter.n++ % templates.length]!;
    const id = randomUUID();
    return {
      opId: randomUUID(),
      entity: t.entity,
      entityId: id,
      baseVersion: 0,
      record: { ...t.record, id, version: 1, advocateId: user.userId, number: counter.n },
      at,
    };
  });
  const json = JSON.stringify({ deviceId: user.deviceId, ops });
  const jsonBytes = Buffer.byteLength(json);
  return jsonBytes >= GZIP_FROM_BYTES
    ? { payload: gzipSync(json), gzip: true, jsonBytes, ops: opsPerPush }
    : { payload: Buffer.from(json), gzip: false, jsonBytes, ops: opsPerPush };
}

export function buildDay(
  users: readonly BenchUser[],
  templates: readonly RecordTemplate[],
  opsPerPush: number,
  at: string,
): AdvocateDay[] {
  if (templates.length === 0) throw new Error('no record templates');
  const counter = { n: 0 };
  return users.map((user) => ({
    user,
    push: pushBody(user, templates, opsPerPush, counter, at),
  }));
}

/** Revisions as sorted, merged closed ranges (a batch's accepted ops take consecutive ones). */
export function rangesOf(revisions: readonly number[]): EchoRange[] {
  const sorted = [...new Set(revisions)].sort((a, b) => a - b);
  const out: EchoRange[] = [];
  for (const r of sorted) {
    const last = out.at(-1);
    if (last && r === last[1] + 1) last[1] = r;
    else out.push([r, r]);
  }
  return out;
}

/** The pull right after the push, as the app sends it (JSON, small: never gzipped). */
export function pullBody(since: number, echoes: readonly EchoRange[] | null): string {
  return JSON.stringify(echoes && echoes.length ? { since, echoes } : { since });
}
