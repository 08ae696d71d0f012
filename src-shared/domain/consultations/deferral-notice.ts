/**
 * The notice a person gets when their consultation is deferred (Rules cl. 41: told the date
 * and time "in an accessible form"): short enough for one SMS, printable as it is.
 */
import { formatPhone } from '../phone/phone';

const WEEKDAYS = {
  kk: ['дүйсенбі', 'сейсенбі', 'сәрсенбі', 'бейсенбі', 'жұма', 'сенбі', 'жексенбі'],
  ru: ['понедельник', 'вторник', 'среда', 'четверг', 'пятница', 'суббота', 'воскресенье'],
} as const;

export interface DeferralNoticeInput {
  personName: string;
  appointmentAt: string;
  office: string;
  advocateName: string;
  advocatePhone: string;
}

function weekday(date: string, lang: 'kk' | 'ru'): string {
  const d = new Date(`${date}T00:00:00Z`).getUTCDay(); // 0 = Sunday
  return WEEKDAYS[lang][(d + 6) % 7]!;
}

export function deferralNotice(n: DeferralNoticeInput, lang: 'kk' | 'ru'): string {
  const [date, time] = [n.appointmentAt.slice(0, 10), n.appointmentAt.slice(11, 16)];
  const [y, m, d] = date.split('-');
  const when = `${d}.${m}.${y} (${weekday(date, lang)}) ${time}`;
  const phone = formatPhone(n.advocatePhone);
  return lang === 'kk'
    ? `${n.personName}, сізге тегін заң кеңесі ${when} беріледі. Мекенжайы: ${n.office}. Адвокат ${n.advocateName}, тел. ${phone}. Жеке куәлігіңізді ала келіңіз.`
    : `${n.personName}, бесплатная юридическая консультация назначена вам на ${when}. Адрес: ${n.office}. Адвокат ${n.advocateName}, тел. ${phone}. Возьмите удостоверение личности.`;
}
