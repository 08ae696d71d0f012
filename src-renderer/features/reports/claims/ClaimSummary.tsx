import { Anchor, Paper, Stack, Text, Title } from '@mantine/core';
import type { Appointment } from '../../../../src-shared/contracts/entities/appointment';
import type { FeeClaim } from '../../../../src-shared/contracts/entities/fee-claim';
import { formatDate } from '../../../../src-shared/i18n/format';
import { formatTenge } from '../../../../src-shared/i18n/money';
import type { Locale } from '../../../../src-shared/i18n/locales';
import type { DefenceRegisterPack } from '../../../../src-shared/rules/pack-schema';
import { LabelValueTable } from '../../../components/LabelValueTable';
import type { FeeDocLabels } from '../../../documents/fee-doc-input';
import { useTranslation } from '../../../i18n/translate';
import { langOf, named } from './claim-labels';
import { appointmentHash } from './claim-links';
import { appointmentOption } from './WorkSelection';

/**
 * What a claim that is ready or later says (it is no longer edited here): the work, the basis
 * document, where it went and what the justice body answered.
 */
export function ClaimSummary({
  claim,
  appointment,
  defencePack,
  labels,
  locale,
}: {
  claim: FeeClaim;
  appointment: Appointment | undefined;
  defencePack: DefenceRegisterPack | null;
  labels: FeeDocLabels;
  locale: Locale;
}) {
  const { t } = useTranslation();
  const lang = langOf(locale);
  const date = (iso: string) => (iso ? formatDate(iso, locale) : '—');
  const b = claim.basisDocument;
  const rows: [string, string][] = [
    [t('fees.claims.summary.kind'), t(`fees.claims.kinds.${claim.kind}`)],
    [
      t('fees.claims.summary.period'),
      t('fees.claims.period', { from: date(claim.period.from), to: date(claim.period.to) }),
    ],
    [
      t('fees.claims.summary.basis'),
      b.typeId
        ? t('fees.claims.summary.basisValue', {
            type: named(labels.basisDocuments, b.typeId, lang),
            number: b.number || '—',
            date: date(b.date),
          }) + (b.issuedBy ? ` · ${b.issuedBy}` : '')
        : '—',
    ],
  ];
  if (claim.feeCategoryId)
    rows.push([
      t('fees.claims.category.title'),
      named(labels.categories, claim.feeCategoryId, lang),
    ]);
  rows.push([t('fees.claims.other.justiceBody'), claim.justiceBody || '—']);
  if (claim.submission)
    rows.push([
      t('fees.claims.summary.submission'),
      [
        date(claim.submission.date),
        claim.submission.channel === 'ezk'
          ? t('fees.claims.steps.channelEzk')
          : t('fees.claims.steps.channelPaper'),
        claim.submission.ezkNumber ? `№ ${claim.submission.ezkNumber}` : '',
      ]
        .filter(Boolean)
        .join(' · '),
    ]);
  for (const p of claim.payments)
    rows.push([
      t('fees.claims.summary.payment'),
      `${date(p.date)} · ${formatTenge(p.amountTiyn, locale)}${p.reason ? ` · ${p.reason}` : ''}`,
    ]);
  if (claim.rejection)
    rows.push([
      t('fees.claims.summary.rejection'),
      `${date(claim.rejection.date)} · ${claim.rejection.reason}`,
    ]);
  if (claim.note) rows.push([t('fees.claims.other.note'), claim.note]);

  return (
    <Paper
      withBorder
      p="md"
      component="section"
      aria-labelledby="claim-summary"
      data-testid="claim-summary"
    >
      <Stack gap="sm">
        <Title order={2} size="h4" id="claim-summary">
          {t('fees.claims.summary.title')}
        </Title>
        {claim.kind === 'defence' && (
          <Text size="sm">
            {appointment ? (
              <Anchor href={appointmentHash(appointment.id)}>
                {appointmentOption(appointment, defencePack, locale, t)}
              </Anchor>
            ) : (
              t('fees.claims.subject.missing')
            )}
          </Text>
        )}
        <LabelValueTable rows={rows} labelWidth={220} />
      </Stack>
    </Paper>
  );
}
