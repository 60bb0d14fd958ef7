# A tiny stack-based virtual machine with a dict dispatch table.
def run(program, trace=False):
    stack = []
    pc = 0
    out = []
    labels = {}
    for i, ins in enumerate(program):
        if ins[0] == "label":
            labels[ins[1]] = i
    def binop(fn):
        def op(arg):
            b = stack.pop()
            a = stack.pop()
            stack.append(fn(a, b))
        return op
    def push(arg):
        stack.append(arg)
    def dup(arg):
        stack.append(stack[-1])
    def swap(arg):
        stack[-1], stack[-2] = stack[-2], stack[-1]
    def pop(arg):
        stack.pop()
    def emit(arg):
        out.append(stack.pop())
    def over(arg):
        stack.append(stack[-2])
    def rot(arg):
        stack.append(stack.pop(-3))
    table = {
        "push": push, "dup": dup, "swap": swap, "pop": pop, "print": emit, "over": over, "rot": rot,
        "add": binop(lambda a, b: a + b), "sub": binop(lambda a, b: a - b),
        "mul": binop(lambda a, b: a * b), "div": binop(lambda a, b: a // b),
        "mod": binop(lambda a, b: a % b), "lt": binop(lambda a, b: int(a < b)),
        "eq": binop(lambda a, b: int(a == b)),
    }
    steps = 0
    while pc < len(program):
        ins = program[pc]
        op = ins[0]
        arg = ins[1] if len(ins) > 1 else None
        steps += 1
        if steps > 100000:
            raise ValueError("step limit")
        if op == "label":
            pass
        elif op == "jmp":
            pc = labels[arg]
            continue
        elif op == "jz":
            if stack.pop() == 0:
                pc = labels[arg]
                continue
        elif op == "halt":
            break
        else:
            table[op](arg)
        if trace:
            print("   ", pc, op, arg, stack)
        pc += 1
    return out, steps
prog1 = [("push", 2), ("push", 3), ("add",), ("push", 4), ("mul",), ("print",)]
print(run(prog1, trace=True))
countdown = [("push", 5), ("label", "top"), ("dup",), ("print",), ("push", 1), ("sub",), ("dup",), ("jz", "out"), ("jmp", "top"), ("label", "out"), ("pop",)]
print(run(countdown))
fact_prog = [("push", 1), ("push", 25),
             ("label", "loop"), ("dup",), ("jz", "done"),
             ("swap",), ("over",), ("mul",), ("swap",), ("push", 1), ("sub",), ("jmp", "loop"),
             ("label", "done"), ("pop",), ("print",)]
print(run(fact_prog))
fib_prog = [("push", 0), ("push", 1), ("push", 90),
            ("label", "loop"), ("dup",), ("jz", "done"), ("push", 1), ("sub",),
            ("rot",), ("rot",), ("swap",), ("over",), ("add",), ("rot",), ("jmp", "loop"),
            ("label", "done"), ("pop",), ("print",), ("print",)]
print(run(fib_prog))
for bad in [[("add",)], [("push", 1), ("push", 0), ("div",)], [("jmp", "nowhere")], [("frobnicate",)]]:
    try:
        print(run(bad))
    except (IndexError, ZeroDivisionError, KeyError) as e:
        print(type(e).__name__, e)
