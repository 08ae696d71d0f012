/**
 * How an appointment is stored: the row's plain columns and lookup keys (case, persons, search
 * words, notice numbers) derived from the record, and the personal body in `recordJson`.
 * Lookup keys go through the codec (`lookupKey`), so no value is indexed in clear once fields
 * are encrypted.
 */
import type {
  Appointment,
  AppointmentState,
} from '../../src-shared/contracts/entities/appointment';
import {
  normalizeCaseNumber,
  normalizePersonName,
} from '../../src-shared/domain/appointments/case-keys';
import { entrySearchKeys } from '../../src-shared/domain/consultations/search-tokens';
import { decodeFields, type FieldCodec } from './field-codec';
import type { AppointmentRow } from './rows';

export const APPOINTMENT_ENTITY = 'appointment';
export const APPOINTMENT_PERSONAL = ['recordJson'] as const;

/** Fields kept as plain columns of the row; everything else is the (personal) body. */
const ROW_META = [
  'id',
  'version',
  'advocateId',
  'year',
  'number',
  'state',
  'caseGroupId',
  'createdAt',
  'updatedAt',
  'changeReason',
] as const;
type RowMeta = (typeof ROW_META)[number];
/** What `recordJson` holds. */
export type AppointmentBody = Omit<Appointment, RowMeta>;

/** The plain index key of a notice: register coordinates only, nothing personal. */
export function noticeKey(advocateId: string, year: number, number: number): string {
  return `${advocateId}#${year}#${String(number).padStart(6, '0')}`;
}

export function appointmentKey(codec: FieldCodec, kind: string, value: string) {
  return codec.lookupKey(APPOINTMENT_ENTITY, kind, value);
}

/** The `caseKey` of a case number, however it is written (normalizeCaseNumber). */
export function caseKeyOf(codec: FieldCodec, caseNumber: string): Promise<string> {
  return appointmentKey(codec, 'case', normalizeCaseNumber(caseNumber));
}

/** Lookup keys ('iin' and normalised 'name') of the persons, for the conflict check. */
export async function personKeysOf(
  codec: FieldCodec,
  persons: readonly { fullName: string; iin: string }[],
): Promise<string[]> {
  const keys = new Set<string>();
  for (const p of persons) {
    if (p.iin) keys.add(await appointmentKey(codec, 'iin', p.iin));
    const name = normalizePersonName(p.fullName);
    if (name) keys.add(await appointmentKey(codec, 'name', name));
  }
  return [...keys];
}

export async function caseSearchKey(codec: FieldCodec, caseNumber: string): Promise<string | null> {
  const norm = normalizeCaseNumber(caseNumber);
  return norm ? appointmentKey(codec, 'search', `c:${norm}`) : null;
}

/** What the lookup keys are made from: the people and the case (a stored body has more). */
export type AppointmentPeople = Pick<Appointment, 'client' | 'opposingParties' | 'caseNumber'>;

/**
 * The row's lookup keys, derived from the record: one derivation for the repository's writes
 * (`rowFor`) and the sync boundary's recomputation (at-rest/shapes.ts), never two copies.
 * All in the appointment's own namespace: they are compared only with other appointments'
 * (the conflict check, continuity, search), see lookup-keys.ts.
 */
export async function appointmentLookupKeys(
  codec: FieldCodec,
  a: AppointmentPeople,
): Promise<Pick<AppointmentRow, 'caseKey' | 'personKeys' | 'searchKeys'>> {
  const caseSearch = await caseSearchKey(codec, a.caseNumber);
  const searchKeys = await Promise.all(
    entrySearchKeys([a.client.fullName], [a.client.iin]).map((k) =>
      appointmentKey(codec, 'search', k),
    ),
  );
  return {
    caseKey: await caseKeyOf(codec, a.caseNumber),
    personKeys: await personKeysOf(codec, [a.client, ...a.opposingParties]),
    searchKeys: caseSearch ? [...searchKeys, caseSearch] : searchKeys,
  };
}

/** The stored row of an appointment; `recordJson` is not yet encoded (commitChange does it). */
export async function rowFor(codec: FieldCodec, a: Appointment): Promise<AppointmentRow> {
  const body: Record<string, unknown> = { ...a };
  for (const k of ROW_META) delete body[k];
  const keys = await appointmentLookupKeys(codec, a);
  const row: AppointmentRow = {
    id: a.id,
    version: a.version,
    createdAt: a.createdAt,
    updatedAt: a.updatedAt,
    advocateId: a.advocateId,
    year: a.year,
    number: a.number,
    month: a.receivedAt.slice(0, 7),
    receivedDate: a.receivedAt.slice(0, 10),
    state: a.state,
    stageId: a.stageId,
    caseKind: a.caseKind,
    language: a.language,
    source: a.source,
    caseGroupId: a.caseGroupId,
    ...keys,
    noticeKeys: a.notices.map((n) => noticeKey(a.advocateId, n.year, n.number)),
    recordJson: JSON.stringify(body),
  };
  if (a.changeReason) row.changeReason = a.changeReason;
  // A plain copy of the intake's settlement (the body keeps its own): the office's semiannual
  // summary counts rural aid (cl. 5.4) from rows, without decoding anyone's appointments.
  if (a.settlement) row.settlement = a.settlement;
  return row;
}

/** The appointment a stored row holds (its body decoded). */
export async function openRow(codec: FieldCodec, row: AppointmentRow): Promise<Appointment> {
  const plain = await decodeFields(codec, APPOINTMENT_ENTITY, row, APPOINTMENT_PERSONAL);
  const body = JSON.parse(plain.recordJson) as AppointmentBody;
  const a: Appointment = {
    ...body,
    id: row.id,
    version: row.version,
    advocateId: row.advocateId,
    year: row.year,
    number: row.number,
    state: row.state as AppointmentState,
    caseGroupId: row.caseGroupId,
    createdAt: row.createdAt,
    updatedAt: row.updatedAt,
  };
  if (row.changeReason) a.changeReason = row.changeReason;
  return a;
}
