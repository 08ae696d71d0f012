#!/usr/bin/env python3
"""Writes the two shipped tariff packs (kind `tariff`, docs/fees.md):

- src-shared/rules/packs/kz-sgla-tariff.2023.json — MoJ order 434 of 30.06.2023 as first issued
  (rates 1,15 / 0,78 / 0,56 МРП per hour, CONFIRMED as numbers by the 2024 MoJ draft quoted by
  zakon.kz; which work falls in which tier NOT SEEN);
- src-shared/rules/packs/kz-sgla-tariff.2025.json — the same order as amended by order 521 of
  24.09.2025 (whether it adopted the draft's 3 / 2,2 / 1,8 / 1,35 МРП is UNCONFIRMED) with the
  caps of order 1462 as amended 15.09.2025 (2 h per person, 8 h per day: CONFIRMED news summary).

Sources: /work/shared/reference/legal-facts.md §4–6 and the Rules' Kazakh original (cl. 55–56).
Everything the sources did not show is `verified: false` with a note saying why, so the app marks
every amount that relies on it. Effective dates of both orders are estimates (10 calendar days
after an assumed publication) and are said so in the notes and in docs/fees.md.

Run `npx prettier --write src-shared/rules/packs/kz-sgla-tariff.*.json` afterwards."""
import json, pathlib

ORDER_434 = {"act": "MoJ order 434", "edition": "2023-06-30",
             "url": "https://adilet.zan.kz/rus/docs/V2300032953"}
ORDER_521 = {"act": "MoJ order 521 (amending order 434)", "edition": "2025-09-24",
             "url": "https://adilet.zan.kz/rus/docs/V2500036921"}
ORDER_1462 = {"act": "MoJ order 1462", "edition": "2025-09-15",
              "url": "https://www.zakon.kz/pravo/6491451"}
RULES = {"act": "RBA Rules 19.02.2024", "edition": "2024-02-19"}
LABOUR = {"act": "Labour Code", "url": "https://adilet.zan.kz/rus/docs/K1500000414"}
ALL_KINDS = ["criminal", "administrative-offence", "civil", "administrative"]
COURT_STAGES = ["stage.first-instance", "stage.appeal", "stage.cassation"]


def L(kk, ru):
    return {"kk": kk, "ru": ru}


def item(id, source, verified, note, **rest):
    return {"id": id, **rest, "source": source, "verified": verified, "note": note}


TIER_LABELS = {
    "tier.1": L("I деңгей (ең жоғары мөлшерлеме)", "I уровень (наивысшая ставка)"),
    "tier.2": L("II деңгей", "II уровень"),
    "tier.3": L("III деңгей", "III уровень"),
    "tier.4": L("IV деңгей", "IV уровень"),
}

CATEGORY_NOTE = ("Which work falls in which tier of order 434 was NOT SEEN (legal-facts §5): "
                 "best estimate after the structure of Government Decree 834 (2018), whose first "
                 "tier begins with the defence of especially grave crimes at any stage. UNCONFIRMED.")


def categories(consultation_tier):
    def cat(id, kk, ru, tier, selection, when, note=CATEGORY_NOTE, service="defence"):
        return item(id, ORDER_434, False, note, label=L(kk, ru), service=service, tierId=tier,
                    selection=selection, when=when)
    return [
        cat("fee.criminal.higher-instance",
            "Қылмыстық іс: апелляциялық, кассациялық саты",
            "Уголовное дело: апелляционная, кассационная инстанция",
            "tier.1", "automatic",
            {"caseKinds": ["criminal"], "stageIds": ["stage.appeal", "stage.cassation"]}),
        cat("fee.criminal.vulnerable-client",
            "Қылмыстық іс: кәмелетке толмаған немесе дене не психикалық кемістігі бар адамды қорғау",
            "Уголовное дело: защита несовершеннолетнего или лица с физическими или психическими недостатками",
            "tier.1", "automatic",
            {"caseKinds": ["criminal"], "mandatoryGroundIds": ["upk-67-1-2", "upk-67-1-3"]}),
        cat("fee.criminal.especially-grave",
            "Қылмыстық іс: аса ауыр қылмыс",
            "Уголовное дело: особо тяжкое преступление",
            "tier.1", "chosen", {"caseKinds": ["criminal"]},
            note="Decree 834 (2018) tier 1 begins «аса ауыр қылмыс жасағаны үшін күдіктінің, "
                 "айыпталушының … қорғауы» (CONFIRMED for 2018, aoaa-advokat.kz); that order 434 "
                 "keeps it in tier I is UNCONFIRMED."),
        cat("fee.criminal.grave-medium",
            "Қылмыстық іс: ауыр немесе орташа ауырлықтағы қылмыс",
            "Уголовное дело: тяжкое преступление или преступление средней тяжести",
            "tier.2", "chosen", {"caseKinds": ["criminal"]}),
        cat("fee.criminal.minor",
            "Қылмыстық іс: онша ауыр емес қылмыс, қылмыстық теріс қылық",
            "Уголовное дело: преступление небольшой тяжести, уголовный проступок",
            "tier.3", "chosen", {"caseKinds": ["criminal"]}),
        cat("fee.admin-offence",
            "Әкімшілік құқық бұзушылық туралы іс",
            "Дело об административном правонарушении",
            "tier.3", "automatic", {"caseKinds": ["administrative-offence"]}),
        cat("fee.civil-administrative",
            "Азаматтық немесе әкімшілік іс (өкілдік)",
            "Гражданское или административное дело (представительство)",
            "tier.3", "automatic", {"caseKinds": ["civil", "administrative"]}),
        cat("fee.consultation",
            "Құқықтық кеңес беру",
            "Правовое консультирование",
            consultation_tier, "automatic", {},
            service="consultation",
            note="Which tier pays legal consultation is UNCONFIRMED (legal-facts §5): the 2024 draft's "
                 "new 1,35 МРП tier is probably consultation; before it, the lowest tier."),
    ]


def common(edition_source, caps, tiers, consultation_tier):
    return {
        "mrpDate": item(
            "mrp-date.work-date", ORDER_1462, False,
            "Which date's МРП applies was NOT SEEN in order 1462 (legal-facts §6). Assumption: the "
            "МРП in force on the day the work was done, the same date that picks the tariff pack. "
            "A collegium that finds 'the date of the application' sets rule: application-date.",
            rule="work-date"),
        "billing": item(
            "billing.exact-minutes", edition_source, False,
            "Whether order 434 pays started hours, half hours or exact minutes was NOT SEEN. "
            "Assumption: exact minutes of each logged action (no rounding in the advocate's favour "
            "or against it). UNCONFIRMED.",
            unitMinutes=1, rounding="exact"),
        "tiers": tiers,
        "feeCategories": categories(consultation_tier),
        "surcharges": [
            item("surcharge.night", LABOUR | {"article": "108"}, False,
                 "Whether order 434 raises the rate for night work (22:00–06:00, Labour Code art. 76) "
                 "is UNCONFIRMED (legal-facts §5: 'typically paid at a raised rate … value unknown'). "
                 "Factor 1,5 is the Labour Code's minimum for night work (art. 108), by analogy.",
                 kind="night", label=L("Түнгі уақыттағы жұмыс", "Работа в ночное время"), factor=1.5),
            item("surcharge.non-working-day", LABOUR | {"article": "109"}, False,
                 "Whether order 434 raises the rate on weekends and holidays is UNCONFIRMED. Factor 2 "
                 "is the Labour Code's double pay for work on a day off or holiday (art. 109), by analogy.",
                 kind="non-working-day",
                 label=L("Демалыс немесе мереке күнгі жұмыс", "Работа в выходной или праздничный день"),
                 factor=2),
        ],
        "surchargeCombination": item(
            "surcharge-combination.highest", edition_source, False,
            "Assumption: night work on a holiday is paid at the higher factor, not both multiplied. "
            "UNCONFIRMED.", rule="highest"),
        "activityRates": [
            item("activity.waiting", {"act": "2008 study of legal aid in Kazakhstan"}, False,
                 "Before 2008 an hour waiting for a trial to start or during an adjournment was paid "
                 "at 50% (legal-facts §5); that order 434 keeps such a sub-rate is UNCONFIRMED.",
                 actionId="action.waiting",
                 label=L("Кейінге қалдырылған отырысты күту", "Ожидание отложенного заседания"),
                 factor=0.5),
        ],
        "travelTime": item(
            "travel-time.not-paid", edition_source, False,
            "Order 434 reimburses travel *expenses* to remote places (actual costs with documents, "
            "legal-facts §5); that time on the road is paid as work was not seen. Not paid until a "
            "checked pack says otherwise; the time is still shown on the claim.",
            paid=False, factor=1),
        "expenseTypes": [
            item("expense.transport", edition_source, False,
                 "Actual transport costs to a remote place, with tickets or fuel receipts (legal-facts §5, UNCONFIRMED).",
                 label=L("Жол жүру шығыстары", "Транспортные расходы"), basis="actual", requiresDocument=True),
            item("expense.accommodation", edition_source, False,
                 "Actual accommodation costs with the hotel's document (legal-facts §5, UNCONFIRMED).",
                 label=L("Тұрғын үй жалдау шығыстары", "Расходы по найму жилья"), basis="actual",
                 requiresDocument=True),
            item("expense.per-diem", edition_source, False,
                 "Per diem at 2 МРП a day by analogy with domestic business trips of civil servants; "
                 "that order 434 pays per diem at all is UNCONFIRMED.",
                 label=L("Тәуліктік шығыстар", "Суточные"), basis="mrp-per-day", mrpPerDay=2,
                 requiresDocument=False),
        ],
        "caps": caps,
        "claimDeadline": item(
            "claim-deadline.one-month", ORDER_1462, True,
            "CONFIRMED news summary of the 15.09.2025 amendment: the application is sent to the "
            "territorial justice body within one month from the date the basis document was "
            "issued or signed (zakon.kz 6491451).", months=1),
        "basisDocuments": [
            item("basis.pretrial-decree", RULES | {"paragraph": "56", "subparagraph": "1"}, True,
                 "Rules cl. 56(1), Kazakh original.",
                 label=L("Сотқа дейінгі өндіріс сатысында заң көмегін төлеу туралы қаулы",
                         "Постановление об оплате юридической помощи на стадии досудебного производства"),
                 service="defence", caseKinds=["criminal"], stageIds=["stage.pre-trial"]),
            item("basis.admin-offence-decree", RULES | {"paragraph": "56", "subparagraph": "2"}, True,
                 "Rules cl. 56(2), Kazakh original.",
                 label=L("Әкімшілік жауапкершілікке тартылған адамды қорғау үшін заң көмегін төлеу туралы қаулы",
                         "Постановление об оплате юридической помощи по защите лица, привлекаемого к административной ответственности"),
                 service="defence", caseKinds=["administrative-offence"]),
            item("basis.criminal-court-decree", RULES | {"paragraph": "56", "subparagraph": "3"}, True,
                 "Rules cl. 56(3), Kazakh original.",
                 label=L("Сот қараған қылмыстық іс бойынша заң көмегін төлеу туралы қаулы",
                         "Постановление суда об оплате юридической помощи по уголовному делу"),
                 service="defence", caseKinds=["criminal"], stageIds=COURT_STAGES),
            item("basis.civil-court-ruling", RULES | {"paragraph": "56", "subparagraph": "4"}, True,
                 "Rules cl. 56(4), Kazakh original.",
                 label=L("Азаматтық, әкімшілік іс бойынша заң көмегін төлеу туралы сот ұйғарымы",
                         "Определение суда об оплате юридической помощи по гражданскому, административному делу"),
                 service="defence", caseKinds=["civil", "administrative"]),
            item("basis.consultation-act", RULES | {"paragraph": "56", "subparagraph": "5"}, True,
                 "Rules cl. 56(5), Kazakh original.",
                 label=L("Адвокаттың құқықтық кеңес беру бойынша атқарған жұмысы туралы акт",
                         "Акт выполненных работ адвоката по правовому консультированию"),
                 service="consultation"),
        ],
        "applicationFields": [
            item(f"field.{i}", ORDER_1462 | {"paragraph": "App. 1"}, False,
                 "Order 1462 Appendix 1 NOT SEEN: expected field (legal-facts §4). UNCONFIRMED.",
                 label=label)
            for i, label in enumerate([
                L("Аумақтық әділет органы", "Территориальный орган юстиции"),
                L("Адвокаттың Т.А.Ә., ЖСН", "Ф.И.О., ИИН адвоката"),
                L("Лицензия нөмірі мен күні", "Номер и дата лицензии"),
                L("Адвокаттар алқасы, заң консультациясы", "Коллегия адвокатов, юридическая консультация"),
                L("Заң көмегі көрсетілген адам", "Лицо, которому оказана юридическая помощь"),
                L("Іс нөмірі (СДТБ), сатысы, кезеңі", "Номер дела (ЕРДР), стадия, период"),
                L("Жұмыс түрлері бойынша сағаттар және мөлшерлеме (АЕК)", "Часы по видам работ и ставка (МРП)"),
                L("Төлеуге жататын сома", "Сумма к оплате"),
                L("Өтелетін шығыстар", "Расходы к возмещению"),
                L("Қоса берілетін құжаттар тізбесі", "Перечень прилагаемых документов"),
                L("Күні және қолы", "Дата и подпись"),
            ], start=1)
        ],
        "attachments": [
            item("attach.basis-decree", ORDER_1462 | {"paragraph": "5"}, False,
                 "Order 1462 para 5 NOT SEEN: expected attachment (legal-facts §4). UNCONFIRMED.",
                 label=L("Заң көмегін төлеу туралы қаулының (ұйғарымның) көшірмесі",
                         "Копия постановления (определения) об оплате юридической помощи"),
                 service="defence", required=True),
            item("attach.appointment-decree", ORDER_1462 | {"paragraph": "5"}, False,
                 "Order 1462 para 5 NOT SEEN: expected attachment (legal-facts §4). UNCONFIRMED.",
                 label=L("Қорғаушыны тағайындау туралы қаулының көшірмесі",
                         "Копия постановления о назначении защитника"),
                 service="defence", required=True),
            item("attach.time-statement", ORDER_1462 | {"paragraph": "5"}, False,
                 "Order 1462 para 5 NOT SEEN: expected attachment (legal-facts §4). UNCONFIRMED.",
                 label=L("Жұмсалған уақыт туралы іс жүргізуші орган куәландырған мәлімет",
                         "Сведения о затраченном времени, заверенные органом, ведущим процесс"),
                 service="defence", required=True),
            item("attach.consultation-act", ORDER_1462 | {"paragraph": "5"}, False,
                 "Order 1462 para 5 NOT SEEN: expected attachment (legal-facts §4). UNCONFIRMED.",
                 label=L("Атқарылған жұмыс актісі (кеңес алған адамдардың қолдарымен)",
                         "Акт выполненных работ (с подписями получивших консультацию)"),
                 service="consultation", required=True),
            item("attach.register-extract", ORDER_1462 | {"paragraph": "5"}, False,
                 "Order 1462 para 5 NOT SEEN: expected attachment (legal-facts §4). UNCONFIRMED.",
                 label=L("Тізілімнен үзінді", "Выписка из журнала учёта"),
                 service="consultation", required=False),
            item("attach.expense-documents", ORDER_1462 | {"paragraph": "5"}, False,
                 "Order 1462 para 5 NOT SEEN: expected attachment (legal-facts §4). UNCONFIRMED.",
                 label=L("Шығыстарды растайтын құжаттар (билеттер, түбіртектер)",
                         "Документы, подтверждающие расходы (билеты, квитанции)"),
                 service="both", required=False),
        ],
    }


def envelope(version, frm, to, title):
    return {
        "format": 1, "id": "kz-sgla-tariff", "kind": "tariff", "version": version,
        "effectiveFrom": frm, "effectiveTo": to, "title": title,
        "publisher": "Qorgau (compiled from public sources)", "publishedAt": "2026-11-25",
    }


def tier(id, rate, source, verified, note):
    return item(id, source, verified, note, label=TIER_LABELS[id], mrpPerHour=rate)


RATE_2023 = ("CONFIRMED as a number: the 2024 MoJ draft quoted by zakon.kz (6432712) lists the rates "
             "in force as 1,15 / 0,78 / 0,56 МРП per hour. The official table was not read.")
RATE_2025 = ("The 2024 MoJ draft proposed 3 / 2,2 / 1,8 МРП and a new 1,35 МРП tier (zakon.kz 6432712); "
             "whether order 521 (24.09.2025) adopted them is UNCONFIRMED.")

p2023 = envelope(1, "2023-07-17", "2025-10-04",
                 L("МКБЗК ақы төлеу мөлшерлері (ӘМ № 434 бұйрығы, 2023 ж. редакциясы)",
                   "Размеры оплаты ГГЮП (приказ МЮ № 434, редакция 2023 г.)"))
p2023 |= common(ORDER_434, None, [
    tier("tier.1", 1.15, ORDER_434, True, RATE_2023),
    tier("tier.2", 0.78, ORDER_434, True, RATE_2023),
    tier("tier.3", 0.56, ORDER_434, True, RATE_2023),
], "tier.3")

p2025 = envelope(2, "2025-10-05", None,
                 L("МКБЗК ақы төлеу мөлшерлері (ӘМ № 434 бұйрығы, № 521 бұйрықпен өзгертілген)",
                   "Размеры оплаты ГГЮП (приказ МЮ № 434 в редакции приказа № 521)"))
p2025 |= common(ORDER_521, item(
    "caps.order-1462-2025", ORDER_1462, True,
    "CONFIRMED news summary of the 15.09.2025 amendment (zakon.kz 6491451): paid consultation "
    "<= 2 h per person who applied, paid time <= 8 h per calendar day. Over what the per-person "
    "cap counts is not said: assumed the claim's period (all of that person's consultations in "
    "the month claimed), which is the stricter reading short of 'ever'.",
    consultationMinutesPerPerson=120, perPersonScope="period", minutesPerDay=480), [
    tier("tier.1", 3, ORDER_521, False, RATE_2025),
    tier("tier.2", 2.2, ORDER_521, False, RATE_2025),
    tier("tier.3", 1.8, ORDER_521, False, RATE_2025),
    tier("tier.4", 1.35, ORDER_521, False, RATE_2025),
], "tier.4")

out = pathlib.Path(__file__).resolve().parents[2] / "src-shared/rules/packs"
(out / "kz-sgla-tariff.2023.json").write_text(json.dumps(p2023, ensure_ascii=False, indent=2) + "\n")
(out / "kz-sgla-tariff.2025.json").write_text(json.dumps(p2025, ensure_ascii=False, indent=2) + "\n")
print("wrote", out / "kz-sgla-tariff.2023.json", out / "kz-sgla-tariff.2025.json")
