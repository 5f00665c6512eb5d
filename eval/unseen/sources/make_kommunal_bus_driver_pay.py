"""Generates Kommunal_Bus_drivers_pay_and_conditions_2025-2026_EN.docx (SEK per month / hour)."""

from docx import Document
from docx.shared import Pt

OUT = str(
    __import__("pathlib").Path(__file__).resolve().parent.parent
    / "corpus"
    / "Kommunal_Bus_drivers_pay_and_conditions_2025-2026_EN.docx"
)
d = Document()
st = d.styles["Normal"]
st.font.name = "Arial"
st.font.size = Pt(10.5)

sec = d.sections[0]
sec.header.paragraphs[0].text = "Kommunal – Sveriges största fackförbund  |  Branschinformation Buss"
sec.footer.paragraphs[0].text = (
    "Kommunal, Box 19039, 104 32 Stockholm  |  kommunal.se  |  "
    "Utgiven 2025-05-12. This English version is for information only; "
    "in case of differences the Swedish agreement text applies."
)

d.add_heading("Working as a bus driver in Sweden – pay and conditions 2025–2026", 0)
p = d.add_paragraph(
    "A guide for members and new drivers to the Bus Agreement (Bussbranschavtalet) "
    "between Kommunal and Transportföretagen / Biltrafikens Arbetsgivareförbund (BA)."
)
p.runs[0].italic = True

d.add_heading("1. The new agreement in brief", 1)
d.add_paragraph(
    "The agreement runs for two years, from 2025-04-01 to 2027-03-31. Pay increases total 6.4 % "
    "over the period: 3.4 % from 1 April 2025 and 3.0 % from 1 April 2026. The minimum wages "
    "(lägstlöner) below have been raised by the same percentages. Your employer may pay more "
    "than the minimum – many operators in Stockholm and Göteborg do – but never less."
)

d.add_heading("2. Minimum monthly wage for full-time bus drivers", 1)
d.add_paragraph(
    "Amounts in Swedish kronor (kr) per month, before tax, for a full-time driver (40 hours per week). "
    "Experience means time employed as a bus driver in Sweden, at any operator."
)
t = d.add_table(rows=1, cols=3)
t.style = "Light Grid Accent 1"
for c, h in zip(t.rows[0].cells, ["Experience as a bus driver", "From 2025-04-01", "From 2026-04-01"]):
    c.text = h
for row in [
    ("Less than 1 year", "27 930 kr", "28 770 kr"),
    ("After 1 year", "28 850 kr", "29 720 kr"),
    ("After 3 years", "29 760 kr", "30 650 kr"),
    ("After 5 years", "30 540 kr", "31 460 kr"),
    ("After 8 years", "31 180 kr", "32 120 kr"),
]:
    cells = t.add_row().cells
    for c, v in zip(cells, row):
        c.text = v
d.add_paragraph("Part-time drivers are paid the same rates in proportion to their contracted hours.")

d.add_heading("3. Hourly-paid drivers (timanställda)", 1)
d.add_paragraph(
    "Drivers employed by the hour (for example students and pensioners driving school routes or "
    "extra services) are paid at least 160,50 kr per hour from 2025-04-01 if they have less than "
    "1 year of experience, and 165,80 kr per hour after 1 year. From 2026-04-01 the rates are "
    "165,30 kr and 170,80 kr. Holiday pay (semesterersättning) of 13 % is paid on top of the "
    "hourly wage."
)

d.add_heading("4. Unsocial hours supplement (OB-tillägg)", 1)
d.add_paragraph(
    "Paid per hour worked during the following times, in addition to your normal pay. Rates from 2025-04-01."
)
t = d.add_table(rows=1, cols=2)
t.style = "Light Grid Accent 1"
for c, h in zip(t.rows[0].cells, ["Time", "Supplement per hour"]):
    c.text = h
for row in [
    ("Weekday evenings, Mon–Fri 19.00–22.00", "26,45 kr"),
    ("Nights, every day 22.00–06.00", "54,90 kr"),
    ("Weekends, Sat–Sun 06.00–22.00", "41,60 kr"),
    ("Major holidays (storhelg: Easter, Midsummer, Christmas, New Year)", "97,20 kr"),
]:
    cells = t.add_row().cells
    for c, v in zip(cells, row):
        c.text = v
d.add_paragraph(
    "Split-shift supplement (delad tur): 148 kr for each working day that is split into two "
    "parts with an unpaid break of more than 1 hour, for example morning and afternoon rush hours."
)
d.add_paragraph(
    "Overtime: for overtime Mon–Fri 06.00–20.00 you receive monthly wage ÷ 94 per hour; "
    "at all other times monthly wage ÷ 72 per hour."
)

d.add_heading("Example", 2)
d.add_paragraph(
    "A driver with 3 years' experience works 12 weekday evening hours and 16 weekend hours in "
    "May 2025: 29 760 kr + (12 × 26,45 kr) + (16 × 41,60 kr) = 30 743 kr before tax."
)

d.add_heading("5. Working hours, holidays and pension", 1)
for b in [
    "Full-time is 40 hours per week on average, calculated over a scheduling period of up to 16 weeks.",
    "You must have at least 11 hours of continuous rest in every 24-hour period. Driving time is also limited "
    "by the EU driving and rest time rules on regional and long-distance routes.",
    "Annual leave: 25 days per year under the Annual Leave Act (semesterlagen).",
    "Pension: your employer pays into the collective occupational pension Avtalspension SAF-LO – 4.5 % of your "
    "wage, from the age of 22.",
    "Work clothing (uniform) is provided by the employer.",
]:
    d.add_paragraph(b, style="List Bullet")

d.add_heading("6. How do I become a bus driver?", 1)
d.add_paragraph("To drive a bus with passengers in Sweden you need:")
for b in [
    "A bus driving licence (körkort för buss, category D). You normally need a car licence (B) first.",
    "A Certificate of Professional Competence (yrkeskompetensbevis, YKB). The initial YKB training is 140 hours "
    "(accelerated) and ends with a test at Trafikverket. Every 5 years you take 35 hours of periodic training "
    "to keep your YKB valid.",
    "A minimum age of 21 if you have completed the YKB initial training (24 otherwise).",
    "A medical certificate (läkarintyg) showing that you meet the health and vision requirements for heavy licences.",
]:
    d.add_paragraph(b, style="List Bullet")
d.add_paragraph(
    "Most new drivers train through municipal adult education (Komvux) – the bus driver "
    "programme (bussförarutbildning) usually takes 20–30 weeks full-time and is free of charge; "
    "you can apply for student finance from CSN. Arbetsförmedlingen also offers labour market "
    "training for jobseekers. Several large operators run their own driver schools and pay a "
    "training wage during the course in return for a commitment to work for them afterwards."
)

d.add_heading("7. Questions?", 1)
d.add_paragraph(
    "Contact your local workplace representative (arbetsplatsombud) or Kommunal Direkt on "
    "010-442 70 00, weekdays 08.00–17.00. Not a member yet? Join at kommunal.se/bli-medlem."
)

d.save(OUT)
print("wrote", OUT)
