from .models import Inventory


def render(inv: Inventory, title="Inventory"):
    lines = [title, "-" * len(title)]
    for item in inv:
        lines.append(f"{item.name:<8}{item.qty:>4} x {item.price:>6.2f} = {item.value:>8.2f}")
    lines.append(f"{'total':<8}{inv.total():>26.2f}")
    return "\n".join(lines)
