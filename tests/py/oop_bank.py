# An object-oriented program: accounts, inheritance, class-level state, custom exceptions.
class InsufficientFunds(Exception):
    def __init__(self, needed, available):
        super().__init__(f"need {needed}, have {available}")
        self.needed, self.available = needed, available
class Account:
    _next_id = 1
    def __init__(self, owner, balance=0):
        self.id = Account._next_id; Account._next_id += 1
        self.owner, self._balance, self.history = owner, balance, []
    @property
    def balance(self): return self._balance
    def deposit(self, amount):
        if amount <= 0: raise ValueError("deposit must be positive")
        self._balance += amount; self.history.append(("dep", amount)); return self
    def withdraw(self, amount):
        if amount > self._balance: raise InsufficientFunds(amount, self._balance)
        self._balance -= amount; self.history.append(("wd", amount)); return self
    def __repr__(self): return f"{type(self).__name__}#{self.id}({self.owner!r}, {self._balance})"
    def __lt__(self, other): return self._balance < other._balance
class Savings(Account):
    rate = 0.05
    def add_interest(self):
        interest = round(self._balance * self.rate, 2)
        return self.deposit(interest)
class Checking(Account):
    def __init__(self, owner, balance=0, overdraft=100):
        super().__init__(owner, balance); self.overdraft = overdraft
    def withdraw(self, amount):
        if amount > self._balance + self.overdraft: raise InsufficientFunds(amount, self._balance + self.overdraft)
        self._balance -= amount; self.history.append(("wd", amount)); return self
accts = [Savings("ann", 1000), Checking("bob", 50), Account("cy")]
accts[0].add_interest().withdraw(200)
accts[1].withdraw(120)
for a, amt in [(accts[2], 10), (accts[1], 100)]:
    try:
        a.withdraw(amt)
    except InsufficientFunds as e:
        print("refused:", a.owner, e, e.needed)
try: accts[2].deposit(-5)
except ValueError as e: print("ValueError:", e)
print(sorted(accts), max(accts).owner, [a.history for a in accts])
print(sum(a.balance for a in accts), {type(a).__name__: a.balance for a in accts})
