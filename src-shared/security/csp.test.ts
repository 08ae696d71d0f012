/** Checklist item 7: the renderer's CSP stays restrictive. */
import { describe, expect, it } from 'vitest';
import { rendererCsp, rendererCspHeaderOnly } from './csp';

function directives(policy: string): Map<string, string[]> {
  return new Map(
    policy.split(';').map((d) => {
      const [name = '', ...sources] = d.trim().split(/\s+/);
      return [name, sources] as const;
    }),
  );
}

const csp = directives(rendererCsp);

describe('renderer CSP', () => {
  it('runs only the app’s own scripts: no inline, eval, wasm-eval or remote code', () => {
    expect(csp.get('script-src')).toEqual(["'self'"]);
    expect(csp.get('default-src')).toEqual(["'self'"]);
    expect(csp.get('object-src')).toEqual(["'none'"]);
  });

  it('lets the renderer talk to no server (sync goes through the main process)', () => {
    expect(csp.get('connect-src')).toEqual(["'self'"]);
  });

  it('names no remote host, scheme-wide source or wildcard anywhere', () => {
    for (const [name, sources] of csp) {
      for (const s of sources) {
        expect(s, name).not.toMatch(
          /\*|^https?:|^wss?:|^file:|^filesystem:|unsafe-eval|unsafe-hashes|wasm-unsafe-eval/,
        );
      }
    }
  });

  it('allows inline styles only (Mantine’s CSS variables), never inline scripts', () => {
    const inline = [...csp].filter(([, s]) => s.includes("'unsafe-inline'")).map(([n]) => n);
    expect(inline).toEqual(['style-src']);
  });

  it('blocks base-URL rewriting, form posts and being framed', () => {
    expect(csp.get('base-uri')).toEqual(["'none'"]);
    expect(csp.get('form-action')).toEqual(["'none'"]);
    expect(directives(rendererCspHeaderOnly).get('frame-ancestors')).toEqual(["'none'"]);
  });
});
