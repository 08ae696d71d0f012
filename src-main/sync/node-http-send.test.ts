/**
 * Checklist item 1 for the one network path the app has (sync, in main): a server answer never
 * moves the request elsewhere — a redirect (say, https → http, or to another host) is refused
 * instead of followed, with the token.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { NoAnswerError } from '../../src-shared/sync/server-client';
import { nodeHttpSend } from './node-http-send';

let target: Server;
let redirecting: Server;
const targetHits: (string | undefined)[] = [];

const listen = (s: Server) =>
  new Promise<string>((resolve) =>
    s.listen(0, '127.0.0.1', () =>
      resolve(`http://127.0.0.1:${(s.address() as AddressInfo).port}`),
    ),
  );

beforeAll(async () => {
  target = createServer((req, res) => {
    targetHits.push(req.headers.authorization);
    res.setHeader('content-type', 'application/json');
    res.end('{"ok":true}');
  });
  const targetUrl = await listen(target);
  redirecting = createServer((_req, res) => {
    res.statusCode = 307;
    res.setHeader('location', `${targetUrl}/v1/sync/push`);
    res.end();
  });
  await listen(redirecting);
});

beforeEach(() => {
  targetHits.length = 0;
});

afterAll(async () => {
  await Promise.all([target, redirecting].map((s) => new Promise((r) => s.close(r))));
});

describe('nodeHttpSend', () => {
  it('refuses a redirect instead of following it with the token', async () => {
    const send = nodeHttpSend(5_000);
    const base = `http://127.0.0.1:${(redirecting.address() as AddressInfo).port}`;
    const answer = send({
      method: 'POST',
      url: `${base}/v1/sync/push`,
      token: 'device-token',
      body: {},
    });
    await expect(answer).rejects.toBeInstanceOf(NoAnswerError);
    expect(targetHits).toEqual([]);
  });

  it('talks to the server it was given', async () => {
    const send = nodeHttpSend(5_000);
    const base = `http://127.0.0.1:${(target.address() as AddressInfo).port}`;
    const answer = await send({
      method: 'POST',
      url: `${base}/v1/sync/push`,
      token: 't',
      body: {},
    });
    expect(answer).toMatchObject({ status: 200, json: { ok: true } });
    expect(targetHits).toEqual(['Bearer t']);
  });
});
