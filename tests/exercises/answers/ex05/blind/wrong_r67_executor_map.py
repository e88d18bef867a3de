# Written from the student copy alone, without seeing the check or the solution.
# Mistake: uses ThreadPoolExecutor.map, which (before Python 3.14's buffersize) submits every item of the stream before yielding a result.
# Breaks: "only a few items are in flight at any moment: resident memory may grow at most 100 MiB past where it started"
from concurrent.futures import ThreadPoolExecutor


def process_stream(items, process, workers):
    """Return sum(process(item) for item in items), computed by `workers` threads in bounded memory."""
    with ThreadPoolExecutor(max_workers=workers) as pool:
        return sum(pool.map(process, items))


# The check's verdict on this answer, added by the course: its message matches FAILS_WITH.
FAILS_WITH = r"your process_stream held too much at once: resident memory grew [\d,.]+ MiB past where it started, over the budget of [\d,.]+ MiB, with [\d,.]+"
