import { describe, expect, it } from 'vitest';
import { envelopeSchema, fail, ok } from './envelope';
import { ipcChannels } from './ipc-channels';
import { externalUrl, ipcContract, MAX_FILE_BYTES, safeFileName } from './ipc-contract';

describe('ipc contract', () => {
  it('gives every channel an args and a result schema', () => {
    expect(Object.keys(ipcContract).sort()).toEqual([...ipcChannels].sort());
  });

  it.each(['Тізілім 2026-11', 'Хабарлама №12 Әбілқасымова', 'report.pdf', 'Отчёт (ноябрь)'])(
    'accepts the file name %j',
    (name) => {
      expect(safeFileName.safeParse(name).success).toBe(true);
    },
  );

  it.each(['', ' ', '../up', 'C:\\x', 'a/b', 'a?b', 'a|b', '.hidden', 'x'.repeat(181), 'a\u0007b'])(
    'refuses the file name %j',
    (name) => {
      expect(safeFileName.safeParse(name).success).toBe(false);
    },
  );

  it.each(['https://adilet.zan.kz/kaz/docs/Z1800000176', 'http://example.kz/a?b=c#d'])(
    'accepts the link %s',
    (url) => {
      expect(externalUrl.safeParse(url).success).toBe(true);
    },
  );

  it.each([
    'file:///C:/x',
    'javascript:alert(1)',
    'app://qorgau/index.html',
    'https://a:b@example.com',
    'mailto:x@y.kz',
    '//example.com',
    `https://example.com/${'a'.repeat(2100)}`,
  ])('refuses the link %s', (url) => {
    expect(externalUrl.safeParse(url).success).toBe(false);
  });

  it('accepts a real PDF and refuses other bytes or oversized files', () => {
    const args = ipcContract['files.savePdf'].args;
    const pdf = new TextEncoder().encode('%PDF-1.7\n');
    expect(args.safeParse({ suggestedName: 'a', bytes: pdf }).success).toBe(true);
    expect(
      args.safeParse({ suggestedName: 'a', bytes: new TextEncoder().encode('%PDF') }).success,
    ).toBe(false);
    const huge = new Uint8Array(MAX_FILE_BYTES + 1);
    huge.set(pdf);
    expect(args.safeParse({ suggestedName: 'a', bytes: huge }).success).toBe(false);
  });

  it('saveFile accepts only the known kinds', () => {
    const args = ipcContract['files.saveFile'].args;
    const bytes = new TextEncoder().encode('{}');
    expect(args.safeParse({ suggestedName: 'd', kind: 'json', bytes }).success).toBe(true);
    expect(args.safeParse({ suggestedName: 'd', kind: 'exe', bytes }).success).toBe(false);
  });

  it('envelopes parse both ways', () => {
    const s = envelopeSchema(ipcContract['shell.openExternal'].result);
    expect(s.parse(ok({ opened: true }))).toEqual({ ok: true, value: { opened: true } });
    expect(s.parse(fail('unsafeUrl', 'no'))).toEqual({
      ok: false,
      error: { code: 'unsafeUrl', message: 'no' },
    });
    expect(s.safeParse({ ok: false, error: { code: 'teapot', message: '' } }).success).toBe(false);
  });
});
