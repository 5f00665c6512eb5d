"""Generate careers_museums_heritage_paybook_FY2024-25.pdf (Egypt, museum curators & conservators)."""

from pathlib import Path

from fpdf import FPDF
from fpdf.fonts import FontFace

OUT = Path(__file__).with_name("careers_museums_heritage_paybook_FY2024-25.pdf")
F = "/usr/share/fonts/truetype/dejavu/"


class PDF(FPDF):
    def header(self):
        self.set_font("DJ", "", 8)
        self.set_text_color(90)
        self.cell(0, 5, "Faculty Careers & Alumni Unit  -  Sector Paybook No. 7", align="L")
        self.cell(0, 5, "FY 2024/25", align="R", new_x="LMARGIN", new_y="NEXT")
        self.set_text_color(0)
        self.ln(3)

    def footer(self):
        self.set_y(-12)
        self.set_font("DJ", "", 8)
        self.cell(0, 5, f"page {self.page_no()}/{{nb}}", align="C")


pdf = PDF(format="A4")
pdf.add_font("DJ", "", F + "DejaVuSans.ttf")
pdf.add_font("DJ", "B", F + "DejaVuSans-Bold.ttf")
pdf.add_font("DJ", "I", F + "DejaVuSans-Oblique.ttf")
pdf.set_auto_page_break(True, 16)
pdf.add_page()


def h(txt, size=13):
    pdf.set_font("DJ", "B", size)
    pdf.multi_cell(0, 7, txt, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(1)


def para(txt, size=10):
    pdf.set_font("DJ", "", size)
    pdf.multi_cell(0, 5.2, txt, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(2)


h("Museums & Cultural Heritage Sector", 18)
pdf.set_font("DJ", "", 11)
pdf.multi_cell(0, 6, "Careers and pay in the state museums - Arab Republic of Egypt", new_x="LMARGIN", new_y="NEXT")
pdf.ln(4)

h("Who this paybook is for")
para(
    "Graduates of Egyptology, museology, history of art, fine arts (restoration) and tourism guidance who want "
    "to work inside museums run by the Ministry of Tourism and Antiquities (MoTA) and its Supreme Council of "
    "Antiquities (SCA): the Egyptian Museum in Tahrir, the National Museum of Egyptian Civilization (NMEC), the "
    "Coptic and Islamic Art museums, the Graeco-Roman Museum in Alexandria, the Luxor and Nubia museums and "
    "about forty regional and site museums."
)
para(
    "Two career tracks are covered: the curatorial track (amin mathaf - museum curator: registration of objects, "
    "displays, documentation, storerooms, research and exhibitions) and the conservation track (akhsa'i tarmim - "
    "conservator: cleaning, consolidation and restoration of objects in the museum laboratories)."
)

h("A typical career path")
para(
    "Most curators start in the registration or storeroom department of a large museum in Cairo, moving to "
    "exhibition work after three to five years. Conservators begin in a museum laboratory under a senior "
    "conservator, often specialising in one material: organic materials (wood, textiles, papyrus), metals, "
    "stone or ceramics and glass. Moves between museums are common, especially when new museums open in the "
    "governorates; moving to Luxor, Aswan or the New Valley brings an allowance (Table 2) and often faster "
    "promotion. From First Grade onwards staff may head a department, and Senior Specialists act as keepers "
    "of a whole collection or head a laboratory."
)
para(
    "The working week is Sunday to Thursday, 08:00 to 15:00, with evening and Friday duty during exhibition "
    "openings and official visits, which is paid as overtime under the museum's internal rules."
)

h("How pay is built")
para(
    "Under the Civil Service Law No. 81 of 2016 monthly pay has two parts: the job wage (al-agr al-wazifi), "
    "fixed by grade, and the complementary wage (al-agr al-mukammil), which includes the periodic bonuses "
    "added by law since 2016. Since March 2024 no state employee may receive a total below LE 6,000 a month. "
    "On top of this come the monthly incentive (hafez), paid at 40% to 75% of the job wage depending on the "
    "museum and on the annual performance report, and the remote-area allowance shown in Table 2."
)
para(
    "Holders of a bachelor's degree are appointed at the Third Grade; promotion to the next grade needs "
    "a minimum number of years in the grade plus a satisfactory report. Directors General and above are "
    "appointed by competition for fixed terms."
)

h("Table 1. Monthly pay by grade, FY 2024/25 (LE, gross*)", 11)
rows = [
    ("Third Grade", "Assistant Curator", "entry", "2,180", "4,240", "6,420"),
    ("Third Grade", "Assistant Conservator", "entry", "2,250", "4,260", "6,510"),
    ("Second Grade", "Curator", "3+", "2,640", "4,545", "7,185"),
    ("Second Grade", "Conservator", "3+", "2,720", "4,570", "7,290"),
    ("First Grade", "First Curator", "8+", "3,155", "4,905", "8,060"),
    ("First Grade", "First Conservator", "8+", "3,240", "4,930", "8,170"),
    ("Senior Specialist", "Senior Curator / Keeper of Collection", "14+", "3,910", "5,430", "9,340"),
    ("Senior Specialist", "Head of Conservation Laboratory", "14+", "3,995", "5,455", "9,450"),
    ("Director General", "Museum Director (general directorate)", "18+", "5,060", "6,690", "11,750"),
    ("Excellence Grade", "Head of Central Administration (Museums Sector)", "22+", "6,380", "7,820", "14,200"),
]
# push the table to the bottom of page 1 so it breaks onto page 2
para(
    "Figures are the amounts in the FY 2024/25 payroll for a full-time employee in a Cairo or Giza museum, with "
    "no remote-area allowance and no incentive. 'Yrs' = usual minimum years of service before reaching the "
    "grade.",
    9,
)
pdf.set_font("DJ", "", 9)
with pdf.table(
    col_widths=(28, 58, 11, 21, 28, 22),
    text_align=("LEFT", "LEFT", "CENTER", "RIGHT", "RIGHT", "RIGHT"),
    line_height=6.2,
    repeat_headings=1,
    headings_style=FontFace(emphasis="BOLD", fill_color=(225, 225, 225)),
) as t:
    r = t.row()
    for c in ("Grade", "Post", "Yrs", "Job wage\n(LE)", "Complementary\nwage (LE)", "Total\n(LE/month)"):
        r.cell(c)
    for row in rows:
        r = t.row()
        for c in row:
            r.cell(c)
pdf.set_font("DJ", "I", 8)
pdf.multi_cell(
    0,
    4.5,
    "* Gross. Deductions: employee social insurance 11% of the insured wage, and income tax above the "
    "annual exemption. Staff of the Grand Egyptian Museum Authority are on separate contracts and are not "
    "covered by this table.",
    new_x="LMARGIN",
    new_y="NEXT",
)
pdf.ln(4)

h("Table 2. Remote-area allowance (% of job wage)", 11)  # keep with table

pdf.set_font("DJ", "", 9)
with pdf.table(
    col_widths=(70, 60, 40),
    text_align=("LEFT", "LEFT", "RIGHT"),
    line_height=6,
    headings_style=FontFace(emphasis="BOLD", fill_color=(225, 225, 225)),
) as t:
    for row in [
        ("Governorate / area", "Example museums", "Allowance"),
        ("Cairo, Giza", "Egyptian Museum, NMEC", "0%"),
        ("Alexandria", "Graeco-Roman, Royal Jewellery", "0%"),
        ("Luxor", "Luxor Museum, Mummification Museum", "15%"),
        ("Aswan", "Nubia Museum", "20%"),
        ("South Sinai", "Sharm el-Sheikh Museum", "30%"),
        ("New Valley (Kharga)", "El-Wadi El-Gedid Museum", "35%"),
    ]:
        r = t.row()
        for c in row:
            r.cell(c)
pdf.ln(4)

h("Training and entry requirements")
para(
    "Curators need a bachelor's degree in Egyptology, archaeology (Islamic or Coptic), museology or history of "
    "art; conservators need a bachelor's in restoration from a faculty of archaeology or fine arts. A reading "
    "knowledge of English or French is expected, and candidates for Egyptology posts are tested on "
    "hieroglyphic reading. New appointees follow the SCA's induction in museum documentation during their "
    "first year; a master's degree speeds promotion."
)

h("How to apply")
para(
    "Posts are filled only through announced competitions. When MoTA announces vacancies, apply on the "
    "government jobs portal; shortlisted candidates sit a written test and an interview set by the Central "
    "Agency for Organization and Administration (CAOA). Keep your university transcript, military service "
    "certificate (men) and national ID ready. Volunteering or internships in museum documentation and "
    "education departments are open to students during the summer and count in interviews."
)

pdf.output(str(OUT))
print("wrote", OUT, "pages", pdf.page_no())
