/**
 * cl. 17(2): the advocate confirms a paper hand-over and it becomes an entry of their defence
 * register (cl. 31, MoJ order 1465), with the head's assignment recorded on it (cl. 10, 17(1)).
 *
 * Three writes that cannot share one transaction (the answer syncs to the head, the appointment
 * stays the advocate's): answer → create → link. The answer goes first, so a crash in between
 * leaves a visible "accepted, not in the register yet" that the screen offers to finish; calling
 * this again does only the missing steps and never makes a second register entry.
 */
import type { AppointmentIntakeInput } from '../../../src-shared/contracts/entities/appointment';
import type { Distribution } from '../../../src-shared/contracts/entities/duty-distribution';
import type { RosterMember } from '../../../src-shared/contracts/entities/duty-roster';
import type { Profile } from '../../../src-shared/contracts/entities/profile';
import type { Repositories } from '../../db';
import { DistributionStateError, distributionRef } from '../../db/distribution-repository';
import { localStamp, toLocalStamp } from './my-duty';

export type HandOverRepos = Pick<Repositories, 'distributions' | 'appointments'>;

const later = (a: string, b: string) => (a > b ? a : b);
const earlier = (a: string, b: string) => (a < b ? a : b);

/**
 * The register intake a hand-over makes. `receivedAt` is now (when the advocate received it),
 * never before the decree's date. The assignment time is the round's, as local time, kept
 * within [decree date, receivedAt]: another device's clock may run a little ahead, and the
 * register refuses an assignment in the future or before the decree.
 */
export function handOverIntake(
  d: Distribution,
  lang: 'kk' | 'ru',
  now: Date,
): AppointmentIntakeInput {
  const doc = d.document;
  const last = d.rounds[d.rounds.length - 1]!;
  const decreeStart = `${doc.decree.date}T00:00`;
  const receivedAt = later(localStamp(now), decreeStart);
  const roundAt = toLocalStamp(last.at) ?? receivedAt;
  return {
    source: 'paper',
    receivedAt,
    language: lang,
    decree: { ...doc.decree },
    caseKind: doc.caseKind,
    caseNumber: doc.caseNumber,
    client: { ...doc.client },
    statusId: doc.statusId,
    stageId: doc.stageId,
    categoryId: null,
    note: doc.note,
    paperAssignment: {
      assignedBy: last.by,
      assignedAt: later(earlier(roundAt, receivedAt), decreeStart),
      number: distributionRef(d),
    },
  };
}

/**
 * Accepts the hand-over `d` (its last round must have chosen `member`) and puts it in
 * `profile`'s register. Returns the appointment's id. Refuses (DistributionStateError
 * 'duty.errors.alreadyAnswered') a round this advocate has declined.
 */
export async function acceptHandOver(
  repos: HandOverRepos,
  d: Distribution,
  member: RosterMember,
  profile: Pick<Profile, 'id'>,
  lang: 'kk' | 'ru',
  now: Date = new Date(),
): Promise<string> {
  const last = d.rounds[d.rounds.length - 1]!;
  const prior = (await repos.distributions.answersOf(d.id)).find(
    (a) => a.round === last.round && a.advocateId === profile.id,
  );
  if (prior?.answer === 'declined') {
    throw new DistributionStateError('duty.errors.alreadyAnswered', `${d.id}: declined`);
  }
  if (prior?.appointmentId) return prior.appointmentId;
  // Accepting needs no decline ground, so no list of valid grounds.
  const answer =
    prior ??
    (await repos.distributions.answer(d, member.id, { answer: 'accepted' }, profile.id, []));
  const appointmentId =
    (await enteredBefore(repos, d, profile.id)) ?? (await create(repos, d, profile.id, lang, now));
  await repos.distributions.linkAppointment(answer.id, appointmentId, profile.id);
  return appointmentId;
}

async function create(
  repos: HandOverRepos,
  d: Distribution,
  advocateId: string,
  lang: 'kk' | 'ru',
  now: Date,
): Promise<string> {
  const created = await repos.appointments.create(handOverIntake(d, lang, now), advocateId);
  return created.id;
}

/**
 * A crash between creating the entry and linking it leaves an entry no answer points to: it is
 * the paper entry of this case carrying this hand-over's number and decree, so it is found and
 * linked rather than entered twice (a second entry would take a second register number).
 */
async function enteredBefore(
  repos: HandOverRepos,
  d: Distribution,
  advocateId: string,
): Promise<string | undefined> {
  const ref = distributionRef(d);
  const inCase = await repos.appointments.forCase(advocateId, d.document.caseNumber);
  return inCase.find(
    (a) =>
      a.source === 'paper' &&
      a.paperAssignment?.number === ref &&
      a.decree.number === d.document.decree.number &&
      a.decree.date === d.document.decree.date,
  )?.id;
}
