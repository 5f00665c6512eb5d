"""Builds Bridgewise IT Recruitment's 2025 DevOps & Cloud salary report for Poland (.xlsx)."""

from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.utils import get_column_letter

OUT = Path(__file__).resolve().parent.parent / "corpus" / "Bridgewise_Raport_Placowy_IT_2025_DevOps_Cloud.xlsx"

HEAD = Font(bold=True, color="FFFFFF")
FILL = PatternFill("solid", fgColor="1F4E79")
TITLE = Font(bold=True, size=14, color="1F4E79")
PLN = "#,##0"

wb = Workbook()


def sheet(title, heading, subtitle, header, rows, widths, money_cols=()):
    ws = wb.create_sheet(title)
    ws["A1"] = heading
    ws["A1"].font = TITLE
    ws["A2"] = subtitle
    ws["A2"].font = Font(italic=True, color="555555")
    for j, h in enumerate(header, start=1):
        c = ws.cell(row=4, column=j, value=h)
        c.font = HEAD
        c.fill = FILL
        c.alignment = Alignment(wrap_text=True, vertical="center")
    for i, r in enumerate(rows, start=5):
        for j, v in enumerate(r, start=1):
            c = ws.cell(row=i, column=j, value=v)
            if j in money_cols and isinstance(v, (int, float)):
                c.number_format = PLN
    for j, w in enumerate(widths, start=1):
        ws.column_dimensions[get_column_letter(j)].width = w
    ws.row_dimensions[4].height = 32
    ws.freeze_panes = "A5"
    return ws


# ---------- cover / read me ----------
ws = wb.active
ws.title = "Read me"
lines = [
    ("Bridgewise IT Recruitment", TITLE),
    ("Raport płacowy IT 2025 – DevOps & Cloud (English edition)", Font(bold=True, size=12)),
    ("", None),
    ("What this report covers", Font(bold=True)),
    ("Monthly pay for DevOps, cloud and infrastructure specialists working for employers in Poland in 2025.", None),
    (
        "Data: 2,310 job offers with published salary ranges and 418 placements made by Bridgewise consultants between October 2024 and March 2025.",
        None,
    ),
    ("All amounts are in Polish złoty (PLN) per month.", None),
    ("", None),
    ("Contract types", Font(bold=True)),
    (
        "UoP (umowa o pracę, employment contract): monthly GROSS salary (brutto) before employee social security (ZUS), health contribution and income tax.",
        None,
    ),
    (
        "B2B (business-to-business contract): monthly NET invoice amount (netto), i.e. excluding 23% VAT. The contractor pays their own ZUS, health contribution and income tax.",
        None,
    ),
    ("Min and max are the 10th and 90th percentiles; the median is the middle value.", None),
    ("", None),
    ("Sheets", Font(bold=True)),
    ("DevOps by level – DevOps Engineer pay by seniority, all Poland", None),
    ("Roles – median pay for six DevOps & cloud roles, mid and senior", None),
    ("Cities – senior DevOps Engineer medians by city", None),
    ("Trend 2023-2025 – how DevOps medians have moved", None),
    ("Notes – contracts, hourly rates, how to get started", None),
    ("", None),
    ("© Bridgewise IT Recruitment sp. z o.o., Wrocław. Published April 2025.", Font(italic=True, color="555555")),
]
for i, (t, f) in enumerate(lines, start=1):
    c = ws.cell(row=i, column=1, value=t)
    if f:
        c.font = f
ws.column_dimensions["A"].width = 120

# ---------- DevOps by level ----------
sheet(
    "DevOps by level",
    "DevOps Engineer – monthly pay by seniority, Poland, 2025",
    "PLN per month. UoP = gross salary; B2B = net invoice (excl. VAT).",
    ["Level", "Typical experience", "UoP min", "UoP median", "UoP max", "B2B min", "B2B median", "B2B max"],
    [
        ["Junior", "0–2 years", 8500, 10800, 13000, 9500, 12400, 15000],
        ["Mid / Regular", "2–5 years", 14000, 17600, 21000, 16500, 20800, 25000],
        ["Senior", "5+ years", 20000, 24300, 29000, 24000, 28900, 34000],
        ["Lead / Principal", "8+ years", 26000, 30500, 36000, 30000, 35700, 42000],
    ],
    [18, 18, 12, 12, 12, 12, 12, 12],
    money_cols=range(3, 9),
)

# ---------- Roles ----------
ws = sheet(
    "Roles",
    "DevOps & cloud roles – median monthly pay, Poland, 2025",
    "PLN per month, medians. Junior offers are too few for most roles and are not shown.",
    ["Role", "Mid UoP (gross)", "Mid B2B (net)", "Senior UoP (gross)", "Senior B2B (net)"],
    [
        ["DevOps Engineer", 17600, 20800, 24300, 28900],
        ["Cloud Engineer (AWS / Azure / GCP)", 18200, 21600, 25100, 29700],
        ["Site Reliability Engineer (SRE)", 19100, 22700, 26400, 31200],
        ["Platform Engineer", 18700, 22100, 25800, 30600],
        ["Container Platform Administrator (Kubernetes, OpenShift)", 16900, 19800, 23200, 27400],
        ["Cloud Architect", "n/a", "n/a", 29600, 35200],
    ],
    [36, 16, 16, 18, 18],
    money_cols=range(2, 6),
)
ws["A12"] = "Cloud Architect roles are almost always senior; we had too few mid-level offers to report a figure."
ws["A12"].font = Font(italic=True, color="555555")

# ---------- Cities ----------
ws = sheet(
    "Cities",
    "Senior DevOps Engineer – median monthly pay by city, 2025",
    "PLN per month, medians. Share = share of all senior DevOps offers in the sample.",
    ["City", "UoP median (gross)", "B2B median (net)", "Share of offers"],
    [
        ["Warszawa", 25600, 30400, "38%"],
        ["Kraków", 24800, 29300, "19%"],
        ["Wrocław", 24100, 28600, "14%"],
        ["Trójmiasto (Gdańsk, Gdynia, Sopot)", 23400, 27800, "8%"],
        ["Poznań", 22900, 27100, "6%"],
        ["Katowice", 22200, 26500, "4%"],
        ["Łódź", 21800, 26200, "4%"],
        ["Fully remote (employer anywhere in Poland)", 24600, 29100, "7%"],
    ],
    [42, 20, 20, 16],
    money_cols=(2, 3),
)
ws["A14"] = "Offers from Lublin, Szczecin, Rzeszów and Bydgoszcz were too few (under 20 each) to publish."
ws["A14"].font = Font(italic=True, color="555555")

# ---------- Trend ----------
sheet(
    "Trend 2023-2025",
    "DevOps Engineer – median monthly pay, 2023 to 2025",
    "PLN per month, medians for each year's report.",
    ["Level", "Contract", "2023", "2024", "2025"],
    [
        ["Mid / Regular", "UoP (gross)", 15800, 16700, 17600],
        ["Mid / Regular", "B2B (net)", 18900, 19900, 20800],
        ["Senior", "UoP (gross)", 21900, 23500, 24300],
        ["Senior", "B2B (net)", 26300, 27900, 28900],
    ],
    [18, 16, 12, 12, 12],
    money_cols=(3, 4, 5),
)

# ---------- Notes ----------
ws = wb.create_sheet("Notes")
notes = [
    ("Notes and advice", TITLE),
    ("", None),
    ("UoP or B2B?", Font(bold=True)),
    (
        "About 61% of DevOps offers in our sample allowed B2B, 52% allowed UoP, and many allowed both. B2B medians are higher because the contractor covers their own social security, health contribution and tax, and has no statutory paid holiday or sick pay.",
        None,
    ),
    (
        "Many B2B contractors choose the 19% flat income tax or the 12% lump-sum tax (ryczałt) for IT services. Ask an accountant (księgowa) before you choose.",
        None,
    ),
    ("Some clients offer B2B contractors between 20 and 24 paid days off a year, written into the contract.", None),
    ("", None),
    ("Hourly rates", Font(bold=True)),
    (
        "Senior DevOps contractors on hourly B2B contracts typically invoice between 145 and 195 PLN per hour (net). Mid-level contractors typically invoice between 110 and 140 PLN per hour (net).",
        None,
    ),
    ("", None),
    ("On-call", Font(bold=True)),
    (
        "SRE and DevOps roles with an on-call rota usually pay an extra allowance; in our placements it ranged from 1,000 to 2,500 PLN per month.",
        None,
    ),
    ("", None),
    ("How to get into DevOps", Font(bold=True)),
    (
        "Very few people start in DevOps straight from university. The most common routes are from Linux system administration, from backend development, or from a support or NOC role.",
        None,
    ),
    (
        "Certifications most often listed in offers: AWS Certified Solutions Architect – Associate, Certified Kubernetes Administrator (CKA), Microsoft Azure Administrator (AZ-104) and HashiCorp Terraform Associate.",
        None,
    ),
    (
        "Employers expect hands-on experience with Linux, Docker, Kubernetes, CI/CD (GitLab CI, GitHub Actions or Jenkins) and infrastructure as code (Terraform).",
        None,
    ),
    (
        "English: 84% of offers required at least B2 English, as most teams work with clients or colleagues abroad.",
        None,
    ),
    ("", None),
    ("Contact: devops@bridgewise.pl", Font(italic=True, color="555555")),
]
for i, (t, f) in enumerate(notes, start=1):
    c = ws.cell(row=i, column=1, value=t)
    c.alignment = Alignment(wrap_text=True)
    if f:
        c.font = f
ws.column_dimensions["A"].width = 120

OUT.parent.mkdir(parents=True, exist_ok=True)
wb.save(OUT)
print("wrote", OUT)
