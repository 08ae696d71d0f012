/**
 * Fills a laptop's database the way the app does: a profile, then every register input
 * through the real repositories (`create()`: schema, numbering, row + outbox op + audit entry
 * in one commitChange transaction), so the outbox holds exactly what the app would push. The
 * clock follows the data (an entry is saved half an hour after the person applied), so
 * `createdAt` and the outbox's `at` spread over two years like a real register.
 */
import type { ProfileInput } from '../../src-shared/contracts/entities/profile';
import type { AppDb } from '../../src-renderer/db/app-db';
import { AppointmentRepository } from '../../src-renderer/db/appointment-repository';
import type { RepoDeps } from '../../src-renderer/db/commit-change';
import { ConsultationRepository } from '../../src-renderer/db/consultation-repository';
import { identityCodec } from '../../src-renderer/db/field-codec';
import { ProfileRepository } from '../../src-renderer/db/profile-repository';
import { uuidv7Generator } from './ids';
import { registerItems, type RegisterDataOptions, type RegisterItem } from './register-data';

/** The bench's "today": after the last generated entry (24 November 2026). */
export const BENCH_NOW = '2026-11-25T10:00:00.000Z';

export const benchProfile: ProfileInput = {
  fullName: 'Әбілқасымова Гүлнәр Серікқызы',
  licenceNumber: '17012345',
  licenceDate: '2017-03-14',
  collegium: 'Қызылорда облыстық адвокаттар алқасы',
  office: 'Жалағаш заң консультациясы',
  phone: '+77012345678',
  iin: '900101300057',
  role: 'advocate',
};

/** A laptop's repositories over `db`, with a settable clock and seeded UUIDv7 ids. */
export function laptopRepos(db: AppDb, seed: number) {
  let clock = Date.parse(BENCH_NOW);
  const deps: RepoDeps = {
    db,
    codec: identityCodec,
    newId: uuidv7Generator(seed, () => clock),
    now: () => new Date(clock).toISOString(),
  };
  const consultations = new ConsultationRepository(deps);
  return {
    deps,
    setClock: (ms: number) => {
      clock = ms;
    },
    profile: new ProfileRepository(deps),
    consultations,
    appointments: new AppointmentRepository(deps, consultations),
  };
}
export type LaptopRepos = ReturnType<typeof laptopRepos>;

const savedAt = (item: RegisterItem) =>
  Date.parse(`${item.kind === 'consultation' ? item.input.appliedAt : item.input.receivedAt}:00Z`) +
  30 * 60_000;

export interface SeedResult {
  ownerId: string;
  consultations: number;
  appointments: number;
  ms: number;
}

/**
 * A profile and `n` register records written through the repositories, owned by the local
 * profile (as before the laptop ever signs in). `onProgress` is called every 5 000 records.
 */
export async function seedLaptop(
  db: AppDb,
  n: number,
  opts: RegisterDataOptions & { idSeed?: number; onProgress?: (done: number) => void } = {},
): Promise<SeedResult> {
  const t0 = performance.now();
  const repos = laptopRepos(db, opts.idSeed ?? 1);
  repos.setClock(Date.parse('2024-11-20T09:00:00Z'));
  const profile = await repos.profile.save(benchProfile);
  const out: SeedResult = { ownerId: profile.id, consultations: 0, appointments: 0, ms: 0 };
  for (const item of registerItems(n, opts)) {
    repos.setClock(savedAt(item));
    if (item.kind === 'consultation') {
      await repos.consultations.create(item.input, profile.id);
      out.consultations += 1;
    } else {
      await repos.appointments.create(item.input, profile.id);
      out.appointments += 1;
    }
    const done = out.consultations + out.appointments;
    if (done % 5000 === 0) opts.onProgress?.(done);
  }
  out.ms = performance.now() - t0;
  return out;
}
