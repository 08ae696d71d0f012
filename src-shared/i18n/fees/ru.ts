import type { FeesMessages } from './en';

/** Заявления об оплате, ежемесячный отчёт и отчёты консультации. */
export const feesRu: FeesMessages = {
  title: 'Отчёты и заявления об оплате',
};
