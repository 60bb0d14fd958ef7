# Bank account simulation using dicts and closures.
def make_bank():
    accounts = {}
    log = []
    next_id = [1000]
    def open_account(owner, initial=0):
        if initial < 0:
            raise ValueError("initial deposit must be non-negative")
        acct_id = next_id[0]
        next_id[0] += 1
        accounts[acct_id] = {"owner": owner, "balance": initial, "history": [("open", initial)]}
        log.append(("open", acct_id, owner, initial))
        return acct_id
    def deposit(acct_id, amount):
        if amount <= 0:
            raise ValueError("deposit must be positive")
        acct = accounts[acct_id]
        acct["balance"] += amount
        acct["history"].append(("deposit", amount))
        return acct["balance"]
    def withdraw(acct_id, amount):
        acct = accounts[acct_id]
        if amount > acct["balance"]:
            raise ValueError("insufficient funds: balance %d, requested %d" % (acct["balance"], amount))
        acct["balance"] -= amount
        acct["history"].append(("withdraw", amount))
        return acct["balance"]
    def transfer(src, dst, amount):
        withdraw(src, amount)
        try:
            deposit(dst, amount)
        except (KeyError, ValueError):
            deposit(src, amount)
            raise
        log.append(("transfer", src, dst, amount))
    def statement(acct_id):
        acct = accounts[acct_id]
        lines = ["Statement for %s (#%d)" % (acct["owner"], acct_id)]
        running = 0
        for kind, amt in acct["history"]:
            running += -amt if kind == "withdraw" else amt
            lines.append("  %-9s %8d %10d" % (kind, amt, running))
        lines.append("  balance: %d" % acct["balance"])
        return "\n".join(lines)
    def total():
        return sum(a["balance"] for a in accounts.values())
    return {"open": open_account, "deposit": deposit, "withdraw": withdraw,
            "transfer": transfer, "statement": statement, "total": total, "log": log}
bank = make_bank()
alice = bank["open"]("Alice", 500)
bob = bank["open"]("Bob")
print(alice, bob)
print(bank["deposit"](bob, 250), bank["withdraw"](alice, 120))
bank["transfer"](alice, bob, 80)
print(bank["total"]())
for action, args in [("withdraw", (bob, 10000)), ("deposit", (alice, -5)), ("transfer", (alice, 9999, 10)),
                     ("withdraw", (4242, 1)), ("open", ("Eve", -1))]:
    try:
        bank[action](*args)
        print(action, "ok")
    except ValueError as e:
        print(action, "ValueError:", e)
    except KeyError as e:
        print(action, "KeyError:", e)
print(bank["statement"](alice))
print(bank["statement"](bob))
print(bank["total"](), len(bank["log"]))
for entry in bank["log"]:
    print(entry)
interest = {acct: round(bal * 0.025, 2) for acct, bal in [(alice, 300), (bob, 330)]}
print(interest)
