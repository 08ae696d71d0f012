import { describe, expect, it } from 'vitest';
import { nestHeadings, renderPerformance } from './document';

describe('docs/performance.md', () => {
  it('nests a part’s headings under its section, not inside code fences', () => {
    const md = '# Sync bench\n\nText\n## First sync\n```sh\n# a comment\n```\n### Ratios';
    expect(nestHeadings(md, 2)).toBe(
      'Text\n#### First sync\n```sh\n# a comment\n```\n##### Ratios',
    );
  });

  it('has the machine, the command, the date, the goals and every part', () => {
    const md = renderPerformance({
      date: '2026-11-26',
      command: 'npm run bench',
      machine: {
        cpu: 'Xeon',
        cores: 2,
        ramGb: 23.5,
        os: 'Linux',
        node: 'v20',
        chromium: '156',
        postgres: 'PostgreSQL 15.18',
        loadBefore: [0.1, 0.2, 0.3],
        loadAfter: [1, 1, 1],
      },
      totalS: 1800,
      json: { register: { options: { n: 100000 }, search: { p95: 20 } } },
      parts: [
        {
          title: 'Register',
          intro: 'What it is.',
          markdown: '# R\n## Search\nfigures',
          seconds: 60,
        },
      ],
    });
    for (const s of [
      '`npm run bench`',
      '2026-11-26',
      'Xeon, 2 cores',
      'Chromium 156',
      'PostgreSQL 15.18',
      '## 1. Register',
      '### Search',
      '20.0 ms',
      'meets',
    ])
      expect(md).toContain(s);
  });
});
