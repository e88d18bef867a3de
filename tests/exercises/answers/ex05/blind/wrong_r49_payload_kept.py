# Written from the student copy alone, without seeing the check or the solution.
# WRONG: each worker keeps (item, result) pairs to add up at the end, so every payload stays alive after its call ended and memory grows with the stream.
import threading


def process_stream(items, process, workers):
    """Return sum(process(item) for item in items), computed by `workers` threads in bounded memory."""
    it = iter(items)
    take = threading.Lock()
    record = threading.Lock()
    stop = threading.Event()
    errors = []
    done = []  # (item, result) for every item processed

    def work():
        mine = []
        try:
            while not stop.is_set():
                with take:
                    if stop.is_set():
                        break
                    try:
                        item = next(it)
                    except StopIteration:
                        stop.set()
                        break
                mine.append((item, process(item)))
        except BaseException as exc:
            with record:
                errors.append(exc)
            stop.set()
        with record:
            done.extend(mine)

    threads = [threading.Thread(target=work) for _ in range(workers)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    if errors:
        raise errors[0]
    return sum(result for _item, result in done)


# The check's verdict on this answer, added by the course: its message matches FAILS_WITH.
FAILS_WITH = r"your process_stream held too much at once"
