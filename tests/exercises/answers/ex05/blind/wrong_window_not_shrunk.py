# Written from the student copy alone, without seeing the check or the solution.
# WRONG (window that never shrinks): the student calls wait(..., FIRST_COMPLETED) but
# keeps the old set ("done, _ = wait(...)") instead of the not-done one. Once the set
# reaches the window, wait() returns at once every time (some future is already done),
# so there is no backpressure after all, and the set keeps every future, and its result,
# until the end; the done ones are also counted again and again, so the sum is wrong too,
# and wait() scans an ever-growing set at every step: quadratic time, so a long stream
# practically never finishes.
from concurrent.futures import FIRST_COMPLETED, ThreadPoolExecutor, wait


def process_stream(items, process, workers):
    """Return sum(process(item) for item in items), computed by `workers` threads in bounded memory."""
    window = 2 * workers
    total = 0
    with ThreadPoolExecutor(max_workers=workers) as executor:
        in_flight = set()
        for item in items:
            if len(in_flight) >= window:
                done, _ = wait(in_flight, return_when=FIRST_COMPLETED)
                total += sum(future.result() for future in done)
            in_flight.add(executor.submit(process, item))
        done, _ = wait(in_flight)
        total += sum(future.result() for future in done)
    return total


# The check's verdict on this answer, added by the course: its message matches FAILS_WITH.
FAILS_WITH = r"process_stream took or processed fewer than [\d,.]+ items in [\d,.]+ s: [\d,.]+ of [\d,.]+"
