import { describe, expect, it } from 'vitest';
import { utf8Bytes } from './records';

describe('utf8Bytes', () => {
  const cases = [
    '',
    'abc',
    'Қорғау — ₸ 1 000',
    'Защитник: Әлия Нұрланқызы',
    'emoji 👩‍⚖️ and 𝄞',
    'lone high \ud800 here',
    'lone low \udc00 here',
    'ends high \ud83d',
    '\u07ff\u0800\uffff',
  ];
  it.each(cases)('counts %j as TextEncoder encodes it', (s) => {
    expect(utf8Bytes(s)).toBe(new TextEncoder().encode(s).length);
  });
});
