# Written from the student copy alone, without seeing the check or the solution.
# WRONG: ignores `workers` and processes the stream in the calling thread alone
# (bounded memory, but no worker threads). Breaks: "call `process(item)` for
# every item of the stream `items`, with `workers` threads (the check passes 8)".


def process_stream(items, process, workers):
    return sum(process(item) for item in items)

# Added by the course: the message its check must fail with.
FAILS_WITH = r"your process_stream never had more than 1 call of process running at once, over [\d,.]+ items; with workers=8 threads"
