"""Generates escala_salarial_carnicerias_rosario_2025.xlsx next to this script."""

import os
from decimal import ROUND_HALF_UP, Decimal

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "escala_salarial_carnicerias_rosario_2025.xlsx")


def ars(x):
    """Argentine format: $ 1.234.567,89"""
    x = Decimal(x).quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)
    ent, dec = f"{x:.2f}".split(".")
    ent = f"{int(ent):,}".replace(",", ".")
    return f"$ {ent},{dec}"


CATS = [
    ("Cat. A", "Ayudante de carnicería", "985300"),
    ("Cat. B", "Medio oficial carnicero", "1062750"),
    ("Cat. C", "Oficial carnicero", "1148900"),
    ("Cat. D", "Oficial despostador", "1214600"),
    ("Cat. E", "Encargado/a de sección", "1327450"),
    ("Cat. F", "Cajero/a - Administrativo/a", "1021800"),
]

thin = Side(style="thin", color="999999")
box = Border(left=thin, right=thin, top=thin, bottom=thin)
head_fill = PatternFill("solid", fgColor="7A1F1F")
head_font = Font(bold=True, color="FFFFFF")

wb = Workbook()


def escala(ws, periodo, factor, nr):
    ws["A1"] = "ESCALAS SALARIALES — COMERCIO MINORISTA DE CARNES"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Sindicato de Trabajadores de la Carne — Seccional Rosario (ámbito: Rosario y Gran Rosario)"
    ws["A3"] = (
        f"Acuerdo paritario 2025 — vigencia {periodo} — valores mensuales brutos (1), jornada completa 48 hs semanales"
    )
    ws["A3"].font = Font(italic=True)
    heads = [
        "Categoría",
        "Descripción",
        "Básico mensual\n(bruto)",
        "Suma no remunerativa\n(mensual) (2)",
        "Valor hora\n(base 200 hs)",
    ]
    for i, h in enumerate(heads, start=1):
        c = ws.cell(row=5, column=i, value=h)
        c.fill = head_fill
        c.font = head_font
        c.alignment = Alignment(wrap_text=True, horizontal="center", vertical="center")
        c.border = box
    ws.row_dimensions[5].height = 32
    r = 6
    for code, desc, base in CATS:
        b = Decimal(base) * Decimal(factor)
        b = b.quantize(Decimal("1"), rounding=ROUND_HALF_UP)
        vals = [code, desc, ars(b), ars(nr), ars(b / 200)]
        for i, v in enumerate(vals, start=1):
            c = ws.cell(row=r, column=i, value=v)
            c.border = box
            if i >= 3:
                c.alignment = Alignment(horizontal="right")
        r += 1
    ws.cell(row=r + 1, column=1, value="Ver hojas «Adicionales» y «Notas».").font = Font(italic=True, size=9)
    ws.column_dimensions["A"].width = 10
    ws.column_dimensions["B"].width = 30
    ws.column_dimensions["C"].width = 18
    ws.column_dimensions["D"].width = 22
    ws.column_dimensions["E"].width = 16


ws1 = wb.active
ws1.title = "Abr-Jun 2025"
escala(ws1, "01/04/2025 al 30/06/2025", "1", "60000")
ws2 = wb.create_sheet("Jul-Sep 2025")
escala(ws2, "01/07/2025 al 30/09/2025", "1.06", "75000")

ws3 = wb.create_sheet("Adicionales")
ws3["A1"] = "ADICIONALES Y BENEFICIOS (todas las categorías)"
ws3["A1"].font = Font(bold=True, size=13)
for i, h in enumerate(["Concepto", "Valor / regla", "Observaciones"], start=1):
    c = ws3.cell(row=3, column=i, value=h)
    c.fill = head_fill
    c.font = head_font
    c.border = box
adic = [
    ("Antigüedad", "1% del básico por cada año de servicio", "Se computa desde el ingreso al establecimiento"),
    ("Presentismo", "8,33% del básico", "Se pierde con una inasistencia injustificada en el mes"),
    ("Manejo de cámara frigorífica", "$ 38.500,00 mensuales", "Personal que ingresa a cámara más de 2 hs por jornada"),
    ("Feriado trabajado", "100% de recargo sobre el valor hora", ""),
    ("Horas extra (días hábiles)", "50% de recargo", "Sábados después de las 13 hs y domingos: 100%"),
    ("Ropa de trabajo", "2 equipos completos por año", "A cargo del empleador (incluye botas y delantal)"),
    ("Jornada reducida", "Proporcional al valor hora", "Mínimo 4 hs diarias"),
]
for r, row in enumerate(adic, start=4):
    for i, v in enumerate(row, start=1):
        c = ws3.cell(row=r, column=i, value=v)
        c.border = box
        c.alignment = Alignment(wrap_text=True, vertical="top")
ws3.column_dimensions["A"].width = 28
ws3.column_dimensions["B"].width = 38
ws3.column_dimensions["C"].width = 48

ws4 = wb.create_sheet("Notas")
notas = [
    "NOTAS",
    "",
    "(1) Valores brutos, sujetos a descuentos de ley (jubilación 11%, obra social 3%, ley 19.032 - PAMI 3%).",
    "(2) La suma no remunerativa no integra la base de cálculo de antigüedad ni presentismo.",
    "(3) Aprendices menores de 18 años: 80% del básico de la Cat. A.",
    "(4) Para pasar de Cat. A a Cat. B se requieren 12 meses en la categoría y evaluación favorable del encargado/a.",
    "(5) Cat. D (despostador): requiere acreditar curso de desposte y cortes o 2 años como oficial carnicero.",
    "",
    "REQUISITOS PARA TRABAJAR EN CARNICERÍAS",
    "• Carnet de Manipulador de Alimentos vigente (curso municipal gratuito, renovación cada 3 años).",
    "• Libreta sanitaria / certificado de aptitud física.",
    "",
    "BOLSA DE TRABAJO",
    "Presentarse con DNI y CV impreso en la sede de la Seccional, de lunes a viernes de 9 a 13 hs.",
    "Los afiliados desocupados tienen prioridad en las búsquedas que informan los comercios adheridos.",
]
for r, v in enumerate(notas, start=1):
    ws4.cell(row=r, column=1, value=v)
ws4["A1"].font = Font(bold=True, size=13)
ws4["A9"].font = Font(bold=True)
ws4["A13"].font = Font(bold=True)
ws4.column_dimensions["A"].width = 110

wb.save(OUT)
print("wrote", OUT)
