import {
  Alert,
  Button,
  Drawer,
  Group,
  Modal,
  Select,
  Stack,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { MonthPickerInput } from '@mantine/dates';
import { IconPlus, IconPrinter, IconSearch } from '@tabler/icons-react';
import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useState } from 'react';
import { useTranslation } from '../../i18n/translate';
import type { ConsultationEntry } from '../../../src-shared/contracts/entities/consultation';
import type { Profile } from '../../../src-shared/contracts/entities/profile';
import { todayIso } from '../../../src-shared/domain/dates/iso-date';
import { formatDate } from '../../../src-shared/i18n/format';
import { notify } from '../../app/notify';
import { useHashParams } from '../../app/use-hash-route';
import { repos } from '../../db';
import { currentLocale } from '../../i18n/i18n';
import { useRulesOn } from '../../rules/use-rules-on';
import {
  emptyEntryValues,
  valuesFromCheck,
  valuesFromEntry,
  type EntryFormValues,
} from './entry-form-values';
import { EntryDetail } from './EntryDetail';
import { EntryForm } from './EntryForm';
import { monthEntries, saveActPdf, saveRegisterPdf } from './print-register';
import { RegisterTable } from './RegisterTable';

/** The category filter's value for entries without a category. */
const NONE = '__none__';

const localNow = () => {
  const d = new Date();
  const p = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${p(d.getMonth() + 1)}-${p(d.getDate())}T${p(d.getHours())}:${p(d.getMinutes())}`;
};

export function ConsultationsPage({ profile }: { profile: Profile }) {
  const { t } = useTranslation();
  const locale = currentLocale();
  const lang = locale === 'ru' ? 'ru' : 'kk';
  const params = useHashParams();
  const [month, setMonth] = useState(todayIso().slice(0, 7));
  const [status, setStatus] = useState('');
  const [language, setLanguage] = useState('');
  const [category, setCategory] = useState<string | null>(null);
  const [query, setQuery] = useState('');
  const [editor, setEditor] = useState<{
    initial: EntryFormValues;
    correcting?: ConsultationEntry;
  } | null>(null);
  const [pickedId, setOpenId] = useState<string | null>(null);
  const rules = useRulesOn(`${month}-01`);

  const filter = {
    month,
    ...(status ? { status } : {}),
    ...(language ? { language } : {}),
    ...(category !== null ? { categoryId: category === NONE ? null : category } : {}),
  };
  const rows = useLiveQuery(
    () =>
      query.trim().length >= 3
        ? repos.consultations.searchRows(profile.id, query, filter)
        : repos.consultations.list(profile.id, filter),
    [profile.id, query, month, status, language, category],
  );
  const overdue = useLiveQuery(
    () => repos.consultations.overdue(profile.id, localNow()),
    [profile.id],
  );

  // The register prints: warm up pdfmake and the fonts while the advocate looks at the list.
  useEffect(() => {
    const idle = setTimeout(
      () => void import('../../documents/render-pdf').then((m) => m.preloadPdf()),
      1500,
    );
    return () => clearTimeout(idle);
  }, []);

  // Arriving from an eligibility decision (#/consultations?check=…) or a link to an entry.
  const checkId = params.get('check');
  const entryParam = params.get('entry');
  useEffect(() => {
    if (checkId) {
      void repos.eligibilityChecks.get(checkId).then((check) => {
        const base = emptyEntryValues(new Date(), lang);
        setEditor({ initial: check ? valuesFromCheck(base, check) : base });
      });
    }
  }, [checkId, lang]);

  // A link such as #/consultations?entry=… opens that entry until it is closed.
  const openId = pickedId ?? entryParam;
  const closeDetail = () => {
    setOpenId(null);
    if (entryParam) location.hash = '#/consultations';
  };

  const closeEditor = () => {
    setEditor(null);
    if (checkId) location.hash = '#/consultations';
  };

  const run = async (job: () => Promise<{ ok: boolean; value?: { saved: boolean } }>) => {
    try {
      const r = await job();
      if (r.ok && r.value?.saved) notify('success', t('register.printed'));
    } catch (error) {
      console.error('register PDF failed', error);
      notify('error', t('register.printFailed'));
    }
  };
  const printRegister = (l: 'kk' | 'ru') =>
    rules.register &&
    run(() => saveRegisterPdf(month, rules.register!, rules.eligibility, profile, l));
  const printMonthAct = (l: 'kk' | 'ru') =>
    run(async () => {
      const entries = await monthEntries(profile.id, month);
      const last = new Date(Number(month.slice(0, 4)), Number(month.slice(5, 7)), 0).getDate();
      return saveActPdf(
        entries,
        { from: `${month}-01`, to: `${month}-${last}` },
        month,
        rules.eligibility,
        profile,
        l,
      );
    });
  const printEntryAct = (e: ConsultationEntry, l: 'kk' | 'ru') =>
    run(() =>
      saveActPdf(
        [e],
        { from: e.appliedAt.slice(0, 10), to: e.appliedAt.slice(0, 10) },
        `${e.year}/${e.number}`,
        rules.eligibility,
        profile,
        l,
      ),
    );

  const LANG_TAG = { kk: 'ҚАЗ', ru: 'РУС' } as const;
  return (
    <Stack gap="md">
      <Group justify="space-between" align="flex-start">
        <div>
          <Title order={1} size="h2">
            {t('register.title')}
          </Title>
          <Text size="sm" c="dimmed">
            {t('register.intro')}
          </Text>
        </div>
        <Button
          leftSection={<IconPlus size={16} aria-hidden />}
          onClick={() => setEditor({ initial: emptyEntryValues(new Date(), lang) })}
        >
          {t('register.newEntry')}
        </Button>
      </Group>

      {overdue && overdue.length > 0 && (
        <Alert
          color="red"
          variant="light"
          title={t('register.overdueTitle', { count: overdue.length })}
          data-testid="overdue"
        >
          {overdue.slice(0, 5).map((r) => (
            <Text key={r.id} size="sm">
              <a href={`#/consultations?entry=${r.id}`}>
                {t('register.overdueItem', {
                  number: r.number,
                  name: '',
                  at: `${formatDate(r.appointmentAt.slice(0, 10), locale)} ${r.appointmentAt.slice(11)}`,
                })}
              </a>
            </Text>
          ))}
        </Alert>
      )}

      <Group align="flex-end" gap="sm">
        <MonthPickerInput
          label={t('register.month')}
          value={`${month}-01`}
          onChange={(v) => v && setMonth(v.slice(0, 7))}
          valueFormat="MMMM YYYY"
          w={180}
        />
        <Select
          label={t('register.status')}
          w={190}
          value={status}
          onChange={(v) => setStatus(v ?? '')}
          data={[
            { value: '', label: t('register.any') },
            ...(['given', 'deferred', 'refused', 'withdrawn'] as const).map((s) => ({
              value: s,
              label: t(`register.statuses.${s}`),
            })),
          ]}
        />
        <Select
          label={t('register.language')}
          w={150}
          value={language}
          onChange={(v) => setLanguage(v ?? '')}
          data={[
            { value: '', label: t('register.any') },
            ...(['kk', 'ru'] as const).map((l) => ({
              value: l,
              label: t(`register.languages.${l}`),
            })),
          ]}
        />
        <Select
          label={t('register.form.category')}
          w={220}
          value={category ?? ''}
          onChange={(v) => setCategory(v ? v : null)}
          data={[
            { value: '', label: t('register.any') },
            { value: NONE, label: t('register.form.noCategory') },
            ...(rules.eligibility?.categories ?? [])
              .filter((c) => c.service === 'consultation')
              .map((c) => ({ value: c.id, label: c.label[lang] })),
          ]}
        />
        <TextInput
          label={t('register.search')}
          description={t('register.searchHint')}
          leftSection={<IconSearch size={16} aria-hidden />}
          value={query}
          onChange={(e) => setQuery(e.currentTarget.value)}
          style={{ flex: 1, minWidth: 220 }}
        />
      </Group>

      <Group justify="space-between">
        <Text size="sm" data-testid="register-count">
          {t('register.count', { count: rows?.length ?? 0 })}
        </Text>
        <Group gap="xs">
          {(['kk', 'ru'] as const).map((l) => (
            <Button
              key={`r-${l}`}
              size="xs"
              variant="default"
              leftSection={<IconPrinter size={14} aria-hidden />}
              onClick={() => void printRegister(l)}
            >
              {t('register.printRegister', { lang: LANG_TAG[l] })}
            </Button>
          ))}
          {(['kk', 'ru'] as const).map((l) => (
            <Button
              key={`a-${l}`}
              size="xs"
              variant="default"
              leftSection={<IconPrinter size={14} aria-hidden />}
              onClick={() => void printMonthAct(l)}
            >
              {t('register.printAct', { lang: LANG_TAG[l] })}
            </Button>
          ))}
        </Group>
      </Group>

      {rows && rows.length === 0 ? (
        <Text c="dimmed">{t('register.empty')}</Text>
      ) : (
        <RegisterTable rows={rows ?? []} pack={rules.eligibility} onOpen={setOpenId} />
      )}

      <Modal
        opened={!!editor}
        onClose={closeEditor}
        size="xl"
        closeButtonProps={{ 'aria-label': t('common.close') }}
        title={
          editor?.correcting
            ? t('register.form.titleCorrect', { number: editor.correcting.number })
            : t('register.form.titleNew')
        }
      >
        {editor && (
          <EntryForm
            profile={profile}
            initial={editor.initial}
            correcting={editor.correcting}
            onSaved={(e) => {
              closeEditor();
              setMonth(e.appliedAt.slice(0, 7));
              setOpenId(e.id);
            }}
          />
        )}
      </Modal>

      <Drawer
        opened={!!openId && !editor}
        onClose={closeDetail}
        position="right"
        size="xl"
        closeButtonProps={{ 'aria-label': t('common.close') }}
        title={t('register.title')}
      >
        {openId && (
          <EntryDetail
            entryId={openId}
            pack={rules.eligibility}
            ownerId={profile.id}
            onCorrect={(e) => setEditor({ initial: valuesFromEntry(e), correcting: e })}
            onMarkGiven={(e) =>
              setEditor({
                initial: {
                  ...valuesFromEntry(e),
                  status: 'given',
                  correctionReason: t('register.detail.markGivenReason'),
                },
                correcting: e,
              })
            }
            onPrintAct={(e, l) => void printEntryAct(e, l)}
          />
        )}
      </Drawer>
    </Stack>
  );
}
