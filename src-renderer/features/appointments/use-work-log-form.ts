/**
 * The add-a-work-item form: its values, the flags the item will get from the calendar in force
 * on its date and the pack's night, and saving it.
 */
import { useForm } from '@mantine/form';
import { useTranslation } from '../../i18n/translate';
import type { Appointment } from '../../../src-shared/contracts/entities/appointment';
import type { Profile } from '../../../src-shared/contracts/entities/profile';
import { nightMinutes } from '../../../src-shared/domain/appointments/work-time';
import { isIsoDate, todayIso } from '../../../src-shared/domain/dates/iso-date';
import type { DefenceRegisterPack } from '../../../src-shared/rules/pack-schema';
import { repos } from '../../db';
import { useRulesOn } from '../../rules/use-rules-on';
import type { useRepoAction } from './use-repo-action';
import { CLOCK, emptyWork, FIELD, toInput, type WorkValues } from './work-log-values';

export function useWorkLogForm(
  a: Appointment,
  pack: DefenceRegisterPack,
  profile: Profile,
  lang: 'kk' | 'ru',
  run: ReturnType<typeof useRepoAction>['run'],
) {
  const { t } = useTranslation();
  const form = useForm<WorkValues>({ mode: 'controlled', initialValues: emptyWork() });
  const v = form.values;
  const rules = useRulesOn(isIsoDate(v.date) ? v.date : todayIso());

  // The flags the item will get, from the calendar in force on its date and the pack's night.
  const timesOk = CLOCK.test(v.startedAt) && CLOCK.test(v.endedAt) && v.startedAt !== v.endedAt;
  const night = timesOk ? nightMinutes(v.startedAt, v.endedAt, pack.nightTime) : 0;
  const day = rules.calendar && isIsoDate(v.date) ? rules.calendar.dayInfo(v.date) : null;
  const flags = [
    ...(night > 0 ? [t('appointments.work.night', { minutes: night })] : []),
    ...(day && !day.working
      ? [
          day.label
            ? t('appointments.work.nonWorkingLabel', { label: day.label[lang] })
            : t('appointments.work.nonWorking'),
        ]
      : []),
  ];

  const add = async () => {
    const r = await run(
      () =>
        repos.appointments.logWork(
          a.id,
          toInput(v),
          {
            calendar: rules.calendar,
            calendarPack: rules.calendarPack,
            nightTime: { from: pack.nightTime.from, to: pack.nightTime.to },
          },
          profile.id,
        ),
      {
        form,
        field: (p) => FIELD[p.map(String).join('.')] ?? 'note',
        success: t('appointments.work.added'),
      },
    );
    if (r)
      form.setValues({
        startedAt: '',
        endedAt: '',
        note: '',
        hasTravel: false,
        destination: '',
        km: '',
        minutes: '',
      });
  };

  return { form, rules, timesOk, flags, add };
}

export type WorkLogFormState = ReturnType<typeof useWorkLogForm>;
