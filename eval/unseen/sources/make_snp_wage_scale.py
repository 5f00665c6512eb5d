import os

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

OUT = os.path.join(os.path.dirname(__file__), "..", "corpus", "PT_SNP_Struktur_Skala_Upah_2025_EN.xlsx")
wb = Workbook()
HF = Font(bold=True, color="FFFFFF")
FILL = PatternFill("solid", fgColor="1F4E78")
thin = Side(style="thin", color="999999")
BD = Border(left=thin, right=thin, top=thin, bottom=thin)


def sheet(ws, title_rows, header, rows, widths, notes=()):
    r = 1
    for t in title_rows:
        ws.cell(r, 1, t).font = Font(bold=(r == 1), size=13 if r == 1 else 10)
        r += 1
    r += 1
    for c, h in enumerate(header, 1):
        x = ws.cell(r, c, h)
        x.font = HF
        x.fill = FILL
        x.alignment = Alignment(wrap_text=True, vertical="center")
        x.border = BD
    hr = r
    r += 1
    for row in rows:
        for c, v in enumerate(row, 1):
            x = ws.cell(r, c, v)
            x.border = BD
            x.alignment = Alignment(wrap_text=True, vertical="top")
        r += 1
    r += 1
    for n in notes:
        ws.cell(r, 1, n).alignment = Alignment(wrap_text=False)
        r += 1
    for i, w in enumerate(widths):
        ws.column_dimensions[chr(65 + i)].width = w
    ws.freeze_panes = ws.cell(hr + 1, 1)


ws = wb.active
ws.title = "Cover"
cover = [
    ("PT SULAWESI NIKEL PRIMA", ""),
    ("Struktur dan Skala Upah (Wage Structure and Scale) 2025 - English version for recruitment use", ""),
    ("", ""),
    ("Document no.", "SNP/HRD/SSU/2025/01"),
    ("Effective date", "1 Januari 2025 (1 January 2025)"),
    ("Site", "Nickel smelter (RKEF) and power plant, Kecamatan Bahodopi, Kabupaten Morowali, Sulawesi Tengah"),
    (
        "Legal basis",
        "PP No. 36 Tahun 2021 tentang Pengupahan as amended by PP No. 51 Tahun 2023; Permenaker No. 1 Tahun 2017 tentang Struktur dan Skala Upah",
    ),
    ("Reference minimum wage", "UMK Kabupaten Morowali 2025: Rp 3.712.500 per month"),
    (
        "Currency / period",
        "Indonesian Rupiah (Rp). All wages are MONTHLY basic wage (upah pokok), gross, before PPh 21 income tax and BPJS employee contributions.",
    ),
    (
        "Number format",
        "Indonesian format: dot = thousands separator (Rp 3.712.500 = three million seven hundred twelve thousand five hundred rupiah).",
    ),
    ("Prepared by", "Departemen Human Resources & General Affairs (HRGA)"),
    ("Approved by", "Direktur Operasional, 20 Desember 2024"),
    ("Sheets", "Skala_Upah | Tunjangan | Contoh_Take_Home | Karier_Rekrutmen"),
    (
        "Confidentiality",
        "Internal - may be shared with candidates and campus career centres. Individual wages remain confidential.",
    ),
]
for i, (a, b) in enumerate(cover, 1):
    ws.cell(i, 1, a).font = Font(bold=True, size=14 if i == 1 else 10)
    ws.cell(i, 2, b)
ws.column_dimensions["A"].width = 26
ws.column_dimensions["B"].width = 120

sheet(
    wb.create_sheet("Skala_Upah"),
    [
        "Skala Upah 2025 - Monthly basic wage by golongan (grade)",
        "Amounts in Rupiah (Rp) per month. Min = entry point for the grade; Max = ceiling, reached through annual merit increases.",
    ],
    [
        "Golongan",
        "Level",
        "Example job titles",
        "Minimum (Rp/bulan)",
        "Midpoint (Rp/bulan)",
        "Maximum (Rp/bulan)",
        "Min. education",
    ],
    [
        [
            "I",
            "Non-staff",
            "Helper, general worker, cleaning crew, warehouse helper",
            "3.712.500",
            "3.950.000",
            "4.190.000",
            "SMA/SMK",
        ],
        [
            "II",
            "Non-staff",
            "Operator Trainee, junior operator, rigger, warehouse checker",
            "3.900.000",
            "4.250.000",
            "4.600.000",
            "SMK (Teknik)",
        ],
        [
            "III",
            "Non-staff",
            "Furnace operator, kiln operator, overhead crane operator, heavy equipment operator, lab analyst",
            "4.450.000",
            "5.050.000",
            "5.650.000",
            "SMK / D3 + SIO",
        ],
        [
            "IV",
            "Non-staff",
            "Senior operator, electrical technician, mechanical technician, instrument technician",
            "5.400.000",
            "6.300.000",
            "7.200.000",
            "D3 Teknik",
        ],
        ["V", "Staff", "Foreman, shift leader, HSE officer, planner", "7.000.000", "8.400.000", "9.800.000", "D3 / S1"],
        [
            "VI",
            "Staff",
            "Process engineer, metallurgist, maintenance engineer, electrical engineer",
            "9.500.000",
            "12.000.000",
            "14.500.000",
            "S1 Teknik",
        ],
        ["VII", "Staff", "Section head, superintendent", "14.000.000", "18.000.000", "22.000.000", "S1 + 8 yrs"],
        ["VIII", "Management", "Department manager", "23.500.000", "29.750.000", "36.000.000", "S1/S2 + 12 yrs"],
    ],
    [11, 12, 60, 20, 20, 20, 16],
    [
        "Notes:",
        "1. Golongan I minimum equals UMK Kabupaten Morowali 2025 (Rp 3.712.500); no worker may be paid below UMK.",
        "2. Per PP 36/2021, the UMK applies to workers with less than 1 year of service; the scale rewards service, education and competence above that.",
        "3. Annual merit increase effective 1 January: 3% to 8% of basic wage depending on performance rating (A/B/C/D).",
    ],
)

sheet(
    wb.create_sheet("Tunjangan"),
    [
        "Allowances (tunjangan) and other pay items - 2025",
        "Fixed allowances are included in the wage base for overtime and THR; non-fixed allowances are not.",
    ],
    ["Item", "Type", "Amount (Rp)", "Basis / eligibility"],
    [
        ["Tunjangan lokasi (site allowance)", "Tetap (fixed)", "750.000", "Per month, all golongan"],
        ["Tunjangan jabatan (position allowance)", "Tetap (fixed)", "1.500.000", "Per month, Golongan V and above"],
        [
            "Tunjangan perumahan (housing allowance)",
            "Tetap (fixed)",
            "1.200.000",
            "Per month, only if NOT living in company mess",
        ],
        [
            "Uang makan (meal allowance)",
            "Tidak tetap (non-fixed)",
            "45.000",
            "Per shift actually worked (free canteen meal at site instead for mess residents)",
        ],
        ["Tunjangan shift malam (night shift)", "Tidak tetap (non-fixed)", "35.000", "Per night shift (23:00-07:00)"],
        [
            "Uang lembur (overtime)",
            "Tidak tetap (non-fixed)",
            "1/173 x monthly wage per hour",
            "Weekday: 1.5x for the first hour, 2x for each following hour (PP 35/2021)",
        ],
        [
            "THR Keagamaan (religious holiday allowance)",
            "Annual",
            "1 x monthly wage",
            "Paid at least 7 days before Idul Fitri (or own religious holiday); pro rata if under 12 months' service",
        ],
        ["Cuti roster travel", "Annual", "Return ticket to point of hire", "Non-local hires, twice per year"],
        [
            "BPJS Ketenagakerjaan & BPJS Kesehatan",
            "Statutory",
            "Employer 10.24% - 11.74% / employee 4%",
            "JHT, JP, JKK, JKM and health insurance",
        ],
    ],
    [40, 22, 36, 80],
)

sheet(
    wb.create_sheet("Contoh_Take_Home"),
    [
        "Illustrative monthly gross pay (before PPh 21 tax and employee BPJS) - 2025",
        "Assumes 26 shifts worked in the month, living in company mess.",
    ],
    [
        "Position",
        "Golongan",
        "Basic wage (Rp)",
        "Fixed allowances (Rp)",
        "Meals + night shift (Rp)",
        "Overtime (Rp)",
        "Total gross (Rp/bulan)",
    ],
    [
        ["Operator Trainee (year 1)", "II", "3.900.000", "750.000", "1.485.000", "0", "6.135.000"],
        ["Furnace Operator (3 years)", "III", "5.050.000", "750.000", "1.485.000", "1.150.000", "8.435.000"],
        ["Electrical Technician (5 years)", "IV", "6.300.000", "750.000", "1.485.000", "1.400.000", "9.935.000"],
        ["Shift Leader (foreman)", "V", "8.400.000", "2.250.000", "1.485.000", "0", "12.135.000"],
        ["Process Engineer (entry, after MT)", "VI", "9.500.000", "2.250.000", "1.170.000", "0", "12.920.000"],
    ],
    [36, 11, 18, 22, 24, 16, 24],
    [
        "Meals + night shift = 26 x Rp 45.000 + night shifts x Rp 35.000 (9 night shifts in the examples; day-only roles excluded).",
        "Staff (Golongan V and above) are not paid overtime; they receive a position allowance instead.",
    ],
)

sheet(
    wb.create_sheet("Karier_Rekrutmen"),
    ["Careers, entry routes and working conditions", ""],
    ["Topic", "Details"],
    [
        [
            "Operator entry route",
            "Graduates of SMK (vocational high school) in mechanical, electrical or automotive engineering join as Operator Trainee (Golongan II). Age 18-27 at entry.",
        ],
        [
            "Operator training",
            "3 months classroom and on-the-job training at the site training centre, then assessment. Crane and heavy-equipment operators must hold an SIO (Surat Izin Operator) issued under Kemnaker K3 rules; the company sponsors the SIO.",
        ],
        [
            "Technician route",
            "D3 graduates (Teknik Elektro, Teknik Mesin, Teknik Instrumentasi) enter directly at Golongan IV after a 3-month probation.",
        ],
        [
            "Management Trainee (MT) programme",
            "For S1 graduates in Metallurgical, Mining, Chemical, Mechanical or Electrical Engineering, GPA at least 3.00 (out of 4.00). Duration 12 months, rotating through smelter, power plant and maintenance. MT allowance Rp 8.500.000 per month; appointed to Golongan VI on completion.",
        ],
        [
            "Probation",
            "3 months for permanent employees (PKWTT). Fixed-term contracts (PKWT) have no probation, per PP 35/2021.",
        ],
        [
            "Working hours",
            "40 hours per week. Shift pattern: 4 crews on 3 rotating 8-hour shifts (07:00-15:00, 15:00-23:00, 23:00-07:00). Day staff: Monday-Saturday 07:00-15:00 (Saturday until 12:00).",
        ],
        [
            "Roster (non-local hires)",
            "10 weeks on site / 2 weeks off (cuti roster), with company-paid travel to point of hire.",
        ],
        [
            "Accommodation",
            "Company mess (shared room, 4 persons for Golongan I-IV; single room for Golongan V and above) with free canteen.",
        ],
        [
            "Promotion",
            "Typical progression: Operator Trainee to Operator after 1 year; Operator to Senior Operator after 3-4 years; to Foreman after 6-8 years, subject to vacancies and competency tests.",
        ],
        [
            "Safety",
            "All employees complete a 5-day K3 (occupational health & safety) induction before entering the plant.",
        ],
        [
            "How to apply",
            "Only via the official careers portal or campus recruitment events. PT SNP never charges recruitment fees - report any request for payment to HRGA.",
        ],
    ],
    [30, 150],
)

wb.save(OUT)
print("ok", OUT)
