"""Generate civil-service-india.pptx (India central civil service pay & entry, 2024)."""

from pathlib import Path

from pptx import Presentation
from pptx.util import Inches, Pt

OUT = Path(__file__).resolve().parent.parent / "corpus" / "civil-service-india.pptx"

TITLE = "Careers in India's Central Government Civil Services"
SUBTITLE = "Pay, allowances and entry routes, 2024 — Careers Office briefing for final-year students"

HOW_PAY = [
    "Central government pay follows the 7th Pay Commission (7th CPC) pay matrix, in force since 2016",
    "The matrix has 18 main pay levels; each post is fixed to one level",
    "Basic pay rises by one cell (about 3%) each year, with the annual increment on 1 January or 1 July",
    "Dearness Allowance (DA) and House Rent Allowance (HRA) are added on top of basic pay",
    "All figures in this deck are ₹ per month, before tax and deductions",
]

POST_HEAD = ["Post", "Group", "Pay level", "Entry basic pay (₹ per month)"]
POST_ROWS = [
    ["Multi-Tasking Staff (MTS)", "Group C", "Level 1", "₹18,000"],
    ["Lower Division Clerk", "Group C", "Level 2", "₹19,900"],
    ["Tax Assistant / Senior Secretariat Assistant", "Group C", "Level 4", "₹25,500"],
    ["Assistant Section Officer (Assistant, CSS)", "Group B", "Level 7", "₹44,900"],
    ["Section Officer", "Group B", "Level 8", "₹47,600"],
    ["IAS officer (Junior Time Scale)", "Group A", "Level 10", "₹56,100"],
    ["IPS officer (Junior Time Scale)", "Group A", "Level 10", "₹56,100"],
]

MATRIX_HEAD = ["Pay level", "Basic pay range (₹ per month)", "Example posts"]
MATRIX_ROWS = [
    ["Level 1", "₹18,000 – ₹56,900", "MTS, peon, attendant"],
    ["Level 4", "₹25,500 – ₹81,100", "Tax Assistant, stenographer"],
    ["Level 7", "₹44,900 – ₹1,42,400", "Assistant Section Officer, Inspector"],
    ["Level 8", "₹47,600 – ₹1,51,100", "Section Officer"],
    ["Level 10", "₹56,100 – ₹1,77,500", "IAS / IPS / IFS entry, Under Secretary"],
    ["Level 13", "₹1,23,100 – ₹2,15,900", "District Magistrate (selection grade), Director"],
    ["Level 14", "₹1,44,200 – ₹2,18,200", "Joint Secretary, Inspector General of Police"],
    ["Level 18", "₹2,50,000 (fixed)", "Cabinet Secretary"],
]

LADDER_HEAD = ["Stage (IAS)", "Typical years of service", "Pay level", "Entry basic pay"]
LADDER_ROWS = [
    ["Sub-Divisional Magistrate (Junior Time Scale)", "0–4", "Level 10", "₹56,100"],
    ["Additional District Magistrate (Senior Time Scale)", "5–8", "Level 11", "₹67,700"],
    ["District Magistrate / Collector (Junior Admin Grade)", "9–12", "Level 12", "₹78,800"],
    ["Selection Grade", "13–16", "Level 13", "₹1,23,100"],
    ["Super Time Scale (e.g. Joint Secretary)", "17–24", "Level 14", "₹1,44,200"],
    ["Apex Scale / Cabinet Secretary", "30+", "Level 17–18", "₹2,25,000 – ₹2,50,000"],
]

DA_BULLETS = [
    "Dearness Allowance: 50% of basic pay from 1 January 2024, raised to 53% from 1 July 2024",
    "HRA depends on the class of city where you are posted (X, Y or Z)",
    "Transport allowance: ₹7,200 a month plus DA for Level 9 and above in the largest cities",
    "Officers living in government accommodation do not receive HRA",
]

HRA_HEAD = ["City class", "Examples", "HRA rate (% of basic)", "HRA on ₹56,100 basic (₹ per month)"]
HRA_ROWS = [
    ["X", "Delhi, Mumbai, Bengaluru, Chennai, Kolkata, Hyderabad", "30%", "₹16,830"],
    ["Y", "Jaipur, Lucknow, Bhopal, Kochi, Indore", "20%", "₹11,220"],
    ["Z", "All other towns and rural postings", "10%", "₹5,610"],
]

EXAM_BULLETS = [
    "IAS and IPS: UPSC Civil Services Examination — preliminary exam, main exam (nine papers) and personality test (interview)",
    "Eligibility: any bachelor's degree; age 21–32 for general category, with six attempts allowed",
    "The full cycle from prelims notification to final result takes about one year",
    "Assistant Section Officer: SSC Combined Graduate Level (CGL) exam",
    "Section Officer: mainly by promotion from Assistant Section Officer, or a limited departmental exam",
    "Multi-Tasking Staff: SSC MTS exam, open to candidates who have passed Class 10 (matriculation)",
]

SOURCES = [
    "Source: Careers Office summary of the 7th CPC pay matrix and Department of Expenditure DA orders, 2024",
    "Figures are illustrative and rounded; check current notifications from DoPT and UPSC before applying",
    "Gross pay example: a new IAS officer in an X-class city gets basic pay + DA + HRA + transport allowance",
]


def bullets(prs, title, items):
    s = prs.slides.add_slide(prs.slide_layouts[1])
    s.shapes.title.text = title
    tf = s.placeholders[1].text_frame
    tf.text = items[0]
    for it in items[1:]:
        tf.add_paragraph().text = it
    for p in tf.paragraphs:
        for r in p.runs:
            r.font.size = Pt(18)
    return s


def table_slide(prs, title, head, rows, note=None, top=1.5, intro=None):
    s = prs.slides.add_slide(prs.slide_layouts[5])  # title only
    s.shapes.title.text = title
    if intro:
        tb = s.shapes.add_textbox(Inches(0.5), Inches(1.25), Inches(9), Inches(0.4))
        tb.text_frame.text = intro
        tb.text_frame.paragraphs[0].runs[0].font.size = Pt(14)
        top = 1.75
    add_table(s, head, rows, top)
    if note:
        nb = s.shapes.add_textbox(Inches(0.5), Inches(6.8), Inches(9), Inches(0.5))
        nb.text_frame.text = note
        nb.text_frame.paragraphs[0].runs[0].font.size = Pt(11)
    return s


def add_table(slide, head, rows, top, height_per_row=0.42):
    shape = slide.shapes.add_table(
        len(rows) + 1, len(head), Inches(0.4), Inches(top), Inches(9.2), Inches(height_per_row * (len(rows) + 1))
    )
    t = shape.table
    for i, h in enumerate(head):
        t.cell(0, i).text = h
    for r, row in enumerate(rows, start=1):
        for c, v in enumerate(row):
            t.cell(r, c).text = v
    for r in range(len(rows) + 1):
        for c in range(len(head)):
            for p in t.cell(r, c).text_frame.paragraphs:
                for run in p.runs:
                    run.font.size = Pt(12)
    return shape


def main():
    prs = Presentation()
    s = prs.slides.add_slide(prs.slide_layouts[0])
    s.shapes.title.text = TITLE
    s.placeholders[1].text = SUBTITLE

    bullets(prs, "How civil service pay works", HOW_PAY)
    table_slide(
        prs,
        "Entry pay by post, 2024",
        POST_HEAD,
        POST_ROWS,
        note="Entry basic pay is the first cell of the pay level. Group A posts are recruited through UPSC; Group B and C mainly through SSC.",
    )
    table_slide(
        prs,
        "The 7th CPC pay matrix: selected levels",
        MATRIX_HEAD,
        MATRIX_ROWS,
        note="Range runs from the first to the last cell of each level. Level 18 is a fixed pay.",
    )
    table_slide(
        prs,
        "IAS career ladder",
        LADDER_HEAD,
        LADDER_ROWS,
        note="IPS officers follow a similar ladder (ASP → SP → DIG → IG → DGP). Promotion timings vary by state cadre.",
    )

    s = bullets(prs, "Allowances: DA and HRA", DA_BULLETS)
    table_slide(
        prs,
        "House Rent Allowance by city class",
        HRA_HEAD,
        HRA_ROWS,
        intro="HRA rates apply once DA has reached 50% of basic pay (from 1 January 2024).",
        note="Example uses the Level 10 entry basic pay of a new IAS or IPS officer.",
    )

    bullets(prs, "Getting in: the exams", EXAM_BULLETS)
    bullets(prs, "Sources and notes", SOURCES)

    OUT.parent.mkdir(parents=True, exist_ok=True)
    prs.save(OUT)
    print("wrote", OUT)


if __name__ == "__main__":
    main()
