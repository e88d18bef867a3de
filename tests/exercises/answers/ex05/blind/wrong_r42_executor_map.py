# Written from the student copy alone, without seeing the check or the solution.
# WRONG: unbounded memory. Executor.map submits every item of the stream up front (it consumes the whole iterable before returning), so all items are taken while the first eight calls are still running.
from concurrent.futures import ThreadPoolExecutor


def process_stream(items, process, workers):
    """Return sum(process(item) for item in items), computed by `workers` threads in bounded memory."""
    with ThreadPoolExecutor(max_workers=workers) as pool:
        return sum(pool.map(process, items))


# The check's verdict on this answer, added by the course: its message matches FAILS_WITH.
FAILS_WITH = r"held too much at once: .*with [\d,.]+ items \([\d,.]+ MiB of payload\) taken from the stream"
