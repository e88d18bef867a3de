# Written from the student copy alone, without seeing the check or the solution.
# WRONG (no bound): the one-liner with ThreadPoolExecutor.map. Before Python 3.14's
# buffersize=, map submits every item before it yields its first result, so it drains the
# whole stream at once: 100,000 payloads of 64 KiB wait in the executor's unbounded queue.
from concurrent.futures import ThreadPoolExecutor


def process_stream(items, process, workers):
    """Return sum(process(item) for item in items), computed by `workers` threads in bounded memory."""
    with ThreadPoolExecutor(max_workers=workers) as executor:
        return sum(executor.map(process, items))


# The check's verdict on this answer, added by the course: its message matches FAILS_WITH.
FAILS_WITH = r"your process_stream held too much at once: resident memory grew [\d,.]+ MiB past"
