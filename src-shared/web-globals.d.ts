/**
 * The few WHATWG globals src-shared may use: present in browsers, Node ≥ 18 and Electron
 * alike. Declared by hand (only for tsconfig.shared.json) so the shared code compiles
 * without the DOM or Node type libraries — any other platform API is a type error.
 * The other tsconfigs exclude this file and get the real declarations.
 */
declare class URL {
  constructor(url: string, base?: string);
  readonly href: string;
  readonly protocol: string;
  readonly username: string;
  readonly password: string;
  readonly host: string;
  readonly hostname: string;
  readonly pathname: string;
  readonly search: string;
  readonly hash: string;
}

declare class TextEncoder {
  encode(input?: string): Uint8Array;
}

declare class TextDecoder {
  constructor(label?: string);
  decode(input?: Uint8Array): string;
}
