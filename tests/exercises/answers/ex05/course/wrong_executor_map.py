# Written by the course's authors, who know the check (the answers written from the student copy alone
# say so in their first line).
# WRONG: ThreadPoolExecutor.map submits every item before it yields the first result.
import concurrent.futures as cf


def process_stream(items, process, workers):
    with cf.ThreadPoolExecutor(max_workers=workers) as executor:
        return sum(executor.map(process, items))


# The check's verdict on this answer, added by the course: its message matches FAILS_WITH.
FAILS_WITH = r"your process_stream held too much at once: resident memory grew [\d,.]+ MiB past"
