# A protocol parser written as a generator state machine: bytes are sent
# in arbitrary chunks, complete messages come out; plus a traffic-light
# controller and a vending machine driven by send().

def frame_parser():
    """Messages are <length byte><payload>; yields lists of complete payloads."""
    buffer = b""
    messages = []
    while True:
        chunk = yield messages
        messages = []
        buffer += chunk
        while buffer:
            size = buffer[0]
            if len(buffer) < 1 + size:
                break
            messages.append(buffer[1:1 + size].decode())
            buffer = buffer[1 + size:]


def encode(*msgs):
    out = b""
    for m in msgs:
        data = m.encode()
        out += bytes([len(data)]) + data
    return out


stream = encode("hello", "", "world", "a longer message here")
p = frame_parser()
next(p)
for i in range(0, len(stream), 4):
    got = p.send(stream[i:i + 4])
    if got:
        print(f"after byte {min(i + 4, len(stream)):2}: {got}")


def traffic_light():
    durations = {"green": 3, "yellow": 1, "red": 2}
    order = ["green", "yellow", "red"]
    state = 0
    elapsed = 0
    while True:
        color = order[state]
        event = yield color
        if event == "emergency":
            state = 2
            elapsed = 0
            continue
        elapsed += 1
        if elapsed >= durations[color]:
            state = (state + 1) % 3
            elapsed = 0


light = traffic_light()
timeline = [next(light)]
for event in ["tick"] * 7 + ["emergency", "tick", "tick", "tick"]:
    timeline.append(light.send(event))
print("lights:", " ".join(c[0].upper() for c in timeline))


class Insufficient(Exception):
    pass


def vending_machine(prices):
    credit = 0
    output = "ready"
    while True:
        try:
            action, arg = yield output
        except Insufficient:
            output = f"refund {credit}"
            credit = 0
            continue
        if action == "coin":
            credit += arg
            output = f"credit {credit}"
        elif action == "select":
            price = prices.get(arg)
            if price is None:
                output = f"unknown item {arg}"
            elif credit < price:
                output = f"need {price - credit} more for {arg}"
            else:
                credit -= price
                output = f"dispense {arg}, change {credit}"
                credit = 0
        elif action == "off":
            return f"shutdown with {credit} left"


vm = vending_machine({"cola": 150, "chips": 90})
print(next(vm))
for step in [("coin", 100), ("select", "cola"), ("coin", 25), ("coin", 25), ("select", "cola"),
             ("coin", 50), ("select", "tea"), ("select", "chips")]:
    print(f"  {step!s:20} -> {vm.send(step)}")
vm.send(("coin", 40))
print("  throw Insufficient  ->", vm.throw(Insufficient))
vm.send(("coin", 5))
try:
    vm.send(("off", None))
except StopIteration as e:
    print("  off ->", e.value)
