# Written from the student copy alone, without seeing the check or the solution.
# WRONG: the one-liner sum(ThreadPoolExecutor.map(process, items)): map submits every item of the stream up front, so all payloads are taken and held long before they are processed (no backpressure).
from concurrent.futures import ThreadPoolExecutor


def process_stream(items, process, workers):
    """Return sum(process(item) for item in items), computed by `workers` threads in bounded memory."""
    with ThreadPoolExecutor(max_workers=workers) as pool:
        return sum(pool.map(process, items))


# The check's verdict on this answer, added by the course: its message matches FAILS_WITH.
FAILS_WITH = r"your process_stream held too much at once: resident memory grew [\d,.]+ MiB past where it started, over the"
