/**
 * Golden cases of the distribution queue: every file in golden/queue/ is one situation an office
 * can meet, written compactly (see `caseSchema`) with a one-line `why`, and the queue and
 * proposal the Rules require. Adding a case is adding a file.
 */
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import {
  distributionAnswerRecordSchema,
  distributionRecordSchema,
  headSkipReasons,
  queueEntrySchema,
  type Distribution,
} from '../../contracts/entities/duty-distribution';
import {
  absenceTypes,
  dutyKinds,
  rosterMemberRecordSchema,
  rosterStatuses,
} from '../../contracts/entities/duty-roster';
import { dutyScheduleRecordSchema } from '../../contracts/entities/duty-schedule';
import { proposeNext, type QueueInput } from './queue';

const ids = z.array(z.string().min(1));
const caseSchema = z.strictObject({
  why: z.string().min(10),
  date: z.string(),
  kind: z.enum(dutyKinds),
  schedule: z.enum(['published', 'draft', 'none']),
  /** The day's list for `date` and `kind`, in schedule order. */
  day: ids,
  otherDays: z
    .array(z.strictObject({ date: z.string(), kind: z.enum(dutyKinds), members: ids }))
    .default([]),
  /** The roster, by member id. */
  members: z.record(
    z.string(),
    z.strictObject({
      status: z.enum(rosterStatuses).optional(),
      absences: z
        .array(
          z.strictObject({
            type: z.enum(absenceTypes),
            from: z.string(),
            to: z.string(),
            reason: z.string(),
          }),
        )
        .default([]),
    }),
  ),
  /** Earlier rounds: `doc` groups them into hand-overs, numbered in the order they appear. */
  rounds: z
    .array(
      z.strictObject({
        doc: z.string(),
        no: z.number().int().positive(),
        at: z.string(),
        date: z.string(),
        kind: z.enum(dutyKinds),
        chosen: z.string(),
      }),
    )
    .default([]),
  current: z.string().optional(),
  answers: z
    .array(
      z.strictObject({
        doc: z.string(),
        round: z.number().int().positive(),
        member: z.string(),
        answer: z.enum(['accepted', 'declined']),
        ground: z.string().default(''),
      }),
    )
    .default([]),
  headSkips: z
    .array(
      z.strictObject({ member: z.string(), reason: z.enum(headSkipReasons), note: z.string() }),
    )
    .default([]),
  expect: z.strictObject({
    /** "memberId outcome [reason]" in queue order. */
    queue: z.array(z.string()),
    proposed: z.string().nullable(),
    empty: z.enum(['no-schedule', 'not-published', 'no-duty', 'all-skipped']).optional(),
    /** The note expected on some entries (by member id). */
    notes: z.record(z.string(), z.string()).default({}),
  }),
});
type GoldenCase = z.output<typeof caseSchema>;

const stamp = {
  version: 1,
  createdAt: '2026-10-20T09:00:00.000Z',
  updatedAt: '2026-10-20T09:00:00.000Z',
};

/** Full records from the compact case, each through its contract so the fixtures stay real. */
function inputOf(c: GoldenCase): QueueInput {
  const members = Object.entries(c.members).map(([id, m], i) =>
    rosterMemberRecordSchema.parse({
      ...stamp,
      id,
      headId: 'head',
      fullName: `Адвокат ${id.toUpperCase()}`,
      phone: `+7 701 000 00 ${String(10 + i)}`,
      status: m.status ?? 'active',
      absences: m.absences.map((a, j) => ({ ...a, id: `${id}-abs-${j}`, ground: 'other' })),
    }),
  );
  const schedule =
    c.schedule === 'none'
      ? null
      : dutyScheduleRecordSchema.parse({
          ...stamp,
          id: 'schedule-2026-11',
          headId: 'head',
          month: c.date.slice(0, 7),
          officeName: 'ЮК № 1',
          responsibleName: 'Меңгеруші',
          responsiblePhone: '+7 701 000 00 01',
          settings: { weekendDuty: false, perDay: { pretrial: 3, court: 3, consultation: 3 } },
          days: [
            { date: c.date, kind: c.kind, memberIds: c.day },
            ...c.otherDays.map((d) => ({ date: d.date, kind: d.kind, memberIds: d.members })),
          ],
          status: c.schedule,
          edition: c.schedule === 'published' ? 1 : 0,
          publishedAt: c.schedule === 'published' ? '2026-10-24T09:00:00.000Z' : null,
          calendarPack: { id: 'kz-calendar', version: 1 },
          log: [],
        });
  const byDoc = new Map<string, Distribution>();
  for (const r of c.rounds) {
    const d = byDoc.get(r.doc);
    const round = {
      round: (d?.rounds.length ?? 0) + 1,
      at: r.at,
      by: 'Меңгеруші',
      dutyDate: r.date,
      kind: r.kind,
      scheduleId: 'schedule-2026-11',
      scheduleEdition: 1,
      queue: [{ memberId: r.chosen, outcome: 'chosen' }],
      chosenMemberId: r.chosen,
    };
    byDoc.set(
      r.doc,
      distributionRecordSchema.parse(
        d
          ? { ...d, rounds: [...d.rounds, round] }
          : {
              ...stamp,
              id: r.doc,
              headId: 'head',
              year: 2026,
              number: r.no,
              document: {
                receivedAt: `${r.date}T08:30`,
                decree: { number: `${r.no}-ПС`, date: r.date, body: 'УП ДП г. Астаны' },
                caseKind: 'criminal',
                caseNumber: `2615000${r.no}`,
                client: { fullName: 'Подзащитный' },
                statusId: 'status.suspect',
                stageId: 'stage.pre-trial',
              },
              rounds: [round],
              assigneeUserId: '',
            },
      ),
    );
  }
  const answers = c.answers.map((a, i) =>
    distributionAnswerRecordSchema.parse({
      ...stamp,
      id: `answer-${i}`,
      advocateId: `user-${a.member}`,
      distributionId: a.doc,
      round: a.round,
      memberId: a.member,
      answer: a.answer,
      groundId: a.ground,
      note: '',
      answeredAt: '2026-11-10T09:30:00.000Z',
    }),
  );
  const current = c.current === undefined ? null : byDoc.get(c.current);
  if (current === undefined) throw new Error(`current ${c.current} is not among the rounds`);
  return {
    date: c.date,
    kind: c.kind,
    schedule,
    members,
    distributions: [...byDoc.values()],
    answers,
    current,
    headSkips: c.headSkips.map((s) => ({ memberId: s.member, reason: s.reason, note: s.note })),
  };
}

// tsconfig.shared.json has no Node types and ESLint keeps Node imports out of src-shared, for
// good reason in app code; a test may still read its own data folder, so it asks Node for fs
// at run time (process.getBuiltinModule, Node ≥ 20.16) instead of importing it.
interface Fs {
  readdirSync(path: URL): string[];
  readFileSync(path: URL, encoding: 'utf8'): string;
}
const fs = (
  globalThis as unknown as { process: { getBuiltinModule(id: 'node:fs'): Fs } }
).process.getBuiltinModule('node:fs');
const folder = new URL('./golden/queue/', (import.meta as unknown as { url: string }).url);
const files = fs
  .readdirSync(folder)
  .filter((f) => f.endsWith('.json'))
  .sort();

describe('distribution queue — golden cases', () => {
  it('has the cases the Rules need (at least ten)', () => {
    expect(files.length).toBeGreaterThanOrEqual(10);
  });

  for (const file of files) {
    const golden = caseSchema.parse(
      JSON.parse(fs.readFileSync(new URL(file, folder.href), 'utf8')),
    );
    it(`${file}: ${golden.why}`, () => {
      const proposal = proposeNext(inputOf(golden));
      for (const entry of proposal.queue) queueEntrySchema.parse(entry);
      const shown = proposal.queue.map((e) =>
        [e.memberId, e.outcome, e.reason].filter(Boolean).join(' '),
      );
      expect(shown).toEqual(golden.expect.queue);
      expect(proposal.proposedMemberId).toBe(golden.expect.proposed);
      expect(proposal.empty).toBe(golden.expect.empty);
      for (const [memberId, note] of Object.entries(golden.expect.notes)) {
        expect(proposal.queue.find((e) => e.memberId === memberId)?.note).toBe(note);
      }
    });
  }
});
