# Written from the student copy alone, without seeing the check or the solution.
# WRONG: a window of futures that sums results only when it has to make room: the futures still in
# the window when items run out are never added. The executor's "with" block waits for them, so
# every upload happened, but the returned sum is short by the last window.
from concurrent.futures import FIRST_COMPLETED, ThreadPoolExecutor, wait


def pipeline(items, render, upload, workers):
    """Return the sum of upload(render(item)) over items, with a bounded number of payloads alive."""
    total = 0
    in_flight = set()
    with ThreadPoolExecutor(max_workers=workers) as uploads:
        for item in items:
            if len(in_flight) >= 2 * workers:
                done, in_flight = wait(in_flight, return_when=FIRST_COMPLETED)
                total += sum(future.result() for future in done)
            in_flight.add(uploads.submit(upload, render(item)))
    return total


# The check's verdict on this answer, added by the course: its message matches FAILS_WITH.
FAILS_WITH = r"pipeline returned [\d,.]+ after uploading [\d,.]+ of [\d,.]+ payloads; expected the sum"
