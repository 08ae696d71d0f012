/**
 * Checks of the work the claim is for, against the registers: what may not be claimed at all
 * (withdrawn, unknown, not given), what is claimed twice, what falls outside the appointment or
 * the claim's period, and what overlaps in time (an advocate is at one action at a time).
 */
import { workOverlaps } from '../appointments/work-time';
import { issue, type ClaimEntry, type Claimed } from './validate-entries';
import type { ClaimCheckContext, ClaimIssue, OtherWork } from './validate-types';

export function selectionIssues(claimed: Claimed): ClaimIssue[] {
  return [
    ...claimed.withdrawn.map(({ entry, reason }) =>
      issue('withdrawn-work', 'error', entry, { variant: 'withdrawn', reason }),
    ),
    ...claimed.missing.map((e) => issue('withdrawn-work', 'error', e, { variant: 'missing' })),
    ...claimed.notGiven.map((e) => issue('withdrawn-work', 'error', e, { variant: 'not-given' })),
    ...claimed.repeated.map((e) =>
      issue('duplicate-in-claim', 'error', e, { variant: 'same-entry' }),
    ),
  ];
}

/**
 * The claimed entries split into originals and repeats: a repeat is a different register entry
 * that is the same work logged twice (a double click, a re-entry): the same action at the same
 * times, or the same person consulted at the same times. Each repeat comes with its original.
 */
function splitTwins(claimed: Claimed): {
  originals: ClaimEntry[];
  repeats: { entry: ClaimEntry; first: ClaimEntry }[];
} {
  const keyed: [ClaimEntry, string][] = [
    ...claimed.work.map(({ entry, item: w }): [ClaimEntry, string] => [
      entry,
      ['work', w.date, w.startedAt, w.endedAt, w.actionId].join('|'),
    ]),
    ...claimed.consultations.map(({ entry, consultation: c }): [ClaimEntry, string] => [
      entry,
      ['consultation', c.personKey, c.date, c.startedAt, c.endedAt].join('|'),
    ]),
  ];
  const firsts = new Map<string, ClaimEntry>();
  const originals: ClaimEntry[] = [];
  const repeats: { entry: ClaimEntry; first: ClaimEntry }[] = [];
  for (const [entry, key] of keyed) {
    const first = firsts.get(key);
    if (first) repeats.push({ entry, first });
    else {
      firsts.set(key, entry);
      originals.push(entry);
    }
  }
  return { originals, repeats };
}

/** The issue is on the repeat (the one to take out) and names the original. */
export function duplicateIssues(claimed: Claimed): ClaimIssue[] {
  return splitTwins(claimed).repeats.map(({ entry, first }) =>
    issue('duplicate-in-claim', 'error', entry, { variant: entry.kind, ...other(first) }),
  );
}

/** The other entry a message names (a duplicate's twin, the work it overlaps). */
function other(e: ClaimEntry | OtherWork): Record<string, string> {
  return {
    otherRef: e.ref,
    otherRecord: e.recordLabel,
    otherDate: e.date,
    otherStart: 'startedAt' in e ? e.startedAt : '',
    otherEnd: 'endedAt' in e ? e.endedAt : '',
  };
}

/**
 * Work dated before the appointment reached the advocate or after it ended cannot be paid under
 * it whatever the claim's period; the claim's period is checked only when those hold, so each
 * entry gets the one message that tells what to fix.
 */
export function periodIssues(ctx: ClaimCheckContext, claimed: Claimed): ClaimIssue[] {
  const out: ClaimIssue[] = [];
  const { from, to } = ctx.claim.period;
  const appt = ctx.appointment;
  const start = appt ? appt.receivedDate || appt.decreeDate : '';
  for (const { entry } of claimed.work) {
    if (start && entry.date < start)
      out.push(
        issue('outside-period', 'error', entry, { variant: 'before-received', bound: start }),
      );
    else if (appt?.endDate && entry.date > appt.endDate)
      out.push(
        issue('outside-period', 'error', entry, { variant: 'after-end', bound: appt.endDate }),
      );
    else if (entry.date < from || entry.date > to)
      out.push(issue('outside-period', 'error', entry, { variant: 'claim-period', from, to }));
  }
  for (const { entry } of claimed.consultations) {
    if (entry.date < from || entry.date > to)
      out.push(issue('outside-period', 'error', entry, { variant: 'claim-period', from, to }));
  }
  return out;
}

/**
 * Claimed entries that overlap each other or the advocate's other work. Touching ends do not
 * overlap (workOverlaps); a repeat is left to `duplicate-in-claim` and checked no further, so
 * one mistake gives one message.
 */
export function overlapIssues(ctx: ClaimCheckContext, claimed: Claimed): ClaimIssue[] {
  const out: ClaimIssue[] = [];
  const mine = splitTwins(claimed).originals;
  for (let i = 0; i < mine.length; i++) {
    for (let j = i + 1; j < mine.length; j++) {
      const [a, b] = [mine[i]!, mine[j]!];
      if (workOverlaps(a, b)) out.push(issue('overlap', 'error', a, other(b)));
    }
  }
  const claimedRefs = new Set(mine.map((e) => e.ref));
  for (const e of mine) {
    for (const w of ctx.otherWork) {
      if (claimedRefs.has(w.ref)) continue;
      if (workOverlaps(e, w)) out.push(issue('overlap', 'error', e, other(w)));
    }
  }
  return out;
}
