#!/usr/bin/env python3
"""Writes test/fixtures/eligibility.golden.json: eligibility cases with the decisions the
law gives (worked out by hand from Law art. 26 and Rules cl. 36-38, 42, 50-52, not from the
engine). Keeping them as data lets a collegium lawyer read and extend them."""
import json, copy, pathlib

A, B, C, D = "900101300057", "751120400126", "480701301235", "630528405673"
MINOR, TEEN, E = "200229600046", "050607500031", "000229500018"
ID = "identity-document"

def facts(service="consultation", category="cons.26-2-1.issues", area="alimony", evidence=(ID,),
          iin=A, name="Серікбаев Арман", date="2026-11-25", **kw):
    f = {"date": date, "service": service, "person": {"iin": iin, "fullName": name},
         "categoryId": category, "issue": {"areaId": area, "subject": "", "isLegal": True},
         "evidence": list(evidence)}
    f.update(kw)
    return f

def case(name, f, outcome, version=2, category="same", ground=None, missing=(), repeats=(), prior=None):
    exp = {"outcome": outcome, "packVersion": version,
           "categoryId": f["categoryId"] if category == "same" else category,
           "refusalGroundId": ground, "missingEvidence": list(missing), "possibleRepeatIds": list(repeats)}
    c = {"name": name, "facts": f, "expected": exp}
    if prior is not None: c["prior"] = prior
    return c

NOT_CAT = "refusal.38-1.not-in-category"
NOT_DEF = "refusal.50.not-in-defence-category"
cases = []
add = cases.append

CONS = [
  ("cons.26-2-1.issues", "alimony", [ID], ID),
  ("cons.26-2-1.minor-without-care", "housing", [ID, "parental-care-loss-document"], "parental-care-loss-document"),
  ("cons.26-2-2.victims", "victim-status-rights", [ID, "victim-status-document"], "victim-status-document"),
  ("cons.26-2-3.breadwinner", "breadwinner-death-damages", [ID, "breadwinner-death-certificate"], "breadwinner-death-certificate"),
  ("cons.26-2-4.health-damage", "health-damage", [ID, "health-damage-document"], "health-damage-document"),
  ("cons.26-2-5.veterans", "housing", [ID, "veteran-or-service-certificate"], "veteran-or-service-certificate"),
  ("cons.26-2-5.disability-1-2", "labour", [ID, "disability-certificate"], "disability-certificate"),
  ("cons.26-2-5.pensioners", "property-inheritance", [ID, "pension-certificate"], "pension-certificate"),
]
for cat, area, ev, key in CONS:
    who = MINOR if "minor" in cat else (C if "pension" in cat or "veteran" in cat else B)
    add(case(f"{cat}: all evidence → eligible", facts(category=cat, area=area, evidence=ev, iin=who), "eligible"))
    add(case(f"{cat}: without {key} → needs evidence", facts(category=cat, area=area, evidence=[e for e in ev if e != key], iin=who),
             "needs-evidence", missing=[key]))

for area in ["pension-benefits", "rehabilitation", "refugee-kandas"]:
    add(case(f"art. 26(2) 1): issue {area} → eligible", facts(area=area), "eligible"))
for cat, area, ev in [("cons.26-2-1.issues", "housing", [ID]), ("cons.26-2-2.victims", "family", [ID, "victim-status-document"]),
                      ("cons.26-2-3.breadwinner", "health-damage", [ID, "breadwinner-death-certificate"]),
                      ("cons.26-2-4.health-damage", "labour", [ID, "health-damage-document"])]:
    add(case(f"{cat}: issue {area} outside the category → legal information only",
             facts(category=cat, area=area, evidence=ev), "refer-to-legal-information", ground=NOT_CAT))
for cat, ev in [("cons.26-2-5.veterans", "veteran-or-service-certificate"), ("cons.26-2-5.disability-1-2", "disability-certificate"),
                ("cons.26-2-5.pensioners", "pension-certificate")]:
    add(case(f"{cat}: business question excluded → legal information only",
             facts(category=cat, area="business", evidence=[ID, ev], iin=C), "refer-to-legal-information", ground=NOT_CAT))
add(case("cons.26-2-5.veterans: the business exclusion does not touch non-business areas",
         facts(category="cons.26-2-5.veterans", area="civil-dispute", evidence=[ID, "veteran-or-service-certificate"], iin=C), "eligible"))
add(case("cons.26-2-1.issues: a business person on alimony is still covered (no business exclusion in item 1)",
         facts(area="alimony", iin=D), "eligible"))

MC = "cons.26-2-1.minor-without-care"
MEV = [ID, "parental-care-loss-document"]
add(case("minor without care: 17 on the day before the 18th birthday (IIN 050607…) → eligible",
         facts(category=MC, area="housing", evidence=MEV, iin=TEEN, date="2023-06-06"), "eligible", version=1))
add(case("minor without care: 18th birthday (IIN 050607…) → no longer a minor",
         facts(category=MC, area="housing", evidence=MEV, iin=TEEN, date="2023-06-07"), "refer-to-legal-information", version=1, ground=NOT_CAT))
add(case("minor without care: an adult (IIN 900101…) → legal information only",
         facts(category=MC, area="housing", evidence=MEV, iin=A), "refer-to-legal-information", ground=NOT_CAT))
add(case("minor without care: born 29.02.2020, age 5 on 28.02.2026 → eligible",
         facts(category=MC, area="family", evidence=MEV, iin=MINOR, date="2026-02-28"), "eligible"))

DEC = "appointment-decree"
DEF = [("def.26-3-1.criminal-defence", "criminal", [DEC]), ("def.26-3-1.victim", "criminal", [DEC]),
       ("def.26-3-2.admin-offence", "administrative-offence", [DEC]),
       ("def.26-3-3.civil-parties", "civil-dispute", [DEC, "court-exemption-ruling"])]
for cat, area, ev in DEF:
    add(case(f"{cat}: appointment decree present → eligible", facts(service="defence", category=cat, area=area, evidence=ev), "eligible"))
add(case("criminal defence without the appointment decree → needs evidence (Rules cl. 10)",
         facts(service="defence", category="def.26-3-1.criminal-defence", area="criminal", evidence=[]), "needs-evidence", missing=[DEC]))
add(case("civil parties without the court's exemption ruling → needs evidence",
         facts(service="defence", category="def.26-3-3.civil-parties", area="civil-dispute", evidence=[DEC]), "needs-evidence",
         missing=["court-exemption-ruling"]))
add(case("civil parties with nothing → both documents missing, in pack order",
         facts(service="defence", category="def.26-3-3.civil-parties", area="civil-dispute", evidence=[]), "needs-evidence",
         missing=[DEC, "court-exemption-ruling"]))
add(case("defence with no category → not eligible (cl. 50)",
         facts(service="defence", category=None, area="civil-dispute", evidence=[DEC]), "not-eligible", ground=NOT_DEF))
add(case("defence with a consultation category id → not eligible",
         facts(service="defence", category="cons.26-2-1.issues", area="alimony", evidence=[ID]), "not-eligible", category=None, ground=NOT_DEF))

W = "def.26-3-1.witness-with-right-to-defence"
add(case("witness with the right to defence on 2025-10-05 (pack v2, Order 521) → eligible",
         facts(service="defence", category=W, area="criminal", evidence=[DEC], date="2025-10-05"), "eligible", version=2))
add(case("witness with the right to defence on 2025-10-04 (pack v1: no such category) → not eligible",
         facts(service="defence", category=W, area="criminal", evidence=[DEC], date="2025-10-04"), "not-eligible", version=1,
         category=None, ground=NOT_DEF))
add(case("witness with the right to defence in 2026 without the decree → needs evidence",
         facts(service="defence", category=W, area="criminal", evidence=[], date="2026-03-02"), "needs-evidence", missing=[DEC]))

NL = "refusal.38-2.not-legal"
add(case("request not legal in nature → refused (cl. 38(2))",
         facts(issue={"areaId": "other", "subject": "", "isLegal": False}, category=None), "not-eligible", category=None, ground=NL))
add(case("not legal beats a matching category",
         facts(issue={"areaId": "alimony", "subject": "", "isLegal": False}), "not-eligible", category=None, ground=NL))
CONF, EXCL = "refusal.36-1.conflict-of-interest", "refusal.36-2.procedural-exclusion"
add(case("conflict of interest, consultation → refused (cl. 36(1))", facts(conflictOfInterest=True), "not-eligible", category=None, ground=CONF))
add(case("conflict of interest, defence → refused (cl. 36(1))",
         facts(service="defence", category="def.26-3-1.criminal-defence", area="criminal", evidence=[DEC], conflictOfInterest=True),
         "not-eligible", category=None, ground=CONF))
add(case("procedural exclusion, defence → refused (cl. 36(2), UPK 66(4), 94)",
         facts(service="defence", category="def.26-3-1.criminal-defence", area="criminal", evidence=[DEC], proceduralExclusion=True),
         "not-eligible", category=None, ground=EXCL))
add(case("procedural exclusion, consultation → refused", facts(proceduralExclusion=True), "not-eligible", category=None, ground=EXCL))
add(case("conflict beats missing evidence", facts(evidence=[], conflictOfInterest=True), "not-eligible", category=None, ground=CONF))
add(case("no category, consultation → legal information only (art. 26(1), cl. 38(1))",
         facts(category=None, area="housing"), "refer-to-legal-information", category=None, ground=NOT_CAT))
add(case("unknown category id → legal information only",
         facts(category="cons.26-2-9.made-up", area="housing"), "refer-to-legal-information", category=None, ground=NOT_CAT))
add(case("defence category asked for a consultation → legal information only",
         facts(category="def.26-3-1.criminal-defence", area="criminal", evidence=[DEC]), "refer-to-legal-information", category=None, ground=NOT_CAT))

def prior(rid, iin=A, area="alimony", service="consultation", date="2026-05-12"):
    return {"recordId": rid, "iin": iin, "service": service, "issueAreaId": area, "subject": "", "date": date}

REP = "refusal.42.repeat-issue"
add(case("same IIN, same issue area, not confirmed → eligible, earlier record shown",
         facts(), "eligible", repeats=["c-1"], prior=[prior("c-1")]))
add(case("same IIN, same issue, confirmed by the advocate → refused (cl. 42)",
         facts(sameIssueRecordIds=["c-1"]), "not-eligible", ground=REP, repeats=["c-1"], prior=[prior("c-1")]))
add(case("same IIN, another issue area → eligible, nothing shown",
         facts(), "eligible", prior=[prior("c-2", area="housing")]))
add(case("another IIN, same issue area → eligible, nothing shown",
         facts(), "eligible", prior=[prior("c-3", iin=B)]))
add(case("a confirmed id that is not a possible repeat is ignored",
         facts(sameIssueRecordIds=["c-2"]), "eligible", prior=[prior("c-2", area="housing")]))
add(case("two earlier records, one confirmed → refused, both shown",
         facts(sameIssueRecordIds=["c-5"]), "not-eligible", ground=REP, repeats=["c-4", "c-5"],
         prior=[prior("c-4", date="2025-01-10"), prior("c-5", date="2026-02-02")]))
add(case("defence repeat confirmed → refused",
         facts(service="defence", category="def.26-3-1.criminal-defence", area="criminal", evidence=[DEC], sameIssueRecordIds=["d-1"]),
         "not-eligible", ground=REP, repeats=["d-1"], prior=[prior("d-1", area="criminal", service="defence")]))
add(case("a confirmed repeat beats missing evidence",
         facts(evidence=[], sameIssueRecordIds=["c-1"]), "not-eligible", ground=REP, repeats=["c-1"], prior=[prior("c-1")]))
add(case("a repeat found in an earlier pack period still counts",
         facts(date="2025-10-06"), "eligible", repeats=["c-9"], prior=[prior("c-9", date="2024-03-01")]))

rep = {"iin": B, "fullName": "Омарова Дана", "authority": {"type": "Қорғаншылық туралы шешім", "number": "17", "date": "2025-01-15"}}
add(case("representative (guardian) applies for a minor without care → eligible (cl. 52)",
         facts(category=MC, area="family", evidence=MEV, iin=MINOR, representative=rep), "eligible"))
add(case("representative applies, the minor's document is missing → needs evidence",
         facts(category=MC, area="family", evidence=[ID], iin=MINOR, representative=rep), "needs-evidence", missing=["parental-care-loss-document"]))
add(case("representative (by power of attorney) for an adult on alimony → eligible",
         facts(iin=D, representative={"iin": A, "fullName": "Ахметов Ерлан", "authority": {"type": "Сенімхат", "number": "", "date": ""}}), "eligible"))

add(case("pack boundary: first day of Law 176-VI (2018-07-22) → pack v1", facts(date="2018-07-22"), "eligible", version=1))
add(case("pack boundary: last day of v1 (2025-10-04)", facts(date="2025-10-04"), "eligible", version=1))
add(case("pack boundary: first day of v2 (2025-10-05)", facts(date="2025-10-05"), "eligible", version=2))
add(case("before Law 176-VI (2018-07-21): no pack in force", facts(date="2018-07-21"), "no-pack", version=None, category=None))
add(case("29.02 IIN (000229…) adult on pension question → eligible", facts(iin=E, area="pension-benefits"), "eligible"))

out = pathlib.Path(__file__).resolve().parents[2] / "test/fixtures/eligibility.golden.json"
out.write_text(json.dumps(cases, ensure_ascii=False, indent=1) + "\n")
print(len(cases), "cases →", out)
