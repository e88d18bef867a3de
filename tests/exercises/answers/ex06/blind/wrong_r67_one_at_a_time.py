# Written from the student copy alone, without seeing the check or the solution.
# Mistake: waits for each future right after submitting it, so only one task ever runs at a time.
# Breaks: "Run up to `window` tasks at once, as many as the executor's threads allow: the check fails an answer that runs one task at a time."
def windowed_map(executor, fn, items, window):
    """Return [fn(item) for item in items], run on `executor` with at most `window` futures in flight."""
    results = []
    for item in items:
        # one future in flight is certainly no more than `window`
        results.append(executor.submit(fn, item).result())
    return results


# The check's verdict on this answer, added by the course: its message matches FAILS_WITH.
FAILS_WITH = r"your windowed_map never ran more than one task at once; with a window of [\d,.]+ it should run up to [\d,.]+ \(the executor's threads\)\. Hint: do not"
