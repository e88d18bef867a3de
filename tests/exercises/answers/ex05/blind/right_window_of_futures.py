# Written from the student copy alone, without seeing the check or the solution.
# Right: a ThreadPoolExecutor, but never more than 2 x workers futures in flight: before
# each submit, when the window is full, wait for the first to complete and add up the
# finished ones (result() re-raises a task's exception in the caller). Finished futures
# are dropped at once; the next item is taken from the stream only when a slot is free.
from concurrent.futures import FIRST_COMPLETED, ThreadPoolExecutor, wait


def process_stream(items, process, workers):
    """Return sum(process(item) for item in items), computed by `workers` threads in bounded memory."""
    window = 2 * workers
    total = 0
    with ThreadPoolExecutor(max_workers=workers) as executor:
        in_flight = set()
        for item in items:
            in_flight.add(executor.submit(process, item))
            item = None
            if len(in_flight) >= window:
                done, in_flight = wait(in_flight, return_when=FIRST_COMPLETED)
                total += sum(future.result() for future in done)
        for future in in_flight:
            total += future.result()
    return total
