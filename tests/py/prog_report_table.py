# Formatted sales report with aligned columns, totals and percentages.
sales = [
    ("North", "Widget", 1200, 2.5),
    ("North", "Gadget", 300, 12.75),
    ("South", "Widget", 950, 2.5),
    ("South", "Gizmo", 45, 199.99),
    ("East", "Gadget", 610, 12.75),
    ("East", "Widget", 2000, 2.25),
    ("West", "Gizmo", 12, 249.0),
    ("West", "Doohickey", 7777, 0.1),
]
header = f"{'Region':<8}|{'Product':^11}|{'Units':>7}|{'Price':>9}|{'Revenue':>12}"
print(header)
print("-" * len(header))
total = 0.0
by_region = {}
for region, product, units, price in sales:
    revenue = units * price
    total += revenue
    by_region[region] = by_region.get(region, 0.0) + revenue
    print(f"{region:<8}|{product:^11}|{units:>7,}|{price:>9.2f}|{revenue:>12,.2f}")
print("=" * len(header))
print(f"{'TOTAL':<8}|{'':^11}|{sum(s[2] for s in sales):>7,}|{'':>9}|{total:>12,.2f}")
print()
print("%-8s %12s %7s" % ("Region", "Revenue", "Share"))
for region in sorted(by_region, key=by_region.get, reverse=True):
    rev = by_region[region]
    share = rev / total
    bar = "*" * round(share * 40)
    print("%-8s %12.2f %6.1f%% %s" % (region, rev, share * 100, bar))
print()
best = max(sales, key=lambda s: s[2] * s[3])
print("Best line: {0[0]}/{0[1]} with {1:,.2f}".format(best, best[2] * best[3]))
print("Average price: {:.3f}".format(sum(s[3] for s in sales) / len(sales)))
print("Units: min={} max={} mean={:.2f}".format(min(s[2] for s in sales), max(s[2] for s in sales), sum(s[2] for s in sales) / len(sales)))
print(f"{'Product':<10}{'Units':>8}")
products = {}
for _, product, units, _ in sales:
    products[product] = products.get(product, 0) + units
for name, units in sorted(products.items()):
    print(f"{name:<10}{units:>8}  {units / sum(products.values()):>7.2%}")
