/**
 * The server's error vocabulary. Every 4xx/5xx answers `{ ok: false, error: { code, message } }`
 * with a stable `code` the client can branch on and a `message` in kk/ru/en it can show as is
 * (the office server may be newer than the app, so the app cannot be expected to know every code).
 * Nothing else leaves the server: no stack traces, no SQL, no echo of what was sent.
 */
export interface Localized {
  kk: string;
  ru: string;
  en: string;
}

export const apiErrors = {
  badRequest: {
    status: 400,
    message: {
      kk: 'Сұрау дұрыс емес.',
      ru: 'Некорректный запрос.',
      en: 'The request is malformed.',
    },
  },
  validationFailed: {
    status: 400,
    message: {
      kk: 'Сұраудағы деректер тексеруден өтпеді.',
      ru: 'Данные запроса не прошли проверку.',
      en: 'The request data failed validation.',
    },
  },
  invalidCredentials: {
    status: 401,
    message: {
      kk: 'Логин немесе құпиясөз қате.',
      ru: 'Неверный логин или пароль.',
      en: 'Wrong login or password.',
    },
  },
  accountDisabled: {
    status: 401,
    message: {
      kk: 'Есептік жазба өшірілген. Заң консультациясының меңгерушісіне хабарласыңыз.',
      ru: 'Учётная запись отключена. Обратитесь к заведующему консультацией.',
      en: 'This account is disabled. Contact the head of the office.',
    },
  },
  unauthenticated: {
    status: 401,
    message: {
      kk: 'Құрылғы танылмады немесе бұғатталған. Серверге қайта кіріңіз.',
      ru: 'Устройство не опознано или отозвано. Войдите на сервер заново.',
      en: 'This device is not recognised or was revoked. Sign in to the server again.',
    },
  },
  forbidden: {
    status: 403,
    message: {
      kk: 'Бұл әрекетке құқығыңыз жоқ.',
      ru: 'Недостаточно прав для этого действия.',
      en: 'You are not allowed to do this.',
    },
  },
  notFound: {
    status: 404,
    message: {
      kk: 'Мұндай мекенжай жоқ.',
      ru: 'Такого адреса нет.',
      en: 'No such endpoint.',
    },
  },
  payloadTooLarge: {
    status: 413,
    message: {
      kk: 'Сұрау тым үлкен.',
      ru: 'Запрос слишком большой.',
      en: 'The request is too large.',
    },
  },
  unsupportedMediaType: {
    status: 415,
    message: {
      kk: 'Сұрау пішімі қолдау көрсетілмейді (JSON қажет).',
      ru: 'Формат запроса не поддерживается (нужен JSON).',
      en: 'Unsupported request format (JSON expected).',
    },
  },
  tooManyAttempts: {
    status: 429,
    message: {
      kk: 'Кіру әрекеттері тым көп. Біраз уақыттан кейін қайталаңыз.',
      ru: 'Слишком много попыток входа. Повторите позже.',
      en: 'Too many sign-in attempts. Try again later.',
    },
  },
  internal: {
    status: 500,
    message: {
      kk: 'Серверде қате шықты. Кейінірек қайталаңыз.',
      ru: 'Ошибка на сервере. Повторите позже.',
      en: 'Server error. Try again later.',
    },
  },
  unavailable: {
    status: 503,
    message: {
      kk: 'Сервер уақытша қолжетімсіз.',
      ru: 'Сервер временно недоступен.',
      en: 'The server is temporarily unavailable.',
    },
  },
} as const satisfies Record<string, { status: number; message: Localized }>;

export type ApiErrorCode = keyof typeof apiErrors;

export interface ApiIssue {
  /** Dotted path into the body, e.g. "ops.3.patch.iin"; "" for the body itself. */
  path: string;
  message: string;
}

export interface ApiErrorBody {
  ok: false;
  error: {
    code: string;
    message: Localized;
    issues?: ApiIssue[];
    /** Quote it when reporting a problem: it finds the request in the server log. */
    requestId?: string;
  };
}

/**
 * Throw this from a handler or hook; the error handler turns it into the envelope. Route
 * plugins (sync) may pass their own code and message for errors that are not in the table.
 */
export class ApiError extends Error {
  readonly status: number;
  readonly code: string;
  readonly localized: Localized;
  readonly issues: ApiIssue[] | undefined;
  readonly headers: Record<string, string>;

  constructor(code: ApiErrorCode, opts?: { issues?: ApiIssue[]; headers?: Record<string, string> });
  constructor(
    code: string,
    opts: {
      status: number;
      message: Localized;
      issues?: ApiIssue[];
      headers?: Record<string, string>;
    },
  );
  constructor(
    code: string,
    opts: {
      status?: number;
      message?: Localized;
      issues?: ApiIssue[];
      headers?: Record<string, string>;
    } = {},
  ) {
    const known = (apiErrors as Record<string, { status: number; message: Localized }>)[code];
    const localized = opts.message ?? known?.message ?? apiErrors.internal.message;
    super(localized.en);
    this.name = 'ApiError';
    this.code = code;
    this.status = opts.status ?? known?.status ?? 500;
    this.localized = localized;
    this.issues = opts.issues;
    this.headers = opts.headers ?? {};
  }
}

export function errorBody(
  code: string,
  message: Localized,
  extra: { issues?: ApiIssue[]; requestId?: string } = {},
): ApiErrorBody {
  return {
    ok: false,
    error: {
      code,
      message,
      ...(extra.issues ? { issues: extra.issues } : {}),
      ...(extra.requestId ? { requestId: extra.requestId } : {}),
    },
  };
}
