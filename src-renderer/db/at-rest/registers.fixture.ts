/**
 * A device store filled through the real repositories, for the transcoding and migration tests
 * (and the sync tests): every synced entity with personal data, corrections and steps so the
 * version archives are filled, the outbox and the audit log as the app writes them. Test-only.
 */
import { consultationInput } from '../../../src-shared/contracts/entities/consultation.fixture';
import type { AppointmentIntakeInput } from '../../../src-shared/contracts/entities/appointment';
import type { ProfileInput } from '../../../src-shared/contracts/entities/profile';
import { decideEligibility } from '../../../src-shared/domain/eligibility/engine';
import { eligibilityFactsSchema } from '../../../src-shared/domain/eligibility/types';
import {
  calculationOf,
  defenceClaimInput,
  feeLine,
} from '../../../src-shared/domain/fees/claim-lifecycle.fixture';
import type { EligibilityPack } from '../../../src-shared/rules/pack-schema';
import { packInForce } from '../../../src-shared/rules/select-pack';
import { loadShippedPacks } from '../../../src-shared/rules/shipped-packs';
import { type AppDb } from '../app-db';
import { AppointmentRepository } from '../appointment-repository';
import type { RepoDeps } from '../commit-change';
import { ConsultationRepository } from '../consultation-repository';
import { DistributionRepository } from '../distribution-repository';
import { RosterRepository } from '../duty-roster-repository';
import { EligibilityCheckRepository } from '../eligibility-check-repository';
import { FeeClaimRepository } from '../fee-claim-repository';
import { identityCodec, type FieldCodec } from '../field-codec';
import { ProfileRepository } from '../profile-repository';

export const NOW = '2026-11-25T10:00:00.000Z';
export const IIN = '900101300057';
export const OTHER_IIN = '630528405673';

/**
 * Values written below that must never be found in clear in an encrypted store: the person's
 * name, IIN and its birth-date prefix (a search key), the identity document, the advice, the
 * opposing party, the case number (a lookup key), the user's own name and phone.
 */
export const SECRETS = [
  'Серікбаев',
  'Арман',
  IIN,
  '"900101',
  '045123456',
  'Талап арыз',
  'түсіндірілді',
  'Алимент',
  'Омаров',
  OTHER_IIN,
  '241500031000123',
  'Әбілқасымова',
  '+77012345678',
  '850505400127',
  'әділет департаменті',
];

/** Finds any of SECRETS in `value` serialised (the whole row, keys and values). */
export function plaintextIn(value: unknown): string[] {
  const json = JSON.stringify(value);
  return SECRETS.filter((s) => json.includes(s));
}

/** Every table of a store, serialised, for a plaintext scan. */
export async function allTables(db: AppDb): Promise<Record<string, unknown[]>> {
  const out: Record<string, unknown[]> = {};
  for (const t of db.tables) out[t.name] = await t.toArray();
  return out;
}

export function storeDeps(db: AppDb, codec: FieldCodec = identityCodec, prefix = 'id'): RepoDeps {
  let n = 0;
  return {
    db,
    codec,
    newId: () => `${prefix}-${String(++n).padStart(6, '0')}`,
    now: () => NOW,
  };
}

export const profileInput = (role: 'advocate' | 'head' = 'advocate'): ProfileInput => ({
  fullName: 'Әбілқасымова Гүлнәр',
  licenceNumber: '17012345',
  licenceDate: '2017-03-14',
  collegium: 'Қызылорда',
  office: 'Жалағаш',
  phone: '+77012345678',
  iin: '850505400127',
  role,
});

export const intakeInput = (
  over: Partial<AppointmentIntakeInput> = {},
): AppointmentIntakeInput => ({
  source: 'ezk',
  receivedAt: '2026-11-24T09:00',
  language: 'ru',
  ezkNumber: 'EZK-1001',
  decree: { number: '12/345', date: '2026-11-23', body: 'СУ ДП', official: 'следователь' },
  caseKind: 'criminal',
  caseNumber: '241500031000123',
  client: { fullName: 'Серікбаев Арман', iin: IIN },
  statusId: 'suspect',
  categoryId: 'def.26-3-1',
  stageId: 'pre-trial',
  opposingParties: [{ fullName: 'Омаров Ерлан', iin: OTHER_IIN, statusId: 'victim' }],
  ...over,
});

const pack = packInForce(loadShippedPacks(), 'eligibility', '2026-11-25') as EligibilityPack;
export const checkFacts = eligibilityFactsSchema.parse({
  date: '2026-11-24',
  service: 'consultation',
  person: { iin: IIN, fullName: 'Серікбаев Арман' },
  categoryId: 'cons.26-2-1.issues',
  issue: { areaId: 'alimony', subject: 'Алимент өндіру', isLegal: true },
  evidence: ['identity-document'],
});
export const checkDecision = () => decideEligibility(checkFacts, pack);

export interface FilledStore {
  profileId: string;
  consultationId: string;
  appointmentId: string;
  checkId: string;
  claimId: string;
  distributionId: string;
}

/**
 * A consultation (corrected once), an appointment (one step), an eligibility check, a fee claim
 * (made ready), a paper hand-over with its answer, a roster member and the profile — each
 * through its repository, so rows, archives, outbox and audit entries are the app's own.
 */
export async function fillRegisters(deps: RepoDeps): Promise<FilledStore> {
  const profile = await new ProfileRepository(deps).save(profileInput());
  const owner = profile.id;
  const consultations = new ConsultationRepository(deps);
  const c = await consultations.create(consultationInput(), owner);
  await consultations.correct(
    c.id,
    consultationInput({ content: 'Талап арыз үлгісі берілді.' }),
    'толықтырылды',
    owner,
  );
  const appointments = new AppointmentRepository(deps, consultations);
  const a = await appointments.create(intakeInput(), owner);
  await appointments.recordConflictCheck(
    a.id,
    {
      at: '2026-11-24T09:30',
      compared: { appointments: 0, consultations: 1 },
      findings: [],
      decision: 'no-conflict',
      explanation: '',
    },
    owner,
  );
  const check = await new EligibilityCheckRepository(deps).record(
    checkFacts,
    checkDecision(),
    owner,
  );
  const claims = new FeeClaimRepository(deps);
  const claim = await claims.createDraft(defenceClaimInput({ appointmentId: a.id }), owner);
  await claims.markReady(
    claim.id,
    calculationOf([feeLine(`work:${a.id}:w1`, { amountTiyn: 700_000 })]),
    owner,
    [],
  );
  const member = await new RosterRepository(deps).save(
    { fullName: 'Сапарова Айгерім', phone: '+77011112233', userId: owner },
    owner,
  );
  const distributions = new DistributionRepository(deps);
  const d = await distributions.handOver(
    {
      receivedAt: '2026-11-24T09:00',
      decree: { number: '17', date: '2026-11-24', body: 'ПД тергеу басқармасы' },
      caseKind: 'criminal',
      caseNumber: '241500031000123',
      client: { fullName: 'Серікбаев Арман', iin: IIN },
      statusId: 'status.suspect',
      stageId: 'stage.pre-trial',
    },
    {
      at: '2026-11-24T09:35:00.000Z',
      by: 'head',
      dutyDate: '2026-11-24',
      kind: 'pretrial',
      scheduleId: '',
      scheduleEdition: 0,
      queue: [{ memberId: member.id, outcome: 'chosen', note: '' }],
      chosenMemberId: member.id,
    },
    member,
    owner,
  );
  await distributions.answer(d, member.id, { answer: 'accepted' }, owner, []);
  return {
    profileId: owner,
    consultationId: c.id,
    appointmentId: a.id,
    checkId: check.id,
    claimId: claim.id,
    distributionId: d.id,
  };
}
