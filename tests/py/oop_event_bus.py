# An event system: subscribers as functions, bound methods and callable
# objects; priorities, one-shot handlers, wildcard topics, handler errors
# collected without stopping delivery, and unsubscribe during dispatch.


class HandlerError(Exception):
    def __init__(self, topic, errors):
        super().__init__(f"{len(errors)} handler(s) failed for {topic!r}")
        self.errors = errors


class EventBus:
    def __init__(self):
        self._subs = {}
        self._seq = 0

    def subscribe(self, topic, handler=None, *, priority=0, once=False):
        if handler is None:                      # used as a decorator
            return lambda fn: self.subscribe(topic, fn, priority=priority, once=once)
        self._seq += 1
        self._subs.setdefault(topic, []).append((-priority, self._seq, handler, once))
        self._subs[topic].sort(key=lambda entry: entry[:2])
        return handler

    def unsubscribe(self, topic, handler):
        before = len(self._subs.get(topic, []))
        self._subs[topic] = [e for e in self._subs.get(topic, []) if e[2] != handler]
        return before - len(self._subs[topic])

    def _matching(self, topic):
        found = []
        for pattern, entries in self._subs.items():
            if pattern == topic or (pattern.endswith(".*") and topic.startswith(pattern[:-1])) or pattern == "*":
                found.extend((e, pattern) for e in entries)
        return sorted(found, key=lambda fe: fe[0][:2])

    def publish(self, topic, **payload):
        results, errors = [], []
        for (prio, seq, handler, once), pattern in self._matching(topic):
            if once:
                self.unsubscribe(pattern, handler)
            try:
                results.append(handler(topic, **payload))
            except Exception as e:
                errors.append((getattr(handler, "__name__", type(handler).__name__), repr(e)))
        if errors:
            raise HandlerError(topic, errors)
        return results


bus = EventBus()
audit = []


@bus.subscribe("user.created", priority=10)
def validate(topic, name, **_):
    if not name:
        raise ValueError("empty name")
    return f"validated {name}"


@bus.subscribe("user.*")
def log_user(topic, **payload):
    audit.append((topic, sorted(payload)))
    return "logged"


class Mailer:
    def __init__(self):
        self.sent = []

    def welcome(self, topic, name, email=None, **_):
        if email is None:
            raise KeyError("email")
        self.sent.append(email)
        return f"mailed {email}"


class Counter:
    def __init__(self):
        self.counts = {}

    def __call__(self, topic, **_):
        self.counts[topic] = self.counts.get(topic, 0) + 1
        return self.counts[topic]


mailer, counter = Mailer(), Counter()
bus.subscribe("user.created", mailer.welcome, priority=5)
bus.subscribe("*", counter, priority=-1)
bus.subscribe("user.created", lambda topic, **p: "first-time bonus", once=True)

print(bus.publish("user.created", name="ann", email="ann@example.org"))
print(bus.publish("user.created", name="bob", email="bob@example.org"))
try:
    bus.publish("user.created", name="", email=None)
except HandlerError as e:
    print("HandlerError:", e)
    for who, err in e.errors:
        print("   ", who, err)
print(bus.publish("user.deleted", name="ann"))
print(bus.publish("system.tick"))
print(bus.unsubscribe("user.created", mailer.welcome), bus.unsubscribe("user.created", mailer.welcome))
print(bus.publish("user.created", name="cy", email="cy@example.org"))
print(mailer.sent, counter.counts, audit)
print(sorted(bus._subs), [len(v) for k, v in sorted(bus._subs.items())])
