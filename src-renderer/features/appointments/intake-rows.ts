/**
 * What was entered at intake, as label/value lines in the UI language: the appointment's page
 * and the head's read-only office view show the same lines.
 */
import type { useTranslation } from '../../i18n/translate';
import type { Appointment } from '../../../src-shared/contracts/entities/appointment';
import { formatDate } from '../../../src-shared/i18n/format';
import type { Locale } from '../../../src-shared/i18n/locales';
import type { DefenceRegisterPack, EligibilityPack } from '../../../src-shared/rules/pack-schema';
import { settlementText } from '../../components/settlement';
import { atText, packLabel } from './detail-shared';

export function intakeRows(
  a: Appointment,
  {
    t,
    locale,
    pack,
    eligibility,
  }: {
    t: ReturnType<typeof useTranslation>['t'];
    locale: Locale;
    pack: DefenceRegisterPack | null;
    eligibility: EligibilityPack | null;
  },
): [string, string][] {
  const lang = locale === 'ru' ? 'ru' : 'kk';
  const label = (items: Parameters<typeof packLabel>[0], id: string) => packLabel(items, id, lang);
  const category = eligibility?.categories.find((c) => c.id === a.categoryId)?.label[lang];
  const stage = label(pack?.stages, a.stageId);
  return [
    [t('appointments.columns.source'), t(`appointments.sources.${a.source}`)],
    ...(a.source === 'ezk' && a.ezkNumber
      ? [[t('appointments.form.ezkNumber'), a.ezkNumber] as [string, string]]
      : []),
    [t('appointments.form.receivedAt'), atText(a.receivedAt, locale)],
    [t('fees.settlement.label'), settlementText(t, a.settlement)],
    [
      t('appointments.columns.decree'),
      t('appointments.detail.decree', {
        number: a.decree.number,
        date: formatDate(a.decree.date, locale),
        body: a.decree.body,
      }) + (a.decree.official ? ` · ${a.decree.official}` : ''),
    ],
    ...(a.paperAssignment
      ? [
          [
            t('appointments.form.paperAssignment'),
            t('appointments.detail.assignment', {
              by: a.paperAssignment.assignedBy,
              at: atText(a.paperAssignment.assignedAt, locale),
            }) + (a.paperAssignment.number ? ` · № ${a.paperAssignment.number}` : ''),
          ] as [string, string],
        ]
      : []),
    [
      t('appointments.detail.case'),
      `${t(`appointments.caseKinds.${a.caseKind}`)} · ${a.caseNumber}`,
    ],
    [
      t('appointments.detail.client'),
      [a.client.fullName, a.client.iin].filter(Boolean).join(' · '),
    ],
    [t('appointments.detail.status'), label(pack?.statuses, a.statusId)],
    [t('appointments.detail.stage'), stage],
    [t('appointments.detail.category'), category ?? t('appointments.form.noCategory')],
    ...(a.qualification
      ? [[t('appointments.detail.qualification'), a.qualification] as [string, string]]
      : []),
    ...(a.mandatoryGrounds.length
      ? [
          [
            t('appointments.detail.mandatory'),
            a.mandatoryGrounds.map((g) => label(pack?.mandatoryGrounds, g)).join('; '),
          ] as [string, string],
        ]
      : []),
    ...(a.opposingParties.length
      ? [
          [
            t('appointments.detail.opposing'),
            a.opposingParties
              .map((p) =>
                [p.fullName, p.iin, p.statusId ? label(pack?.statuses, p.statusId) : '']
                  .filter(Boolean)
                  .join(', '),
              )
              .join('; '),
          ] as [string, string],
        ]
      : []),
    ...(a.previousAdvocate
      ? [
          [
            t('appointments.detail.previousAdvocate'),
            [
              a.previousAdvocate,
              label(pack?.replacementReasons, a.replacementReasonId),
              a.replacementNote,
            ]
              .filter(Boolean)
              .join(' · '),
          ] as [string, string],
        ]
      : []),
    ...(a.note ? [[t('appointments.form.note'), a.note] as [string, string]] : []),
  ];
}
