import { useLiveQuery } from 'dexie-react-hooks';
import type { RosterMember } from '../../../src-shared/contracts/entities/duty-roster';
import type { DutySchedule } from '../../../src-shared/contracts/entities/duty-schedule';
import type { Profile } from '../../../src-shared/contracts/entities/profile';
import { todayIso } from '../../../src-shared/domain/dates/iso-date';
import type { FairnessReport } from '../../../src-shared/domain/duty/types';
import type { DefenceRegisterPack } from '../../../src-shared/rules/pack-schema';
import {
  DocumentButtons,
  type DocumentJob,
  type DocumentMessages,
} from '../../components/DocumentButtons';
import { repos } from '../../db';
import { useTranslation } from '../../i18n/translate';
import { useRulesOn } from '../../rules/use-rules-on';
import {
  saveFairnessCsv,
  saveFairnessPdf,
  saveParticipantListPdf,
  saveSchedulePdf,
} from './print-duty';

const DUTY_MESSAGES: DocumentMessages = {
  printed: 'duty.schedule.printed',
  failed: 'duty.schedule.failed',
};

function JobButtons({ jobs, testId }: { jobs: DocumentJob[]; testId: string }) {
  return <DocumentButtons jobs={jobs} testId={testId} messages={DUTY_MESSAGES} />;
}

export function PrintScheduleButtons(props: {
  schedule: DutySchedule;
  members: RosterMember[];
  profile: Profile;
}) {
  const rules = useRulesOn(`${props.schedule.month}-01`);
  const job = (lang: 'kk' | 'ru'): DocumentJob => ({
    key: lang,
    label: lang === 'kk' ? 'duty.schedule.printKk' : 'duty.schedule.printRu',
    run: () => saveSchedulePdf(props.schedule, props.members, props.profile, rules.calendar, lang),
  });
  return <JobButtons jobs={[job('kk'), job('ru')]} testId="schedule-print" />;
}

/** Rules cl. 5.2: the participant list, from the roster as it is now. */
export function PrintParticipantsButtons(props: { profile: Profile }) {
  const members = useLiveQuery(() => repos.roster.list(), []);
  const job = (lang: 'kk' | 'ru'): DocumentJob => ({
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
  const pdf = (lang: 'kk' | 'ru'): DocumentJob => ({
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
