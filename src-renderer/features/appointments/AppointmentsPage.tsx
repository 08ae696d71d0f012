import {
  Alert,
  Anchor,
  Button,
  Group,
  Modal,
  Select,
  Stack,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { MonthPickerInput } from '@mantine/dates';
import { IconBell, IconPlus, IconPrinter, IconSearch } from '@tabler/icons-react';
import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useState } from 'react';
import { useTranslation } from '../../i18n/translate';
import {
  appointmentStates,
  type Appointment,
} from '../../../src-shared/contracts/entities/appointment';
import type { Profile } from '../../../src-shared/contracts/entities/profile';
import { todayIso } from '../../../src-shared/domain/dates/iso-date';
import { notify } from '../../app/notify';
import { useHashParams } from '../../app/use-hash-route';
import { repos } from '../../db';
import { currentLocale } from '../../i18n/i18n';
import { useRulesOn } from '../../rules/use-rules-on';
import {
  emptyAppointmentValues,
  valuesFromAppointment,
  type AppointmentFormValues,
} from './appointment-form-values';
import { AppointmentDetail } from './AppointmentDetail';
import { AppointmentForm } from './AppointmentForm';
import { AppointmentTable } from './AppointmentTable';
import { saveDefenceRegisterPdf, saveNoticesBatchPdf } from './print-appointments';
import { useAppointmentReminders } from './use-reminders';

const LANG_TAG = { kk: 'ҚАЗ', ru: 'РУС' } as const;

interface Editor {
  initial: AppointmentFormValues;
  correcting?: Appointment;
  /** Title for a next stage (cl. 4.3). */
  nextOf?: string;
}

/** The defence register (MoJ order 1465): list, reminders, intake and one appointment's page. */
export function AppointmentsPage({ profile }: { profile: Profile }) {
  const { t } = useTranslation();
  const lang = currentLocale() === 'ru' ? 'ru' : 'kk';
  const params = useHashParams();
  const openId = params.get('id');
  const [month, setMonth] = useState(todayIso().slice(0, 7));
  const [state, setState] = useState('');
  const [query, setQuery] = useState('');
  const [selected, setSelected] = useState<Set<string>>(new Set());
  const [editor, setEditor] = useState<Editor | null>(null);
  const rules = useRulesOn(`${month}-01`);
  const reminders = useAppointmentReminders(profile.id);

  const filter = { month, ...(state ? { state } : {}) };
  const appointments = useLiveQuery(async () => {
    // A search looks through every month: the stages of one case span months.
    if (query.trim().length >= 3)
      return repos.appointments.search(profile.id, query, state ? { state } : {}, 200);
    const rows = await repos.appointments.list(profile.id, filter);
    return Promise.all(rows.map((r) => repos.appointments.open(r)));
  }, [profile.id, query, month, state]);

  // Notices and the register print: warm up pdfmake and the fonts meanwhile.
  useEffect(() => {
    const idle = setTimeout(
      () => void import('../../documents/render-pdf').then((m) => m.preloadPdf()),
      1500,
    );
    return () => clearTimeout(idle);
  }, []);

  const openAppointment = (id: string) => {
    location.hash = `#/appointments?id=${id}`;
  };

  const run = async (job: () => Promise<{ ok: boolean; value?: { saved: boolean } }>) => {
    try {
      const r = await job();
      if (r.ok && r.value?.saved) notify('success', t('appointments.printed'));
    } catch (error) {
      console.error('defence PDF failed', error);
      notify('error', t('appointments.printFailed'));
    }
  };
  const printRegister = (l: 'kk' | 'ru') =>
    rules.defence &&
    run(async () => {
      const rows = await repos.appointments.list(profile.id, { month });
      const all = await Promise.all(rows.map((r) => repos.appointments.open(r)));
      return saveDefenceRegisterPdf(month, rules.defence!, profile, l, all);
    });
  const withNotices = (appointments ?? []).filter((a) => a.notices.length > 0);
  const chosen = withNotices.filter((a) => selected.has(a.id));
  const printNotices = (l: 'kk' | 'ru') =>
    rules.defence &&
    run(() =>
      saveNoticesBatchPdf(
        chosen.map((a) => ({ appointment: a, noticeId: a.notices.at(-1)!.id })),
        rules.defence!,
        rules.eligibility,
        profile,
        l,
      ),
    );
  const toggle = (id: string, on: boolean) =>
    setSelected((s) => {
      const next = new Set(s);
      if (on) next.add(id);
      else next.delete(id);
      return next;
    });

  const editorModal = (
    <Modal
      opened={!!editor}
      onClose={() => setEditor(null)}
      closeButtonProps={{ 'aria-label': t('common.close') }}
      size="xl"
      title={
        editor?.correcting
          ? t('appointments.form.titleCorrect', { number: editor.correcting.number })
          : editor?.nextOf
            ? t('appointments.form.titleNext', { caseNumber: editor.nextOf })
            : t('appointments.form.titleNew')
      }
    >
      {editor && (
        <AppointmentForm
          profile={profile}
          initial={editor.initial}
          correcting={editor.correcting}
          onSaved={(a) => {
            setEditor(null);
            setMonth(a.receivedAt.slice(0, 7));
            openAppointment(a.id);
          }}
        />
      )}
    </Modal>
  );

  if (openId) {
    return (
      <>
        <AppointmentDetail
          key={openId}
          appointmentId={openId}
          profile={profile}
          onCorrect={(a) => setEditor({ initial: valuesFromAppointment(a), correcting: a })}
          onNextStage={(initial, caseNumber) => setEditor({ initial, nextOf: caseNumber })}
        />
        {editorModal}
      </>
    );
  }

  return (
    <Stack gap="md">
      <Group justify="space-between" align="flex-start">
        <div>
          <Title order={1} size="h2">
            {t('appointments.title')}
          </Title>
          <Text size="sm" c="dimmed" maw={760}>
            {t('appointments.intro')}
          </Text>
        </div>
        <Button
          leftSection={<IconPlus size={16} aria-hidden />}
          onClick={() => setEditor({ initial: emptyAppointmentValues(new Date(), lang) })}
        >
          {t('appointments.newAppointment')}
        </Button>
      </Group>

      {reminders && reminders.length > 0 && (
        <Alert
          color="red"
          variant="light"
          icon={<IconBell aria-hidden />}
          title={t('appointments.reminders.title', { count: reminders.length })}
          data-testid="appointment-reminders"
        >
          <Stack gap={2}>
            {reminders.slice(0, 8).map((r) => (
              <Anchor
                key={`${r.kind}-${r.id}`}
                href={`#/appointments?id=${r.id}`}
                size="sm"
                c="inherit"
                underline="always"
              >
                {t(`appointments.reminders.${r.kind}`, {
                  number: `${r.number}/${r.year}`,
                  client: r.client,
                  notice: r.notice ?? '',
                })}
              </Anchor>
            ))}
          </Stack>
        </Alert>
      )}

      <Group align="flex-end" gap="sm">
        <MonthPickerInput
          label={t('appointments.month')}
          value={`${month}-01`}
          onChange={(v) => v && setMonth(v.slice(0, 7))}
          valueFormat="MMMM YYYY"
          w={180}
        />
        <Select
          label={t('appointments.state')}
          w={200}
          value={state}
          onChange={(v) => setState(v ?? '')}
          data={[
            { value: '', label: t('appointments.any') },
            ...appointmentStates.map((s) => ({ value: s, label: t(`appointments.states.${s}`) })),
          ]}
        />
        <TextInput
          label={t('appointments.search')}
          description={t('appointments.searchHint')}
          leftSection={<IconSearch size={16} aria-hidden />}
          value={query}
          onChange={(e) => setQuery(e.currentTarget.value)}
          style={{ flex: 1, minWidth: 240 }}
        />
      </Group>

      <Group justify="space-between">
        <Text size="sm" data-testid="appointments-count">
          {t('appointments.count', { count: appointments?.length ?? 0 })}
        </Text>
        <Group gap="xs">
          {(['kk', 'ru'] as const).map((l) => (
            <Button
              key={`n-${l}`}
              size="xs"
              variant={chosen.length > 0 ? 'filled' : 'default'}
              disabled={chosen.length === 0}
              leftSection={<IconPrinter size={14} aria-hidden />}
              onClick={() => void printNotices(l)}
            >
              {`${t('appointments.printNotices', { count: chosen.length })} · ${LANG_TAG[l]}`}
            </Button>
          ))}
          {(['kk', 'ru'] as const).map((l) => (
            <Button
              key={`r-${l}`}
              size="xs"
              variant="default"
              disabled={!rules.defence}
              leftSection={<IconPrinter size={14} aria-hidden />}
              onClick={() => void printRegister(l)}
            >
              {t('appointments.printRegister', { lang: LANG_TAG[l] })}
            </Button>
          ))}
        </Group>
      </Group>

      {appointments && appointments.length === 0 ? (
        <Text c="dimmed">{t('appointments.empty')}</Text>
      ) : (
        <AppointmentTable
          appointments={appointments ?? []}
          pack={rules.defence}
          selected={selected}
          onToggle={toggle}
          onToggleAll={(on) => setSelected(on ? new Set(withNotices.map((a) => a.id)) : new Set())}
          onOpen={openAppointment}
        />
      )}
      {editorModal}
    </Stack>
  );
}
