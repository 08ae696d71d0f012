/**
 * `POST /v1/sync/relay` (a head forwards one chunk of an advocate's offline bundle) and
 * `POST /v1/sync/signing-key` (a device registers its bundle signing key): docs/sync.md,
 * "Offline bundles". Bearer auth, zod-validated bodies, the work in relay.ts and
 * signing-keys.ts. Registered by routes.ts.
 */
import type { FastifyInstance } from 'fastify';
import { principalOf } from '../auth/authenticate';
import type { Db } from '../db/db';
import { ApiError, type Localized } from '../http/errors';
import { parseOr400 } from '../http/validate';
import {
  registerSigningKeyRequestSchema,
  relayRequestSchema,
  type RegisterSigningKeyResponse,
  type RelayResponse,
} from '../../src-shared/sync/bundle';
import { relayBundleChunk, type RelayRefusal } from './relay';
import { registerOwnKey } from './signing-keys';

const refusals: Record<RelayRefusal, { code: string; status: number; message: Localized }> = {
  forbidden: {
    code: 'relayForbidden',
    status: 403,
    message: {
      kk: 'Пакетті серверге адвокат тіркелген заң консультациясының меңгерушісі ғана жібере алады.',
      ru: 'Передать пакет на сервер может только заведующий той консультации, в которой состоит адвокат.',
      en: "Only the head of the advocate's own office can relay this bundle.",
    },
  },
  'bad-signature': {
    code: 'bundleNotVerified',
    status: 400,
    message: {
      kk: 'Пакеттің қолтаңбасы тексеруден өтпеді: файл өзгертілген немесе бүлінген. Ештеңе қабылданбады.',
      ru: 'Подпись пакета не прошла проверку: файл изменён или повреждён. Ничего не принято.',
      en: "The bundle's signature does not verify: the file was changed or damaged. Nothing was applied.",
    },
  },
  'bad-chunk': {
    code: 'bundleNotVerified',
    status: 400,
    message: {
      kk: 'Пакеттің бір бөлігі қолтаңбаға сәйкес келмейді: файл өзгертілген немесе бүлінген. Ештеңе қабылданбады.',
      ru: 'Часть пакета не соответствует подписи: файл изменён или повреждён. Ничего не принято.',
      en: 'A part of the bundle does not match its signature: the file was changed or damaged. Nothing was applied.',
    },
  },
  'unknown-key': {
    code: 'signingKeyNotRegistered',
    status: 403,
    message: {
      kk: 'Пакетке адвокаттың серверде тіркелген кілтімен қол қойылмаған. Кілт идентификаторын адвокаттың компьютеріндегімен салыстырыңыз. Ештеңе қабылданбады.',
      ru: 'Пакет подписан не тем ключом, который зарегистрирован на сервере для этого адвоката. Сверьте идентификатор ключа с компьютером адвоката. Ничего не принято.',
      en: "The bundle is not signed with a key registered on the server for this advocate. Compare the key id with the advocate's computer. Nothing was applied.",
    },
  },
};

const badSigningKey = {
  status: 400,
  message: {
    kk: 'Қолтаңба кілті дұрыс емес: ол ECDSA P-256 кілті емес немесе идентификаторы кілтке сәйкес келмейді.',
    ru: 'Неверный ключ подписи: это не ключ ECDSA P-256 или идентификатор не соответствует ключу.',
    en: 'Not a valid signing key: not ECDSA P-256, or the key id is not the key’s.',
  },
};

const signingKeyMismatch = {
  status: 409,
  message: {
    kk: 'Осы идентификатормен сізге басқа кілт тіркелген.',
    ru: 'Под этим идентификатором для вас уже зарегистрирован другой ключ.',
    en: 'Another key is registered for you under this key id.',
  },
};

export function registerRelayRoutes(app: FastifyInstance, db: Db, now: () => Date): void {
  app.post(
    '/v1/sync/relay',
    { preHandler: app.requireAuth },
    async (request): Promise<RelayResponse> => {
      const head = principalOf(request);
      const body = parseOr400(relayRequestSchema, request.body);
      const outcome = await relayBundleChunk(db, head, body, now());
      // Ids and counts only: never a record.
      const log = {
        userId: head.userId,
        forUser: body.header.userId,
        bundleId: body.header.bundleId,
        chunk: body.chunk,
        ops: body.ops.length,
      };
      if (!outcome.ok) {
        request.log.info({ ...log, refused: outcome.reason }, 'sync relay refused');
        const r = refusals[outcome.reason];
        throw new ApiError(r.code, { status: r.status, message: r.message });
      }
      const counts: Record<string, number> = {};
      for (const r of outcome.response.results) counts[r.outcome] = (counts[r.outcome] ?? 0) + 1;
      request.log.info(
        { ...log, ...counts, keyRegisteredNow: outcome.response.signingKey.registeredNow },
        'sync relay',
      );
      return outcome.response;
    },
  );

  app.post(
    '/v1/sync/signing-key',
    { preHandler: app.requireAuth },
    async (request): Promise<RegisterSigningKeyResponse> => {
      const principal = principalOf(request);
      const body = parseOr400(registerSigningKeyRequestSchema, request.body);
      const outcome = await registerOwnKey(db, principal, body, now());
      if (!outcome.ok) {
        if (outcome.reason === 'forbidden') throw new ApiError('forbidden');
        throw outcome.reason === 'bad-key'
          ? new ApiError('badSigningKey', badSigningKey)
          : new ApiError('signingKeyMismatch', signingKeyMismatch);
      }
      request.log.info(
        { userId: principal.userId, keyId: body.keyId, registeredNow: outcome.trust.registeredNow },
        'signing key',
      );
      return { ok: true, signingKey: outcome.trust };
    },
  );
}
