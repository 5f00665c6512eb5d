"""Generate the offer-letter template for Safari Driver-Guides (Arusha, Tanzania) as DOCX."""

from docx import Document
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Cm, Pt, RGBColor

OUT = "/work/round9/b/corpus/NTS-HR-Offer-Letter-Template-Driver-Guide-2025.docx"

doc = Document()
sec = doc.sections[0]
sec.page_height, sec.page_width = Cm(29.7), Cm(21.0)
sec.left_margin = sec.right_margin = Cm(2.2)
sec.top_margin = sec.bottom_margin = Cm(2.0)

st = doc.styles["Normal"]
st.font.name = "Calibri"
st.font.size = Pt(10.5)

# header / footer
hp = sec.header.paragraphs[0]
hp.text = "NGORONGORO TRAILS SAFARIS LIMITED"
hp.alignment = WD_ALIGN_PARAGRAPH.CENTER
hp.runs[0].bold = True
hp.runs[0].font.size = Pt(14)
hp.runs[0].font.color.rgb = RGBColor(0x5A, 0x3E, 0x1B)
h2 = sec.header.add_paragraph(
    "Plot 27, Njiro Road, P.O. Box 11842, Arusha, Tanzania  |  TALA Licence No. TO/ARS/2025/0318  |  "
    "hr@ngorongorotrails.co.tz"
)
h2.alignment = WD_ALIGN_PARAGRAPH.CENTER
h2.runs[0].font.size = Pt(8)
fp = sec.footer.paragraphs[0]
fp.text = (
    "HR-F-07  Offer of Employment – Driver-Guide  |  Template version 3.1, issued 06/01/2025  |  "
    "CONFIDENTIAL when completed"
)
fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
fp.runs[0].font.size = Pt(7.5)


def p(text="", bold=False, italic=False, size=None, align=None, space_after=4):
    para = doc.add_paragraph()
    run = para.add_run(text)
    run.bold, run.italic = bold, italic
    if size:
        run.font.size = Pt(size)
    if align:
        para.alignment = align
    para.paragraph_format.space_after = Pt(space_after)
    return para


def clause(num, title, text):
    para = doc.add_paragraph()
    r = para.add_run(f"{num}. {title}. ")
    r.bold = True
    para.add_run(text)
    para.paragraph_format.space_after = Pt(5)
    return para


def bullet(text):
    para = doc.add_paragraph(text, style="List Bullet")
    para.paragraph_format.space_after = Pt(2)


def table(rows, widths=None, header=True):
    t = doc.add_table(rows=len(rows), cols=len(rows[0]))
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    for i, r in enumerate(rows):
        for j, v in enumerate(r):
            c = t.cell(i, j)
            c.text = v
            for para in c.paragraphs:
                for run in para.runs:
                    run.font.size = Pt(9)
                    if header and i == 0:
                        run.bold = True
            if widths:
                c.width = Cm(widths[j])
    doc.add_paragraph().paragraph_format.space_after = Pt(2)
    return t


p(
    "[Guidance for HR – delete this box before sending: complete every field in square brackets. Grade, salary and "
    "allowances must match Annex A. Offers for Grade DG-3 and DG-4 require approval by the Managing Director.]",
    italic=True,
    size=8.5,
)

p("Our Ref: NTS/HR/OL/2025/[No.]", space_after=0)
p("Date: [DD/MM/YYYY]")
p("[Full name of candidate]", bold=True, space_after=0)
p("[P.O. Box / physical address]", space_after=0)
p("[Town], Tanzania")
p("Dear [Mr./Ms. Surname],")
p("RE: OFFER OF EMPLOYMENT – SAFARI DRIVER-GUIDE (GRADE [DG-2])", bold=True)

p(
    "Following your interview and practical driving assessment on [DD/MM/YYYY], we are pleased to offer you employment "
    'with Ngorongoro Trails Safaris Limited ("the Company") on the terms set out below. This offer is made under the '
    "Employment and Labour Relations Act, 2004 (Cap. 366) and is subject to the conditions in clause 13."
)

clause(
    1,
    "Position",
    "Safari Driver-Guide, Grade [DG-2], in the Operations Department, reporting to the Operations "
    "Manager. Your normal place of work is the Company's base at Njiro, Arusha; you will operate mainly on the "
    "northern circuit (Arusha, Tarangire, Lake Manyara, Ngorongoro Conservation Area and Serengeti National Park) "
    "and, when rostered, on the southern circuit (Ruaha and Nyerere National Parks).",
)
clause(2, "Commencement", "Your employment will start on [DD/MM/YYYY]. This is a contract for an unspecified period.")
clause(
    3,
    "Probation",
    "The first six (6) months are a probationary period. During probation either party may end the "
    "contract by giving seven (7) days' written notice. A Trainee Driver-Guide (DG-1) is confirmed as a "
    "Driver-Guide (DG-2) only after 12 months' service, at least 60 safari days and a pass in the Company's "
    "internal guiding assessment.",
)
clause(
    4,
    "Basic salary",
    "Your basic salary is TZS [850,000] (Tanzanian Shillings [eight hundred and fifty thousand]) "
    "gross per month, paid by bank transfer on or before the 28th day of each month. The basic salary is paid "
    "every month of the year, including the long-rains low season (April–May), whether or not you are on safari.",
)
clause(
    5,
    "Safari day allowance",
    'For every day on which you are on safari with clients (a "safari day"), you will '
    "receive a safari day allowance of USD [25] (United States Dollars [twenty-five]) per day according to your "
    "grade in Annex A. Safari day allowances are calculated in US dollars but are paid in Tanzanian Shillings "
    "together with the monthly salary, converted at the CRDB Bank selling rate on the last working day of the month. "
    "Meals and accommodation on safari are provided by the Company; no further subsistence is paid for safari days.",
)
clause(6, "Other allowances", "The following allowances are payable in addition, where applicable:")
bullet(
    "Language allowance: USD 5 per safari day when you guide clients in German, French, Spanish or Italian and hold "
    "a language certificate accepted by the Company."
)
bullet("Southern circuit supplement: USD 10 per safari day on safaris to Ruaha or Nyerere National Park.")
bullet("Standby day at a lodge or camp without clients (e.g. between two bookings): USD 10 per day.")
bullet("Airport transfer (Kilimanjaro International Airport – Arusha) outside a safari: TZS 20,000 per transfer.")
clause(
    7,
    "Gratuities",
    "Tips given by clients are the personal property of the guide, are not part of your salary and "
    "are not taken into account for statutory deductions by the Company. The Company does not guarantee any "
    "level of tips.",
)
clause(
    8,
    "Statutory deductions and contributions",
    "The Company will deduct PAYE income tax and your NSSF contribution "
    "(10% of gross monthly earnings) from your pay, and HESLB student-loan repayments (15% of basic salary) where "
    "you have a loan. The Company will contribute a further 10% to the NSSF on your behalf and pays the Workers "
    "Compensation Fund (WCF) and Skills Development Levy (SDL) contributions.",
)
clause(
    9,
    "Hours of work",
    "Ordinary hours at the base are 45 hours per week, Monday to Friday 08:00 to 17:00 with one "
    "hour for lunch. Safari days follow the clients' itinerary (usually departure 06:30 and park exit before 18:00). "
    "You will receive one (1) day off in lieu for every six (6) consecutive safari days, and you will not be "
    "rostered for more than 21 consecutive safari days.",
)
clause(
    10,
    "Leave",
    "Annual leave is 28 consecutive days per leave cycle on full pay, to be taken during the low season "
    "where possible. Sick leave is 126 days in a leave cycle: the first 63 days on full pay and the next 63 days on "
    "half pay, on production of a medical certificate. Maternity leave is 84 days (100 days for twins or more); "
    "paternity leave is 3 days.",
)
clause(
    11,
    "Medical cover and insurance",
    "You will be registered with the National Health Insurance Fund (NHIF) "
    "together with your spouse and up to four (4) dependent children, and covered by the Company's AMREF Flying "
    "Doctors evacuation membership while on safari.",
)
clause(
    12,
    "Vehicle, uniform and equipment",
    "You will be assigned a Toyota Land Cruiser safari vehicle and are "
    "responsible for the daily pre-departure check and logbook. The Company provides three (3) uniform shirts, two "
    "(2) pairs of trousers, a fleece and binoculars (8×42) on confirmation; these remain Company property.",
)
clause(13, "Conditions of this offer", "This offer is conditional on you producing, before your start date:")
bullet("a valid Tanzanian driving licence with classes B, C and D and at least three (3) years' driving experience;")
bullet(
    "a Certificate in Tour Guiding (NTA Level 5) or higher from a NACTVET-accredited institution such as the "
    "College of African Wildlife Management, Mweka or the National College of Tourism;"
)
bullet("a valid Tour Guide Licence issued under the Tourism Act, 2008 and the Tourism (Tour Guides) Regulations;")
bullet("a Wilderness First Aid certificate (minimum 16 hours), renewed every two (2) years;")
bullet("a medical fitness certificate and a Certificate of Good Conduct from the Tanzania Police Force;")
bullet("fluency in English and Kiswahili.")
clause(
    14,
    "Termination",
    "After confirmation, either party may end the contract by giving twenty-eight (28) days' "
    "written notice or paying basic salary in lieu of notice. Severance pay is due as provided in section 42 of "
    "the Employment and Labour Relations Act.",
)
clause(
    15,
    "Code of conduct",
    "You must comply with the Company's Guide Code of Conduct, park regulations of TANAPA and the "
    "Ngorongoro Conservation Area Authority, and the rule of no off-road driving. Fines for breaches of park "
    "regulations caused by the guide's own fault will be recovered from the guide.",
)

p(
    "Please confirm acceptance of this offer by signing and returning the duplicate copy within seven (7) days of the "
    "date above. We look forward to welcoming you to the Ngorongoro Trails team."
)
p("Yours sincerely,", space_after=18)
p("[Name]", bold=True, space_after=0)
p("Human Resources & Administration Manager", space_after=0)
p("For and on behalf of NGORONGORO TRAILS SAFARIS LIMITED", space_after=10)

p("ACCEPTANCE", bold=True)
p("I, ______________________________, accept the offer of employment on the terms and conditions above.")
p("Signature: ____________________    Date: ____/____/______    NIDA No.: ______________________")

doc.add_page_break()
p("ANNEX A – DRIVER-GUIDE GRADES AND PAY, 2025", bold=True, size=12)
p(
    "Effective 01/01/2025 until further notice. Basic salary is gross per month in Tanzanian Shillings (TZS); the "
    "safari day allowance is per safari day in US dollars (USD), paid in TZS as set out in clause 5.",
    size=9.5,
)
table(
    [
        ("Grade", "Title", "Minimum experience", "Basic salary (TZS per month)", "Safari day allowance (USD per day)"),
        ("DG-1", "Trainee Driver-Guide", "Certificate holder, no guiding experience", "TZS 550,000", "USD 15"),
        ("DG-2", "Driver-Guide", "12 months and 60 safari days", "TZS 850,000", "USD 25"),
        ("DG-3", "Senior Driver-Guide", "5 years; leads mixed-vehicle groups", "TZS 1,250,000", "USD 35"),
        (
            "DG-4",
            "Lead Guide / Specialist (birding, walking safaris)",
            "8 years plus a specialist qualification",
            "TZS 1,700,000",
            "USD 45",
        ),
    ],
    widths=(1.6, 4.2, 4.2, 3.4, 3.4),
)

p("ANNEX B – WORKED EXAMPLE OF A MONTH'S PAY (ILLUSTRATIVE ONLY)", bold=True, size=12)
p(
    "A Driver-Guide (DG-2) who guides German-speaking clients on 16 safari days in August. Illustrative exchange rate: "
    "TZS 2,450 = USD 1 (the actual CRDB rate on the last working day of the month is used on the payslip).",
    size=9.5,
)
table(
    [
        ("Item", "Calculation", "Amount"),
        ("Basic salary", "Grade DG-2", "TZS 850,000"),
        ("Safari day allowance", "16 days × USD 25 = USD 400", "TZS 980,000"),
        ("Language allowance", "16 days × USD 5 = USD 80", "TZS 196,000"),
        ("Gross pay for the month", "USD 480 in allowances converted at TZS 2,450", "TZS 2,026,000"),
        ("Less: NSSF (employee 10%)", "10% of TZS 2,026,000", "TZS 202,600"),
    ],
    widths=(4.5, 7.0, 4.0),
)
p(
    "PAYE is then calculated on gross pay after the NSSF deduction, using the TRA monthly tax bands in force. Tips are "
    "not included. In the low season a DG-2 with no safari days receives the basic salary of TZS 850,000 only.",
    size=9.5,
)

doc.save(OUT)
print("wrote", OUT)
