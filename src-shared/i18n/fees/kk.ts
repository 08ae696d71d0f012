import type { FeesMessages } from './en';

/** Ақы төлеу туралы өтініштер, ай сайынғы есеп және консультацияның есептері. */
export const feesKk: FeesMessages = {
  title: 'Есептер және ақы төлеу туралы өтініштер',
};
