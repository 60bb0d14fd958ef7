# A double-entry bank ledger: accounts, transactions that must balance,
# overdraft rules enforced by exceptions, interest by account type,
# statements, and reconciliation.
from collections import defaultdict


class LedgerError(Exception):
    pass


class InsufficientFunds(LedgerError):
    def __init__(self, account, amount):
        super().__init__(f"{account.name}: balance {account.balance} < {amount}")
        self.account = account
        self.amount = amount


class Account:
    kind = "generic"
    overdraft = 0
    _next_id = 1

    def __init__(self, name, opening=0):
        self.id = Account._next_id
        Account._next_id += 1
        self.name = name
        self.entries = []
        if opening:
            self.entries.append(("opening", opening))

    @property
    def balance(self):
        return sum(amount for _, amount in self.entries)

    def can_debit(self, amount):
        return self.balance - amount >= -self.overdraft

    def post(self, memo, amount):
        if amount < 0 and not self.can_debit(-amount):
            raise InsufficientFunds(self, -amount)
        self.entries.append((memo, amount))

    def month_end(self):
        return None

    def __repr__(self):
        return f"<{self.kind} #{self.id} {self.name}: {self.balance}>"


class Checking(Account):
    kind = "checking"
    overdraft = 100
    fee = 5

    def month_end(self):
        if self.balance < 0:
            self.entries.append(("overdraft fee", -self.fee))
            return -self.fee


class Savings(Account):
    kind = "savings"
    rate_percent = 2

    def month_end(self):
        interest = self.balance * self.rate_percent // 100
        if interest:
            self.entries.append(("interest", interest))
        return interest


class Ledger:
    def __init__(self):
        self.accounts = {}
        self.journal = []

    def open(self, cls, name, opening=0):
        acct = cls(name, opening)
        self.accounts[name] = acct
        return acct

    def transfer(self, src, dst, amount, memo="transfer"):
        if amount <= 0:
            raise LedgerError(f"amount must be positive, got {amount}")
        a, b = self.accounts[src], self.accounts[dst]
        a.post(f"{memo} to {dst}", -amount)
        try:
            b.post(f"{memo} from {src}", amount)
        except LedgerError:
            a.entries.pop()   # undo the first half: the transaction must balance
            raise
        self.journal.append((src, dst, amount))

    def month_end(self):
        return {name: acct.month_end() for name, acct in self.accounts.items()}

    def total(self):
        return sum(a.balance for a in self.accounts.values())


ledger = Ledger()
ledger.open(Checking, "ann", 50)
ledger.open(Savings, "ann-savings", 1000)
ledger.open(Checking, "bob", 20)
ledger.open(Account, "shop")

operations = [("ann", "shop", 120), ("bob", "shop", 200), ("ann-savings", "ann", 300),
              ("shop", "bob", 0), ("bob", "shop", 110), ("ann", "nobody", 5)]
for src, dst, amount in operations:
    try:
        ledger.transfer(src, dst, amount)
        print(f"ok   {src:>12} -> {dst:<6} {amount:>5}")
    except InsufficientFunds as e:
        print(f"FAIL {src:>12} -> {dst:<6} {amount:>5}: {e} (short by {e.amount - e.account.balance - e.account.overdraft})")
    except LedgerError as e:
        print(f"FAIL {src:>12} -> {dst:<6} {amount:>5}: {e}")
    except KeyError as e:
        print(f"FAIL {src:>12} -> {dst:<6} {amount:>5}: unknown account {e}")

print(sorted(ledger.accounts.values(), key=lambda a: a.id))
print("month end:", ledger.month_end())
print("total money:", ledger.total(), "journal:", ledger.journal)

for name in ("ann", "bob"):
    acct = ledger.accounts[name]
    print(f"statement for {name} ({acct.kind}, overdraft {acct.overdraft}):")
    running = 0
    for memo, amount in acct.entries:
        running += amount
        print(f"  {memo:<22}{amount:>+7}{running:>7}")

by_kind = defaultdict(list)
for acct in ledger.accounts.values():
    by_kind[type(acct).__name__].append(acct.name)
print(dict(by_kind), [c.__name__ for c in Savings.__mro__], isinstance(ledger.accounts["ann"], Account))
