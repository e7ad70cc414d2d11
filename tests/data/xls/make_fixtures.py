#!/usr/bin/python3
"""Writes the legacy-Excel (BIFF8) fixtures the import tests read. Needs Debian's python3-xlwt.

Run from this folder: /usr/bin/python3 make_fixtures.py
"""
import datetime
import xlwt


def orders_sheet(book, name, rows):
    sheet = book.add_sheet(name)
    date_style = xlwt.easyxf(num_format_str="yyyy-mm-dd hh:mm:ss")
    day_style = xlwt.easyxf(num_format_str="yyyy/m/d")
    for col, title in enumerate(["客户编号", "客户名称", "订单日期", "销售额", "签约日"]):
        sheet.write(0, col, title)
    for r, (code, name_, when, amount, day) in enumerate(rows, start=1):
        sheet.write(r, 0, code)
        sheet.write(r, 1, name_)
        sheet.write(r, 2, when, date_style)
        sheet.write(r, 3, amount)
        sheet.write(r, 4, day, day_style)
    return sheet


rows = [
    ("00001", "A公司", datetime.datetime(2024, 3, 1, 9, 30, 0), 150000.5, datetime.date(2020, 1, 15)),
    ("00002", "B公司", datetime.datetime(2024, 2, 29, 17, 5, 10), 20000, datetime.date(2019, 6, 1)),
    ("C003", "Café Ünïcode", datetime.datetime(1999, 12, 31, 23, 59, 59), -12.25, datetime.date(2000, 2, 29)),
]

book = xlwt.Workbook(encoding="utf-8")
orders_sheet(book, "订单", rows)
second = book.add_sheet("Notes")
second.write(0, 0, "only text")
second.write(4, 2, 42)  # a sparse cell: row 5, column C
book.save("orders-1900.xls")

book1904 = xlwt.Workbook(encoding="utf-8")
book1904.dates_1904 = True
orders_sheet(book1904, "Orders", rows)
book1904.save("orders-1904.xls")
