"""Generate the Bulgarian bread & confectionery wage workbook (Excel, openpyxl)."""

import os

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "bg_hlebopr_zaplati_2024-2025.xlsx")

thin = Side(style="thin", color="999999")
BOX = Border(left=thin, right=thin, top=thin, bottom=thin)
HEAD = PatternFill("solid", fgColor="F3E3C3")
BOLD = Font(bold=True)
WRAP = Alignment(wrap_text=True, vertical="top")
CENTER = Alignment(horizontal="center", vertical="center", wrap_text=True)
RIGHT = Alignment(horizontal="right")

wb = Workbook()

# ---- Sheet 1: notes -------------------------------------------------------
ws = wb.active
ws.title = "Бележки"
notes = [
    ("Хлебопроизводство и сладкарство — работни заплати 2024–2025", True),
    ("Bread & confectionery production — wage survey 2024–2025", True),
    ("Браншова камара на хлебарите и сладкарите — приложение към отрасловия КТД", False),
    ("", False),
    ("Какво съдържа файлът / What is in this file", True),
    ("Лист „По длъжности“ — месечна брутна заплата по длъжности (мин. / средна / макс.), 2024 и 2025.", False),
    ("Sheet „По длъжности“ — gross monthly pay by position, 2024 and 2025.", False),
    ("Лист „По области“ — средна брутна заплата за хлебар и сладкар по области, 2025.", False),
    ("Лист „Добавки“ — допълнителни възнаграждения по КТД.", False),
    ("Лист „Кариера“ — изисквания, обучение, как се кандидатства.", False),
    ("", False),
    ("Бележки / Notes", True),
    (
        "1) Всички суми са БРУТНИ, в лева (лв.), на месец, за пълно работно време (8 ч.). "
        "All amounts are GROSS, in leva, per month, full-time.",
        False,
    ),
    (
        "2) Минималната работна заплата е 933 лв. (от 01.01.2024) и 1 077 лв. (от 01.01.2025). "
        "Минималните стойности в таблиците не могат да са по-ниски.",
        False,
    ),
    (
        "3) Данните са от анкета сред 112 предприятия (м. март 2024 и м. март 2025). "
        "Надбавките за прослужено време, нощен труд и ваучерите НЕ са включени в сумите.",
        False,
    ),
    ("4) НКПД = Национална класификация на професиите и длъжностите.", False),
    ("5) Области с по-малко от 5 отговорили предприятия не са показани.", False),
]
for i, (t, b) in enumerate(notes, start=1):
    c = ws.cell(row=i, column=1, value=t if t else None)
    c.alignment = WRAP
    if b:
        c.font = Font(bold=True, size=13 if i <= 2 else 11)
ws.column_dimensions["A"].width = 120

# ---- Sheet 2: by position, header over two rows ----------------------------
ws = wb.create_sheet("По длъжности")
ws["A1"] = "Таблица 1. Месечна брутна заплата по длъжности, лв."
ws["A1"].font = Font(bold=True, size=12)
ws.merge_cells("A3:A4")
ws["A3"] = "Длъжност / Position"
ws.merge_cells("B3:B4")
ws["B3"] = "Код НКПД"
ws.merge_cells("C3:E3")
ws["C3"] = "2024"
ws.merge_cells("F3:H3")
ws["F3"] = "2025"
for col, lab in zip("CDEFGH", ["мин.", "средна", "макс."] * 2):
    ws[f"{col}4"] = lab
for r in (3, 4):
    for col in "ABCDEFGH":
        cell = ws[f"{col}{r}"]
        cell.font = BOLD
        cell.fill = HEAD
        cell.alignment = CENTER
        cell.border = BOX

positions = [
    (
        "Тестомесач (dough mixer)",
        "8160-3011",
        "933 лв.",
        "1 180 лв.",
        "1 450 лв.",
        "1 077 лв.",
        "1 310 лв.",
        "1 600 лв.",
    ),
    ("Хлебар (baker)", "7512-2002", "1 000 лв.", "1 290 лв.", "1 650 лв.", "1 100 лв.", "1 420 лв.", "1 820 лв."),
    (
        "Сладкар (pastry cook)",
        "7512-2010",
        "1 050 лв.",
        "1 360 лв.",
        "1 780 лв.",
        "1 150 лв.",
        "1 495 лв.",
        "1 950 лв.",
    ),
    ("Пещар (oven operator)", "8160-3025", "980 лв.", "1 240 лв.", "1 560 лв.", "1 090 лв.", "1 365 лв.", "1 700 лв."),
    ("Опаковач (packer)", "9321-2001", "933 лв.", "1 020 лв.", "1 200 лв.", "1 077 лв.", "1 130 лв.", "1 300 лв."),
    (
        "Майстор-хлебар, смяна (master baker / shift lead)",
        "3122-3005",
        "1 400 лв.",
        "1 780 лв.",
        "2 300 лв.",
        "1 520 лв.",
        "1 960 лв.",
        "2 550 лв.",
    ),
    (
        "Технолог (food technologist)",
        "2145-6007",
        "1 600 лв.",
        "2 050 лв.",
        "2 700 лв.",
        "1 750 лв.",
        "2 240 лв.",
        "2 950 лв.",
    ),
]
for r, row in enumerate(positions, start=5):
    for c, v in enumerate(row, start=1):
        cell = ws.cell(row=r, column=c, value=v)
        cell.border = BOX
        if c >= 3:
            cell.alignment = RIGHT
ws.cell(
    row=13,
    column=1,
    value="Източник: анкета на камарата, м. март 2024 и м. март 2025. Сумите са брутни (виж „Бележки“).",
).font = Font(italic=True, size=9)
ws.column_dimensions["A"].width = 46
ws.column_dimensions["B"].width = 12
for col in "CDEFGH":
    ws.column_dimensions[col].width = 12

# ---- Sheet 3: by region ------------------------------------------------------
ws = wb.create_sheet("По области")
ws["A1"] = "Таблица 2. Средна месечна брутна заплата по области, 2025, лв."
ws["A1"].font = Font(bold=True, size=12)
ws.merge_cells("A3:A4")
ws["A3"] = "Област"
ws.merge_cells("B3:C3")
ws["B3"] = "Средна брутна заплата, 2025"
ws["B4"] = "Хлебар"
ws["C4"] = "Сладкар"
ws.merge_cells("D3:D4")
ws["D3"] = "Бр. предприятия"
for r in (3, 4):
    for col in "ABCD":
        cell = ws[f"{col}{r}"]
        cell.font = BOLD
        cell.fill = HEAD
        cell.alignment = CENTER
        cell.border = BOX
regions = [
    ("София-град", "1 740 лв.", "1 825 лв.", 21),
    ("Пловдив", "1 480 лв.", "1 560 лв.", 17),
    ("Варна", "1 510 лв.", "1 595 лв.", 14),
    ("Бургас", "1 455 лв.", "1 530 лв.", 12),
    ("Стара Загора", "1 390 лв.", "1 450 лв.", 9),
    ("Благоевград", "1 300 лв.", "1 370 лв.", 7),
    ("Русе", "1 330 лв.", "1 405 лв.", 8),
    ("Плевен", "1 260 лв.", "1 320 лв.", 6),
    ("Видин", "1 145 лв.", "1 190 лв.", 5),
]
for r, row in enumerate(regions, start=5):
    for c, v in enumerate(row, start=1):
        cell = ws.cell(row=r, column=c, value=v)
        cell.border = BOX
        if c >= 2:
            cell.alignment = RIGHT
ws.cell(row=15, column=1, value="* Останалите области: под 5 предприятия, не са показани.").font = Font(
    italic=True, size=9
)
ws.column_dimensions["A"].width = 18
for col in "BCD":
    ws.column_dimensions[col].width = 16

# ---- Sheet 4: allowances -------------------------------------------------------
ws = wb.create_sheet("Добавки")
ws["A1"] = "Допълнителни възнаграждения по отрасловия КТД (2024–2025)"
ws["A1"].font = Font(bold=True, size=12)
hdr = ["Вид", "Размер", "Забележка"]
for c, v in enumerate(hdr, start=1):
    cell = ws.cell(row=3, column=c, value=v)
    cell.font = BOLD
    cell.fill = HEAD
    cell.border = BOX
allow = [
    ("Нощен труд (22:00–06:00)", "0,50 лв. на час", "за всеки отработен нощен час"),
    ("Клас „прослужено време“", "0,8 % на година", "от основната заплата, за всяка година стаж в отрасъла"),
    ("Ваучери за храна", "100 лв. на месец", "не се облагат до законовия праг"),
    ("Работа в официален празник", "двоен размер", "на часовата ставка"),
    ("Работно облекло", "120 лв. годишно", "или облекло в натура"),
    ("Извънреден труд", "+50 %", "в работни дни; +75 % в почивни дни"),
]
for r, row in enumerate(allow, start=4):
    for c, v in enumerate(row, start=1):
        cell = ws.cell(row=r, column=c, value=v)
        cell.border = BOX
        cell.alignment = WRAP
ws.column_dimensions["A"].width = 30
ws.column_dimensions["B"].width = 20
ws.column_dimensions["C"].width = 55

# ---- Sheet 5: career ---------------------------------------------------------------
ws = wb.create_sheet("Кариера")
ws["A1"] = "Как се става хлебар или сладкар"
ws["A1"].font = Font(bold=True, size=12)
career = [
    (
        "Образование",
        "Професионална гимназия по хранителни технологии, специалност „Производство на хлебни и сладкарски изделия“; "
        "или курс в ЦПО (център за професионално обучение) за II степен професионална квалификация — 660 учебни часа.",
    ),
    (
        "Без диплома?",
        "Много пекарни наемат тестомесачи и опаковачи без квалификация и обучават на място (около 3 месеца).",
    ),
    (
        "Здравни документи",
        "Преди първия работен ден е нужна лична здравна книжка с изследвания; подновява се всяка година.",
    ),
    ("Работно време", "Работи се на смени, често нощни (старт 02:00–04:00), включително в събота и неделя."),
    ("Развитие", "Хлебар → майстор-хлебар (след 3–5 години) → началник производство; с висше образование — технолог."),
    (
        "Кандидатстване",
        "Обявите се публикуват в бюрата по труда и на сайтовете на предприятията; "
        "изпратете CV и копие от диплома или удостоверение за квалификация.",
    ),
]
for r, (k, v) in enumerate(career, start=3):
    ws.cell(row=r, column=1, value=k).font = BOLD
    c = ws.cell(row=r, column=2, value=v)
    c.alignment = WRAP
ws.column_dimensions["A"].width = 20
ws.column_dimensions["B"].width = 100

wb.save(OUT)
print("wrote", OUT)
