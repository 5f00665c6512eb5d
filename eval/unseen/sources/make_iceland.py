from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Alignment, Font, PatternFill

OUT = str(Path(__file__).resolve().parent.parent / "corpus" / "Kauptaxtar_fiskvinnsla_2024-2025.xlsx")


def isk(n):
    s = f"{int(round(n)):,}".replace(",", ".")
    return s


def isk2(n):  # with decimals, Icelandic: 2.456,78
    s = f"{n:,.2f}"
    return s.replace(",", "X").replace(".", ",").replace("X", ".")


rows = [
    (
        "LF 1",
        "Fiskvinnslufólk – byrjandi (fyrstu 3 mánuðir)",
        "Fish processing worker – new starter (first 3 months)",
        425985,
        449415,
    ),
    ("LF 2", "Fiskvinnslufólk eftir 3 mánuði", "Fish processing worker after 3 months", 431120, 454830),
    (
        "LF 3",
        "Sérhæft fiskvinnslufólk (með fiskvinnslunámskeið)",
        "Specialised fish processing worker (completed course)",
        442680,
        467025,
    ),
    ("LF 4", "Lyftaramaður", "Forklift operator", 452310, 477185),
    (
        "LF 5",
        "Vélgæslumaður – flökunar- og hausunarvélar",
        "Machine operator – filleting & heading machines",
        461870,
        487270,
    ),
    ("LF 6", "Gæðaeftirlitsmaður", "Quality control inspector", 470240, 496105),
    ("LF 7", "Flokksstjóri", "Team leader (shift)", 484950, 511620),
]

wb = Workbook()
ws = wb.active
ws.title = "Kauptaxtar"
ws["A1"] = "Verkalýðsfélag Austurstrandar – Kauptaxtar fiskvinnslufólks / Pay rates for fish processing workers"
ws["A1"].font = Font(bold=True, size=13)
ws["A2"] = (
    "Samanburður: taxtar frá 1. febrúar 2024 og 1. janúar 2025 (dagvinna, mánaðarlaun í krónum). Comparison of rates from 1 Feb 2024 and 1 Jan 2025."
)
ws["A3"] = (
    "Tímakaup = mánaðarlaun / 173,33. Yfirvinna = 1,0385% af mánaðarlaunum. Stórhátíðarkaup = 1,375% af mánaðarlaunum."
)
hdr = [
    "Launaflokkur",
    "Starfsheiti",
    "Job title (English)",
    "Mánaðarlaun 1.2.2024 (kr.)",
    "Mánaðarlaun 1.1.2025 (kr.)",
    "Hækkun (kr.)",
    "Dagvinnutímakaup 2025 (kr.)",
    "Yfirvinnutímakaup 2025 (kr.)",
    "Stórhátíðarkaup 2025 (kr.)",
]
ws.append([])
ws.append(hdr)
for c in ws[5]:
    c.font = Font(bold=True)
    c.fill = PatternFill("solid", fgColor="DDEBF7")
    c.alignment = Alignment(wrap_text=True)
for lf, is_, en, a, b in rows:
    ws.append([lf, is_, en, isk(a), isk(b), isk(b - a), isk2(b / 173.33), isk2(b * 0.010385), isk2(b * 0.01375)])
ws.append([])
ws.append(["Skýringar / Notes"])
ws.cell(ws.max_row, 1).font = Font(bold=True)
for n in [
    "Upphæðir eru í íslenskum krónum (ISK) fyrir fullt starf í dagvinnu. Amounts in Icelandic krónur for full-time day work.",
    "Desemberuppbót 2025: kr. 106.000. Orlofsuppbót 2025: kr. 58.000 (greitt 1. júní). Full-time staff with a full year of service.",
    "Bónus (afkastahvetjandi launakerfi) er greiddur til viðbótar við taxta – per-kilo productivity bonus paid on top of the rates above, set by each plant's bonus agreement.",
    "Ekki er greitt minna en lágmarkstekjutrygging fyrir fullt starf: kr. 449.415 á mánuði árið 2025.",
]:
    ws.append([n])
for col, w in zip("ABCDEFGHI", [12, 46, 44, 16, 16, 12, 16, 16, 16]):
    ws.column_dimensions[col].width = w

ws2 = wb.create_sheet("Upplýsingar")
info = [
    ("Um starfið / About the work", ""),
    (
        "Vinnutími",
        "Dagvinna er 36 virkar vinnustundir á viku, kl. 07:00–15:00 mánudaga til fimmtudaga og 07:00–13:00 föstudaga. Day work is 36 working hours a week.",
    ),
    (
        "Vaktavinna",
        "Í vaktavinnu greiðist 33% vaktaálag á kvöldvaktir og 45% á nætur- og helgarvaktir. Shift premium: 33% evenings, 45% nights and weekends.",
    ),
    (
        "Fiskvinnslunámskeið",
        "Starfsfólk sem lýkur 40 kennslustunda fiskvinnslunámskeiði (grunnnámskeið) flyst í LF 3. Workers who complete the 40-hour basic fish processing course move to pay group LF 3.",
    ),
    (
        "Framhaldsnámskeið",
        "Eftir 2 ár í starfi og framhaldsnámskeið (24 kennslustundir) hækka laun um 2%. After 2 years and the 24-hour advanced course, pay rises by 2%.",
    ),
    (
        "Hráefnisskortur",
        "Ef vinnsla stöðvast vegna hráefnisskorts heldur fastráðið starfsfólk launum í allt að 60 virka daga á ári. Permanent staff keep their pay for up to 60 working days a year if processing stops because of a raw material shortage.",
    ),
    ("Orlof", "Lágmarksorlof er 24 virkir dagar; orlofslaun 10,17%. Minimum holiday is 24 working days."),
    (
        "Aldur",
        "Lágmarksaldur í vélgæslu og lyftarastörfum er 18 ár; lyftararéttindi (vinnuvélaréttindi frá Vinnueftirlitinu) eru skilyrði fyrir LF 4.",
    ),
    ("Félagsgjald", "Félagsgjald er 0,7% af launum."),
    ("Útgefið", "Verkalýðsfélag Austurstrandar, Strandgötu 14, 735 Eskifirði. Útgáfudagur 15.01.2025."),
]
for k, v in info:
    ws2.append([k, v])
ws2["A1"].font = Font(bold=True, size=12)
ws2.column_dimensions["A"].width = 22
ws2.column_dimensions["B"].width = 120
wb.save(OUT)
for lf, is_, en, a, b in rows:
    print(lf, en, isk(a), isk(b), isk(b - a), isk2(b / 173.33), isk2(b * 0.010385), isk2(b * 0.01375))
