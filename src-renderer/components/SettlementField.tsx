import { Group, Radio } from '@mantine/core';
import type { ReactNode } from 'react';
import {
  settlementKinds,
  type SettlementKind,
} from '../../src-shared/contracts/entities/consultation';
import { useTranslation } from '../i18n/translate';
import type { SettlementValue } from './settlement';

/**
 * Town or rural settlement (Rules cl. 4.4, 5.4), the same two choices on the consultation entry
 * and the appointment intake. Radios rather than a segmented control: "nothing chosen yet" must
 * look like nothing chosen (settlement.ts says why a new record may start without a value).
 */
export function SettlementField({
  value,
  onChange,
  error,
  required,
}: {
  value: SettlementValue;
  onChange: (value: SettlementKind) => void;
  error?: ReactNode;
  /** A new record must state it; a correction of an older record may leave it unstated. */
  required: boolean;
}) {
  const { t } = useTranslation();
  return (
    <Radio.Group
      label={t('fees.settlement.label')}
      description={t('fees.settlement.hint')}
      withAsterisk={required}
      value={value || null}
      onChange={(v) => onChange(v as SettlementKind)}
      error={error}
      data-testid="settlement-field"
    >
      <Group mt={4}>
        {settlementKinds.map((k) => (
          <Radio key={k} value={k} label={t(`fees.settlement.${k}`)} />
        ))}
      </Group>
    </Radio.Group>
  );
}
