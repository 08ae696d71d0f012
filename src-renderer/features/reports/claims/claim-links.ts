/**
 * The claims' addresses. Claims live in the Reports page's "claims" tab; a claim, a new claim of
 * an appointment or of a month are hash parameters, so the dashboard, the appointment page and a
 * check's link can open them directly. The registers' pages take `id` (appointments) and
 * `entry` (consultations).
 */
import type { FeeClaimKind } from '../../../../src-shared/contracts/entities/fee-claim';

const BASE = '#/reports?tab=claims';

export const claimsListHash = (): string => BASE;

export const claimHash = (id: string): string => `${BASE}&claim=${encodeURIComponent(id)}`;

export function newClaimHash(
  kind: FeeClaimKind,
  of: { appointmentId?: string; month?: string } = {},
): string {
  const extra =
    kind === 'defence' && of.appointmentId
      ? `&appointment=${encodeURIComponent(of.appointmentId)}`
      : kind === 'consultation' && of.month
        ? `&month=${encodeURIComponent(of.month)}`
        : '';
  return `${BASE}&new=${kind}${extra}`;
}

export const appointmentHash = (id: string): string =>
  `#/appointments?id=${encodeURIComponent(id)}`;
export const consultationHash = (id: string): string =>
  `#/consultations?entry=${encodeURIComponent(id)}`;

/** What the hash asks the claims tab to show. */
export type ClaimsRoute =
  | { view: 'list' }
  | { view: 'claim'; id: string }
  | { view: 'new'; kind: FeeClaimKind; appointmentId: string; month: string };

export function claimsRoute(params: URLSearchParams): ClaimsRoute {
  const id = params.get('claim');
  if (id) return { view: 'claim', id };
  const kind = params.get('new');
  if (kind === 'defence' || kind === 'consultation')
    return {
      view: 'new',
      kind,
      appointmentId: params.get('appointment') ?? '',
      month: /^\d{4}-\d{2}$/.test(params.get('month') ?? '') ? params.get('month')! : '',
    };
  return { view: 'list' };
}
