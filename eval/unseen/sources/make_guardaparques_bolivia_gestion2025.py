"""Generate the Bolivian park-ranger careers deck (PowerPoint, python-pptx)."""

import os

from pptx import Presentation
from pptx.dml.color import RGBColor
from pptx.enum.text import PP_ALIGN
from pptx.util import Inches, Pt

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "guardaparques_bolivia_gestion2025.pptx")

GREEN = RGBColor(0x1F, 0x5C, 0x2E)
prs = Presentation()
prs.slide_width = Inches(13.333)
prs.slide_height = Inches(7.5)
BLANK = prs.slide_layouts[6]


def textbox(slide, x, y, w, h, lines, size=18, bold_first=False, color=None, align=None):
    tb = slide.shapes.add_textbox(Inches(x), Inches(y), Inches(w), Inches(h))
    tf = tb.text_frame
    tf.word_wrap = True
    for i, line in enumerate(lines):
        p = tf.paragraphs[0] if i == 0 else tf.add_paragraph()
        p.text = line
        p.font.size = Pt(size)
        if bold_first and i == 0:
            p.font.bold = True
        if color is not None:
            p.font.color.rgb = color
        if align is not None:
            p.alignment = align
        p.space_after = Pt(6)
    return tb


def title(slide, txt):
    textbox(slide, 0.6, 0.35, 12, 0.9, [txt], size=30, bold_first=True, color=GREEN)


def table(slide, x, y, w, data, col_w, size=14, row_h=0.45):
    rows, cols = len(data), len(data[0])
    shp = slide.shapes.add_table(rows, cols, Inches(x), Inches(y), Inches(w), Inches(row_h * rows))
    t = shp.table
    for j, cw in enumerate(col_w):
        t.columns[j].width = Inches(cw)
    for i, row in enumerate(data):
        for j, v in enumerate(row):
            cell = t.cell(i, j)
            cell.text = v
            for p in cell.text_frame.paragraphs:
                p.font.size = Pt(size)
                if i == 0:
                    p.font.bold = True
    return t


def notes(slide, txt):
    slide.notes_slide.notes_text_frame.text = txt


# 1 ---- slogan slide
s = prs.slides.add_slide(BLANK)
textbox(
    s,
    0.8,
    1.6,
    11.7,
    1.5,
    ["«Cuidamos lo que es de todos»"],
    size=44,
    bold_first=True,
    color=GREEN,
    align=PP_ALIGN.CENTER,
)
textbox(
    s,
    0.8,
    3.3,
    11.7,
    2.5,
    [
        "La carrera de guardaparque en las áreas protegidas nacionales",
        "Escala salarial, bonos y requisitos — gestión 2025",
        "Feria de Empleo Verde · La Paz, septiembre de 2025",
    ],
    size=22,
    align=PP_ALIGN.CENTER,
)
notes(s, "Presentación para estudiantes de último año y egresados de institutos técnicos.")

# 2 ---- what the job is
s = prs.slides.add_slide(BLANK)
title(s, "¿Qué hace un guardaparque?")
textbox(
    s,
    0.8,
    1.5,
    11.7,
    5,
    [
        "• Patrulla el área protegida a pie, en moto, en bote o a caballo",
        "• Control y vigilancia: caza y pesca ilegal, chaqueos, avasallamientos, minería ilegal",
        "• Apoya el monitoreo de fauna (vicuña, jaguar, paraba barba azul, etc.)",
        "• Atiende a visitantes y coordina con comunidades indígenas y originarias",
        "• Primera respuesta en incendios forestales junto a bomberos y comunarios",
        "• Sistema de turnos: 20 días en campamento / 10 días de descanso",
    ],
    size=20,
)

# 3 ---- pay scale
s = prs.slides.add_slide(BLANK)
title(s, "Escala salarial 2025 (mensual, en bolivianos)")
table(
    s,
    0.7,
    1.5,
    11.9,
    [
        ["Cargo", "Nivel", "Haber básico", "Total ganado aprox.*"],
        ["Guardaparque aspirante (3 meses de prueba)", "GP-0", "Bs 3.300", "Bs 3.300"],
        ["Guardaparque I", "GP-1", "Bs 3.850", "Bs 4.320"],
        ["Guardaparque II", "GP-2", "Bs 4.400", "Bs 4.960"],
        ["Jefe de Protección", "JP", "Bs 5.600", "Bs 6.280"],
        ["Director de Área", "DA", "Bs 9.800", "Bs 10.450"],
    ],
    [5.2, 1.3, 2.5, 2.9],
    size=16,
    row_h=0.55,
)
textbox(
    s,
    0.7,
    5.2,
    11.9,
    1.8,
    [
        "* Total ganado = haber básico + bono de zona promedio, ANTES de descuentos (aportes a la Gestora: 12,71 %). "
        "No incluye bono de antigüedad.",
        "Salario mínimo nacional 2025: Bs 2.750. Se paga aguinaldo (un sueldo) en diciembre.",
    ],
    size=13,
)

# 4 ---- zone bonus by area
s = prs.slides.add_slide(BLANK)
title(s, "Bono de zona por área protegida")
table(
    s,
    0.7,
    1.4,
    11.9,
    [
        ["Área protegida", "Depto.", "Motivo", "Bono mensual"],
        ["Sajama", "Oruro", "altura (> 4.200 m s.n.m.)", "Bs 450"],
        ["Eduardo Avaroa (REA)", "Potosí", "altura y frío extremo", "Bs 550"],
        ["Madidi", "La Paz", "difícil acceso", "Bs 600"],
        ["TIPNIS", "Beni / Cochabamba", "difícil acceso, solo fluvial", "Bs 650"],
        ["Noel Kempff Mercado", "Santa Cruz", "frontera y aislamiento", "Bs 700"],
        ["Amboró", "Santa Cruz", "—", "Bs 300"],
        ["Tunari", "Cochabamba", "periurbano", "Bs 150"],
    ],
    [3.6, 2.6, 3.6, 2.1],
    size=15,
    row_h=0.5,
)
textbox(
    s,
    0.7,
    5.7,
    11.9,
    1.2,
    [
        "El bono se paga solo mientras el guardaparque está destinado en esa área.",
    ],
    size=13,
)

# 5 ---- seniority
s = prs.slides.add_slide(BLANK)
title(s, "Bono de antigüedad")
textbox(
    s,
    0.7,
    1.25,
    11.9,
    0.8,
    ["Se calcula sobre tres salarios mínimos nacionales (3 × Bs 2.750 = Bs 8.250), no sobre tu haber básico."],
    size=15,
)
table(
    s,
    2.2,
    2.1,
    8.8,
    [
        ["Años de servicio", "%", "Monto mensual (Bs)"],
        ["2 a 4", "5 %", "412,50"],
        ["5 a 7", "11 %", "907,50"],
        ["8 a 10", "18 %", "1.485,00"],
        ["11 a 14", "26 %", "2.145,00"],
        ["15 a 19", "34 %", "2.805,00"],
        ["20 a 24", "42 %", "3.465,00"],
        ["25 o más", "50 %", "4.125,00"],
    ],
    [3.4, 1.8, 3.6],
    size=15,
    row_h=0.5,
)

# 6 ---- requirements
s = prs.slides.add_slide(BLANK)
title(s, "Requisitos para postular")
textbox(
    s,
    0.8,
    1.5,
    11.7,
    5,
    [
        "• Bachiller (título de bachiller o libreta de 6.º de secundaria)",
        "• Tener entre 18 y 35 años a la fecha de la convocatoria",
        "• Aprobar la prueba física (trote de 5 km, natación básica) y la entrevista",
        "• Licencia de conducir categoría M (motocicleta) — deseable",
        "• Hablar un idioma originario de la zona (aymara, quechua, guaraní, mojeño, tacana...) suma puntos",
        "• Curso básico de guardaparques: 12 semanas, con internado, antes de ser GP-1",
    ],
    size=20,
)

# 7 ---- how to apply
s = prs.slides.add_slide(BLANK)
title(s, "¿Cómo postular?")
textbox(
    s,
    0.8,
    1.5,
    11.7,
    5,
    [
        "1. Las plazas salen por convocatoria pública (normalmente entre febrero y abril).",
        "2. Presentá en sobre cerrado: hoja de vida documentada, fotocopia de carnet, "
        "certificado de antecedentes penales (REJAP) y certificado médico.",
        "3. Evaluación: revisión de papeles → prueba física → examen escrito → entrevista con la comunidad.",
        "4. Los seleccionados entran como aspirantes (GP-0) por tres meses.",
    ],
    size=20,
)
textbox(s, 0.8, 6.3, 11.7, 0.8, ["Dudas: pasá por el stand 14 de la Feria."], size=14)

prs.save(OUT)
print("wrote", OUT)
