/**
 * The app's typed translation function. Every key is checked against the catalog type
 * (`Messages`, src-shared/i18n/en.ts) as one precomputed union of dotted leaf paths.
 *
 * Why not i18next's own typing (`CustomTypeOptions.resources`): its t() recomputes key, return
 * and interpolation types per call, and with ~1,000 keys a statement with a dozen calls went over
 * TypeScript's instantiation budget (TS2589) at random places each time keys were added. Here a
 * call costs one literal-in-union check and returns a plain string. Components import
 * `useTranslation` from this folder (eslint enforces it), never from react-i18next.
 */
// eslint-disable-next-line no-restricted-imports -- the one place that wraps it
import { useTranslation as useI18next } from 'react-i18next';
import type { i18n as I18n } from 'i18next';
import type { Messages } from '../../src-shared/i18n/en';

/** "a.b.c" for every string leaf of the catalog. */
type LeafKeys<T, Prefix extends string = ''> = {
  [K in keyof T & string]: T[K] extends string ? `${Prefix}${K}` : LeafKeys<T[K], `${Prefix}${K}.`>;
}[keyof T & string];

export type MessageKey = LeafKeys<Messages>;

/** Interpolation values ({{name}} in a message). */
export type MessageVars = Record<string, string | number | undefined | null>;

export type TFunction = (key: MessageKey, vars?: MessageVars) => string;

export interface Translation {
  t: TFunction;
  i18n: I18n;
}

export function useTranslation(): Translation {
  const { t, i18n } = useI18next();
  return { t: t as unknown as TFunction, i18n };
}
