/**
 * Importing an offline bundle on the head's connected laptop (docs/sync.md, "Offline
 * bundles"): open it with the office private key — all of it verifies or nothing is sent
 * (open-bundle.ts throws a BundleError) — then relay it to the server chunk by chunk, in order,
 * and make the receipt from the server's answers.
 *
 * A relay that fails half-way (no connection, a refusal) throws and gives no receipt; chunks
 * already relayed stay applied. Importing the file again is the way to finish: every op the
 * server has is answered 'duplicate' and nothing changes twice (the server dedupes by opId).
 */
import type { PushResult } from '../../src-shared/contracts/sync/protocol';
import type { RecoveryPrivateKey } from '../../src-shared/security/vault/recovery-key';
import {
  openBundle,
  relayRequestsOf,
  relayResponseSchema,
  type RelayRequest,
  type RelayResponse,
  type SigningKeyTrust,
} from '../../src-shared/sync/bundle';
import { buildReceipt, type BundleReceipt } from './receipt';

/** Sends one relay request; throws when there is no usable answer (e.g. SyncCallError). */
export type Relay = (req: RelayRequest) => Promise<RelayResponse>;

/** The server answered, but not for the ops that were sent: a server bug, never guessed at. */
export class RelayAnswerError extends Error {
  constructor(detail: string) {
    super(`relay answer: ${detail}`);
    this.name = 'RelayAnswerError';
  }
}

export interface ImportBundleOptions {
  fileName?: string;
  /** The advocate's name as this device knows it (office profiles), for the receipt. */
  advocateName?: (userId: string) => string | null;
  officeName?: string | null;
  importedBy?: { userId: string | null; name: string | null };
  now?: () => Date;
  /** After each relayed chunk: for a progress bar. */
  onProgress?: (relayedOps: number, totalOps: number) => void;
}

function checkAnswer(req: RelayRequest, raw: RelayResponse): RelayResponse {
  const parsed = relayResponseSchema.safeParse(raw);
  if (!parsed.success) throw new RelayAnswerError(parsed.error.message);
  const res = parsed.data;
  if (
    res.results.length !== req.ops.length ||
    res.results.some((r, i) => r.opId !== req.ops[i]!.opId)
  ) {
    throw new RelayAnswerError(`chunk ${req.chunk}: results do not match the ops sent`);
  }
  return res;
}

export async function importBundle(
  bytes: Uint8Array,
  officePrivateKey: RecoveryPrivateKey,
  relay: Relay,
  options: ImportBundleOptions = {},
): Promise<BundleReceipt> {
  const opened = await openBundle(bytes, officePrivateKey);
  const results: PushResult[] = [];
  let signingKey: SigningKeyTrust | null = null;
  let revision = 0;
  for (const req of relayRequestsOf(opened)) {
    const res = checkAnswer(req, await relay(req));
    results.push(...res.results);
    // The first chunk may register the key (trust on first use); the receipt says so.
    signingKey = signingKey ?? res.signingKey;
    revision = res.revision;
    options.onProgress?.(results.length, opened.ops.length);
  }
  return buildReceipt(opened, results, {
    fileName: options.fileName ?? null,
    advocateName: options.advocateName?.(opened.header.userId) ?? null,
    officeName: options.officeName ?? null,
    importedBy: options.importedBy ?? { userId: null, name: null },
    importedAt: (options.now ?? (() => new Date()))().toISOString(),
    signingKey: signingKey!,
    serverRevision: revision,
  });
}
