import { describe, expect, it } from 'vitest';
import { createServerClient, NoAnswerError, type HttpResponse } from './server-client';

const answer = (r: Partial<HttpResponse>) => () =>
  Promise.resolve({ status: 200, retryAfter: null, json: undefined, ...r });
const message = { kk: 'Тым көп әрекет', ru: 'Слишком много попыток', en: 'Too many attempts' };

describe('server client outcomes', () => {
  it('429 carries the server message and Retry-After in seconds', async () => {
    const c = createServerClient(
      answer({
        status: 429,
        retryAfter: '120',
        json: { ok: false, error: { code: 'tooManyAttempts', message } },
      }),
    );
    expect(
      await c.signIn('https://q.example.kz/', { login: 'a', password: 'b', deviceName: 'c' }),
    ).toMatchObject({
      ok: false,
      failure: { code: 'tooManyAttempts', retryAfterSeconds: 120, serverMessage: message },
    });
  });

  it('5xx is serverError, other 4xx rejectedRequest, a disabled account says so', async () => {
    const at = (status: number, code?: string) =>
      createServerClient(
        answer({ status, json: code ? { error: { code, message } } : 'oops' }),
      ).pull('https://q.example.kz', 't', { since: 0 });
    expect(await at(502)).toMatchObject({ failure: { code: 'serverError' } });
    expect(await at(413, 'payloadTooLarge')).toMatchObject({
      failure: { code: 'rejectedRequest', serverMessage: message },
    });
    expect(await at(401, 'accountDisabled')).toMatchObject({
      failure: { code: 'accountDisabled' },
    });
    expect(await at(401)).toMatchObject({ failure: { code: 'unauthenticated' } });
  });

  it('a 200 the app does not understand is badResponse, never trusted', async () => {
    const c = createServerClient(answer({ json: { ok: true, changes: 'all of them' } }));
    expect(await c.pull('https://q.example.kz', 't', { since: 0 })).toMatchObject({
      ok: false,
      failure: { code: 'badResponse' },
    });
  });

  it('no answer at all is offline or timeout, and the address keeps one slash', async () => {
    const urls: string[] = [];
    const c = createServerClient(async (req) => {
      urls.push(req.url);
      throw new NoAnswerError('timeout', 'aborted after 30 s');
    });
    expect(await c.pull('https://q.example.kz///', 't', { since: 0 })).toMatchObject({
      failure: { code: 'timeout' },
    });
    expect(urls).toEqual(['https://q.example.kz/v1/sync/pull']);
  });

  it('resolveConflict posts to the conflict’s own address; a 404 is a refusal, not a retry', async () => {
    const sent: { url: string; body: unknown }[] = [];
    const c = createServerClient(async (req) => {
      sent.push({ url: req.url, body: req.body });
      return {
        status: 404,
        retryAfter: null,
        json: { error: { code: 'conflictNotFound', message } },
      };
    });
    const r = await c.resolveConflict('https://q.example.kz/', 't', 'a/b c', {
      resolution: 'kept-server',
    });
    expect(sent).toEqual([
      {
        url: 'https://q.example.kz/v1/sync/conflicts/a%2Fb%20c/resolve',
        body: { resolution: 'kept-server' },
      },
    ]);
    expect(r).toMatchObject({
      ok: false,
      failure: { code: 'rejectedRequest', serverMessage: message },
    });
  });
});

describe('the server address a laptop may sign in to', () => {
  it('is https, or http only on this machine or a private office network', async () => {
    const { serverUrl } = await import('../contracts/sync/account');
    const ok = (u: string) => serverUrl.safeParse(u).success;
    expect(ok('https://qorgau.almaty-advokat.kz')).toBe(true);
    expect(ok('http://192.168.1.20:8787')).toBe(true);
    expect(ok('http://127.0.0.1:8787')).toBe(true);
    expect(ok('http://qorgau.almaty-advokat.kz')).toBe(false);
    expect(ok('https://user:pw@qorgau.kz')).toBe(false);
    expect(ok('ftp://192.168.1.20')).toBe(false);
    expect(ok('http://172.32.0.1')).toBe(false);
  });
});
