/**
 * The case a list row opens, live: the raw case from Dexie (re-read whenever the outbox or the
 * conflicts change, e.g. after resolving or a pull), then both versions decoded through the
 * repositories (resolve-open.ts) — outside the liveQuery, because the codec is async (WebCrypto
 * once issue 9 lands) and a liveQuery must only await Dexie.
 */
import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useState } from 'react';
import type { Profile } from '../../../src-shared/contracts/entities/profile';
import { appDb, repoDeps } from '../../db';
import { SYNC_STATE_ID, type LocalResolution } from '../../db/rows';
import { diffRecords, type DiffRow } from '../../sync/resolve-diff';
import {
  loadRawCase,
  offeredActions,
  type CaseRef,
  type Me,
  type RawCase,
} from '../../sync/resolve-cases';
import { openStored } from '../../sync/resolve-open';
import { useSync } from '../../sync/use-sync';

type Rec = Record<string, unknown>;

export interface CaseView {
  raw: RawCase;
  mine: Rec | null;
  server: Rec | null;
  /** A version exists but cannot be decoded (damaged, or its key is gone). */
  mineUnreadable: boolean;
  serverUnreadable: boolean;
  rows: DiffRow[];
  actions: LocalResolution[];
  /** The server has not been told of this resolution yet. */
  waitingToSend: boolean;
}

export const refKey = (ref: CaseRef | null): string =>
  ref ? `${ref.kind}:${ref.kind === 'op' ? ref.opId : ref.conflictId}` : '';

/** The case was read for this ref (and not for the one open before it). */
const isCaseOf = (raw: RawCase, ref: CaseRef | null): boolean =>
  ref?.kind === 'op'
    ? raw.ops.some((o) => o.opId === ref.opId)
    : ref?.kind === 'conflict' && raw.conflict?.conflictId === ref.conflictId;

/** Who is looking: the adopted server user (the local profile before signing in), and the role. */
export function useMe(profile: Profile): Me {
  const sync = useSync();
  const state = useLiveQuery(() => appDb.syncState.get(SYNC_STATE_ID), []);
  return { userId: state?.serverUserId ?? profile.id, role: sync.account?.user?.role };
}

/** undefined while loading, null when the case is gone. */
export function useConflictCase(ref: CaseRef | null, me: Me): CaseView | null | undefined {
  const key = refKey(ref);
  const raw = useLiveQuery(async () => (ref ? loadRawCase(appDb, ref) : null), [key]);
  const pending = useLiveQuery(
    async () => (await appDb.syncState.get(SYNC_STATE_ID))?.pendingResolutions ?? [],
    [],
  );
  const [decoded, setDecoded] = useState<{
    key: string;
    raw: RawCase;
    mine: Rec | null;
    server: Rec | null;
  }>();

  useEffect(() => {
    if (!raw || !isCaseOf(raw, ref)) return;
    let cancelled = false;
    void Promise.all([
      openStored(repoDeps, raw.entity, raw.mine),
      openStored(repoDeps, raw.entity, raw.server),
    ]).then(([mine, server]) => {
      if (!cancelled) setDecoded({ key, raw, mine, server });
    });
    return () => {
      cancelled = true;
    };
  }, [raw, ref, key]);

  if (raw === null) return null;
  // Every sync re-reads the case: the previous view stays until the new one is decoded, so the
  // dialog does not flash a loader on each run.
  if (!decoded || decoded.key !== key) return undefined;
  const { mine, server } = decoded;
  const current = decoded.raw;
  const mineUnreadable = !!current.mine && !mine;
  const id = current.serverConflictId;
  return {
    raw: current,
    mine,
    server,
    mineUnreadable,
    serverUnreadable: !!current.server && !server,
    rows: diffRecords(current.entity, mine, server),
    // Writing my version again needs it readable.
    actions: offeredActions(current, me).filter(
      (a) => !mineUnreadable || a === 'kept-server' || a === 'kept-both',
    ),
    waitingToSend: !!id && !!pending?.some((p) => p.conflictId === id),
  };
}
