import AxeBuilder from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import { settle } from './browser';

/**
 * axe-core violations of impact serious or critical, as readable lines (empty = pass): the rule,
 * and each offending element's selector with the start of its markup, to find it in the code.
 */
export async function seriousA11yViolations(page: Page): Promise<string[]> {
  // A dialog still fading in has blended colours: axe would measure those, not the real ones.
  await settle(page);
  const result = await new AxeBuilder({ page }).analyze();
  return result.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map(
      (v) =>
        `${v.id} (${v.impact}): ${v.help} — ${v.nodes
          .map((n) => `${n.target.join(' ')} ${n.html.slice(0, 160)}`)
          .join(', ')}`,
    );
}
