import { SegmentedControl } from '@mantine/core';
import { useTranslation } from '../i18n/translate';
import { isLocale, locales, type Locale } from '../../src-shared/i18n/locales';
import { setLocale } from '../i18n/i18n';

const SHORT: Record<Locale, string> = { kk: 'ҚАЗ', ru: 'РУС', en: 'ENG' };

export function LanguageSwitch() {
  const { t, i18n } = useTranslation();
  return (
    <SegmentedControl
      size="xs"
      aria-label={t('language.label')}
      value={i18n.language}
      onChange={(v) => isLocale(v) && void setLocale(v)}
      data={locales.map((l) => ({
        value: l,
        label: (
          <span title={t(`language.${l}`)} lang={l}>
            {SHORT[l]}
          </span>
        ),
      }))}
    />
  );
}
