/**
 * A valid consultation register entry for tests (repository, sync engine, conflict diff): one
 * definition, so a field added to the contract is added here once. Dated 2026-11-24, the day
 * before the tests' "now", so no time zone makes it future. Test-only.
 */
import type { ConsultationInput } from './consultation';

export const consultationInput = (over: Partial<ConsultationInput> = {}): ConsultationInput => ({
  appliedAt: '2026-11-24T09:40',
  language: 'kk',
  applicant: {
    fullName: 'Серікбаев Арман',
    iin: '900101300057',
    identityDocument: { type: 'Жеке куәлік', number: '045123456', date: '2019-05-01' },
  },
  categoryId: 'cons.26-2-1.issues',
  issue: { areaId: 'alimony', subject: 'Алимент өндіру' },
  form: 'oral',
  content: 'Талап арыз беру тәртібі түсіндірілді.',
  startedAt: '09:45',
  endedAt: '10:30',
  place: { kind: 'office' },
  status: 'given',
  ...over,
});
