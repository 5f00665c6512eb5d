import os

from fpdf import FPDF

OUT = os.path.join(os.path.dirname(__file__), "..", "corpus", "Airways-ATC-Trainee-Information-Pack-2025.pdf")
FONT = "/usr/share/fonts/truetype/dejavu/"


class PDF(FPDF):
    def header(self):
        self.set_font("DejaVu", "B", 9)
        self.set_text_color(0, 70, 127)
        self.cell(0, 6, "AIRWAYS  |  Air Traffic Controller Trainee Information Pack 2025/26", align="L")
        self.ln(9)
        self.set_text_color(0, 0, 0)

    def footer(self):
        self.set_y(-14)
        self.set_font("DejaVu", "", 7.5)
        self.set_text_color(90, 90, 90)
        self.multi_cell(
            0,
            4,
            "Airways Corporation of New Zealand Limited  ·  airways.co.nz/careers  ·  Issued 3 March 2025  ·  Page %d"
            % self.page_no(),
            align="C",
        )


pdf = PDF(format="A4")
pdf.add_font("DejaVu", "", FONT + "DejaVuSans.ttf")
pdf.add_font("DejaVu", "B", FONT + "DejaVuSans-Bold.ttf")
pdf.set_auto_page_break(True, 18)
pdf.set_margins(18, 14, 18)
pdf.add_page()


def h1(t):
    pdf.set_font("DejaVu", "B", 17)
    pdf.set_text_color(0, 70, 127)
    pdf.multi_cell(0, 9, t)
    pdf.set_text_color(0, 0, 0)
    pdf.ln(2)


def h2(t):
    pdf.ln(2)
    pdf.set_font("DejaVu", "B", 12)
    pdf.set_text_color(0, 70, 127)
    pdf.multi_cell(0, 7, t)
    pdf.set_text_color(0, 0, 0)
    pdf.ln(1)


def p(t):
    pdf.set_font("DejaVu", "", 9.5)
    pdf.multi_cell(0, 5.2, t, align="L")
    pdf.ln(1.5)


def bullets(items):
    pdf.set_font("DejaVu", "", 9.5)
    for it in items:
        pdf.set_x(22)
        pdf.multi_cell(0, 5.2, "•  " + it, align="L")
    pdf.ln(1.5)


def table(head, rows, widths):
    pdf.set_font("DejaVu", "B", 9)
    pdf.set_fill_color(0, 70, 127)
    pdf.set_text_color(255, 255, 255)
    for h, w in zip(head, widths):
        pdf.cell(w, 7, h, border=1, fill=True)
    pdf.ln()
    pdf.set_text_color(0, 0, 0)
    pdf.set_font("DejaVu", "", 9)
    fill = False
    for r in rows:
        pdf.set_fill_color(232, 240, 248)
        for c, w in zip(r, widths):
            pdf.cell(w, 6.5, c, border=1, fill=fill)
        pdf.ln()
        fill = not fill
    pdf.ln(3)


h1("Become an Air Traffic Controller\nTrainee Information Pack – 2025/26 intakes")
p(
    "Thank you for your interest in joining Airways as a trainee air traffic controller (ATC). Airways provides air traffic services for all of New Zealand’s controlled airspace – around 30 million square kilometres of domestic and oceanic airspace – from 17 control towers and our two radar centres. This pack explains who we are looking for, how our paid training works, and what you can expect to earn once you are qualified."
)

h2("1. Who can apply")
bullets(
    [
        "You must be 18 years or older at the start of training.",
        "You must be a New Zealand citizen or hold New Zealand residence, or an Australian citizen living in New Zealand.",
        "NCEA Level 2 (or equivalent) including English and mathematics. A university degree is not required.",
        "You must be able to obtain and maintain a CAA Class 3 medical certificate (including colour vision and hearing standards).",
        "You must pass the FEAST aptitude assessment, a group exercise and a panel interview.",
        "You must pass a Ministry of Justice criminal history check and an Aviation Security Service identity check.",
        "English language proficiency at ICAO Level 6 (Expert) or Level 5 (Extended).",
    ]
)

h2("2. Training – paid from day one")
p(
    "Trainees are permanent, full-time employees from their first day. Ab-initio training is delivered at the Airways Training Centre in Christchurch and takes approximately 16 weeks for the Aerodrome (Tower) stream and approximately 22 weeks for the Radar (Approach and Area) stream. Trainees then move to an operational unit for on-the-job training (OJT) with a qualified training officer. Total time from start of training to validation (your first licence rating) is usually 12 to 24 months, depending on the stream and the complexity of the unit."
)
p(
    "Accommodation in Christchurch is provided for trainees who relocate for the classroom phase, and Airways contributes up to $8,000 towards relocation to your first operational unit. In return for the investment in your training, trainees agree to a training bond: if you resign within 3 years of validation, you repay a pro-rata share of training costs, up to a maximum of $40,000."
)

h2("3. Pay – trainees and qualified controllers")
p(
    "The table below shows base salary ranges (NZD, gross per annum) under the Air Traffic Controllers’ Collective Employment Agreement 2024–2027, effective 1 April 2025. Your position within a band depends on the unit you are posted to, your ratings and years of service. Base salary excludes the shift allowance and employer KiwiSaver contributions described below."
)
table(
    ["Role / stage", "Band", "Base salary (NZD p.a.)"],
    [
        ["Trainee – Training Centre (classroom)", "T1", "$62,000"],
        ["Trainee – on-the-job training", "T2", "$72,500"],
        ["Aerodrome (Tower) Controller", "ATC 1", "$98,000 – $128,000"],
        ["Approach / Radar Controller", "ATC 2", "$118,000 – $152,000"],
        ["Area (En-route) & Oceanic Controller", "ATC 3", "$132,000 – $175,000"],
        ["Training Officer (additional to band)", "—", "+ $6,500"],
        ["Watch Manager / Shift Supervisor", "ATC 4", "$165,000 – $198,000"],
    ],
    [88, 22, 64],
)

h2("4. Allowances and benefits")
bullets(
    [
        "Shift allowance: 12% of base salary for controllers on a 24/7 roster (towers with restricted hours pay 8%).",
        "Night duty payment: $38.50 per night shift worked.",
        "Public holidays: time and a half, plus a day in lieu.",
        "KiwiSaver: Airways contributes 6% of gross salary (the statutory minimum is 3%).",
        "Annual leave: 5 weeks per year, plus 1 additional week after 5 years of continuous service.",
        "Licence and medical costs are paid by Airways.",
    ]
)

h2("5. Hours and rosters")
p(
    "Controllers work rostered shifts covering days, evenings and nights, including weekends and public holidays. Rosters average 37.5 hours per week over the roster cycle. No single duty period may exceed 10 hours, and controllers must have at least 11 hours’ rest between duties. Smaller towers operate restricted hours (for example 6.30am to 9.30pm) and do not require night shifts."
)

h2("6. Where you could work")
p(
    "Control towers: Auckland, Hamilton, Tauranga, Rotorua, Gisborne, Napier, New Plymouth, Ohakea (civil), Palmerston North, Wellington, Nelson, Woodbourne, Christchurch, Queenstown, Dunedin, Invercargill and Milford Sound (seasonal). Radar centres: Auckland (approach and oceanic) and Christchurch (area/en-route and approach). Your first posting is decided by operational need; we try to take your preferences into account but cannot guarantee a location."
)

h2("7. How to apply")
p(
    "Applications for the 2025/26 intakes open on 3 March 2025 and close on 31 March 2025 at 5pm NZDT. Apply online at airways.co.nz/careers with your CV, a cover letter and a copy of your NCEA results. Shortlisted applicants are invited to the FEAST assessment in April and to an assessment day in Christchurch in May. Intakes start in August 2025 and February 2026."
)
pdf.set_font("DejaVu", "", 8)
pdf.set_text_color(90, 90, 90)
pdf.multi_cell(
    0,
    4.2,
    align="L",
    text="Salary figures are indicative and are subject to the terms of the applicable collective employment agreement or individual employment agreement. Airways is an equal opportunity employer. All amounts are in New Zealand dollars and are before PAYE tax.",
)
pdf.output(OUT)
print("wrote", OUT)
