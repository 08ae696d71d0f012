import { describe, expect, it } from 'vitest';
import calendarJson from '../../rules/packs/kz-calendar.json';
import { calendarPackSchema } from '../../rules/pack-schema';
import {
  consultationInputSchema,
  type ConsultationInput,
} from '../../contracts/entities/consultation';
import { WorkingCalendar } from '../calendar/working-days';
import { capWarnings } from './caps';
import { deferralNotice } from './deferral-notice';
import { deferralWindow, isWithinDeferral, overdueDeferred, proposeAppointment } from './deferral';
import { durationMinutes, isFutureLocal } from './time';

const cal = new WorkingCalendar(calendarPackSchema.parse(calendarJson));

const base: ConsultationInput = {
  appliedAt: '2026-11-25T09:40',
  language: 'kk',
  applicant: {
    fullName: 'Серікбаев Арман',
    iin: '900101300057',
    identityDocument: { type: 'Жеке куәлік', number: '045123456', date: '2019-05-01' },
  },
  categoryId: 'cons.26-2-1.issues',
  issue: { areaId: 'alimony', subject: 'Алимент өндіру' },
  form: 'oral',
  content: 'Сотқа талап арыз беру тәртібі түсіндірілді.',
  startedAt: '09:45',
  endedAt: '10:30',
  place: { kind: 'office' },
  status: 'given',
};

const messages = (input: ConsultationInput) => {
  const r = consultationInputSchema.safeParse(input);
  return r.success ? [] : r.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).sort();
};

describe('consultation entry validation', () => {
  it('accepts a given consultation', () => {
    expect(messages(base)).toEqual([]);
  });
  it('a given consultation needs its times and content; the end must follow the start', () => {
    expect(messages({ ...base, startedAt: '', content: '' })).toEqual([
      'content: validation.required',
      'startedAt: validation.required',
    ]);
    expect(messages({ ...base, endedAt: '09:45' })).toEqual(['endedAt: validation.endBeforeStart']);
  });
  it('a deferred consultation needs an appointment after the application', () => {
    expect(
      messages({ ...base, status: 'deferred', startedAt: '', endedAt: '', content: '' }),
    ).toEqual(['appointmentAt: validation.required']);
    expect(messages({ ...base, status: 'deferred', appointmentAt: '2026-11-25T09:00' })).toEqual([
      'appointmentAt: validation.appointmentBeforeApplying',
    ]);
  });
  it('a refusal names its ground; the person location needs an address and a reason (cl. 40)', () => {
    expect(messages({ ...base, status: 'refused' })).toEqual([
      'refusalGroundId: validation.required',
    ]);
    expect(
      messages({ ...base, place: { kind: 'person-location', address: '', reason: '' } as never }),
    ).toEqual(['place.address: validation.required', 'place.reason: validation.required']);
  });
  it('checks the IIN and the date-time format', () => {
    expect(
      messages({
        ...base,
        applicant: { ...base.applicant, iin: '900101300058' },
        appliedAt: '2026-02-30T10:00',
      }),
    ).toEqual(['applicant.iin: validation.iin.checksum', 'appliedAt: validation.dateTime']);
  });
});

describe('time', () => {
  it('computes durations and future instants', () => {
    expect(durationMinutes('09:40', '10:25')).toBe(45);
    expect(durationMinutes('', '10:25')).toBe(0);
    expect(isFutureLocal('2026-11-25T10:01', new Date(2026, 10, 25, 10, 0))).toBe(true);
    expect(isFutureLocal('2026-11-25T10:00', new Date(2026, 10, 25, 10, 0))).toBe(false);
  });
});

describe('paid-time caps (2 h per person, 8 h per day)', () => {
  const caps = { perPersonMinutes: 120, perDayMinutes: 480 };
  it('warns when a person passes 2 hours over several consultations', () => {
    const earlier = [{ id: 'a', iin: '1', date: '2026-11-02', minutes: 90 }];
    expect(
      capWarnings({ id: 'b', iin: '1', date: '2026-11-25', minutes: 45 }, earlier, caps),
    ).toEqual([{ kind: 'per-person', usedMinutes: 135, capMinutes: 120 }]);
    expect(
      capWarnings({ id: 'b', iin: '1', date: '2026-11-25', minutes: 30 }, earlier, caps),
    ).toEqual([]);
  });
  it('warns when the day passes 8 hours, and ignores the entry itself among the others', () => {
    const day = Array.from({ length: 5 }, (_, i) => ({
      id: `d${i}`,
      iin: `p${i}`,
      date: '2026-11-25',
      minutes: 90,
    }));
    expect(capWarnings({ id: 'x', iin: 'q', date: '2026-11-25', minutes: 60 }, day, caps)).toEqual([
      { kind: 'per-day', usedMinutes: 510, capMinutes: 480 },
    ]);
    expect(capWarnings(day[0]!, day, caps)).toEqual([]);
  });
});

describe('deferral within 3 working days (cl. 41)', () => {
  it('skips Nauryz and its transfers: applied Fri 20.03.2026 → by Mon 30.03.2026', () => {
    expect(deferralWindow(cal, '2026-03-20T16:10', 3)).toEqual({
      earliest: '2026-03-26',
      latest: '2026-03-30',
    });
    expect(proposeAppointment(cal, '2026-03-20T16:10', 3)).toBe('2026-03-26T16:30');
  });
  it('proposes 10:00 when the application came outside office hours', () => {
    expect(proposeAppointment(cal, '2026-11-25T18:20', 3)).toBe('2026-11-26T10:00');
  });
  it('checks an appointment against the window and working days', () => {
    expect(isWithinDeferral(cal, '2026-03-20T16:10', '2026-03-30T11:00', 3)).toBe(true);
    expect(isWithinDeferral(cal, '2026-03-20T16:10', '2026-03-31T11:00', 3)).toBe(false);
    expect(isWithinDeferral(cal, '2026-03-20T16:10', '2026-03-24T11:00', 3)).toBe(false); // transferred day off
  });
  it('lists deferred entries whose appointment has passed', () => {
    const e = [
      { id: 1, status: 'deferred', appointmentAt: '2026-11-24T10:00' },
      { id: 2, status: 'deferred', appointmentAt: '2026-11-26T10:00' },
      { id: 3, status: 'given', appointmentAt: '2026-11-20T10:00' },
    ];
    expect(overdueDeferred(e, '2026-11-25T09:00').map((x) => x.id)).toEqual([1]);
  });
  it('writes an SMS-ready notice in Kazakh and Russian', () => {
    const n = {
      personName: 'Серікбаев Арман',
      appointmentAt: '2026-03-26T16:30',
      office: 'Жалағаш, Абай к-сі 12',
      advocateName: 'Әбілқасымова Г. С.',
      advocatePhone: '+77012345678',
    };
    expect(deferralNotice(n, 'kk')).toBe(
      'Серікбаев Арман, сізге тегін заң кеңесі 26.03.2026 (бейсенбі) 16:30 беріледі. Мекенжайы: Жалағаш, Абай к-сі 12. Адвокат Әбілқасымова Г. С., тел. +7 701 234 56 78. Жеке куәлігіңізді ала келіңіз.',
    );
    expect(deferralNotice(n, 'ru')).toContain('назначена вам на 26.03.2026 (четверг) 16:30');
    expect(deferralNotice(n, 'ru').length).toBeLessThan(320);
  });
});
