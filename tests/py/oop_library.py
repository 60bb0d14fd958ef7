# A lending library: composition (Library has Books and Members), class
# and static methods, properties with validation, __contains__/__len__/
# __iter__ on the collection, custom exceptions with context, and reports.


class LibraryError(Exception):
    pass


class NotAvailable(LibraryError):
    def __init__(self, book, holder):
        super().__init__(f"{book.title!r} is on loan to {holder.name}")
        self.book, self.holder = book, holder


class LimitReached(LibraryError):
    pass


class Book:
    _isbns = set()

    def __init__(self, isbn, title, author, year):
        if not Book.valid_isbn(isbn):
            raise ValueError(f"invalid ISBN-10 {isbn!r}")
        if isbn in Book._isbns:
            raise LibraryError(f"duplicate ISBN {isbn}")
        Book._isbns.add(isbn)
        self.isbn, self.title, self.author, self.year = isbn, title, author, year

    @staticmethod
    def valid_isbn(isbn):
        digits = isbn.replace("-", "")
        if len(digits) != 10 or not digits[:9].isdigit() or not (digits[9].isdigit() or digits[9] == "X"):
            return False
        total = sum((10 - i) * int(d) for i, d in enumerate(digits[:9]))
        total += 10 if digits[9] == "X" else int(digits[9])
        return total % 11 == 0

    @classmethod
    def from_line(cls, line):
        isbn, title, author, year = (part.strip() for part in line.split("|"))
        return cls(isbn, title, author, int(year))

    def __repr__(self):
        return f"<{self.title} ({self.year})>"


class Member:
    max_loans = 2

    def __init__(self, name):
        self.name = name
        self.loans = []
        self._fines = 0

    @property
    def fines(self):
        return self._fines

    @fines.setter
    def fines(self, value):
        if value < 0:
            raise ValueError("fines cannot be negative")
        self._fines = value

    @property
    def can_borrow(self):
        return len(self.loans) < self.max_loans and self.fines == 0


class Staff(Member):
    max_loans = 5


class Library:
    def __init__(self):
        self.books = {}
        self.on_loan = {}

    def add(self, book):
        self.books[book.isbn] = book
        return book

    def __len__(self): return len(self.books)
    def __contains__(self, isbn): return isbn in self.books
    def __iter__(self): return iter(sorted(self.books.values(), key=lambda b: (b.author, b.year)))

    def lend(self, isbn, member):
        book = self.books[isbn]
        if isbn in self.on_loan:
            raise NotAvailable(book, self.on_loan[isbn])
        if not member.can_borrow:
            why = "has unpaid fines" if member.fines else f"already has {len(member.loans)} books"
            raise LimitReached(f"{member.name} {why}")
        self.on_loan[isbn] = member
        member.loans.append(book)

    def give_back(self, isbn, days_late=0):
        member = self.on_loan.pop(isbn)
        member.loans.remove(self.books[isbn])
        member.fines += days_late * 10
        return member


lib = Library()
catalogue = """0-306-40615-2 | Signals | Hart | 1990
0-19-853453-1 | Chaos | Gleick | 1987
0-14-044913-9 | Odyssey | Homer | 1946
0-306-40615-3 | Broken | Nobody | 2000
0-14-044913-9 | Odyssey again | Homer | 1950
0-8044-2957-X | Dune | Herbert | 1965"""
for line in catalogue.splitlines():
    try:
        print("added", lib.add(Book.from_line(line)))
    except (ValueError, LibraryError) as e:
        print(f"rejected: {type(e).__name__}: {e}")

ann, bob, sue = Member("ann"), Member("bob"), Staff("sue")
requests = [("0-306-40615-2", ann), ("0-306-40615-2", bob), ("0-19-853453-1", ann), ("0-8044-2957-X", ann),
            ("0-8044-2957-X", sue), ("9-999-99999-9", bob), ("0-14-044913-9", sue)]
for isbn, who in requests:
    try:
        lib.lend(isbn, who)
        print(f"{who.name} borrowed {lib.books[isbn].title}")
    except NotAvailable as e:
        print(f"{who.name}: not available ({e}); holder={e.holder.name}")
    except LimitReached as e:
        print(f"{who.name}: limit ({e})")
    except KeyError as e:
        print(f"{who.name}: no such book {e}")

print(len(lib), "0-19-853453-1" in lib, "1-111-11111-1" in lib, list(lib))
print({m.name: [b.title for b in m.loans] for m in (ann, bob, sue)})
late = lib.give_back("0-306-40615-2", days_late=3)
print(late.name, late.fines, late.can_borrow)
try:
    lib.lend("0-306-40615-2", ann)
except LimitReached as e:
    print("LimitReached:", e)
try:
    ann.fines = -5
except ValueError as e:
    print("ValueError:", e)
ann.fines = 0
lib.lend("0-306-40615-2", bob)
print(sorted((b.title, m.name) for isbn, m in lib.on_loan.items() for b in [lib.books[isbn]]))
print(Book.valid_isbn("0-8044-2957-X"), Book.valid_isbn("123"), Staff.max_loans, Member.max_loans, sue.can_borrow)
