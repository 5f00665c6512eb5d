"""Generates the bilingual (Greek/English) careers leaflet on the diplomatic branch (python-docx)."""

import os

from docx import Document
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "odigos_stadiodromias_14_diethnis_sxeseis_2024.docx")

doc = Document()
sec = doc.sections[0]
sec.left_margin = sec.right_margin = Cm(2.2)
st = doc.styles["Normal"]
st.font.name = "Calibri"
st.font.size = Pt(10)

NAVY = RGBColor(0x12, 0x2B, 0x5C)


def shade(cell, hex_fill):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hex_fill)
    tcPr.append(shd)


def p(text, bold=False, italic=False, size=None, color=None, align=None, space_after=4):
    para = doc.add_paragraph()
    run = para.add_run(text)
    run.bold = bold
    run.italic = italic
    if size:
        run.font.size = Pt(size)
    if color:
        run.font.color.rgb = color
    if align:
        para.alignment = align
    para.paragraph_format.space_after = Pt(space_after)
    return para


def gr_en(gr, en):
    """Greek paragraph followed by the English version in grey italics."""
    p(gr, space_after=2)
    p(en, italic=True, color=RGBColor(0x55, 0x55, 0x55), size=9.5, space_after=8)


def table(header_rows, body, widths, shade_hdr="D9E2F3", right_cols=()):
    t = doc.add_table(rows=len(header_rows) + len(body), cols=len(widths))
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    for r_i, row in enumerate(header_rows + body):
        for c_i, val in enumerate(row):
            cell = t.cell(r_i, c_i)
            cell.width = Cm(widths[c_i])
            cell.text = ""
            lines = val.split("\n")
            par = cell.paragraphs[0]
            for k, line in enumerate(lines):
                run = par.add_run(line)
                run.font.size = Pt(9)
                if r_i < len(header_rows):
                    run.bold = True
                if k < len(lines) - 1:
                    run.add_break()
            if r_i < len(header_rows):
                shade(cell, shade_hdr)
                par.alignment = WD_ALIGN_PARAGRAPH.CENTER
            elif c_i in right_cols:
                par.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    return t


# --- masthead -----------------------------------------------------------
p("ΓΡΑΦΕΙΟ ΔΙΑΣΥΝΔΕΣΗΣ & ΣΤΑΔΙΟΔΡΟΜΙΑΣ  |  CAREERS OFFICE", bold=True, size=9, color=NAVY, space_after=0)
p(
    "Ενημερωτικό φυλλάδιο σταδιοδρομίας αρ. 14  ·  Career leaflet no. 14  ·  Αθήνα, Σεπτέμβριος 2024",
    size=8.5,
    color=RGBColor(0x66, 0x66, 0x66),
    space_after=12,
)

h = doc.add_heading("Σταδιοδρομία στις Διεθνείς Σχέσεις και την Εξωτερική Πολιτική", level=1)
h2 = doc.add_heading("Careers in International Relations & Foreign Policy – Ελλάδα / Greece", level=2)

gr_en(
    "Το φυλλάδιο απευθύνεται σε φοιτητές και αποφοίτους που ενδιαφέρονται για τον Διπλωματικό Κλάδο του "
    "Υπουργείου Εξωτερικών (ΥΠΕΞ). Συγκεντρώνει στοιχεία για τις αποδοχές ανά βαθμό, τα επιδόματα υπηρεσίας "
    "στο εξωτερικό, τις προϋποθέσεις εισαγωγής και την εξέλιξη στην ιεραρχία.",
    "This leaflet is for students and graduates interested in the Diplomatic Branch of the Ministry of Foreign "
    "Affairs (MFA). It brings together pay by rank, foreign-service allowances, entry requirements and promotion.",
)

doc.add_heading("1. Ο Διπλωματικός Κλάδος / The Diplomatic Branch", level=2)
gr_en(
    "Οι διπλωματικοί υπάλληλοι υπηρετούν εναλλάξ στην Κεντρική Υπηρεσία στην Αθήνα και σε Πρεσβείες, Μόνιμες "
    "Αντιπροσωπείες και Γενικά Προξενεία. Κατά κανόνα μια θητεία στο εξωτερικό διαρκεί 3 έως 4 έτη και ακολουθεί "
    "θητεία στην Αθήνα. Οι αρμοδιότητες περιλαμβάνουν πολιτικές και οικονομικές αναλύσεις, διαπραγματεύσεις, "
    "προξενική προστασία πολιτών και δημόσια διπλωματία.",
    "Diplomats alternate between the Ministry's headquarters in Athens and embassies, permanent representations "
    "and consulates-general. A posting abroad usually lasts 3 to 4 years and is followed by a tour in Athens. "
    "The work covers political and economic reporting, negotiation, consular protection of citizens and public diplomacy.",
)

doc.add_heading("2. Αποδοχές ανά βαθμό (2024) / Pay by rank (2024)", level=2)
p(
    "Πίνακας 1 – Μηνιαίες αποδοχές διπλωματικών υπαλλήλων ¹ / Table 1 – Monthly pay of diplomatic staff ¹",
    bold=True,
    size=9.5,
)
hdr = [
    [
        "Βαθμός\nRank",
        "Βασικός μισθός (€/μήνα)\nBasic salary (€/month)",
        "Επίδομα θέσης ευθύνης\nPosition allowance",
        "Σύνολο (€/μήνα)\nTotal (€/month)",
    ]
]
rows = [
    ["Ακόλουθος Πρεσβείας\nEmbassy Attaché", "1.318,00", "150,00", "1.468,00"],
    ["Γραμματέας Πρεσβείας Γ΄\nThird Secretary", "1.452,00", "200,00", "1.652,00"],
    ["Γραμματέας Πρεσβείας Β΄\nSecond Secretary", "1.596,00", "250,00", "1.846,00"],
    ["Γραμματέας Πρεσβείας Α΄\nFirst Secretary", "1.784,00", "300,00", "2.084,00"],
    ["Σύμβουλος Πρεσβείας Β΄\nCounsellor, 2nd class", "2.016,00", "400,00", "2.416,00"],
    ["Σύμβουλος Πρεσβείας Α΄\nCounsellor, 1st class", "2.268,00", "500,00", "2.768,00"],
    ["Πληρεξούσιος Υπουργός Β΄\nMinister Plenipotentiary, 2nd class", "2.590,00", "650,00", "3.240,00"],
    ["Πληρεξούσιος Υπουργός Α΄\nMinister Plenipotentiary, 1st class", "2.905,00", "800,00", "3.705,00"],
    ["Πρέσβης\nAmbassador", "3.290,00", "1.000,00", "4.290,00"],
]
table(hdr, rows, [6.0, 3.6, 3.6, 3.4], right_cols=(1, 2, 3))
p(
    "¹ Ακαθάριστα ποσά, πριν από τις κρατήσεις e-ΕΦΚΑ και τον φόρο εισοδήματος. Καταβάλλονται 12 μηνιαίες "
    "αποδοχές. / Gross amounts, before e-EFKA social-security contributions and income tax; paid in 12 monthly "
    "instalments. Δεν περιλαμβάνεται η οικογενειακή παροχή. / Family benefit not included.",
    size=8,
    italic=True,
    space_after=10,
)

doc.add_heading("3. Επίδομα υπηρεσίας εξωτερικού / Foreign-service allowance", level=2)
gr_en(
    "Όσο υπηρετεί σε Αρχή του εξωτερικού, ο υπάλληλος λαμβάνει, επιπλέον του μισθού, μηνιαίο επίδομα υπηρεσίας "
    "εξωτερικού (ΕΥΕ). Το ύψος του εξαρτάται από το κόστος ζωής στην έδρα και από τον βαθμό. Ο Πίνακας 2 δείχνει "
    "ενδεικτικά ποσά για Γραμματέα Πρεσβείας Β΄. Για τους άλλους βαθμούς εφαρμόζεται συντελεστής "
    "(Ακόλουθος ×0,85 · Γραμματέας Γ΄ ×0,92 · Γραμματέας Α΄ ×1,08 · Σύμβουλοι ×1,20 · Πληρεξούσιοι Υπουργοί και Πρέσβεις ×1,35).",
    "While serving abroad, staff receive a monthly foreign-service allowance (FSA) on top of salary. It depends on "
    "the cost of living at the post and on rank. Table 2 shows indicative amounts for a Second Secretary; a "
    "coefficient applies to other ranks (Attaché ×0.85 · Third Secretary ×0.92 · First Secretary ×1.08 · "
    "Counsellors ×1.20 · Ministers Plenipotentiary and Ambassadors ×1.35).",
)
p("Πίνακας 2 – ΕΥΕ ανά έδρα, Γραμματέας Πρεσβείας Β΄ / Table 2 – FSA by post, Second Secretary", bold=True, size=9.5)
hdr2 = [["Έδρα\nPost", "Κατηγορία έδρας\nPost category", "ΕΥΕ (€/μήνα) ²\nFSA (€/month) ²"]]
rows2 = [
    ["Ουάσιγκτον / Washington", "Α", "5.480,00"],
    ["Λονδίνο / London", "Α", "5.120,00"],
    ["Πεκίνο / Beijing", "Α", "4.620,00"],
    ["Βρυξέλλες (ΜΑ ΕΕ) / Brussels (Perm. Rep. EU)", "Β", "4.760,00"],
    ["Βερολίνο / Berlin", "Β", "4.390,00"],
    ["Μόσχα / Moscow", "Β", "4.050,00"],
    ["Άγκυρα / Ankara", "Γ", "3.710,00"],
    ["Κάιρο / Cairo", "Γ", "3.580,00"],
    ["Λευκωσία / Nicosia", "Γ", "3.240,00"],
    ["Τίρανα / Tirana", "Δ", "3.150,00"],
    ["Σκόπια / Skopje", "Δ", "3.020,00"],
]
table(hdr2, rows2, [8.0, 3.4, 4.0], right_cols=(2,))
p(
    "² Καθαρά ποσά, αφορολόγητα. Αναπροσαρμόζονται κάθε Ιανουάριο με απόφαση του ΥΠΕΞ. / Net, tax-free amounts, "
    "revised every January by ministerial decision. ΜΑ ΕΕ = Μόνιμη Αντιπροσωπεία στην ΕΕ / Permanent Representation to the EU.",
    size=8,
    italic=True,
    space_after=10,
)

doc.add_heading("4. Πώς μπαίνει κανείς / How to get in", level=2)
gr_en(
    "Η είσοδος γίνεται μόνο στον βαθμό του Ακολούθου Πρεσβείας, μέσω του εθνικού διαγωνισμού εισαγωγής στη "
    "Διπλωματική Ακαδημία, που προκηρύσσεται συνήθως κάθε χρόνο ή κάθε δεύτερο χρόνο. Προϋποθέσεις: ελληνική "
    "ιθαγένεια, πτυχίο ΑΕΙ (οποιουδήποτε γνωστικού αντικειμένου), άριστη γνώση της αγγλικής και της γαλλικής "
    "γλώσσας και ηλικία έως 35 ετών κατά το έτος της προκήρυξης. Ο διαγωνισμός περιλαμβάνει γραπτές εξετάσεις "
    "(διεθνές δίκαιο, διεθνείς σχέσεις, οικονομία, ιστορία, γλώσσες), ψυχοτεχνικές δοκιμασίες και συνέντευξη.",
    "Entry is only at the rank of Embassy Attaché, through the national entrance competition for the Diplomatic "
    "Academy, usually announced every year or every second year. Requirements: Greek citizenship, a university "
    "degree (any subject), excellent knowledge of English and French, and age up to 35 in the year of the call. "
    "The competition has written papers (international law, international relations, economics, history, "
    "languages), aptitude tests and an interview.",
)
gr_en(
    "Οι επιτυχόντες παρακολουθούν 12μηνο πρόγραμμα εκπαίδευσης στη Διπλωματική Ακαδημία με πλήρεις αποδοχές "
    "Ακολούθου, που περιλαμβάνει και πρακτική άσκηση σε Διευθύνσεις του Υπουργείου.",
    "Successful candidates follow a 12-month training programme at the Diplomatic Academy on full Attaché pay, "
    "including placements in the Ministry's directorates.",
)

doc.add_heading("5. Εξέλιξη / Promotion", level=2)
gr_en(
    "Η προαγωγή γίνεται με κρίση των υπηρεσιακών συμβουλίων, εφόσον έχει συμπληρωθεί ο ελάχιστος χρόνος στον βαθμό:",
    "Promotion is decided by the service boards once the minimum time in rank has been served:",
)
hdr3 = [["Από βαθμό\nFrom rank", "Ελάχιστα έτη\nMin. years"]]
rows3 = [
    ["Ακόλουθος → Γραμματέας Γ΄ / Attaché → Third Secretary", "2"],
    ["Γραμματέας Γ΄ → Β΄ / Third → Second Secretary", "3"],
    ["Γραμματέας Β΄ → Α΄ / Second → First Secretary", "3"],
    ["Γραμματέας Α΄ → Σύμβουλος Β΄ / First Secretary → Counsellor", "4"],
    ["Σύμβουλος Β΄ → Α΄ / Counsellor 2nd → 1st class", "3"],
    ["Σύμβουλος Α΄ → Πληρ. Υπουργός Β΄ / Counsellor → Minister Plen.", "4"],
]
table(hdr3, rows3, [12.0, 3.0], right_cols=(1,))
p("", space_after=6)
p(
    "Συντομογραφίες / Abbreviations: ΥΠΕΞ – Υπουργείο Εξωτερικών (MFA) · ΕΥΕ – Επίδομα Υπηρεσίας Εξωτερικού (FSA) · "
    "e-ΕΦΚΑ – Ηλεκτρονικός Εθνικός Φορέας Κοινωνικής Ασφάλισης (social-security fund) · ΜΑ – Μόνιμη Αντιπροσωπεία.",
    size=8,
    space_after=4,
)
p(
    "Τα στοιχεία είναι ενδεικτικά και συγκεντρώθηκαν από δημοσιευμένες αποφάσεις και συνεντεύξεις με υπηρετούντες "
    "διπλωμάτες. Για επίσημα ποσά ανατρέξτε στην εκάστοτε προκήρυξη. / Figures are indicative; check the official "
    "call for exact amounts.",
    size=8,
    italic=True,
)

doc.save(OUT)
print("wrote", OUT)
