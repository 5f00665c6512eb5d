"""Generate careers-guide-2024.pdf (firefighters in Australia, 2024, A$ per year)."""

from pathlib import Path

from fpdf import FPDF

OUT = Path(__file__).resolve().parent.parent / "corpus" / "careers-guide-2024.pdf"
FONT_DIR = Path("/usr/share/fonts/truetype/dejavu")

TITLE = "Fighting Fires for a Living: Firefighter Careers in Australia 2024"
HEADER = "Careers Guide 2024 · Emergency Services Series"

INTRO = [
    "Firefighters protect people, property and the environment from fire and other emergencies. "
    "Career (paid) firefighters in Australia are employed by state and territory fire services such "
    "as Fire and Rescue NSW, Fire Rescue Victoria and Queensland Fire and Emergency Services. This "
    "guide sets out the ranks you move through, what each rank earned in 2024 and how pay differs "
    "between states. All figures are base salaries per year in Australian dollars (A$), before tax "
    "and superannuation.",
    "Competition is strong: some services receive more than 5,000 applications for around 150 "
    "recruit places in a single intake.",
]

ENTRY_HEAD = "Getting in"
ENTRY = [
    "There is no degree requirement. Applicants must be Australian citizens or permanent residents, "
    "hold a current driver licence and a first aid certificate, and pass a written aptitude test, "
    "a physical aptitude test, a medical and a panel interview. Many services also expect applicants "
    "to hold a Medium Rigid (MR) truck licence before they start.",
    "Successful applicants join a recruit course of 16 weeks at the state fire academy, covering "
    "fire behaviour, breathing apparatus, hazardous materials, road crash rescue and fitness. "
    "Recruits then work on station as probationary firefighters and usually reach qualified "
    "firefighter status after three years of on-the-job training and assessment.",
]

RANK_HEAD = ["Rank", "Typical time to reach", "Base salary (per year)"]
RANK_ROWS = [
    ["Recruit firefighter", "On entry (academy)", "A$68,400"],
    ["Firefighter level 1", "After recruit course", "A$74,900"],
    ["Firefighter level 2", "1–2 years", "A$81,300"],
    ["Qualified firefighter", "3 years", "A$92,300"],
    ["Senior firefighter", "5–6 years", "A$99,800"],
    ["Leading firefighter", "7–9 years", "A$104,600"],
    ["Station officer", "10+ years", "A$118,500"],
    ["District officer / commander", "15+ years", "A$135,000–A$152,000"],
]
RANK_NOTE = (
    "Figures are national averages of 2024 base rates and exclude shift allowances, overtime "
    "and higher-duties pay, which can add 15% to 25% to take-home pay."
)

STATE_HEAD = ["State / territory", "Qualified firefighter", "Station officer"]
STATE_ROWS = [
    ["New South Wales", "A$91,200", "A$117,900"],
    ["Victoria", "A$95,600", "A$123,400"],
    ["Queensland", "A$89,400", "A$115,200"],
    ["Western Australia", "A$97,800", "A$125,100"],
    ["South Australia", "A$88,100", "A$113,600"],
    ["Tasmania", "A$82,700", "A$106,300"],
    ["Australian Capital Territory", "A$93,900", "A$120,800"],
    ["Northern Territory", "A$90,500", "A$116,700"],
]
STATE_NOTE = "Base salary per year under each service's enterprise agreement current in mid-2024."

SHIFTS_HEAD = "Shifts and conditions"
SHIFTS = [
    "Most career firefighters work a 10/14 roster: two 10-hour day shifts followed by two 14-hour "
    "night shifts, then four days off. This averages 42 hours a week over the roster cycle. Crews "
    "spend much of their shift on training, equipment checks, fire safety visits and community "
    "education as well as emergency calls.",
    "Promotion above qualified firefighter is by examination and assessment, and a station officer "
    "is responsible for a crew and a fire station on each shift.",
]

SOURCE = (
    "Source: Careers Office summary of state and territory fire service enterprise agreements, "
    "2024. Figures are rounded and for guidance only."
)


class Guide(FPDF):
    def header(self):
        self.set_font("DejaVu", "I", 8)
        self.set_text_color(90, 90, 90)
        self.cell(0, 6, HEADER, align="R", new_x="LMARGIN", new_y="NEXT")
        self.set_text_color(0, 0, 0)
        self.ln(2)

    def footer(self):
        self.set_y(-14)
        self.set_font("DejaVu", "", 8)
        self.cell(0, 8, f"Page {self.page_no()}", align="C")


def heading(pdf, text):
    pdf.ln(3)
    pdf.set_font("DejaVu", "B", 13)
    pdf.multi_cell(0, 7, text, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(1)


def para(pdf, text, size=10.5, style=""):
    pdf.set_font("DejaVu", style, size)
    pdf.multi_cell(0, 5.5, text, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(2)


def table(pdf, caption, head, rows, widths):
    pdf.set_font("DejaVu", "B", 10)
    pdf.multi_cell(0, 6, caption, new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("DejaVu", "", 9.5)
    with pdf.table(col_widths=widths, text_align="LEFT", line_height=6.5) as t:
        r = t.row()
        for h in head:
            r.cell(h)
        for row in rows:
            r = t.row()
            for c in row:
                r.cell(c)
    pdf.ln(1)


def all_text():
    parts = [TITLE, HEADER, *INTRO, ENTRY_HEAD, *ENTRY, RANK_NOTE, STATE_NOTE, SHIFTS_HEAD, *SHIFTS, SOURCE]
    for head, rows in ((RANK_HEAD, RANK_ROWS), (STATE_HEAD, STATE_ROWS)):
        parts += head
        for r in rows:
            parts += r
    return "\n".join(parts)


def main():
    pdf = Guide(format="A4")
    pdf.add_font("DejaVu", "", str(FONT_DIR / "DejaVuSans.ttf"))
    pdf.add_font("DejaVu", "B", str(FONT_DIR / "DejaVuSans-Bold.ttf"))
    pdf.add_font("DejaVu", "I", str(FONT_DIR / "DejaVuSans-Oblique.ttf"))
    pdf.set_title(TITLE)
    pdf.set_auto_page_break(True, margin=18)
    pdf.add_page()
    pdf.set_font("DejaVu", "B", 17)
    pdf.multi_cell(0, 9, TITLE, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(3)
    for p in INTRO:
        para(pdf, p)
    heading(pdf, ENTRY_HEAD)
    for p in ENTRY:
        para(pdf, p)
    heading(pdf, "Ranks and pay")
    para(pdf, "Pay rises with each rank. The table shows typical base salaries across Australian fire services.")
    table(pdf, "Table 1: Base salary by rank, 2024", RANK_HEAD, RANK_ROWS, (70, 50, 50))
    para(pdf, RANK_NOTE, size=8.5, style="I")
    pdf.add_page()
    heading(pdf, "Pay by state and territory")
    para(
        pdf, "Each fire service negotiates its own agreement, so base pay for the same rank varies from state to state."
    )
    table(pdf, "Table 2: Base salary by state, 2024", STATE_HEAD, STATE_ROWS, (70, 50, 50))
    para(pdf, STATE_NOTE, size=8.5, style="I")
    heading(pdf, SHIFTS_HEAD)
    for p in SHIFTS:
        para(pdf, p)
    para(pdf, SOURCE, size=8, style="I")
    OUT.parent.mkdir(parents=True, exist_ok=True)
    pdf.output(str(OUT))
    print("wrote", OUT)


if __name__ == "__main__":
    main()
