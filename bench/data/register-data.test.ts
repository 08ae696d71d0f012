import { describe, expect, it } from 'vitest';
import { appointmentIntakeSchema } from '../../src-shared/contracts/entities/appointment';
import { consultationInputSchema } from '../../src-shared/contracts/entities/consultation';
import { isValidIin } from '../../src-shared/domain/iin/iin';
import { benchCatalogue } from './catalogue';
import { uuidv7Generator } from './ids';
import { registerItems, type RegisterItem } from './register-data';

const cat = benchCatalogue();
const items = (n: number, seed?: number) => [
  ...registerItems(n, { catalogue: cat, ...(seed !== undefined ? { seed } : {}) }),
];
const timeOf = (i: RegisterItem) =>
  i.kind === 'consultation' ? i.input.appliedAt : i.input.receivedAt;

describe('register data for the sync bench', () => {
  const data = items(3000);

  it('is the same for the same seed and differs for another', () => {
    expect(JSON.stringify(items(3000))).toBe(JSON.stringify(data));
    expect(JSON.stringify(items(3000, 7))).not.toBe(JSON.stringify(data));
  });

  it('passes the app’s own schemas, with valid IINs', () => {
    for (const item of data) {
      if (item.kind === 'consultation') {
        const c = consultationInputSchema.parse(item.input);
        expect(isValidIin(c.applicant.iin)).toBe(true);
      } else {
        const a = appointmentIntakeSchema.parse(item.input);
        if (a.client.iin) expect(isValidIin(a.client.iin)).toBe(true);
        for (const p of a.opposingParties) if (p.iin) expect(isValidIin(p.iin)).toBe(true);
      }
    }
  });

  it('is in date order, about 10 % appointments, in both languages', () => {
    const times = data.map(timeOf);
    expect(times).toEqual([...times].sort());
    const appointments = data.filter((i) => i.kind === 'appointment').length;
    expect(appointments).toBe(300);
    const languages = new Set(data.map((i) => `${i.kind}:${i.input.language}`));
    expect(languages).toEqual(
      new Set(['consultation:kk', 'consultation:ru', 'appointment:kk', 'appointment:ru']),
    );
  });

  it('gives advice of a realistic length and issue areas of the eligibility pack', () => {
    const advice = data
      .filter(
        (i): i is Extract<RegisterItem, { kind: 'consultation' }> => i.kind === 'consultation',
      )
      .map((i) => i.input.content ?? '')
      .filter(Boolean)
      .map((s) => s.length)
      .sort((a, b) => a - b);
    const median = advice[Math.floor(advice.length / 2)]!;
    expect(median).toBeGreaterThan(120);
    expect(advice.at(-1)!).toBeLessThanOrEqual(4000);
    for (const i of data) {
      if (i.kind === 'consultation') expect(cat.areaIds).toContain(i.input.issue.areaId);
    }
  });
});

describe('uuidv7Generator', () => {
  it('makes time-ordered UUIDv7s, ordered within one millisecond, the same for the same seed', () => {
    let ms = Date.parse('2026-11-25T10:00:00Z');
    const a = uuidv7Generator(1, () => ms);
    const b = uuidv7Generator(1, () => ms);
    const ids: string[] = [];
    for (let i = 0; i < 5000; i++) {
      if (i % 1000 === 999) ms += 1;
      const id = a();
      expect(b()).toBe(id);
      ids.push(id);
    }
    for (const id of ids) {
      expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    }
    expect(ids).toEqual([...ids].sort());
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids[0]!.slice(0, 13).replace('-', '')).toBe(
      Date.parse('2026-11-25T10:00:00Z').toString(16).padStart(12, '0'),
    );
  });
});
