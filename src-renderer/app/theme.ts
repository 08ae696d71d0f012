import { createTheme, type CSSVariablesResolver } from '@mantine/core';

/**
 * Noto Sans is bundled (Kazakh letters and ₸ on any Windows). Shades are chosen for
 * contrast on old, dim laptop screens: primary filled buttons use blue.8 and "dimmed"
 * text is gray.7 (Mantine's gray.6 fails WCAG AA on white).
 */
export const theme = createTheme({
  fontFamily: '"Noto Sans", "Segoe UI", system-ui, sans-serif',
  headings: { fontFamily: '"Noto Sans", "Segoe UI", system-ui, sans-serif' },
  primaryColor: 'blue',
  primaryShade: { light: 8, dark: 5 },
  defaultRadius: 'sm',
});

/**
 * "light" variants (active nav link, light buttons, alerts) draw shade 6 text on a pale
 * tint by default, about 3:1 — too faint. Shade 9 text passes WCAG AA for every colour.
 */
export const cssVariablesResolver: CSSVariablesResolver = (t) => ({
  variables: {},
  light: {
    '--mantine-color-dimmed': t.colors.gray[7],
    '--mantine-primary-color-light': t.colors[t.primaryColor]![0],
    '--mantine-primary-color-light-hover': t.colors[t.primaryColor]![1],
    '--mantine-primary-color-light-color': t.colors[t.primaryColor]![9],
    ...Object.fromEntries(
      Object.entries(t.colors).map(([name, shades]) => [
        `--mantine-color-${name}-light-color`,
        shades[9],
      ]),
    ),
  },
  dark: {},
});
