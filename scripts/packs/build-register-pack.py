#!/usr/bin/env python3
"""Writes src-shared/rules/packs/kz-consultation-register.json: the consultation register
template (MoJ order 1463, Appendix 1 — columns NOT SEEN, best estimate from legal-facts §2),
the paid-time caps (order 1462 as amended 15.09.2025) and the deferral limit (Rules cl. 41)."""
import json, pathlib

ORDER_1463 = {"act": "MoJ order 1463", "edition": "2018-09-28"}
NOTE = "Appendix 1 of order 1463 not seen: best-estimate column (legal-facts §2). UNCONFIRMED."
def L(kk, ru): return {"kk": kk, "ru": ru}
def col(key, kk, ru, width=1, verified=False, note=NOTE, source=ORDER_1463):
    kebab = "".join("-" + ch.lower() if ch.isupper() else ch for ch in key)
    return {"id": f"column.{kebab}", "key": key, "label": L(kk, ru), "width": width,
            "source": source, "verified": verified, "note": note}

pack = {
  "format": 1, "id": "kz-consultation-register", "kind": "consultation-register", "version": 1,
  "effectiveFrom": "2018-10-22", "effectiveTo": None,
  "title": L("Құқықтық кеңес беру түріндегі МКБЗК тізілімі (ӘМ № 1463 бұйрығы)",
             "Журнал учёта ГГЮП в виде правового консультирования (приказ МЮ № 1463)"),
  "publisher": "Qorgau (compiled from public sources)", "publishedAt": "2026-11-25",
  "columns": [
    col("number", "Р/с №", "№ п/п", 0.5),
    col("appliedAt", "Жүгінген күні мен уақыты", "Дата и время обращения", 1),
    col("applicant", "Жүгінген адамның Т.А.Ә.", "Ф.И.О. обратившегося лица", 1.6),
    col("iin", "ЖСН", "ИИН", 1.1),
    col("identityDocument", "Жеке басын куәландыратын құжат", "Документ, удостоверяющий личность", 1.2),
    col("category", "Санаты / МКБЗК құқығының негізі, растайтын құжат", "Категория / основание права на ГГЮП, подтверждающий документ", 1.6),
    col("subject", "Өтініштің мәні", "Суть обращения", 1.6),
    col("formAndContent", "Кеңестің нысаны және мазмұны", "Форма и содержание консультации", 2),
    col("time", "Басталуы, аяқталуы, ұзақтығы", "Начало, окончание, продолжительность", 1),
    col("place", "Өткізілген орны", "Место проведения", 1, True,
        "Rules cl. 39-40 (CONFIRMED): office by default, the person's location for illness or disability.",
        {"act": "RBA Rules 19.02.2024", "paragraph": "40"}),
    col("status", "Нәтижесі", "Результат", 0.9, True,
        "Rules cl. 38, 41, 43 (CONFIRMED): given, deferred, refused, withdrawn.",
        {"act": "RBA Rules 19.02.2024", "paragraph": "41"}),
    col("personSignature", "Кеңес алған адамның қолы", "Подпись лица, получившего консультацию", 1),
    col("advocate", "Адвокаттың Т.А.Ә. және қолы", "Ф.И.О. и подпись адвоката", 1.1),
    col("note", "Ескерту", "Примечание", 0.8),
  ],
  "caps": {"id": "caps.order-1462-2025", "perPersonMinutes": 120, "perDayMinutes": 480,
           "source": {"act": "MoJ order 1462", "edition": "2025-09-15",
                      "url": "https://www.zakon.kz/pravo/6491451"},
           "verified": True,
           "note": "CONFIRMED news summary of the 15.09.2025 amendment: paid consultation <= 2 h per person who applied, <= 8 h per calendar day."},
  "deferral": {"id": "deferral.cl-41", "maxWorkingDays": 3,
               "source": {"act": "RBA Rules 19.02.2024", "paragraph": "41"}, "verified": True,
               "note": "Rules cl. 41 (Kazakh original): within three working days; the person is told the date and time in an accessible form."},
}
out = pathlib.Path(__file__).resolve().parents[2] / "src-shared/rules/packs/kz-consultation-register.json"
out.write_text(json.dumps(pack, ensure_ascii=False, indent=2) + "\n")
print("wrote", out)
