/** The register bench's flags (pure; tested in cli.test.ts). */

export const USAGE = `Register benchmark (bench/README.md, "Register benchmark")

  node bench/register.bench.mjs            100 000 entries, encrypted as shipped
  node bench/register.bench.mjs --n=20000  a smaller register
  --codec=encrypted|plain|both       the store's codec (default encrypted: what users run);
                                     both = two registers, one after the other, same figures
  --scan=20                          how many of the 200 queries also run as a full scan
  --batch=5000                       rows per bulkAdd transaction while seeding
  --out=<file.json>                  where the figures go (default test-output/bench/register.json,
                                     or notices.json with --notices-only)
  --notices-only                     only the 200-notice batch (no seeding)
  --help                             this text`;

const CODECS = ['encrypted', 'plain', 'both'];

/**
 * @param {string[]} argv process.argv.slice(2)
 * @returns {{ n: number, scan: number, batch: number, codecs: ('encrypted'|'plain')[],
 *   codec: string, out: string | null, noticesOnly: boolean, help: boolean }}
 */
export function parseArgs(argv) {
  const opts = {
    n: 100_000,
    scan: 20,
    batch: 5_000,
    codec: 'encrypted',
    out: null,
    noticesOnly: false,
    help: false,
  };
  for (const a of argv) {
    if (a === '--') continue;
    if (a === '--help' || a === '-h') opts.help = true;
    else if (a === '--notices-only') opts.noticesOnly = true;
    else {
      const m = /^--([a-z-]+)=(.*)$/.exec(a);
      if (!m) throw new Error(`unknown argument ${a} (see --help)`);
      const [, name, value] = m;
      if (name === 'n' || name === 'scan' || name === 'batch') opts[name] = positive(name, value);
      else if (name === 'codec') {
        if (!CODECS.includes(value)) throw new Error(`--codec is one of ${CODECS.join(', ')}`);
        opts.codec = value;
      } else if (name === 'out') {
        if (!value.endsWith('.json')) throw new Error('--out names a .json file');
        opts.out = value;
      } else throw new Error(`unknown flag --${name} (see --help)`);
    }
  }
  return {
    ...opts,
    // Encrypted first: with `both`, the shipped configuration is measured on a fresh machine.
    codecs: opts.codec === 'both' ? ['encrypted', 'plain'] : [opts.codec],
  };
}

function positive(name, value) {
  const v = Number(value.replaceAll('_', ''));
  if (!Number.isInteger(v) || v <= 0) throw new Error(`--${name} needs a positive integer`);
  return v;
}
