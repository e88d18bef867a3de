# Written from the student copy alone, without seeing the check or the solution.
# WRONG: the one-liner sum(ThreadPoolExecutor.map(process, items)): Executor.map
# submits every item at once (it consumes the generator eagerly), so every
# payload waits in the executor's unbounded queue. Breaks: "while only a few items
# are in flight at any moment: resident memory may grow at most 100 MiB".
from concurrent.futures import ThreadPoolExecutor


def process_stream(items, process, workers):
    with ThreadPoolExecutor(max_workers=workers) as ex:
        return sum(ex.map(process, items))

# Added by the course: the message its check must fail with.
FAILS_WITH = r"your process_stream held too much at once: resident memory grew [\d,.]+ MiB past"
