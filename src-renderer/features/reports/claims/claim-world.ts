/**
 * The claim screens' reads, live (they re-run when any tab or a sync writes): the advocate's own
 * appointments, claims and consultation rows, and the few consultation entries a claim needs
 * decoded (claim-model.ts `entriesToOpen`). Only the signed-in advocate's records: on a head's
 * device the office's records are in the same tables, and a claim is always one advocate's.
 */
import { useLiveQuery } from 'dexie-react-hooks';
import { useMemo } from 'react';
import type { Appointment } from '../../../../src-shared/contracts/entities/appointment';
import type { ConsultationEntry } from '../../../../src-shared/contracts/entities/consultation';
import type { FeeClaim } from '../../../../src-shared/contracts/entities/fee-claim';
import type { FeePacks } from '../../../../src-shared/domain/fees/types';
import type { RulePack } from '../../../../src-shared/rules/pack-schema';
import { repos } from '../../../db';
import { usePackState } from '../../../rules/pack-store';
import { feePacksOf } from './claim-packs';
import type { ClaimWorld, ConsultationRowLike } from './claim-model';

export interface OwnRecords {
  appointments: ReadonlyMap<string, Appointment>;
  claims: readonly FeeClaim[];
  rows: ReadonlyMap<string, ConsultationRowLike>;
}

/** The advocate's appointments (decoded), claims (newest first) and consultation rows. */
export function useOwnRecords(ownerId: string): OwnRecords | undefined {
  return useLiveQuery(async () => {
    const [appointmentRows, claims, rows] = await Promise.all([
      repos.appointments.list(ownerId),
      repos.feeClaims.list(ownerId),
      repos.consultations.list(ownerId),
    ]);
    const appointments = await Promise.all(appointmentRows.map((r) => repos.appointments.open(r)));
    return {
      appointments: new Map(appointments.map((a) => [a.id, a])),
      claims,
      rows: new Map(rows.map((r) => [r.id, r])),
    };
  }, [ownerId]);
}

/** The decoded entries of `ids` that are the advocate's own. */
export async function loadEntries(
  ownerId: string,
  ids: readonly string[],
): Promise<Map<string, ConsultationEntry>> {
  const entries = await Promise.all(ids.map((id) => repos.consultations.get(id)));
  return new Map(
    entries
      .filter((e): e is ConsultationEntry => !!e && e.advocateId === ownerId)
      .map((e) => [e.id, e]),
  );
}

/**
 * `loadEntries`, live. Keyed by the ids' text, so a re-render with the same ids does not read
 * again; undefined until the first read is done.
 */
export function useEntries(
  ownerId: string,
  ids: readonly string[],
): ReadonlyMap<string, ConsultationEntry> | undefined {
  const key = ids.join(',');
  return useLiveQuery(() => loadEntries(ownerId, key ? key.split(',') : []), [ownerId, key]);
}

/** The world a claim model needs, once the entries it asked for are decoded. */
export function useClaimWorld(
  own: OwnRecords | undefined,
  entries: ReadonlyMap<string, ConsultationEntry> | undefined,
): ClaimWorld | undefined {
  return useMemo(() => (own && entries ? { ...own, entries } : undefined), [own, entries]);
}

/** Every installed pack (for labels and titles) and the fee engine's packs; undefined while loading. */
export function useFeePacks(): { all: RulePack[]; fee: FeePacks } | undefined {
  const state = usePackState();
  return useMemo(() => {
    if (!state) return undefined;
    const all = state.registry.all();
    return { all, fee: feePacksOf(all) };
  }, [state]);
}
