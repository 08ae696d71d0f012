/**
 * A support snapshot: versions, record counts, audit chain state, codec in use.
 * Deliberately free of personal data (no names, IINs, phones) — it may be e-mailed.
 */
import type { AppInfo } from '../../../src-shared/contracts/ipc-contract';
import type { ChainVerdict } from '../../../src-shared/domain/audit/hash-chain';
import type { DbCounts } from '../../db/audit-log';

export interface Diagnostics {
  generatedAt: string;
  app: AppInfo | { error: string };
  locale: string;
  codec: string;
  counts: DbCounts;
  auditChain: ChainVerdict;
}

export function diagnosticsFileName(now: Date): string {
  return `qorgau-diagnostics-${now.toISOString().slice(0, 10)}`;
}

export function encodeDiagnostics(d: Diagnostics): Uint8Array {
  return new TextEncoder().encode(`${JSON.stringify(d, null, 2)}\n`);
}
