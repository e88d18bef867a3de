# Written from the student copy alone, without seeing the check or the solution.
# WRONG: a correct window of uploads, but every (payload, future) pair is kept in a list "so failed
# uploads can be retried at the end". The list keeps every payload alive after its upload, so the
# memory grows with the number of items: the window bounds the uploads, not the payloads.
from concurrent.futures import FIRST_COMPLETED, ThreadPoolExecutor, wait


def pipeline(items, render, upload, workers):
    """Return the sum of upload(render(item)) over items, with a bounded number of payloads alive."""
    sent = []
    in_flight = set()
    with ThreadPoolExecutor(max_workers=workers) as uploads:
        for item in items:
            if len(in_flight) >= 2 * workers:
                _, in_flight = wait(in_flight, return_when=FIRST_COMPLETED)
            payload = render(item)
            future = uploads.submit(upload, payload)
            in_flight.add(future)
            sent.append((payload, future))
    total = 0
    for payload, future in sent:
        if future.exception() is not None:
            total += upload(payload)  # one retry
        else:
            total += future.result()
    return total


# The check's verdict on this answer, added by the course: its message matches FAILS_WITH.
FAILS_WITH = r"your pipeline had [\d,.]+ payloads alive at once \(of [\d,.]+\); with [\d,.]+ workers a stage,"
