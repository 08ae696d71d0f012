#!/usr/bin/env python3
"""Writes src-shared/rules/packs/kz-defence-register.json: the defence (representation) register
template (MoJ order 1465 — columns NOT SEEN, best estimate from legal-facts §3), the client's
procedural statuses, stages, work-log actions, the only grounds to decline an appointment
(Rules cl. 36), good reasons to replace the advocate of the previous stage (cl. 4.3), the
grounds of mandatory defence (UPK art. 67(1)) and the cases where a refusal of the defender is
not accepted (UPK art. 69(2)), night time (Labour Code art. 76), the notice of defence (Rules
cl. 9; UPK art. 68(8)) and the steps when a paid advocate appears (Rules cl. 44–46).

Sources (see /work/shared/reference): the Rules' Kazakh original (sgla-rules-2024.kk.txt) is
quoted for cl. 4.3, 9, 36, 44–46; UPK articles 66–69 and 94 in Russian are quoted verbatim in
legal-facts §8 (adilet copy, edition with amendments up to Law № 210-VIII). Kazakh wording of
the UPK was not available: Kazakh labels of UPK items are Qorgau's translation.

Run `npx prettier --write src-shared/rules/packs/kz-defence-register.json` afterwards (the
shipped packs are kept in Prettier style)."""
import json, pathlib

RULES = {"act": "RBA Rules 19.02.2024", "edition": "2024-02-19"}
ORDER_1465 = {"act": "MoJ order 1465", "edition": "2018-09-28",
              "url": "https://adilet.zan.kz/rus/docs/V1800017530"}
UPK_URL = "https://adilet.zan.kz/rus/docs/K1400000231"
KOAP_URL = "https://adilet.zan.kz/rus/docs/K1400000235"
GPK_URL = "https://adilet.zan.kz/rus/docs/K1500000377"
APPK_URL = "https://adilet.zan.kz/rus/docs/K2000000350"
ALL_KINDS = ["criminal", "administrative-offence", "civil", "administrative"]

def L(kk, ru): return {"kk": kk, "ru": ru}
def rules(paragraph, subparagraph=None):
    s = dict(RULES, paragraph=paragraph)
    if subparagraph: s["subparagraph"] = subparagraph
    return s
def upk(article, paragraph=None, subparagraph=None):
    s = {"act": "UPK", "article": article, "url": UPK_URL}
    if paragraph: s["paragraph"] = paragraph
    if subparagraph: s["subparagraph"] = subparagraph
    return s

# ── columns (order 1465, Appendix NOT SEEN) ──────────────────────────────────────────────
COL_NOTE = ("Order 1465 register form not seen: best-estimate column after legal-facts §3. "
            "UNCONFIRMED. (The estimate's column 11 «Сумма к оплате» is left to fee claims.)")
def col(key, kk, ru, width):
    kebab = "".join("-" + ch.lower() if ch.isupper() else ch for ch in key)
    return {"id": f"column.{kebab}", "key": key, "label": L(kk, ru), "width": width,
            "source": ORDER_1465, "verified": False, "note": COL_NOTE}

columns = [
    col("number", "Р/с №", "№ п/п", 0.5),
    col("receivedAt", "Тапсырманың (органның қаулысының) келіп түскен күні мен уақыты",
        "Дата и время поступления поручения (постановления органа)", 1),
    col("decree",
        "Процесті жүргізетін орган (лауазымды адамның Т.А.Ә.), қорғаушыны тағайындау "
        "(қатысуын қамтамасыз ету) туралы қаулының нөмірі мен күні",
        "Орган, ведущий процесс (Ф.И.О. должностного лица), № и дата постановления о "
        "назначении (обеспечении участия) защитника", 1.8),
    col("caseNumber",
        "Қылмыстық істің (СДТБТ), әкімшілік құқық бұзушылық туралы істің, азаматтық "
        "(әкімшілік) істің нөмірі",
        "№ уголовного дела (ЕРДР), дела об административном правонарушении, гражданского "
        "(административного) дела", 1.2),
    col("client", "Қорғалушының (сенім білдірушінің) Т.А.Ә., ЖСН",
        "Ф.И.О. подзащитного (доверителя), ИИН", 1.5),
    col("status", "Процестік мәртебесі", "Процессуальный статус", 1),
    col("qualification", "Саралау (ҚК / ӘҚБтК бабы), ауырлық санаты",
        "Квалификация (статья УК / КоАП), категория тяжести", 1.2),
    col("stage",
        "Сатысы (сотқа дейінгі тергеп-тексеру, бірінші, апелляциялық, кассациялық саты)",
        "Стадия (досудебное расследование, первая, апелляционная, кассационная инстанции)", 1.1),
    col("work",
        "Орындалған әрекеттер: күні, уақыты, сағат саны (оның ішінде түнгі уақытта, демалыс "
        "және мереке күндері)",
        "Выполненные действия: дата, время, количество часов (в том числе в ночное время, в "
        "выходные и праздничные дни)", 2.2),
    col("completion", "Қатысуды аяқтаған күні, қорытынды құжат",
        "Дата завершения участия, итоговый документ", 1.2),
    col("note", "Ескерту", "Примечание", 0.8),
]

# ── statuses ────────────────────────────────────────────────────────────────────────────
def status(sid, kk, ru, kinds, side, source, note, category=None, continues=None):
    item = {"id": f"status.{sid}", "label": L(kk, ru), "caseKinds": kinds, "side": side,
            "source": source, "verified": False, "note": note}
    if category: item["categoryId"] = category
    if continues: item["continuesAs"] = continues
    return item

CRIM = "def.26-3-1.criminal-defence"
UPK_STATUS_NOTE = ("Status named in UPK art. 66(1), 67(1) (Russian verbatim, legal-facts §8). The "
                   "defining article was read in the adilet copy (kittamirlan5555-blip/adilet"
                   "@7fa4426, chunks/upk.jsonl), which is outside the reference files: UNVERIFIED. "
                   "Kazakh term: Qorgau's rendering of the UPK's Kazakh terminology, not checked.")
AT_TRIAL = [{"stageId": "stage.first-instance", "statusId": "status.defendant"}]
statuses = [
    status("suspect", "Күдікті", "Подозреваемый", ["criminal"], "defence", upk("64"),
           UPK_STATUS_NOTE + " A suspect reaches court as accused, then подсудимый (art. 65(1), "
           "(2)): the next-stage draft proposes подсудимый (continuesAs).", CRIM, AT_TRIAL),
    status("accused", "Айыпталушы", "Обвиняемый", ["criminal"], "defence", upk("65"),
           UPK_STATUS_NOTE + " Art. 65(2): an accused whose case is set for trial is called "
           "подсудимый (continuesAs).", CRIM, AT_TRIAL),
    status("defendant", "Сотталушы", "Подсудимый", ["criminal"], "defence", upk("65", "2"),
           UPK_STATUS_NOTE, CRIM),
    status("convicted", "Сотталған", "Осуждённый", ["criminal"], "defence", upk("65", "3"),
           UPK_STATUS_NOTE, CRIM),
    status("acquitted", "Ақталған", "Оправданный", ["criminal"], "defence", upk("65", "4"),
           UPK_STATUS_NOTE, CRIM),
    status("witness-with-right-to-defence", "Қорғалуға құқығы бар куә",
           "Свидетель, имеющий право на защиту", ["criminal"], "defence", upk("65-1"),
           UPK_STATUS_NOTE + " The eligibility category exists from pack v2 (order 521, "
           "in force 2025-10-05).", "def.26-3-1.witness-with-right-to-defence"),
    status("victim", "Жәбірленуші", "Потерпевший", ["criminal"], "victim", upk("71"),
           "UPK art. 71 «Потерпевший» (article title seen in the adilet copy); Kazakh term not "
           "checked.", "def.26-3-1.victim"),
    status("admin-offender", "Әкімшілік жауапкершілікке тартылатын адам",
           "Лицо, привлекаемое к административной ответственности",
           ["administrative-offence"], "defence", {"act": "KoAP", "url": KOAP_URL},
           "Wording after the Law art. 26(3) estimate (legal-facts §1.4); KoAP article not "
           "checked.", "def.26-3-2.admin-offence"),
    status("admin-victim", "Әкімшілік құқық бұзушылық туралы іс бойынша жәбірленуші",
           "Потерпевший по делу об административном правонарушении",
           ["administrative-offence"], "victim", {"act": "KoAP", "url": KOAP_URL},
           "Law art. 26(3) estimate lists the victim (legal-facts §1.4); KoAP article not "
           "checked.", "def.26-3-2.admin-offence"),
    status("civil-plaintiff", "Талапкер", "Истец", ["civil"], "party",
           {"act": "GPK", "url": GPK_URL},
           "Law art. 26(3) estimate: plaintiffs and defendants (legal-facts §1.4); GPK article "
           "not checked.", "def.26-3-3.civil-parties"),
    status("civil-defendant", "Жауапкер", "Ответчик", ["civil"], "party",
           {"act": "GPK", "url": GPK_URL},
           "Law art. 26(3) estimate: plaintiffs and defendants (legal-facts §1.4); GPK article "
           "not checked.", "def.26-3-3.civil-parties"),
    status("admin-plaintiff", "Талапкер (әкімшілік сот ісін жүргізу)",
           "Истец (административное судопроизводство)", ["administrative"], "party",
           {"act": "APPK", "url": APPK_URL},
           "Whether Law art. 26(3) covers parties under the АППК is UNCONFIRMED (legal-facts "
           "§1.4); no eligibility category."),
    status("admin-defendant", "Жауапкер (әкімшілік сот ісін жүргізу)",
           "Ответчик (административное судопроизводство)", ["administrative"], "party",
           {"act": "APPK", "url": APPK_URL},
           "Under the АППК the defendant is usually an administrative body or official, so SGLA "
           "for a defendant is rare; coverage by Law art. 26(3) UNCONFIRMED; no eligibility "
           "category."),
]

# ── stages ──────────────────────────────────────────────────────────────────────────────
STAGE_NOTE = ("Stage order follows the procedure codes; Rules cl. 4(3) speaks of «сотқа дейінгі "
              "тергеп-тексеру кезеңі» and «төменгі сатыдағы соттар». Labels not checked "
              "against the codes' texts.")
def stage(sid, kk, ru, order, kinds, source, note=STAGE_NOTE):
    return {"id": f"stage.{sid}", "label": L(kk, ru), "order": order, "caseKinds": kinds,
            "source": source, "verified": False, "note": note}

stages = [
    stage("pre-trial", "Сотқа дейінгі тергеп-тексеру", "Досудебное расследование", 1,
          ["criminal"], rules("4", "3")),
    stage("body-consideration", "Органның (лауазымды адамның) істі қарауы",
          "Рассмотрение дела органом (должностным лицом)", 1, ["administrative-offence"],
          {"act": "KoAP", "url": KOAP_URL},
          "Administrative-offence cases considered by a body or official (not a court) before "
          "any court review; KoAP articles not checked."),
    stage("first-instance", "Бірінші сатыдағы сот", "Суд первой инстанции", 2, ALL_KINDS,
          rules("4", "3")),
    stage("appeal", "Апелляциялық саты", "Апелляционная инстанция", 3, ALL_KINDS,
          rules("4", "3")),
    stage("cassation", "Кассациялық саты", "Кассационная инстанция", 4, ALL_KINDS,
          rules("4", "3"),
          STAGE_NOTE + " For administrative-offence cases the review of decisions in force by "
          "the Supreme Court is treated as cassation (UNCONFIRMED)."),
]

# ── work-log actions ────────────────────────────────────────────────────────────────────
ACT_SOURCE = {"act": "MoJ order 434", "edition": "2023-06-30"}
ACT_NOTE = ("Kinds of work paid under MoJ orders 434 (sizes, as amended by order 521) and 1462 "
            "(payment rules); the official list was not seen (legal-facts §4–5). UNCONFIRMED.")
def action(sid, kk, ru, kinds):
    return {"id": f"action.{sid}", "label": L(kk, ru), "caseKinds": kinds,
            "source": ACT_SOURCE, "verified": False, "note": ACT_NOTE}

actions = [
    action("interrogation", "Жауап алу", "Допрос", ["criminal"]),
    action("confrontation", "Бетпе-бет сөйлестіру", "Очная ставка", ["criminal"]),
    action("other-investigative",
           "Өзге тергеу әрекеті (қарау, тану үшін көрсету, тергеу эксперименті және т.б.)",
           "Иное следственное действие (осмотр, предъявление для опознания, следственный "
           "эксперимент и др.)", ["criminal"]),
    action("detention", "Ұстау кезінде қатысу", "Участие при задержании",
           ["criminal", "administrative-offence"]),
    action("restraint-hearing", "Бұлтартпау шарасы бойынша сот отырысы (тергеу судьясы)",
           "Судебное заседание по мере пресечения (следственный судья)", ["criminal"]),
    action("case-materials", "Іс материалдарымен танысу", "Ознакомление с материалами дела",
           ALL_KINDS),
    action("court-hearing", "Сот отырысы", "Судебное заседание", ["criminal"]),
    action("custody-visit",
           "Қамаудағы қорғалушымен кездесу (уақытша ұстау изоляторы, тергеу изоляторы)",
           "Свидание с подзащитным, содержащимся под стражей (ИВС, СИЗО)", ["criminal"]),
    action("motion-or-complaint", "Өтінішхат, арыз немесе шағым жасау",
           "Составление ходатайства, заявления или жалобы", ALL_KINDS),
    action("appeal-complaint", "Апелляциялық, кассациялық шағым (өтінішхат) жасау",
           "Составление апелляционной, кассационной жалобы (ходатайства)", ALL_KINDS),
    action("waiting",
           "Кейінге қалдырылған немесе үзіліс жарияланған отырысты (процестік әрекетті) күту",
           "Ожидание отложенного или прерванного заседания (процессуального действия)",
           ALL_KINDS),
    action("admin-offence-consideration", "Әкімшілік құқық бұзушылық туралы істі қарау",
           "Рассмотрение дела об административном правонарушении", ["administrative-offence"]),
    action("civil-hearing", "Азаматтық (әкімшілік) іс бойынша сот отырысы",
           "Судебное заседание по гражданскому (административному) делу",
           ["civil", "administrative"]),
    action("other", "Өзге әрекет", "Иное действие", ALL_KINDS),
]

# ── cl. 36: the only grounds to decline ─────────────────────────────────────────────────
decline_grounds = [
    {"id": "decline.36-1.conflict-of-interest", "kind": "conflict-of-interest",
     "label": L("Мүдделер қақтығысы (Заңның 33-бабының 8-тармағы)",
                "Конфликт интересов (п. 8 ст. 33 Закона)"),
     "explanation": L(
         "Адвокат бұл тағайындауды қабылдай алмайды: мүдделер қақтығысы бар — ол осы іс "
         "бойынша мүдделері қорғалушының (сенім білдірушінің) мүдделеріне қайшы келетін адамға "
         "заң көмегін көрсетеді немесе бұрын көрсеткен (Заңның 33-бабының 8-тармағы, Ереженің "
         "36-тармағының 1) тармақшасы). Тағайындау басқа адвокатқа берілуі тиіс.",
         "Адвокат не может принять это назначение: имеется конфликт интересов — он оказывает "
         "или оказывал по этому делу юридическую помощь лицу, интересы которого противоречат "
         "интересам подзащитного (доверителя) (п. 8 ст. 33 Закона, подп. 1) п. 36 Правил). "
         "Назначение должно быть передано другому адвокату."),
     "source": rules("36", "1"), "verified": True,
     "note": "Rules cl. 36(1), Kazakh original (CONFIRMED). Law art. 33(8) text not seen "
             "(legal-facts §1.7); the explanation is Qorgau's wording."},
    {"id": "decline.36-2.procedural-exclusion", "kind": "procedural-exclusion",
     "label": L("Процестік заңнамада көзделген, адвокаттың іске қатысуын болғызбайтын "
                "мән-жайлар (ҚПК 66-бабының 4-бөлігі, 94-бабы)",
                "Обстоятельства, исключающие участие адвоката в деле по процессуальному "
                "законодательству (ч. 4 ст. 66, ст. 94 УПК)"),
     "explanation": L(
         "Адвокат бұл іске қатыса алмайды (Ереженің 36-тармағының 2) тармақшасы): мүдделері "
         "бір-біріне қайшы келетін екі адамды қорғай алмайды (ҚПК 66-бабының 4-бөлігі); бұрын "
         "осы іске судья, прокурор, тергеуші, анықтаушы, куә, сарапшы, маман, аудармашы немесе "
         "куәгер ретінде қатысқан; істі тергеуге немесе сотта қарауға қатысқан лауазымды адаммен "
         "туыстық немесе жеке тәуелділік қатынастарында тұр; қорғалушыға қарама-қарсы мүдделері "
         "бар адамға заң көмегін көрсетеді немесе көрсеткен; не заң немесе сот шешімі бойынша "
         "қорғаушы бола алмайды (ҚПК 94-бабы).",
         "Адвокат не может участвовать в этом деле (подп. 2) п. 36 Правил): одно лицо не может "
         "защищать двоих, если интересы одного противоречат интересам другого (ч. 4 ст. 66 "
         "УПК); ранее участвовал в деле в качестве судьи, прокурора, следователя, дознавателя, "
         "свидетеля, эксперта, специалиста, переводчика или понятого; состоит в родственных или "
         "иных отношениях личной зависимости с должностным лицом, участвующим в расследовании "
         "или судебном рассмотрении дела; оказывает или оказывал юридическую помощь лицу с "
         "противоположными подзащитному интересами; либо не вправе быть защитником в силу закона "
         "или решения суда (ст. 94 УПК)."),
     "source": rules("36", "2"), "verified": True,
     "note": "Rules cl. 36(2), Kazakh original (CONFIRMED); UPK art. 66(4) and 94(1) "
             "CONFIRMED verbatim in Russian (legal-facts §8); Kazakh explanation is Qorgau's "
             "translation. The Rules' «АПК 59(3)» reference does not fit the АППК "
             "(legal-facts §8): UNCONFIRMED, not encoded."},
]

# ── cl. 4.3: good reasons to replace the previous stage's advocate ─────────────────────
R43_NOTE = ("Rules cl. 4(3), Kazakh original: «ауруына, іссапарға шығуына, басқа клиентке заң "
            "көмегін көрсетуіне, адвокаттың МКБЗК-ге қатысу орнынан алыстығына байланысты» — "
            "the list is closed. Russian label is Qorgau's translation.")
replacement_reasons = [
    {"id": "replace.illness", "label": L("Адвокаттың ауруы", "Болезнь адвоката"),
     "source": rules("4", "3"), "verified": True, "note": R43_NOTE},
    {"id": "replace.business-trip", "label": L("Адвокаттың іссапарға шығуы",
                                                "Командировка адвоката"),
     "source": rules("4", "3"), "verified": True, "note": R43_NOTE},
    {"id": "replace.other-client",
     "label": L("Басқа клиентке заң көмегін көрсетуі (басқа процеске қатысуы)",
                "Оказание юридической помощи другому клиенту (занятость в другом процессе)"),
     "source": rules("4", "3"), "verified": True, "note": R43_NOTE},
    {"id": "replace.distance",
     "label": L("Адвокаттың МКБЗК-ге қатысу орнынан алыстығы",
                "Удалённость адвоката от места участия в ГГЮП"),
     "source": rules("4", "3"), "verified": True, "note": R43_NOTE},
]

# ── UPK art. 67(1): mandatory defence ──────────────────────────────────────────────────
MG_NOTE = ("UPK art. 67(1) item {n}): Russian wording CONFIRMED verbatim in legal-facts §8 "
           "(adilet copy, edition with amendments up to Law № 210-VIII); the label is a short "
           "paraphrase. Kazakh label is Qorgau's translation, not checked against the Kazakh "
           "UPK.")
mg = [
    ("Адам қорғаушының қатысуы туралы өтінішхат береді",
     "Лицо ходатайствует об участии защитника"),
    ("Адам кәмелетке толмаған", "Лицо не достигло совершеннолетия"),
    ("Дене немесе психикалық кемістіктеріне байланысты қорғалу құқығын өз бетінше жүзеге "
     "асыра алмайды",
     "В силу физических или психических недостатков не может самостоятельно осуществлять "
     "право на защиту"),
    ("Іс жүргізу тілін білмейді", "Не владеет языком судопроизводства"),
    ("Он жылдан астам мерзімге бас бостандығынан айыру немесе өмір бойына бас бостандығынан "
     "айыру жазасы тағайындалуы мүмкін",
     "Может быть назначено лишение свободы свыше десяти лет или пожизненное лишение свободы"),
    ("Бұлтартпау шарасы ретінде күзетпен ұстау қолданылған немесе стационарлық "
     "сот-психиатриялық сараптамаға мәжбүрлеп жіберілген",
     "Применено содержание под стражей или принудительное направление на стационарную "
     "судебно-психиатрическую экспертизу"),
    ("Біреуінің қорғаушысы бар күдіктілердің, айыпталушылардың (сотталушылардың) мүдделері "
     "арасында қайшылықтар бар",
     "Между интересами подозреваемых, обвиняемых (подсудимых), один из которых имеет "
     "защитника, есть противоречия"),
    ("Жәбірленушінің (жеке айыптаушының) немесе азаматтық талапкердің өкілі қатысады",
     "Участвует представитель потерпевшего (частного обвинителя) или гражданского истца"),
    ("Сотта мемлекеттік айыптаушы қатысады",
     "В суде участвует государственный обвинитель"),
    ("Адам Қазақстан Республикасының шегінен тыс жерде болып, келуден жалтарады",
     "Лицо находится за пределами Республики Казахстан и уклоняется от явки"),
    ("Процестік келісім жасасу туралы өтінішхат мәлімделді",
     "Заявлено ходатайство о процессуальном соглашении"),
]
mandatory_grounds = [
    {"id": f"upk-67-1-{n}", "label": L(kk, ru), "source": upk("67", "1", str(n)),
     "verified": True, "note": MG_NOTE.format(n=n)}
    for n, (kk, ru) in enumerate(mg, start=1)
]

# ── UPK art. 69(2): refusal of the defender not accepted ───────────────────────────────
RNA_NOTE = ("UPK art. 69(2) after the summary in legal-facts §8 (not verbatim there). The "
            "Russian text was also read in the same adilet copy (kittamirlan5555-blip/adilet "
            "@7fa4426, chunks/upk.jsonl, art. 69 part 2) but is outside the reference files, so "
            "UNVERIFIED. Kazakh warning is Qorgau's translation.")
def rna(sid, ground, kk_reason, ru_reason, kk_extra="", ru_extra=""):
    return {"id": f"refusal-not-accepted.{sid}", "whenGrounds": [f"upk-67-1-{ground}"],
            "warning": L(
                f"Қорғаушыдан бас тарту қабылданбайды: {kk_reason} (ҚПК 69-бабының 2-бөлігі, "
                f"67-бабы 1-бөлігінің {ground}) тармағы).{kk_extra} Бас тартуды орган "
                "қабылдамаса, қорғау жалғасады.",
                f"Отказ от защитника не может быть принят: {ru_reason} (ч. 2 ст. 69, п. "
                f"{ground}) ч. 1 ст. 67 УПК).{ru_extra} Если орган не принял отказ, защита "
                "продолжается."),
            "source": upk("69", "2"), "verified": False, "note": RNA_NOTE}

refusal_not_accepted = [
    rna("minor", 2, "қорғалушы кәмелетке толмаған", "подзащитный несовершеннолетний"),
    rna("disability", 3,
        "қорғалушы дене немесе психикалық кемістіктеріне байланысты қорғалу құқығын өз бетінше "
        "жүзеге асыра алмайды",
        "подзащитный в силу физических или психических недостатков не может сам осуществлять "
        "право на защиту"),
    rna("language", 4, "қорғалушы іс жүргізу тілін білмейді",
        "подзащитный не владеет языком судопроизводства"),
    rna("life-imprisonment", 5,
        "егер қылмыс үшін өмір бойына бас бостандығынан айыру жазасы тағайындалуы мүмкін болса",
        "если за преступление может быть назначено пожизненное лишение свободы",
        " Он жылдан астам мерзімге бас бостандығынан айыру ғана қаупі болса, бұл шектеу "
        "қолданылмайды.",
        " Если грозит только лишение свободы свыше десяти лет, это ограничение не "
        "применяется."),
    rna("psychiatric-examination", 6,
        "егер күдікті стационарлық сот-психиатриялық сараптамаға мәжбүрлеп жіберілсе",
        "если подозреваемый принудительно направлен на стационарную "
        "судебно-психиатрическую экспертизу",
        " Күзетпен ұстаудың өзі бас тартуға кедергі келтірмейді.",
        " Само по себе содержание под стражей отказу не препятствует."),
]

# ── night time: Labour Code art. 76(1) ─────────────────────────────────────────────────
night_time = {
    "id": "night.labour-code-76-1", "from": "22:00", "to": "06:00",
    "source": {"act": "Labour Code", "article": "76", "paragraph": "1",
               "url": "https://adilet.zan.kz/rus/docs/K1500000414"},
    "verified": True,
    "note": "Labour Code of RK of 23.11.2015 No. 414-V, art. 76(1) «Ночным считается время с 22 "
            "до 6 часов.» — read in a chunked adilet copy (kittamirlan5555-blip/adilet@7fa4426, "
            "chunks/trudovoy.jsonl, doc K1500000414). Whether order 434 pays night work at a "
            "raised rate is UNCONFIRMED (legal-facts §5).",
}

# ── the notice of defence (Rules cl. 9; UPK art. 68(8)) ────────────────────────────────
notice = {
    "id": "notice.cl-9",
    "title": L("Қорғау (өкілдік ету) туралы хабарлама",
               "Уведомление о защите (представительстве)"),
    "basis": L(
        "Адвокаттың нақты істі жүргізуге өкілеттігі адвокат куәлігімен және қорғау (өкілдік "
        "ету) туралы жазбаша хабарламамен расталады (Ереженің 9-тармағы; ҚР ҚПК 68-бабының "
        "8-бөлігі). Адвокаттың нақты істі жүргізуге өкілеттігін растайтын өзге құжаттарды талап "
        "етуге тыйым салынады.",
        "Адвокат вступает в дело по предъявлении удостоверения адвоката и письменного "
        "уведомления о защите (представительстве) (ч. 8 ст. 68 УПК РК; п. 9 Правил). "
        "Истребование иных документов, подтверждающих полномочия адвоката на ведение "
        "конкретного дела, запрещается."),
    # Unverified as a whole: the wording is checked, but the item stands for the printed form,
    # which was not found — so every notice says its layout is a best estimate.
    "source": rules("9"), "verified": False,
    "note": "Title: Rules cl. 9 (Kazakh original, «қорғау (өкілдік ету) туралы жазбаша "
            "хабарлама») and UPK art. 68(8) (Russian verbatim, legal-facts §8). Basis: Russian is "
            "UPK 68(8) verbatim; the first Kazakh sentence follows Rules cl. 9, the second is "
            "Qorgau's translation of UPK 68(8). The FORM itself (Appendix 2 to the decision of "
            "the Republican Conference of bar collegiums of 23.11.2018) was NOT FOUND "
            "(legal-facts §7): the notice's layout and fields are Qorgau's best estimate.",
}

# ── cl. 44–46: a paid advocate in the same case ────────────────────────────────────────
PAID_NOTE = "Rules cl. {c}, Kazakh original (CONFIRMED); Russian label is Qorgau's translation."
paid_advocate_steps = [
    {"id": "paid.44.contact", "doneWhen": "reason-found",
     "label": L("Ақылы негізде заң көмегін көрсететін адвокатпен байланысу және оның тағайындау "
                "бойынша адвокатқа ауыстырылуының себебін анықтау",
                "Связаться с адвокатом, оказывающим помощь на платной основе, и выяснить "
                "причину его замены адвокатом по назначению"),
     "source": rules("44"), "verified": True, "note": PAID_NOTE.format(c="44")},
    {"id": "paid.45.informed-by-paid-advocate", "doneWhen": "paid-advocate-recorded",
     "label": L("Шарт бойынша өтеулі негізде заң көмегін көрсетуге кіріскен адвокат тағайындау "
                "бойынша адвокатты дереу хабардар етеді",
                "Адвокат, вступивший в дело по соглашению на возмездной основе, незамедлительно "
                "уведомляет адвоката по назначению"),
     "source": rules("45"), "verified": True,
     "note": PAID_NOTE.format(c="45") + " This is the paid advocate's duty; the appointed "
             "advocate records when it happened."},
    {"id": "paid.46.explain-right-to-refuse", "doneWhen": "client-informed",
     "label": L("Клиентке оның МКБЗК бойынша заң көмегінен бас тарту құқығын түсіндіру",
                "Разъяснить клиенту его право отказаться от юридической помощи в рамках ГГЮП"),
     "source": rules("46"), "verified": True, "note": PAID_NOTE.format(c="46, first paragraph")},
    {"id": "paid.46.notify-earlier-advocates", "doneWhen": "notified",
     "label": L("Істі жоғары тұрған сот инстанцияларында қарау кезінде алдыңғы инстанцияларда "
                "шарт бойынша заң көмегін көрсеткен адвокатты (адвокаттарды), ал олардың байланыс "
                "деректері қол жетімсіз болса — тиісті Алқаны хабардар ету",
                "При рассмотрении дела в вышестоящих судебных инстанциях уведомить адвоката "
                "(адвокатов), оказывавшего помощь по соглашению в предыдущих инстанциях, а если "
                "его контактные данные недоступны — соответствующую коллегию"),
     "source": rules("46"), "verified": True, "note": PAID_NOTE.format(c="46, second paragraph")},
]

pack = {
    "format": 1, "id": "kz-defence-register", "kind": "defence-register", "version": 1,
    "effectiveFrom": "2018-10-22", "effectiveTo": None,
    "title": L("Қорғау және өкілдік ету түріндегі МКБЗК тізілімі (ӘМ № 1465 бұйрығы)",
               "Журнал учёта ГГЮП в виде защиты и представительства (приказ МЮ № 1465)"),
    "publisher": "Qorgau (compiled from public sources)", "publishedAt": "2026-11-25",
    "columns": columns,
    "statuses": statuses,
    "stages": stages,
    "actions": actions,
    "declineGrounds": decline_grounds,
    "replacementReasons": replacement_reasons,
    "mandatoryGrounds": mandatory_grounds,
    "refusalNotAccepted": refusal_not_accepted,
    "nightTime": night_time,
    "notice": notice,
    "paidAdvocateSteps": paid_advocate_steps,
}
out = pathlib.Path(__file__).resolve().parents[2] / "src-shared/rules/packs/kz-defence-register.json"
out.write_text(json.dumps(pack, ensure_ascii=False, indent=2) + "\n")
print("wrote", out)
