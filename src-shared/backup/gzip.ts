/**
 * gzip through the platform's CompressionStream / DecompressionStream (Chromium, Electron and
 * Node ≥ 18): no npm compression library touches a register's plaintext. Typed here, like
 * webcrypto.ts, because src-shared compiles without the DOM or Node type libraries.
 */
interface ByteWriter {
  write(chunk: Uint8Array): Promise<void>;
  close(): Promise<void>;
  abort(reason?: unknown): Promise<void>;
}
interface ByteReader {
  read(): Promise<{ done: boolean; value?: Uint8Array }>;
  cancel(reason?: unknown): Promise<void>;
}
interface TransformPair {
  readonly writable: { getWriter(): ByteWriter };
  readonly readable: { getReader(): ByteReader };
}
type TransformCtor = new (format: 'gzip') => TransformPair;

function ctor(name: 'CompressionStream' | 'DecompressionStream'): TransformCtor {
  const c = (globalThis as Record<string, unknown>)[name] as TransformCtor | undefined;
  if (!c) throw new Error(`${name} is not available`);
  return c;
}

/** The output grew past `limit` bytes (a decompression bomb, or simply not ours). */
export class GzipLimitError extends Error {
  constructor(readonly limit: number) {
    super(`gzip output exceeds ${limit} bytes`);
    this.name = 'GzipLimitError';
  }
}

async function run(stream: TransformPair, input: Uint8Array, limit: number): Promise<Uint8Array> {
  const writer = stream.writable.getWriter();
  const reader = stream.readable.getReader();
  // Written while reading: awaiting the write first would stall on the stream's backpressure.
  const writing = writer.write(input).then(() => writer.close());
  writing.catch(() => undefined); // its error surfaces through read() below
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    if (!value) continue;
    total += value.length;
    if (total > limit) {
      await reader.cancel().catch(() => undefined);
      throw new GzipLimitError(limit);
    }
    chunks.push(value);
  }
  await writing;
  const out = new Uint8Array(total);
  let at = 0;
  for (const c of chunks) {
    out.set(c, at);
    at += c.length;
  }
  return out;
}

export function gzip(input: Uint8Array): Promise<Uint8Array> {
  const Compress = ctor('CompressionStream');
  return run(new Compress('gzip'), input, Number.MAX_SAFE_INTEGER);
}

/** Throws on a damaged stream, and GzipLimitError past `limit` bytes of output. */
export function gunzip(input: Uint8Array, limit: number): Promise<Uint8Array> {
  const Decompress = ctor('DecompressionStream');
  return run(new Decompress('gzip'), input, limit);
}
