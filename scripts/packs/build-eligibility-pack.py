#!/usr/bin/env python3
"""Writes src-shared/rules/packs/kz-sgla-eligibility.v{1,2}.json.

The JSON files are the source of truth shipped with the app (a collegium replaces them
with packs checked against the official texts); this script only saves typing when the
team edits the shipped editions. Facts and confidence marks: shared/reference/legal-facts.md.
"""
import json, copy, pathlib

LAW = {"act": "Law 176-VI", "edition": "2024-04-06",
       "url": "https://adilet.zan.kz/kaz/docs/Z1800000176"}
RULES = {"act": "RBA Rules 19.02.2024", "edition": "2024-02-19"}
UPK = {"act": "UPK 231-V", "url": "https://adilet.zan.kz/rus/docs/K1400000231"}

def law(article, paragraph=None, sub=None):
    c = dict(LAW, article=article)
    if paragraph: c["paragraph"] = paragraph
    if sub: c["subparagraph"] = sub
    return c

def rules(clause, sub=None):
    c = dict(RULES, paragraph=clause)
    if sub: c["subparagraph"] = sub
    return c

def L(kk, ru): return {"kk": kk, "ru": ru}

ASTANA = "Kazakh text of art. 26(2) items 1)-3) CONFIRMED (advocaturaastana.kz/kz/ggyup); Russian wording reconstructed."

issue_areas = [
  ("alimony", L("Алимент өндіріп алу", "Взыскание алиментов"), False),
  ("pension-benefits", L("Зейнетақы мен жәрдемақы тағайындау", "Назначение пенсии и пособий"), False),
  ("rehabilitation", L("Оңалту", "Реабилитация"), False),
  ("refugee-kandas", L("Босқын немесе қандас мәртебесін алу", "Получение статуса беженца или кандаса"), False),
  ("victim-status-rights", L("Жыныстық зорлық-зомбылық, адам саудасы, терроризм актісі құрбанының немесе азаптауға ұшыраған адамның осы мәртебеге байланысты құқықтары",
                             "Права жертвы сексуального насилия, торговли людьми, акта терроризма или лица, подвергнутого пыткам, связанные с этим статусом"), False),
  ("breadwinner-death-damages", L("Асыраушының қайтыс болуынан келтірілген зиянды өтеу", "Возмещение вреда, причинённого смертью кормильца"), False),
  ("health-damage", L("Жұмыс немесе қылмыстық құқық бұзушылық салдарынан денсаулыққа келтірілген зиянды өтеу",
                      "Возмещение вреда здоровью, связанного с трудовой деятельностью или уголовным правонарушением"), False),
  ("family", L("Отбасылық қатынастар (алименттен басқа)", "Семейные отношения (кроме алиментов)"), False),
  ("housing", L("Тұрғын үй мәселелері", "Жилищные вопросы"), False),
  ("labour", L("Еңбек қатынастары", "Трудовые отношения"), False),
  ("property-inheritance", L("Мүлік және мұра", "Имущество и наследство"), False),
  ("criminal", L("Қылмыстық іс", "Уголовное дело"), False),
  ("administrative-offence", L("Әкімшілік құқық бұзушылық туралы іс", "Дело об административном правонарушении"), False),
  ("civil-dispute", L("Азаматтық дау", "Гражданский спор"), False),
  ("business", L("Кәсіпкерлік қызмет", "Предпринимательская деятельность"), True),
  ("other", L("Басқа мәселе", "Другой вопрос"), False),
]

def area(id_, label, business):
    return {"id": id_, "label": label, "business": business, "source": law("26", "2"),
            "verified": False,
            "note": "A grouping of requests for the category conditions, not a list from the Law: the Law names issues inside the categories (art. 26(2) 1), 3), 4))."}

evidence = [
  ("identity-document", L("Жеке басын куәландыратын құжат", "Документ, удостоверяющий личность"),
   L("Жеке куәлік, төлқұжат немесе (кәмелетке толмағанға) туу туралы куәлік.", "Удостоверение личности, паспорт или (для несовершеннолетнего) свидетельство о рождении."),
   law("27", "1"), False, "Art. 27 (duties of the person: present identity and entitlement documents) not seen; UNCONFIRMED, legal-facts §1.5."),
  ("parental-care-loss-document", L("Ата-ана қамқорлығынсыз қалғанын растайтын құжат", "Документ об оставлении без попечения родителей"),
   L("Қорғаншылық және қамқоршылық органының шешімі немесе жетім баланың мәртебесін растайтын анықтама.", "Решение органа опеки и попечительства или справка о статусе ребёнка-сироты."),
   law("26", "2", "1"), False, "Which document proves the status is not in the Law; typical practice, UNCONFIRMED."),
  ("victim-status-document", L("Құрбан мәртебесін растайтын құжат", "Документ, подтверждающий статус жертвы"),
   L("Жәбірленуші деп тану туралы қаулы, адам саудасының құрбаны мәртебесі туралы анықтама немесе өзге растайтын құжат.", "Постановление о признании потерпевшим, справка о статусе жертвы торговли людьми или иной подтверждающий документ."),
   law("26", "2", "2"), False, "Evidence list not in the Law; UNCONFIRMED."),
  ("breadwinner-death-certificate", L("Асыраушының қайтыс болғаны туралы куәлік және асырауда болғанын растайтын құжат", "Свидетельство о смерти кормильца и документ об иждивении"),
   L("Қайтыс болу туралы куәлік және асырауда болғанын растайтын құжат (мысалы, отбасы құрамы туралы анықтама).", "Свидетельство о смерти и документ, подтверждающий иждивение (например, справка о составе семьи)."),
   law("26", "2", "3"), False, "Evidence list not in the Law; UNCONFIRMED."),
  ("health-damage-document", L("Денсаулыққа зиян келтірілгенін растайтын құжат", "Документ о причинении вреда здоровью"),
   L("Өндірістегі жазатайым оқиға туралы акт, медициналық қорытынды немесе жәбірленуші деп тану туралы қаулы.", "Акт о несчастном случае на производстве, медицинское заключение или постановление о признании потерпевшим."),
   law("26", "2", "4"), False, "Evidence list not in the Law; UNCONFIRMED."),
  ("veteran-or-service-certificate", L("Ардагер немесе мерзімді әскери қызметші куәлігі", "Удостоверение ветерана или военнослужащего срочной службы"),
   L("Ұлы Отан соғысы қатысушысының, оларға теңестірілген адамның, ұрыс қимылдары ардагерінің куәлігі немесе әскери билет.", "Удостоверение участника ВОВ, приравненного лица, ветерана боевых действий или военный билет."),
   law("26", "2", "5"), False, "Art. 26(2) item 5 not seen; best estimate from the pre-2018 list (legal-facts §1.3, §8 GPK). UNCONFIRMED."),
  ("disability-certificate", L("І немесе ІІ топтағы мүгедектік туралы анықтама", "Справка об инвалидности I или II группы"),
   L("Мүгедектікті белгілеу туралы анықтама (І немесе ІІ топ).", "Справка об установлении инвалидности (I или II группа)."),
   law("26", "2", "5"), False, "Art. 26(2) item 5 not seen; UNCONFIRMED."),
  ("pension-certificate", L("Жасына байланысты зейнеткер екенін растайтын құжат", "Документ о назначении пенсии по возрасту"),
   L("Жасына байланысты зейнетақы тағайындалғаны туралы анықтама немесе куәлік.", "Справка или удостоверение о назначении пенсии по возрасту."),
   law("26", "2", "5"), False, "Art. 26(2) item 5 not seen; UNCONFIRMED."),
  ("appointment-decree", L("Адвокатты тағайындау туралы қаулы немесе ұйғарым", "Постановление или определение о назначении адвоката"),
   L("Процесті жүргізетін органның (тергеуші, анықтаушы, прокурор, сот, әкімшілік орган) қаулысы немесе ұйғарымы; «Е-Заң көмегі» арқылы келген тағайындау да жарамды.", "Постановление или определение органа, ведущего процесс (следователь, дознаватель, прокурор, суд, административный орган); подходит и назначение через «Е-Заң көмегі»."),
   rules("10"), True, "Rules cl. 3.3, 8, 10 (CONFIRMED, sgla-rules-2024.kk.txt): no start without the decree/ruling or EZK acceptance."),
  ("court-exemption-ruling", L("Соттың өкіл көмегіне ақы төлеуден босату туралы ұйғарымы", "Определение суда об освобождении от оплаты помощи представителя"),
   L("Азаматтық істе соттың тараптың өкілдің көмегіне ақы төлеуден босату туралы ұйғарымы.", "Определение суда в гражданском деле об освобождении стороны от оплаты помощи представителя."),
   {"act": "GPK 377-V", "article": "112"}, False, "GPK art. 112 is the budget-payment hook (CONFIRMED indirectly via Order 617/2015); current wording UNCONFIRMED."),
]

def ev(e):
    id_, label, guidance, source, verified, note = e
    return {"id": id_, "label": label, "guidance": guidance, "source": source, "verified": verified, "note": note}

def cat(id_, service, label, guidance, evidence_ids, source, verified, note, **conditions):
    return {"id": id_, "service": service, "label": label, "guidance": guidance, "evidence": evidence_ids,
            "source": source, "verified": verified, "note": note, "conditions": conditions}

NOT_BUSINESS = "кәсіпкерлік қызметке байланысты емес мәселелер бойынша"
categories = [
  cat("cons.26-2-1.issues", "consultation",
      L("Алимент, зейнетақы мен жәрдемақы, оңалту, босқын немесе қандас мәртебесі мәселелері бойынша жеке тұлғалар",
        "Физические лица по вопросам алиментов, пенсий и пособий, реабилитации, статуса беженца или кандаса"),
      L("Кез келген жеке тұлға — егер мәселе алимент өндіріп алу, зейнетақы немесе жәрдемақы тағайындау, оңалту, босқын немесе қандас мәртебесін алу туралы болса.",
        "Любое физическое лицо — если вопрос о взыскании алиментов, назначении пенсии или пособия, реабилитации, получении статуса беженца или кандаса."),
      ["identity-document"], law("26", "2", "1"), True, ASTANA,
      issueAreas=["alimony", "pension-benefits", "rehabilitation", "refugee-kandas"]),
  cat("cons.26-2-1.minor-without-care", "consultation",
      L("Ата-анасының қамқорлығынсыз қалған кәмелетке толмағандар", "Несовершеннолетние, оставшиеся без попечения родителей"),
      L("18 жасқа толмаған, ата-анасының қамқорлығынсыз қалған бала — кез келген құқықтық мәселе бойынша. Жасы ЖСН бойынша тексеріледі.",
        "Ребёнок до 18 лет, оставшийся без попечения родителей, — по любому правовому вопросу. Возраст проверяется по ИИН."),
      ["identity-document", "parental-care-loss-document"], law("26", "2", "1"), True, ASTANA, maxAgeYears=17),
  cat("cons.26-2-2.victims", "consultation",
      L("Жыныстық зорлық-зомбылық, адам саудасы, терроризм актісі құрбандары, азаптауға ұшырағандар", "Жертвы сексуального насилия, торговли людьми, акта терроризма, лица, подвергнутые пыткам"),
      L("Осы мәртебеге немесе жағдайға байланысты құқықтарын қамтамасыз ету және қорғау мәселелері бойынша.",
        "По вопросам обеспечения и защиты прав, связанных с этим статусом или положением."),
      ["identity-document", "victim-status-document"], law("26", "2", "2"), True, ASTANA,
      issueAreas=["victim-status-rights"]),
  cat("cons.26-2-3.breadwinner", "consultation",
      L("Асыраушының қайтыс болуынан келтірілген зиянды өтеу мәселелері бойынша жеке тұлғалар", "Физические лица по вопросам возмещения вреда, причинённого смертью кормильца"),
      L("Асыраушысынан айырылған адам — зиянды өтеу мәселесі бойынша.", "Лицо, потерявшее кормильца, — по вопросу возмещения вреда."),
      ["identity-document", "breadwinner-death-certificate"], law("26", "2", "3"), True, ASTANA,
      issueAreas=["breadwinner-death-damages"]),
  cat("cons.26-2-4.health-damage", "consultation",
      L("Жұмыс немесе қылмыстық құқық бұзушылық салдарынан денсаулығына зиян келтірілген жеке тұлғалар", "Физические лица по вопросам возмещения вреда здоровью, связанного с трудовой деятельностью или уголовным правонарушением"),
      L("Жұмыста немесе қылмыс салдарынан жарақат алған не денсаулығына өзге зиян келген адам — зиянды өтеу мәселесі бойынша.",
        "Лицо, получившее увечье или иной вред здоровью на работе или от преступления, — по вопросу возмещения вреда."),
      ["identity-document", "health-damage-document"], law("26", "2", "4"), False,
      "Start of item 4) CONFIRMED in Kazakh; its content PARTLY CONFIRMED (Kazinform paraphrase: «жұмыс немесе қылмыстық құқық бұзушылық салдарынан»).",
      issueAreas=["health-damage"]),
  cat("cons.26-2-5.veterans", "consultation",
      L("Ұлы Отан соғысының қатысушылары, оларға теңестірілгендер, ұрыс қимылдарының ардагерлері, мерзімді әскери қызметшілер", "Участники ВОВ и приравненные лица, ветераны боевых действий, военнослужащие срочной службы"),
      L("Кәсіпкерлік қызметке байланысты емес мәселелер бойынша.", "По вопросам, не связанным с предпринимательской деятельностью."),
      ["identity-document", "veteran-or-service-certificate"], law("26", "2", "5"), False,
      "Beginning of the item CONFIRMED by Kazinform paraphrase; exact list and the business exclusion from the pre-2018 text. UNCONFIRMED.",
      notBusiness=True),
  cat("cons.26-2-5.disability-1-2", "consultation",
      L("І және ІІ топтағы мүгедектігі бар адамдар", "Лица с инвалидностью I и II групп"),
      L("Кәсіпкерлік қызметке байланысты емес мәселелер бойынша.", "По вопросам, не связанным с предпринимательской деятельностью."),
      ["identity-document", "disability-certificate"], law("26", "2", "5"), False,
      "Best estimate from the pre-2018 list (legal-facts §1.3). UNCONFIRMED.", notBusiness=True),
  cat("cons.26-2-5.pensioners", "consultation",
      L("Жасына байланысты зейнеткерлер", "Пенсионеры по возрасту"),
      L("Кәсіпкерлік қызметке байланысты емес мәселелер бойынша.", "По вопросам, не связанным с предпринимательской деятельностью."),
      ["identity-document", "pension-certificate"], law("26", "2", "5"), False,
      "Best estimate from the pre-2018 list (legal-facts §1.3). UNCONFIRMED.", notBusiness=True),
  cat("def.26-3-1.criminal-defence", "defence",
      L("Күдікті, айыпталушы, сотталушы, сотталған, ақталған (ҚПК)", "Подозреваемый, обвиняемый, подсудимый, осуждённый, оправданный (УПК)"),
      L("Қылмыстық іс жүргізу заңнамасында көзделген жағдайларда; тағайындауды процесті жүргізетін орган жасайды (ҚПК 67, 68-баптар).",
        "В случаях, предусмотренных уголовно-процессуальным законодательством; назначение делает орган, ведущий процесс (ст. 67, 68 УПК)."),
      ["appointment-decree"], law("26", "3", "1"), False,
      "Art. 26(3) wording not seen (structure PARTLY CONFIRMED, legal-facts §1.4); UPK arts. 67-68 CONFIRMED."),
  cat("def.26-3-1.victim", "defence",
      L("Қылмыстық процестегі жәбірленуші", "Потерпевший в уголовном процессе"),
      L("Қылмыстық іс жүргізу заңнамасында көзделген жағдайларда, процесті жүргізетін органның тағайындауы бойынша.",
        "В случаях, предусмотренных уголовно-процессуальным законодательством, по назначению органа, ведущего процесс."),
      ["appointment-decree"], law("26", "3", "1"), False, "Art. 26(3) wording not seen; UNCONFIRMED."),
  cat("def.26-3-2.admin-offence", "defence",
      L("Әкімшілік құқық бұзушылық туралы іс бойынша жауапкершілікке тартылатын адам, жәбірленуші", "Лицо, привлекаемое к административной ответственности, потерпевший"),
      L("Әкімшілік құқық бұзушылық туралы заңнамада көзделген жағдайларда, органның тағайындауы бойынша.",
        "В случаях, предусмотренных законодательством об административных правонарушениях, по назначению органа."),
      ["appointment-decree"], law("26", "3", "2"), False, "Art. 26(3) wording not seen; UNCONFIRMED."),
  cat("def.26-3-3.civil-parties", "defence",
      L("Азаматтық процестегі талапкерлер мен жауапкерлер", "Истцы и ответчики в гражданском процессе"),
      L("Азаматтық іс жүргізу заңнамасында көзделген жағдайларда; сот тарапты өкілдің көмегіне ақы төлеуден босатады.",
        "В случаях, предусмотренных гражданским процессуальным законодательством; суд освобождает сторону от оплаты помощи представителя."),
      ["appointment-decree", "court-exemption-ruling"], law("26", "3", "3"), False, "Art. 26(3) wording not seen; UNCONFIRMED."),
]

WITNESS = cat("def.26-3-1.witness-with-right-to-defence", "defence",
      L("Қорғалуға құқығы бар куә", "Свидетель, имеющий право на защиту"),
      L("ҚПК 65-1-бабы бойынша; куә қорғаушы шақырмаса, орган оның қатысуын қамтамасыз етеді (ҚПК 67-бабының 3-бөлігі).",
        "По ст. 65-1 УПК; если свидетель не пригласил защитника, орган обеспечивает его участие (ч. 3 ст. 67 УПК)."),
      ["appointment-decree"], {"act": "MoJ order 521", "edition": "2025-09-24",
                               "url": "https://adilet.zan.kz/rus/docs/V2500036921"}, False,
      "Order 521 of 24.09.2025 adds the witness with the right to defence to the persons whose defence is paid (CONFIRMED, zakon.kz 6492601). Its entry into force (10 days after publication) is estimated as 2025-10-05: UNCONFIRMED.")

refusal_grounds = [
  {"id": "refusal.38-1.not-in-category", "kind": "not-in-category", "appliesTo": ["consultation"],
   "label": L("Өтініш беруші Заңның 26-бабының 2-тармағында көзделген санаттарға жатпайды", "Заявитель не относится к категориям, указанным в п. 2 ст. 26 Закона"),
   "explanation": L("Сіз тегін құқықтық кеңес алуға құқығы бар адамдар санатына жатпайсыз. Бірақ кез келген адам құқықтық ақпаратты тегін ала алады (Заңның 26-бабының 1-тармағы).",
                    "Вы не относитесь к категориям лиц, имеющих право на бесплатную юридическую консультацию. Но правовую информацию бесплатно может получить любой человек (п. 1 ст. 26 Закона)."),
   "source": rules("38", "1"), "verified": True, "note": "Rules cl. 38(1), Kazakh original."},
  {"id": "refusal.38-2.not-legal", "kind": "not-legal-request", "appliesTo": ["consultation"],
   "label": L("Өтініш құқықтық сипатта емес", "Обращение не носит правового характера"),
   "explanation": L("Сіздің сұрағыңыз құқықтық сипатта емес, сондықтан адвокат ол бойынша заң көмегін көрсете алмайды.",
                    "Ваш вопрос не носит правового характера, поэтому адвокат не может оказать по нему юридическую помощь."),
   "source": rules("38", "2"), "verified": True, "note": "Rules cl. 38(2), Kazakh original."},
  {"id": "refusal.50.not-in-defence-category", "kind": "not-in-category", "appliesTo": ["defence"],
   "label": L("Адам Заңның 26-бабының 3-тармағында көзделген санаттарға жатпайды", "Лицо не относится к категориям, указанным в п. 3 ст. 26 Закона"),
   "explanation": L("Сіз тегін қорғау немесе өкілдік ету алуға құқығы бар адамдар санатына жатпайсыз. Құқықты тағайындау туралы шешім шығаратын орган тексереді (Ереженің 37-тармағы).",
                    "Вы не относитесь к категориям лиц, имеющих право на бесплатную защиту или представительство. Право проверяет орган, выносящий решение о назначении (п. 37 Правил)."),
   "source": rules("50"), "verified": True, "note": "Rules cl. 50 and 37 (CONFIRMED); the art. 26(3) list itself is unverified."},
  {"id": "refusal.36-1.conflict-of-interest", "kind": "conflict-of-interest", "appliesTo": ["consultation", "defence"],
   "label": L("Мүдделер қақтығысы (Заңның 33-бабының 8-тармағы)", "Конфликт интересов (п. 8 ст. 33 Закона)"),
   "explanation": L("Бұл адвокаттың мүдделер қақтығысы бар, сондықтан ол сізге көмек көрсете алмайды. Сізге басқа адвокат көмектеседі — консультация меңгерушісіне жүгініңіз.",
                    "У этого адвоката конфликт интересов, поэтому он не может вам помочь. Вам поможет другой адвокат — обратитесь к заведующему консультацией."),
   "source": rules("36", "1"), "verified": True, "note": "Rules cl. 36(1) CONFIRMED; Law art. 33(8) text not seen."},
  {"id": "refusal.36-2.procedural-exclusion", "kind": "procedural-exclusion", "appliesTo": ["consultation", "defence"],
   "label": L("Адвокаттың іске қатысуын болғызбайтын мән-жайлар (ҚПК 66-бабының 4-бөлігі, 94-бабы)", "Обстоятельства, исключающие участие адвоката (ч. 4 ст. 66, ст. 94 УПК)"),
   "explanation": L("Заң бойынша бұл адвокат осы іске қатыса алмайды. Сізге басқа адвокат тағайындалады.",
                    "По закону этот адвокат не может участвовать в этом деле. Вам будет назначен другой адвокат."),
   "source": rules("36", "2"), "verified": True,
   "note": "Rules cl. 36(2); UPK art. 66(4) and 94 CONFIRMED verbatim. The Rules' «АПК 59(3)» reference does not fit the АППК (legal-facts §8): UNCONFIRMED."},
  {"id": "refusal.42.repeat-issue", "kind": "repeat-issue", "appliesTo": ["consultation", "defence"],
   "label": L("Сол бір мәселе бойынша заң көмегі бұрын көрсетілген", "Помощь по тому же вопросу уже оказывалась"),
   "explanation": L("Мемлекет кепілдік берген заң көмегі сол бір мәселе бойынша бір рет қана көрсетіледі, ал сіз оны осы мәселе бойынша алғансыз.",
                    "Гарантированная государством юридическая помощь по одному и тому же вопросу оказывается один раз, а вы её по этому вопросу уже получили."),
   "source": rules("42"), "verified": True, "note": "Rules cl. 42 CONFIRMED; also aikyn.kz 282117."},
]

principles = [
  {"id": "principle.26-1.legal-information", "kind": "legal-information",
   "label": L("Құқықтық ақпарат — барлығына тегін", "Правовое информирование — бесплатно для всех"),
   "explanation": L("Барлық жеке және заңды тұлғалардың құқықтық ақпарат түрінде мемлекет кепілдік берген заң көмегін тегін алуға құқығы бар.",
                    "Все физические и юридические лица имеют право на получение гарантированной государством юридической помощи в виде правового информирования бесплатно."),
   "source": law("26", "1"), "verified": True, "note": "Kazakh CONFIRMED (advocaturaastana.kz); Russian reconstructed."},
  {"id": "principle.42.once-per-issue", "kind": "once-per-issue",
   "label": L("Бір мәселе — бір рет", "Один вопрос — один раз"),
   "explanation": L("Тұлға сол бір мәселе бойынша мемлекет кепілдік берген заң көмегін бір рет ала алады.",
                    "Лицо может получить гарантированную государством юридическую помощь по одному и тому же вопросу один раз."),
   "source": rules("42"), "verified": True},
  {"id": "principle.52.representative", "kind": "representative",
   "label": L("Өкіл арқылы жүгіну", "Обращение через представителя"),
   "explanation": L("МКБЗК-не мұқтаж адамның мүддесі үшін заңдарда белгіленген тәртіпте оның өкілі жүгіне алады.",
                    "В интересах лица, нуждающегося в ГГЮП, с заявлением может обратиться его представитель в порядке, установленном законом."),
   "source": rules("52"), "verified": True},
  {"id": "principle.51.residence", "kind": "residence",
   "label": L("Тұрғылықты жеріне қарамастан", "Независимо от места жительства"),
   "explanation": L("Құқығы бар адамдар тұрғылықты жеріне және орналасқан жеріне қарамастан Қазақстан аумағында МКБЗК алуға құқылы.",
                    "Лица, имеющие право, получают ГГЮП на территории Казахстана независимо от места жительства и нахождения."),
   "source": rules("51"), "verified": True},
]

base = {
  "format": 1, "id": "kz-sgla-eligibility", "publisher": "Qorgau (compiled from public sources)",
  "publishedAt": "2026-11-25",
  "issueAreas": [area(*a) for a in issue_areas],
  "evidence": [ev(e) for e in evidence],
  "refusalGrounds": refusal_grounds,
  "principles": principles,
}

v1 = dict(copy.deepcopy(base), version=1, effectiveFrom="2018-07-22", effectiveTo="2025-10-04",
          title=L("МКБЗК алу құқығы: санаттар, құжаттар, бас тарту негіздері (2018–2025)",
                  "Право на ГГЮП: категории, документы, основания отказа (2018–2025)"),
          categories=copy.deepcopy(categories))
v2 = dict(copy.deepcopy(base), version=2, effectiveFrom="2025-10-05", effectiveTo=None,
          title=L("МКБЗК алу құқығы: санаттар, құжаттар, бас тарту негіздері (2025 жылғы 5 қазаннан бастап)",
                  "Право на ГГЮП: категории, документы, основания отказа (с 5 октября 2025 года)"),
          categories=copy.deepcopy(categories[:8] + [categories[8], WITNESS] + categories[9:]))

out = pathlib.Path(__file__).resolve().parents[2] / "src-shared/rules/packs"
for pack in (v1, v2):
    key_order = ["format", "id", "kind", "version", "effectiveFrom", "effectiveTo", "title", "publisher", "publishedAt",
                 "issueAreas", "evidence", "categories", "refusalGrounds", "principles"]
    pack["kind"] = "eligibility"
    ordered = {k: pack[k] for k in key_order}
    (out / f"kz-sgla-eligibility.v{pack['version']}.json").write_text(json.dumps(ordered, ensure_ascii=False, indent=2) + "\n")
    print("wrote", pack["id"], "v", pack["version"], len(pack["categories"]), "categories")
