"""Generate salarios_cajeros_banca_py_2024-25.csv (bank tellers, Paraguay, Jul 2024 - Jun 2025).

Written the way a Spanish-locale spreadsheet exports it: semicolon separator, UTF-8 with BOM,
a title line above the header, a two-line header, and notes under the table.
"""

import csv
import os

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "..", "corpus", "salarios_cajeros_banca_py_2024-25.csv")


def gs(n):
    return f"{n:,}".replace(",", ".")


ASU = {
    ("Cajero/a", "0-2 años"): 3_450_000,
    ("Cajero/a", "3-5 años"): 4_100_000,
    ("Cajero/a", "6 años o más"): 4_850_000,
    ("Cajero/a principal", "3-5 años"): 5_600_000,
    ("Cajero/a principal", "6 años o más"): 6_900_000,
}
CITIES = [  # city, factor vs Asunción, quebranto cajero, quebranto principal, sample sizes
    ("Asunción", 1.00, 350_000, 500_000, [64, 51, 38, 22, 17]),
    ("Ciudad del Este", 0.97, 350_000, 500_000, [29, 24, 15, 9, 7]),
    ("Encarnación", 0.93, 300_000, 450_000, [18, 14, 11, 6, 5]),
    ("Coronel Oviedo", 0.86, 300_000, 450_000, [11, 9, 6, 4, 3]),
    ("Pedro Juan Caballero", 0.89, 300_000, 450_000, [9, 8, 5, 4, 3]),
]

rows = []
for city, f, qc, qp, ns in CITIES:
    for (cargo, exp), base in ASU.items():
        b = int(round(base * f / 10_000) * 10_000)
        q = qp if "principal" in cargo else qc
        n = ns[len([r for r in rows if r[1] == city])]
        rows.append([cargo, city, exp, gs(b), gs(q), gs(b + q), str(n)])

with open(OUT, "w", encoding="utf-8-sig", newline="") as fh:
    w = csv.writer(fh, delimiter=";", quoting=csv.QUOTE_MINIMAL, lineterminator="\r\n")
    w.writerow(
        [
            "Encuesta salarial 2024-25 - Cajeros de bancos y financieras - período de referencia: jul 2024 a jun 2025",
            "",
            "",
            "",
            "",
            "",
            "",
        ]
    )
    w.writerow(
        [
            "Cargo",
            "Ciudad",
            "Experiencia",
            "Salario base mensual\n(bruto, Gs.)",
            "Quebranto de caja\n(Gs./mes)",
            "Total mensual\n(bruto, Gs.)",
            "Muestra\n(n)",
        ]
    )
    for r in rows:
        w.writerow(r)
    w.writerow([""] * 7)
    w.writerow(
        [
            "Nota 1: montos brutos mensuales, antes del aporte obrero al IPS (9 %). No incluyen el aguinaldo "
            "(13.er salario) ni bonos por metas.",
            "",
            "",
            "",
            "",
            "",
            "",
        ]
    )
    w.writerow(
        [
            "Nota 2: quebranto de caja = asignación mensual fija para cubrir faltantes de caja; se paga solo a "
            "quien maneja efectivo.",
            "",
            "",
            "",
            "",
            "",
            "",
        ]
    )
    w.writerow(
        [
            "Nota 3: Cajero/a principal = jefe/a de caja de sucursal; se exige al menos 3 años como cajero/a.",
            "",
            "",
            "",
            "",
            "",
            "",
        ]
    )
    w.writerow(
        [
            "Fuente: relevamiento propio a 14 bancos y 9 financieras; mediana por celda. Consultora RH "
            "Guaraní - área Banca y Finanzas.",
            "",
            "",
            "",
            "",
            "",
            "",
        ]
    )

for r in rows:
    print(";".join(r))
print("wrote", OUT)
