# Written from the student copy alone, without seeing the check or the solution.
# Approach: no reader thread; each of `workers` threads takes its next item under a lock when it is free, processes it, and stops on the first error.
import threading


def process_stream(items, process, workers):
    """Return sum(process(item) for item in items), computed by `workers` threads in bounded memory."""
    iterator = iter(items)
    take_lock = threading.Lock()  # a generator cannot be advanced by two threads at once
    result_lock = threading.Lock()
    stop = threading.Event()
    totals = []
    errors = []

    def work():
        total = 0
        while not stop.is_set():
            with take_lock:
                if stop.is_set():
                    break
                try:
                    item = next(iterator)
                except StopIteration:
                    break
                except Exception as exc:  # the stream itself failed
                    with result_lock:
                        errors.append(exc)
                    stop.set()
                    break
            try:
                total += process(item)
            except Exception as exc:
                with result_lock:
                    errors.append(exc)
                stop.set()
                break
            finally:
                del item  # hold no payload while waiting for the lock
        with result_lock:
            totals.append(total)

    threads = [threading.Thread(target=work) for _ in range(workers)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    if errors:
        raise errors[0]
    return sum(totals)
