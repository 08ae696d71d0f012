/**
 * How a fee claim is stored: the row's plain index fields and the personal body in `claimJson`
 * (rows.ts FeeClaimRow). The body goes through the codec (`FEE_CLAIM_PERSONAL`): the basis
 * document, the notes and the reasons name the case and people, and the frozen calculation's
 * lines carry register places — encryption at rest (issue 9) must cover all of it.
 */
import type {
  FeeClaim,
  FeeClaimKind,
  FeeClaimState,
} from '../../src-shared/contracts/entities/fee-claim';
import { claimedTiynOf, paidTiynOf } from '../../src-shared/domain/fees/claim-lifecycle';
import { decodeFields, type FieldCodec } from './field-codec';
import type { FeeClaimRow } from './rows';

export const FEE_CLAIM_ENTITY = 'feeClaim';
export const FEE_CLAIM_PERSONAL = ['claimJson'] as const;

/** Fields kept as plain columns of the row (and left out of the body). */
const ROW_META = [
  'id',
  'version',
  'advocateId',
  'year',
  'number',
  'state',
  'kind',
  'appointmentId',
  'period',
  'createdAt',
  'updatedAt',
] as const;
type RowMeta = (typeof ROW_META)[number];
/** What `claimJson` holds. */
export type FeeClaimBody = Omit<FeeClaim, RowMeta>;

/** The stored row of a claim; `claimJson` is not yet encoded (commitChange does it). */
export function feeClaimRowFor(c: FeeClaim): FeeClaimRow {
  const body: Record<string, unknown> = { ...c };
  for (const k of ROW_META) delete body[k];
  return {
    id: c.id,
    version: c.version,
    createdAt: c.createdAt,
    updatedAt: c.updatedAt,
    advocateId: c.advocateId,
    year: c.year,
    number: c.number,
    state: c.state,
    kind: c.kind,
    appointmentId: c.appointmentId,
    periodFrom: c.period.from,
    periodTo: c.period.to,
    // A claim spanning two months is reported in the month it ends: that is when it is filed.
    periodMonth: c.period.to.slice(0, 7),
    totalTiyn: claimedTiynOf(c),
    paidTiyn: paidTiynOf(c),
    claimJson: JSON.stringify(body),
  };
}

/** The claim a stored row holds (its body decoded). */
export async function openFeeClaimRow(codec: FieldCodec, row: FeeClaimRow): Promise<FeeClaim> {
  const plain = await decodeFields(codec, FEE_CLAIM_ENTITY, row, FEE_CLAIM_PERSONAL);
  const body = JSON.parse(plain.claimJson) as FeeClaimBody;
  return {
    ...body,
    id: row.id,
    version: row.version,
    advocateId: row.advocateId,
    year: row.year,
    number: row.number,
    state: row.state as FeeClaimState,
    kind: row.kind as FeeClaimKind,
    appointmentId: row.appointmentId,
    period: { from: row.periodFrom, to: row.periodTo },
    createdAt: row.createdAt,
    updatedAt: row.updatedAt,
  };
}
