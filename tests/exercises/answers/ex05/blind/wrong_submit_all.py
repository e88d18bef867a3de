# Written from the student copy alone, without seeing the check or the solution.
# WRONG (no bound, futures kept): one submit per item in a list comprehension, then the
# results summed. submit() never waits, so the loop takes the whole stream at once, and
# the list keeps every future (each holding its item until it runs) alive.
from concurrent.futures import ThreadPoolExecutor


def process_stream(items, process, workers):
    """Return sum(process(item) for item in items), computed by `workers` threads in bounded memory."""
    with ThreadPoolExecutor(max_workers=workers) as executor:
        futures = [executor.submit(process, item) for item in items]
        return sum(future.result() for future in futures)


# The check's verdict on this answer, added by the course: its message matches FAILS_WITH.
FAILS_WITH = r"your process_stream held too much at once: resident memory grew [\d,.]+ MiB past"
