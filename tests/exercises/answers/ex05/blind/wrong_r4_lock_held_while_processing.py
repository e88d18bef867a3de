# Written from the student copy alone, without seeing the check or the solution.
# WRONG: shares the generator between the workers under a lock, as the student
# copy suggests, but calls process(item) inside the same `with lock:` block, so
# only one call of process runs at a time. Breaks "in `workers` threads that
# each call it (the check passes 8, and counts 8 calls of `process` at once at
# the peak)": the peak is 1 and the stream is processed serially.
import threading


def process_stream(items, process, workers):
    """Return sum(process(item) for item in items), computed by `workers` threads in bounded memory."""
    it = iter(items)
    lock = threading.Lock()
    total = [0]
    errors = []

    def work():
        while True:
            with lock:
                if errors:
                    return
                try:
                    item = next(it)
                except StopIteration:
                    return
                try:
                    total[0] += process(item)
                except BaseException as exc:
                    errors.append(exc)
                    return

    threads = [threading.Thread(target=work) for _ in range(workers)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    if errors:
        raise errors[0]
    return total[0]

# Added by the course: the message its check must fail with.
FAILS_WITH = r"your process_stream never had more than 1 call of process running at once, over [\d,]+ items; .* The check stopped it there"
