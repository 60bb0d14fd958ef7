# Date arithmetic: leap years, day of week, month calendars, day counts.
def is_leap(y):
    return y % 4 == 0 and (y % 100 != 0 or y % 400 == 0)
MONTH_DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]
NAMES = ["January", "February", "March", "April", "May", "June", "July", "August",
         "September", "October", "November", "December"]
DAYS = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
def days_in_month(y, m):
    return 29 if m == 2 and is_leap(y) else MONTH_DAYS[m - 1]
def day_of_week(y, m, d):
    t = [0, 3, 2, 5, 0, 3, 5, 1, 4, 6, 2, 4]
    if m < 3:
        y -= 1
    return (y + y // 4 - y // 100 + y // 400 + t[m - 1] + d - 1) % 7
def ordinal(y, m, d):
    days = d
    for yy in range(1, y):
        days += 366 if is_leap(yy) else 365
    for mm in range(1, m):
        days += days_in_month(y, mm)
    return days
print([y for y in [1900, 2000, 2004, 2023, 2024, 2100, 2400] if is_leap(y)])
for date in [(1970, 1, 1), (2000, 2, 29), (2024, 7, 4), (1999, 12, 31), (2038, 1, 19)]:
    print(date, DAYS[day_of_week(*date)], ordinal(*date))
print(ordinal(2024, 12, 25) - ordinal(2024, 1, 1), ordinal(2000, 1, 1) - ordinal(1970, 1, 1))
def month_calendar(y, m):
    lines = [("%s %d" % (NAMES[m - 1], y)).center(20).rstrip(), " ".join(d[:2] for d in DAYS)]
    first = day_of_week(y, m, 1)
    cells = ["  "] * first + ["%2d" % d for d in range(1, days_in_month(y, m) + 1)]
    for i in range(0, len(cells), 7):
        lines.append(" ".join(cells[i:i + 7]))
    return "\n".join(lines)
print(month_calendar(2024, 2))
print(month_calendar(2023, 10))
fridays13 = [(y, m) for y in range(2020, 2027) for m in range(1, 13) if day_of_week(y, m, 13) == 4]
print(len(fridays13), fridays13)
print(sum(366 if is_leap(y) else 365 for y in range(1, 2001)))
