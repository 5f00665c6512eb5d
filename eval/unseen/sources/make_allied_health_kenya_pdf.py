"""Build corpus/allied-health-kenya.pdf (Careers in allied health in Kenya, 2024)."""

from pathlib import Path

from fpdf import FPDF
from fpdf.fonts import FontFace

OUT = Path(__file__).resolve().parent.parent / "corpus" / "allied-health-kenya.pdf"
FONT_DIR = Path("/usr/share/fonts/truetype/dejavu")

FOOTER = "Careers in allied health in Kenya \u2013 2024 edition \u00b7 Lakeside College of Health Sciences"


class Guide(FPDF):
    def header(self):
        if self.page_no() == 1:
            return
        self.set_font("DejaVu", "I", 8)
        self.set_text_color(110, 110, 110)
        self.cell(0, 6, "Careers and Placement Office", align="R")
        self.ln(10)
        self.set_text_color(0, 0, 0)

    def footer(self):
        self.set_y(-15)
        self.set_draw_color(180, 180, 180)
        self.line(self.l_margin, self.get_y(), self.w - self.r_margin, self.get_y())
        self.set_font("DejaVu", "", 8)
        self.set_text_color(110, 110, 110)
        self.cell(0, 8, FOOTER, align="L")
        self.set_x(self.l_margin)
        self.cell(0, 8, f"Page {self.page_no()} of {{nb}}", align="R")
        self.set_text_color(0, 0, 0)


pdf = Guide(format="A4")
pdf.set_margins(22, 20, 22)
pdf.set_auto_page_break(True, margin=22)
pdf.add_font("DejaVu", "", str(FONT_DIR / "DejaVuSans.ttf"))
pdf.add_font("DejaVu", "B", str(FONT_DIR / "DejaVuSans-Bold.ttf"))
pdf.add_font("DejaVu", "I", str(FONT_DIR / "DejaVuSans-Oblique.ttf"))
pdf.alias_nb_pages()
pdf.add_page()


def h1(text):
    pdf.set_font("DejaVu", "B", 20)
    pdf.multi_cell(0, 10, text)
    pdf.ln(2)


def h2(text):
    pdf.ln(3)
    pdf.set_font("DejaVu", "B", 13)
    pdf.set_text_color(20, 90, 70)
    pdf.multi_cell(0, 7, text)
    pdf.set_text_color(0, 0, 0)
    pdf.ln(1)


def para(text):
    pdf.set_font("DejaVu", "", 10.5)
    pdf.multi_cell(0, 5.6, text, align="L")
    pdf.ln(2.5)


def small(text):
    pdf.set_font("DejaVu", "I", 9)
    pdf.multi_cell(0, 5, text, align="L")
    pdf.ln(2)


# ---------------------------------------------------------------- page 1
h1("Careers in allied health in Kenya")
pdf.set_font("DejaVu", "", 11)
pdf.multi_cell(
    0,
    6,
    "A guide for students and graduates \u2013 2024 edition\n"
    "Careers and Placement Office, Lakeside College of Health Sciences, Kisumu",
)
pdf.ln(4)

para(
    "Allied health workers are the people who keep Kenya's hospitals, health centres and dispensaries running "
    "alongside doctors and nurses: they diagnose and treat common conditions, run the laboratory tests, dispense "
    "medicines, advise on diet, keep the records and carry health services into people's homes. This guide "
    "describes six allied health careers, how to qualify for each, and what you can expect to earn in 2024."
)

para(
    "Where the figures come from. Public-sector pay is taken from the basic salary scales for health workers "
    "that apply in national and county government facilities in 2024. Private-sector and NGO figures come from "
    "our 2024 graduate destinations survey (612 of our graduates from the last five years replied) and from job "
    "advertisements we collected between January and April 2024. All amounts are gross monthly pay in Kenya "
    "shillings (KSh), before PAYE, NSSF, the housing levy and SHIF deductions."
)

h2("Public-sector job groups")
para(
    "Most allied health graduates who join the public service are appointed to a job group according to their "
    "qualification and cadre. Each job group has a basic pay range; you start at the bottom and move up one step "
    "a year. On top of basic pay you receive a house allowance (which depends on the county you are posted to), "
    "a commuter allowance and a health risk allowance, so your gross pay is well above the basic figures below."
)

pdf.set_font("DejaVu", "", 9.5)
rows = [
    ("Job group", "Typical allied health posts", "Monthly basic pay (KSh)"),
    ("Job group H", "Health records and information officer III; community health assistant", "25,010 \u2013 33,380"),
    (
        "Job group J",
        "Clinical officer III; medical laboratory technologist III; pharmaceutical technologist III",
        "31,020 \u2013 41,590",
    ),
    ("Job group K", "Clinical officer II; nutritionist II (degree entry)", "38,270 \u2013 50,440"),
    ("Job group L", "Senior clinical officer; senior medical laboratory technologist", "48,870 \u2013 64,980"),
    (
        "Job group M",
        "Chief clinical officer; sub-county health records and information officer",
        "59,500 \u2013 81,740",
    ),
]
with pdf.table(
    col_widths=(24, 88, 40),
    text_align=("LEFT", "LEFT", "RIGHT"),
    line_height=5.4,
    headings_style=FontFace(emphasis="BOLD", fill_color=(222, 238, 232)),
) as table:
    for r in rows:
        row = table.row()
        for c in r:
            row.cell(c)
pdf.ln(1)
small(
    "Basic pay only. Allowances are not included. Diploma holders normally enter at Job group H or J; "
    "holders of a relevant bachelor's degree normally enter at Job group K."
)

# ---------------------------------------------------------------- roles
h2("1. Clinical officer")
para(
    "Clinical officers assess, diagnose and treat patients, and in many rural health centres they are the most "
    "senior clinician on duty. To qualify you need a three-year Diploma in Clinical Medicine and Surgery from the "
    "Kenya Medical Training College (KMTC) or an accredited university, followed by a one-year internship. You "
    "must then be registered and licensed by the Clinical Officers Council before you can practise."
)
para(
    "Newly registered clinical officers in the public service usually start in Job group J. With house, "
    "commuter and risk allowances, a new clinical officer in a county hospital outside Nairobi takes home a gross "
    "salary of about KSh 62,500 a month. In private hospitals in Nairobi, clinical officers with two to five "
    "years of experience earn between KSh 55,000 and KSh 80,000 a month. Those who go on to a higher diploma in "
    "a specialty such as anaesthesia or orthopaedics are paid more."
)

h2("2. Medical laboratory technologist")
para(
    "Laboratory staff carry out the blood, urine, microbiology and other tests that doctors and clinical "
    "officers rely on. The entry qualification is a three-year diploma in medical laboratory sciences, and you "
    "must be registered with the Kenya Medical Laboratory Technicians and Technologists Board (KMLTTB)."
)
para(
    "In the public service a medical laboratory technologist at Job group J earns a gross of around "
    "KSh 58,300 a month once allowances are included. Private laboratories and hospitals pay newly qualified "
    "technologists KSh 40,000 to KSh 65,000 a month, with the highest pay at the large laboratory chains in "
    "Nairobi and Mombasa."
)

h2("3. Nutritionist")
para(
    "Nutritionists and dietitians assess patients' diets, manage malnutrition and run community nutrition "
    "programmes. You can qualify with a diploma or a bachelor's degree in nutrition and dietetics, and you need a "
    "practising licence from the Kenya Nutritionists and Dieticians Institute (KNDI)."
)
para(
    "Degree holders who join the public service usually enter at Job group K. Private hospitals pay a newly "
    "licensed nutritionist about KSh 48,000 a month. The best-paid jobs are with international NGOs running "
    "nutrition programmes in arid and semi-arid counties: a nutrition programme officer there typically earns "
    "KSh 120,000 a month, although contracts are often only for one or two years."
)

h2("4. Pharmaceutical technologist")
para(
    "Pharmaceutical technologists dispense medicines, advise patients on how to take them and manage drug "
    "stores in hospitals. The qualification is a three-year Diploma in Pharmacy, followed by an internship."
)
para(
    "You must be enrolled by the Pharmacy and Poisons Board before you can practise; the Board also licenses "
    "the premises you work in. Public-sector pharmaceutical technologists normally start in Job group J. In retail pharmacies, pay for a "
    "newly enrolled pharmaceutical technologist ranges from KSh 35,000 to KSh 50,000 a month. With experience, "
    "many pharmaceutical technologists open their own retail pharmacy."
)

h2("5. Health records and information officer")
para(
    "Health records and information officers manage patient files, code diagnoses, compile the statistics that "
    "counties report to the Ministry of Health and, increasingly, run electronic medical record systems. The "
    "usual entry qualification is a Diploma in Health Records and Information Technology, and you must be "
    "registered with the Kenya Health Records and Information Managers Board."
)
para(
    "Diploma holders usually enter the public service at Job group H. In private hospitals a newly qualified "
    "health records officer earns about KSh 32,000 a month; officers with strong IT skills who move into health "
    "informatics roles can earn considerably more."
)

h2("6. Community health promoter")
para(
    "Community health promoters (CHPs), formerly called community health volunteers, are chosen by their own "
    "community and each looks after about 100 households: they visit homes, screen for common illnesses, refer "
    "sick people to health facilities and follow up pregnant women and young children. New CHPs complete a "
    "14-day basic training course and receive a digital health kit."
)
para(
    "CHPs are not salaried employees. They receive a monthly stipend of KSh 5,000, half of it paid by the "
    "national government and half by the county government. Many CHPs use the role as a first step towards a "
    "certificate or diploma in community health."
)

h2("Getting your first job")
para(
    "Public-sector vacancies are advertised by the county public service boards and, for national referral "
    "hospitals, on the hospitals' own websites; read the advert carefully, because applications without a copy of "
    "your practising licence are usually rejected. Private hospitals and laboratories recruit all year round, "
    "often from their own internship and attachment students, so treat your clinical attachment as a long "
    "interview."
)
para(
    "The Careers and Placement Office runs CV clinics every Wednesday during term and keeps a list of employers "
    "who take our attachment students. Come and see us early in your final year."
)

OUT.parent.mkdir(parents=True, exist_ok=True)
pdf.output(str(OUT))
print(f"wrote {OUT} ({pdf.pages_count} pages)")
