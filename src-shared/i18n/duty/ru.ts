import type { DutyMessages } from './en';

/** Графики дежурств, список, распределение назначений, отчёт о равномерности. */
export const dutyRu: DutyMessages = {
  title: 'Графики дежурств',
  kinds: {
    pretrial: 'Досудебное расследование',
    court: 'Судебные дела',
    consultation: 'Юридическая консультация',
  },
};
