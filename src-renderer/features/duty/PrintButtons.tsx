import { Button, Group } from '@mantine/core';
import { IconFileSpreadsheet, IconPrinter } from '@tabler/icons-react';
import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import type { RosterMember } from '../../../src-shared/contracts/entities/duty-roster';
import type { DutySchedule } from '../../../src-shared/contracts/entities/duty-schedule';
import type { Profile } from '../../../src-shared/contracts/entities/profile';
import { todayIso } from '../../../src-shared/domain/dates/iso-date';
import type { FairnessReport } from '../../../src-shared/domain/duty/types';
import type { DefenceRegisterPack } from '../../../src-shared/rules/pack-schema';
import { notify } from '../../app/notify';
import { repos } from '../../db';
import { useTranslation, type MessageKey } from '../../i18n/translate';
import { useRulesOn } from '../../rules/use-rules-on';
import {
  saveFairnessCsv,
  saveFairnessPdf,
  saveParticipantListPdf,
  saveSchedulePdf,
} from './print-duty';

type Job = { key: string; label: MessageKey; icon?: 'csv'; run: () => Promise<unknown> };

/** A row of "save as PDF/CSV" buttons; each renders, then the host saves (or downloads). */
function JobButtons({ jobs, testId }: { jobs: Job[]; testId: string }) {
  const { t } = useTranslation();
  const [busy, setBusy] = useState<string | null>(null);
  const go = async (job: Job) => {
    setBusy(job.key);
    try {
      await job.run();
      notify('success', t('duty.schedule.printed'));
    } catch (e) {
      console.error('duty document failed', e);
      notify('error', t('duty.schedule.failed'));
    } finally {
      setBusy(null);
    }
  };
  return (
    <Group gap="xs" data-testid={testId}>
      {jobs.map((j) => (
        <Button
          key={j.key}
          variant="default"
          leftSection={
            j.icon === 'csv' ? (
              <IconFileSpreadsheet size={18} aria-hidden />
            ) : (
              <IconPrinter size={18} aria-hidden />
            )
          }
          loading={busy === j.key}
          disabled={busy !== null && busy !== j.key}
          onClick={() => void go(j)}
          data-job={j.key}
        >
          {t(j.label)}
        </Button>
      ))}
    </Group>
  );
}

export function PrintScheduleButtons(props: {
  schedule: DutySchedule;
  members: RosterMember[];
  profile: Profile;
}) {
  const rules = useRulesOn(`${props.schedule.month}-01`);
  const job = (lang: 'kk' | 'ru'): Job => ({
    key: lang,
    label: lang === 'kk' ? 'duty.schedule.printKk' : 'duty.schedule.printRu',
    run: () => saveSchedulePdf(props.schedule, props.members, props.profile, rules.calendar, lang),
  });
  return <JobButtons jobs={[job('kk'), job('ru')]} testId="schedule-print" />;
}

/** Rules cl. 5.2: the participant list, from the roster as it is now. */
export function PrintParticipantsButtons(props: { profile: Profile }) {
  const members = useLiveQuery(() => repos.roster.list(), []);
  const job = (lang: 'kk' | 'ru'): Job => ({
    key: lang,
    label: lang === 'kk' ? 'duty.participants.printKk' : 'duty.participants.printRu',
    run: () => saveParticipantListPdf(members ?? [], props.profile, todayIso(), lang),
  });
  return <JobButtons jobs={[job('kk'), job('ru')]} testId="participants-print" />;
}

export function PrintFairnessButtons(props: {
  report: FairnessReport;
  profile: Profile;
  pack: DefenceRegisterPack | null;
}) {
  const { i18n } = useTranslation();
  const csvLang = i18n.language === 'ru' ? 'ru' : 'kk';
  const pdf = (lang: 'kk' | 'ru'): Job => ({
    key: lang,
    label: lang === 'kk' ? 'duty.fairness.pdfKk' : 'duty.fairness.pdfRu',
    run: () => saveFairnessPdf(props.report, props.profile, props.pack, lang),
  });
  return (
    <JobButtons
      jobs={[
        pdf('kk'),
        pdf('ru'),
        {
          key: 'csv',
          label: 'duty.fairness.csv',
          icon: 'csv',
          run: () => saveFairnessCsv(props.report, props.pack, csvLang),
        },
      ]}
      testId="fairness-print"
    />
  );
}
