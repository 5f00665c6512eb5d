"""Generate dis-protez-sektoru-ucret-raporu-2025.xlsx (Turkey, dental prosthetics laboratories)."""

from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

OUT = Path(__file__).with_name("dis-protez-sektoru-ucret-raporu-2025.xlsx")
wb = Workbook()
B = Font(bold=True)
T = Font(bold=True, size=14)
GREY = PatternFill("solid", fgColor="D9D9D9")
thin = Side(style="thin", color="999999")
BOX = Border(left=thin, right=thin, top=thin, bottom=thin)
WRAP = Alignment(wrap_text=True, vertical="top")

# Sheet 1: Özet
ws = wb.active
ws.title = "Özet"
lines = [
    ("Diş Protez Laboratuvarları Sektörü - Ücret Araştırması 2025", T),
    ("Dental prosthetics laboratory sector - salary survey 2025 (Türkiye)", Font(italic=True)),
    ("", None),
    ("Hazırlayan / prepared by: ProtezKariyer insan kaynakları ve işe alım danışmanlığı", None),
    ("Veri / data: 318 laboratuvar, 1.146 çalışan; anket dönemi Ocak-Mart 2025", None),
    ("", None),
    ("ÖNEMLİ: Tüm tutarlar aylık NET ücrettir (ele geçen), TL. All amounts are NET monthly pay in Turkish lira.", B),
    ("Brüt ücret yaklaşık olarak net x 1,18-1,40 (gelir vergisi dilimine göre).", None),
    ("Referans: 2025 asgari ücret net 22.104,67 TL / brüt 26.005,50 TL.", None),
    ("", None),
    ("Sayfalar / sheets:", B),
    ("  Şehir-Deneyim  : net monthly pay by city and years of experience (all specialties)", None),
    ("  Uzmanlık       : net monthly pay by specialty, İstanbul, 6-10 years", None),
    ("  Yan Haklar     : benefits and allowances", None),
    ("  Eğitim-Başvuru : training, requirements and how to apply", None),
]
for i, (txt, f) in enumerate(lines, 1):
    c = ws.cell(row=i, column=1, value=txt)
    if f:
        c.font = f
ws.column_dimensions["A"].width = 100

# Sheet 2: Şehir-Deneyim (two-row header)
ws = wb.create_sheet("Şehir-Deneyim")
ws["A1"] = "Tablo 1 - Diş protez teknisyeni net aylık ücret (TL), şehir ve deneyime göre, 2025"
ws["A1"].font = B
ws["A3"] = "Şehir"
ws.merge_cells("A3:A4")
ws["B3"] = "Deneyim (yıl) / experience (years)"
ws.merge_cells("B3:E3")
for col, lab in zip("BCDE", ["0-2 yıl", "3-5 yıl", "6-10 yıl", "10+ yıl"]):
    ws[f"{col}4"] = lab
for r in (3, 4):
    for col in "ABCDE":
        c = ws[f"{col}{r}"]
        c.font = B
        c.fill = GREY
        c.border = BOX
        c.alignment = Alignment(horizontal="center", vertical="center")
data = [
    ("İstanbul", "28.500", "36.000", "47.500", "62.000"),
    ("Ankara", "26.750", "33.200", "43.000", "55.500"),
    ("İzmir", "27.400", "34.100", "44.800", "57.000"),
    ("Bursa", "25.900", "31.800", "40.500", "51.200"),
    ("Antalya", "26.200", "32.600", "41.900", "53.800"),
    ("Konya", "24.100", "29.300", "37.200", "46.000"),
    ("Gaziantep", "23.800", "28.700", "36.100", "44.300"),
    ("Trabzon", "23.600", "28.200", "35.400", "43.700"),
    ("Diyarbakır", "22.500", "27.100", "33.800", "41.500"),
]
for i, row in enumerate(data, 5):
    for j, v in enumerate(row, 1):
        c = ws.cell(row=i, column=j, value=v)
        c.border = BOX
        if j > 1:
            c.alignment = Alignment(horizontal="right")
n = 5 + len(data) + 1
ws.cell(
    row=n,
    column=1,
    value="* Medyan değerler; fazla mesai ve prim hariç. Median net pay, excluding overtime and bonuses.",
)
ws.cell(
    row=n + 1,
    column=1,
    value="* 0-2 yıl: çırak ve stajyerler hariç (MESEM çırakları için Yan Haklar sayfasına bakınız).",
)
ws.column_dimensions["A"].width = 14
for col in "BCDE":
    ws.column_dimensions[col].width = 13

# Sheet 3: Uzmanlık
ws = wb.create_sheet("Uzmanlık")
ws["A1"] = "Tablo 2 - Uzmanlık alanına göre net aylık ücret, İstanbul, 6-10 yıl deneyim (TL)"
ws["A1"].font = B
hdr = ["Uzmanlık alanı", "Açıklama", "Net aylık\nücret (TL)"]
for j, v in enumerate(hdr, 1):
    c = ws.cell(row=3, column=j, value=v)
    c.font = B
    c.fill = GREY
    c.border = BOX
    c.alignment = WRAP
spec = [
    ("Metal destekli porselen", "metal-ceramic crowns and bridges", "47.500"),
    ("Zirkonyum / CAD-CAM", "zirconia, digital design and milling", "54.000"),
    ("Hareketli protez (akrilik)", "complete and partial dentures", "41.000"),
    ("İmplant üstü protez", "implant-supported restorations", "58.500"),
    ("Ortodontik aparey", "orthodontic appliances, retainers", "39.500"),
    ("Laboratuvar sorumlu teknisyeni", "lab supervisor / responsible technician", "66.000"),
]
for i, row in enumerate(spec, 4):
    for j, v in enumerate(row, 1):
        c = ws.cell(row=i, column=j, value=v)
        c.border = BOX
ws.column_dimensions["A"].width = 32
ws.column_dimensions["B"].width = 40
ws.column_dimensions["C"].width = 14

# Sheet 4: Yan Haklar
ws = wb.create_sheet("Yan Haklar")
ws["A1"] = "Tablo 3 - Yan haklar (benefits), 2025"
ws["A1"].font = B
for j, v in enumerate(["Yan hak", "Tipik tutar / uygulama", "Laboratuvarların payı"], 1):
    c = ws.cell(row=3, column=j, value=v)
    c.font = B
    c.fill = GREY
    c.border = BOX
ben = [
    ("Yemek (meal)", "günlük 250 TL yemek kartı veya laboratuvarda öğle yemeği", "%91"),
    ("Yol (transport)", "aylık 1.800 TL veya servis", "%74"),
    ("İkramiye (bonus)", "yılda 1-2 maaş", "%38"),
    ("Fazla mesai (overtime)", "saat ücretinin %50 fazlası (yasal)", "%100"),
    ("Özel sağlık sigortası", "tamamlayıcı sağlık sigortası", "%17"),
    ("MESEM çırak ücreti", "net asgari ücretin en az %30'u (devlet katkılı)", "-"),
]
for i, row in enumerate(ben, 4):
    for j, v in enumerate(row, 1):
        c = ws.cell(row=i, column=j, value=v)
        c.border = BOX
ws.column_dimensions["A"].width = 26
ws.column_dimensions["B"].width = 55
ws.column_dimensions["C"].width = 20

# Sheet 5: Eğitim-Başvuru
ws = wb.create_sheet("Eğitim-Başvuru")
ws["A1"] = "Eğitim, şartlar ve başvuru / training, requirements, applying"
ws["A1"].font = B
txt = [
    "Training routes: (1) the two-year Diş Protez Teknikerliği ön lisans programme at a vocational school "
    "(meslek yüksekokulu), entered through YKS; (2) the Diş Protez Teknolojisi field of a vocational high school "
    "(Mesleki ve Teknik Anadolu Lisesi); (3) apprenticeship through MESEM, combining laboratory work with one day "
    "a week at school.",
    "Requirements: employers ask for a diploma or a mastery certificate (ustalık belgesi), good hand skills and "
    "colour vision; for CAD-CAM posts, experience with exocad or 3Shape is expected.",
    "How to apply: send a CV with photos of your own work (crowns, dentures, wax-ups) to laboratories; most "
    "labs ask new technicians for a trial day (deneme günü) on a model case. Large labs in İstanbul and Ankara "
    "also advertise on job sites.",
    "Opening your own laboratory requires a licence from the provincial health directorate (il sağlık "
    "müdürlüğü) and a responsible technician with at least 5 years of experience.",
]
for i, t in enumerate(txt, 3):
    c = ws.cell(row=i, column=1, value=t)
    c.alignment = WRAP
    ws.row_dimensions[i].height = 60
ws.column_dimensions["A"].width = 110

wb.save(OUT)
print("wrote", OUT)
