import { Button, Modal, Stack, Text, Textarea, Tooltip } from '@mantine/core';
import { IconClipboardCopy } from '@tabler/icons-react';
import { useState } from 'react';
import type { FeeCalculation } from '../../../../src-shared/domain/fees/types';
import { formatDate } from '../../../../src-shared/i18n/format';
import { formatMoney } from '../../../../src-shared/i18n/money';
import type { Locale } from '../../../../src-shared/i18n/locales';
import { notify } from '../../../app/notify';
import type { FeeDocLabels } from '../../../documents/fee-doc-input';
import { useTranslation } from '../../../i18n/translate';
import { decimalText, langOf, lineActivity, named } from './claim-labels';
import { ezkLinesText, type EzkTextTools } from './ezk-lines';

/**
 * Copies `text`. The app grants no device permission (security-policy.ts), so the async
 * clipboard may refuse; the old copy command works from a click without one. False when both
 * fail: the caller then shows the text to copy by hand.
 */
async function copyText(text: string): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    const area = document.createElement('textarea');
    area.value = text;
    area.setAttribute('readonly', '');
    area.style.position = 'fixed';
    area.style.opacity = '0';
    document.body.appendChild(area);
    area.select();
    try {
      return document.execCommand('copy');
    } catch {
      return false;
    } finally {
      area.remove();
    }
  }
}

/** "Copy lines for Е-Заң көмегі": the lines as a tab-separated table (ezk-lines.ts). */
export function CopyEzkButton({
  calculation,
  labels,
  locale,
}: {
  calculation: FeeCalculation;
  labels: FeeDocLabels;
  locale: Locale;
}) {
  const { t } = useTranslation();
  const [manual, setManual] = useState<string | null>(null);
  const tools: EzkTextTools = {
    header: {
      record: t('fees.claims.ezk.record'),
      date: t('fees.claims.calc.columns.date'),
      time: t('fees.claims.calc.columns.time'),
      activity: t('fees.claims.calc.columns.activity'),
      minutes: t('fees.claims.ezk.minutes'),
      rate: t('fees.claims.ezk.rate'),
      factor: t('fees.claims.calc.columns.factor'),
      reason: t('fees.claims.ezk.reason'),
      mrp: t('fees.claims.calc.columns.mrp'),
      amount: t('fees.claims.calc.columns.amount'),
    },
    activity: (line) => lineActivity(line, labels, locale, t),
    factors: (ids) => ids.map((id) => named(labels.factors, id, langOf(locale))).join(', '),
    date: (iso) => formatDate(iso, locale),
    decimal: (n) => decimalText(n, locale),
    money: (tiyn) => formatMoney(tiyn, locale),
    totals: {
      fee: t('fees.claims.calc.fee'),
      expenses: t('fees.claims.calc.expenses'),
      total: t('fees.claims.calc.total'),
    },
  };
  const copy = async () => {
    const text = ezkLinesText(calculation, tools);
    if (await copyText(text)) notify('success', t('fees.claims.ezk.copied'));
    else setManual(text);
  };
  return (
    <>
      <Tooltip label={t('fees.claims.ezk.hint')} multiline w={300}>
        <Button
          variant="default"
          size="xs"
          leftSection={<IconClipboardCopy size={16} aria-hidden />}
          onClick={() => void copy()}
          data-testid="copy-ezk"
        >
          {t('fees.claims.ezk.copy')}
        </Button>
      </Tooltip>
      <Modal
        opened={manual !== null}
        onClose={() => setManual(null)}
        title={t('fees.claims.ezk.copy')}
        size="xl"
        closeButtonProps={{ 'aria-label': t('common.close') }}
      >
        <Stack gap="sm">
          <Text size="sm">{t('fees.claims.ezk.copyFailed')}</Text>
          <Textarea
            value={manual ?? ''}
            readOnly
            autosize
            minRows={8}
            maxRows={20}
            aria-label={t('fees.claims.ezk.copy')}
            styles={{ input: { fontFamily: 'monospace', fontSize: 12 } }}
            onFocus={(e) => e.currentTarget.select()}
          />
        </Stack>
      </Modal>
    </>
  );
}
