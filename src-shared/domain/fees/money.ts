/**
 * Money arithmetic of the fee engine, in integer tiyn (1 ₸ = 100 tiyn).
 *
 * Why integers: a rate of 1,15 МРП at 3 932 ₸ is 4 521,8 ₸ an hour, but in binary floating point
 * 1.15 × 3932 is 4521.799999…, and a per-minute price multiplies such errors further. A claim
 * must add up to the last tiyn on paper, on screen and at the justice body, and a half tiyn must
 * round the same way on every machine. Rates and factors are pack data with at most two decimals
 * (tariff-pack-schema.ts), so they are exact integers in hundredths; products of factors (a
 * night surcharge times a waiting rate) are exact integers in a higher power of ten. Everything
 * is then one exact integer fraction, rounded once, half up.
 */

/** How many decimal places a factor may carry: three two-decimal factors multiplied. */
const MAX_DECIMALS = 6;

/** `x` as an exact decimal fraction units / 10^places, or an error for more than 6 places. */
function decimal(x: number, what: string): { units: bigint; scale: bigint } {
  if (!Number.isFinite(x) || x < 0) throw new RangeError(`${what} must be ≥ 0, got ${x}`);
  for (let places = 0; places <= MAX_DECIMALS; places += 1) {
    const scaled = x * 10 ** places;
    const whole = Math.round(scaled);
    // A decimal like 1.15 is stored as 1.149999…; scaled by 100 it is within a hair of 115.
    if (Math.abs(scaled - whole) < 1e-6) {
      return { units: BigInt(whole), scale: 10n ** BigInt(places) };
    }
  }
  throw new RangeError(`${what} has more than ${MAX_DECIMALS} decimal places: ${x}`);
}

/** num / den rounded half up; both non-negative. */
function divideHalfUp(num: bigint, den: bigint): number {
  return Number((2n * num + den) / (2n * den));
}

function wholeMinutes(minutes: number): bigint {
  if (!Number.isSafeInteger(minutes) || minutes < 0) {
    throw new RangeError(`minutes must be a whole number ≥ 0, got ${minutes}`);
  }
  return BigInt(minutes);
}

function wholeTenge(mrpAmount: number): bigint {
  if (!Number.isSafeInteger(mrpAmount) || mrpAmount < 0) {
    throw new RangeError(`МРП must be whole tenge ≥ 0, got ${mrpAmount}`);
  }
  return BigInt(mrpAmount);
}

/**
 * The price of `minutes` at `rateMrp` МРП an hour times `factor`, with 1 МРП = `mrpAmount` ₸.
 * In hundredths: tiyn = minutes × rate100 × factor100 × mrp / 6000 (÷ 60 for the hour, × 100
 * for tiyn, ÷ 100 ÷ 100 for the hundredths), rounded half up to a whole tiyn.
 */
export function priceTiyn(
  minutes: number,
  rateMrp: number,
  factor: number,
  mrpAmount: number,
): number {
  const rate = decimal(rateMrp, 'rate');
  const f = decimal(factor, 'factor');
  // tiyn = minutes/60 × rate × factor × mrp × 100
  const num = wholeMinutes(minutes) * rate.units * f.units * wholeTenge(mrpAmount) * 100n;
  const den = 60n * rate.scale * f.scale;
  return divideHalfUp(num, den);
}

/** A per-diem amount: `days` × `mrpPerDay` МРП (two decimals at most) × `mrpAmount` ₸, in tiyn. */
export function perDayTiyn(days: number, mrpPerDay: number, mrpAmount: number): number {
  if (!Number.isSafeInteger(days) || days < 0) {
    throw new RangeError(`days must be a whole number ≥ 0, got ${days}`);
  }
  const rate = decimal(mrpPerDay, 'МРП per day');
  return divideHalfUp(BigInt(days) * rate.units * wholeTenge(mrpAmount) * 100n, rate.scale);
}

/**
 * The product of factors (a surcharge and an activity rate), exact: 1,5 × 0,5 is 0,75, never
 * 0.7500000000000001, so the factor printed on the claim and the one priced are the same.
 */
export function multiplyFactors(factors: readonly number[]): number {
  let units = 1n;
  let scale = 1n;
  for (const x of factors) {
    const d = decimal(x, 'factor');
    units *= d.units;
    scale *= d.scale;
  }
  // One division of two exact integers: the nearest double to the exact decimal.
  return Number(units) / Number(scale);
}

/** Sum of tiyn amounts; refuses anything that is not a whole, safe number of tiyn. */
export function sumTiyn(amounts: readonly number[]): number {
  let total = 0;
  for (const a of amounts) {
    if (!Number.isSafeInteger(a)) throw new RangeError(`not a whole tiyn amount: ${a}`);
    total += a;
  }
  if (!Number.isSafeInteger(total)) throw new RangeError(`tiyn total out of range: ${total}`);
  return total;
}
