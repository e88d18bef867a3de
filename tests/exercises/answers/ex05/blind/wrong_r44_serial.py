# Written from the student copy alone, without seeing the check or the solution.
# WRONG: ignores `workers` and processes the stream in the caller's thread, one call at a time: bounded memory, but never two calls at once.
def process_stream(items, process, workers):
    """Return sum(process(item) for item in items), computed by `workers` threads in bounded memory."""
    total = 0
    for item in items:
        total += process(item)
    return total


# The check's verdict on this answer, added by the course: its message matches FAILS_WITH.
FAILS_WITH = r"your process_stream never had more than [\d,.]+ call of process running at once, over [\d,.]+ items"
