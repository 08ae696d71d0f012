import type { DutyMessages } from './en';

/** Кезекшілік кестелері, тізім, тағайындауларды бөлу, әділдік есебі. */
export const dutyKk: DutyMessages = {
  title: 'Кезекшілік кестелері',
  kinds: {
    pretrial: 'Сотқа дейінгі тергеп-тексеру',
    court: 'Сот істері',
    consultation: 'Заң консультациясы',
  },
};
