import { describe, expect, it } from 'vitest';
import { DEFAULT_POUCH, parsePouchVariants, variantLabel } from './variants';

describe('--pouch', () => {
  it('defaults to the fair pair and the all-in-memory pair', () => {
    expect(parsePouchVariants(undefined)).toEqual(DEFAULT_POUCH);
    expect(parsePouchVariants('default').map(variantLabel)).toEqual([
      'leveldb/idb',
      'memory/memory',
    ]);
    expect(parsePouchVariants('none')).toEqual([]);
    expect(parsePouchVariants('all').map(variantLabel)).toEqual([
      'leveldb/idb',
      'leveldb/memory',
      'memory/idb',
      'memory/memory',
    ]);
  });

  it('reads server/client pairs, once each, and refuses others', () => {
    expect(parsePouchVariants('memory/idb, leveldb/idb,memory/idb')).toEqual([
      { server: 'memory', client: 'idb' },
      { server: 'leveldb', client: 'idb' },
    ]);
    expect(() => parsePouchVariants('leveldb')).toThrow(/<server>\/<client>/);
    expect(() => parsePouchVariants('idb/leveldb')).toThrow(/<server>\/<client>/);
    expect(() => parsePouchVariants('leveldb/idb/x')).toThrow(/<server>\/<client>/);
  });
});
