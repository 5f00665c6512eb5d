"""Build the recruiter's salary observatory deck for creative and design roles in Italy (PPTX)."""

from pathlib import Path

from pptx import Presentation
from pptx.dml.color import RGBColor
from pptx.util import Inches, Pt

OUT = Path(__file__).resolve().parent.parent / "corpus" / "Osservatorio_Retribuzioni_Creative_2025.pptx"

ACCENT = RGBColor(0xC2, 0x3B, 0x22)
GREY = RGBColor(0x55, 0x55, 0x55)

prs = Presentation()
prs.slide_width = Inches(13.333)
prs.slide_height = Inches(7.5)
BLANK = prs.slide_layouts[6]


def add_text(slide, left, top, width, height, paragraphs, size=16, bold_first=False, color=None):
    box = slide.shapes.add_textbox(Inches(left), Inches(top), Inches(width), Inches(height))
    tf = box.text_frame
    tf.word_wrap = True
    for i, text in enumerate(paragraphs):
        p = tf.paragraphs[0] if i == 0 else tf.add_paragraph()
        p.text = text
        p.font.size = Pt(size)
        if color is not None:
            p.font.color.rgb = color
        if bold_first and i == 0:
            p.font.bold = True
        p.space_after = Pt(6)
    return box


def title(slide, text, sub=None):
    add_text(slide, 0.6, 0.35, 12.1, 0.8, [text], size=28, bold_first=True, color=ACCENT)
    if sub:
        add_text(slide, 0.6, 1.1, 12.1, 0.5, [sub], size=14, color=GREY)


def footer(slide, n):
    add_text(
        slide,
        0.6,
        6.95,
        12.1,
        0.4,
        [f"Pennino & Partners – Creative Talent Search | Osservatorio Retribuzioni Creative 2025 | {n}"],
        size=10,
        color=GREY,
    )


def table(slide, rows, left, top, width, col_widths=None, size=13):
    shape = slide.shapes.add_table(
        len(rows), len(rows[0]), Inches(left), Inches(top), Inches(width), Inches(0.42 * len(rows))
    )
    tbl = shape.table
    for r, row in enumerate(rows):
        for c, val in enumerate(row):
            cell = tbl.cell(r, c)
            cell.text = val
            for p in cell.text_frame.paragraphs:
                p.font.size = Pt(size)
                p.font.bold = r == 0
    if col_widths:
        for i, w in enumerate(col_widths):
            tbl.columns[i].width = Inches(w)
    return tbl


# 1 ------------------------------------------------------------------ cover
s = prs.slides.add_slide(BLANK)
add_text(s, 0.8, 2.0, 11.5, 1.2, ["Osservatorio Retribuzioni Creative 2025"], size=40, bold_first=True, color=ACCENT)
add_text(
    s,
    0.8,
    3.2,
    11.5,
    1.5,
    [
        "Design, comunicazione e contenuti: quanto si guadagna in Italia",
        "Dati raccolti da gennaio a marzo 2025 – RAL in euro",
    ],
    size=20,
)
add_text(s, 0.8, 5.6, 11.5, 0.8, ["Pennino & Partners – Creative Talent Search, Milano"], size=16, color=GREY)

# 2 ------------------------------------------------------------------ method
s = prs.slides.add_slide(BLANK)
title(s, "Come leggere i dati")
add_text(
    s,
    0.6,
    1.4,
    12.1,
    5.2,
    [
        "• Campione: 1.460 profili tra candidati in selezione e inserimenti effettuati da Pennino & Partners "
        "nel 2024, più un questionario online aperto a professionisti di agenzie, studi e aziende.",
        "• RAL = retribuzione annua lorda, prima di imposte e contributi, per un contratto di lavoro dipendente "
        "a tempo pieno. Non comprende bonus, premi di risultato e welfare aziendale.",
        "• I valori sono mediane, arrotondate a 500 euro.",
        "• La maggior parte delle agenzie applica il CCNL Commercio e Terziario, con 14 mensilità; le aziende "
        "editoriali e grafiche applicano spesso il CCNL Grafici-Editoriali. La RAL comprende tredicesima e quattordicesima.",
        "• Seniority: Junior = 0–2 anni di esperienza; Mid = 3–5 anni; Senior = 6 anni e oltre.",
        "• Per i freelance indichiamo la tariffa giornaliera, IVA esclusa (slide 5).",
    ],
    size=17,
)
footer(s, 2)

# 3 ------------------------------------------------------------------ RAL by role
s = prs.slides.add_slide(BLANK)
title(s, "RAL per ruolo e seniority", "Mediana, euro lordi all'anno, lavoro dipendente – Italia")
table(
    s,
    [
        ["Ruolo", "Junior (0–2 anni)", "Mid (3–5 anni)", "Senior (6+ anni)"],
        ["Graphic Designer", "€ 24.000", "€ 30.500", "€ 38.000"],
        ["Brand / Visual Designer", "€ 25.500", "€ 33.000", "€ 42.000"],
        ["Motion Designer", "€ 26.000", "€ 34.500", "€ 44.500"],
        ["Illustratore / Illustratrice (dipendente)", "€ 22.500", "€ 28.000", "€ 35.500"],
        ["Copywriter", "€ 24.500", "€ 32.000", "€ 41.000"],
        ["Art Director", "€ 32.500", "€ 41.500", "€ 52.000"],
        ["Video Editor", "€ 23.500", "€ 29.500", "€ 37.000"],
        ["Fotografo/a in-house", "€ 23.000", "€ 28.500", "€ 34.000"],
        ["Creative Director", "–", "–", "€ 68.000"],
    ],
    0.6,
    1.7,
    12.1,
    col_widths=[4.9, 2.4, 2.4, 2.4],
)
add_text(
    s,
    0.6,
    6.35,
    12.1,
    0.5,
    [
        "Creative Director: ruolo presente quasi solo con più di 6 anni di esperienza; campione Junior e Mid "
        "non significativo."
    ],
    size=11,
    color=GREY,
)
footer(s, 3)

# 4 ------------------------------------------------------------------ by city
s = prs.slides.add_slide(BLANK)
title(s, "Graphic Designer Mid: RAL per città", "Mediana, euro lordi all'anno, 3–5 anni di esperienza")
table(
    s,
    [
        ["Città", "RAL mediana", "Offerte di lavoro pubblicate (quota)"],
        ["Milano", "€ 33.500", "41%"],
        ["Roma", "€ 31.000", "17%"],
        ["Bologna", "€ 30.000", "9%"],
        ["Torino", "€ 29.200", "10%"],
        ["Firenze", "€ 28.800", "6%"],
        ["Napoli", "€ 26.500", "5%"],
        ["Bari", "€ 25.800", "3%"],
    ],
    0.6,
    1.7,
    8.4,
    col_widths=[2.8, 2.6, 3.0],
)
add_text(
    s,
    9.3,
    1.7,
    3.5,
    4.5,
    [
        "Milano concentra quattro offerte su dieci e paga di più, ma il costo della vita assorbe buona parte della "
        "differenza.",
        "Al Sud le RAL sono più basse, ma cresce il lavoro da remoto per clienti del Nord.",
    ],
    size=14,
)
footer(s, 4)

# 5 ------------------------------------------------------------------ freelance
s = prs.slides.add_slide(BLANK)
title(s, "Freelance: tariffe giornaliere", "Euro al giorno, IVA esclusa – fascia centrale delle tariffe dichiarate")
table(
    s,
    [
        ["Profilo", "Tariffa minima", "Tariffa massima"],
        ["Fotografo/a (shooting commerciale)", "€ 350", "€ 900"],
        ["Motion Designer", "€ 250", "€ 520"],
        ["Illustratore / Illustratrice", "€ 180", "€ 450"],
        ["Copywriter", "€ 200", "€ 420"],
        ["Video Editor", "€ 210", "€ 390"],
        ["Graphic Designer", "€ 160", "€ 340"],
    ],
    0.6,
    1.7,
    8.4,
    col_widths=[4.0, 2.2, 2.2],
)
add_text(
    s,
    9.3,
    1.7,
    3.5,
    4.5,
    [
        "Per l'illustrazione editoriale e i libri illustrati è ancora comune il compenso a progetto o a tavola, "
        "spesso con diritti d'autore.",
        "Molti freelance under 35 lavorano con partita IVA in regime forfettario.",
    ],
    size=14,
)
footer(s, 5)

# 6 ------------------------------------------------------------------ benefits
s = prs.slides.add_slide(BLANK)
title(s, "Benefit e modalità di lavoro")
add_text(
    s,
    0.6,
    1.4,
    12.1,
    5.2,
    [
        "• 68% dei dipendenti del campione lavora in modalità ibrida; 9% completamente da remoto.",
        "• Buoni pasto: offerti dal 74% dei datori di lavoro, in media 7 euro per giorno lavorato.",
        "• Welfare aziendale: valore medio di 1.150 euro all'anno, dove previsto.",
        "• Bonus legato ai risultati: presente per il 31% dei ruoli, quasi sempre dal livello Senior in su.",
        "• Formazione: il 45% delle aziende paga corsi o licenze software (Adobe, Figma, Cinema 4D).",
    ],
    size=18,
)
footer(s, 6)

# 7 ------------------------------------------------------------------ how to get in
s = prs.slides.add_slide(BLANK)
title(s, "Come si entra nel settore")
add_text(
    s,
    0.6,
    1.4,
    12.1,
    5.2,
    [
        "• Percorsi di studio: Diploma accademico di primo livello (3 anni) in un'Accademia di Belle Arti o in un "
        "ISIA; laurea triennale in Design della comunicazione (per esempio al Politecnico); scuole private come IED e NABA.",
        "• Il portfolio conta più del titolo: in 8 selezioni su 10 il primo filtro è il portfolio online "
        "(Behance o sito personale), con 6–8 progetti curati e il processo spiegato.",
        "• Stage extracurricolare: l'indennità minima la fissa la regione. In Lombardia è di 500 euro al mese "
        "(400 euro con buoni pasto o mensa); nel Lazio 800 euro al mese.",
        "• Dopo lo stage, il primo contratto tipico è l'apprendistato professionalizzante (fino a 36 mesi).",
    ],
    size=17,
)
footer(s, 7)

# 8 ------------------------------------------------------------------ contact
s = prs.slides.add_slide(BLANK)
title(s, "Contatti")
add_text(
    s,
    0.6,
    1.6,
    12.1,
    3.0,
    [
        "Pennino & Partners – Creative Talent Search",
        "Via Tortona, Milano – talent@penninopartners.it",
        "L'Osservatorio è pubblicato ogni anno a maggio. I dati sono indicativi e non costituiscono offerta di lavoro.",
    ],
    size=18,
)
footer(s, 8)

OUT.parent.mkdir(parents=True, exist_ok=True)
prs.save(OUT)
print("wrote", OUT)
