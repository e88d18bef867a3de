# Written from the student copy alone, without seeing the check or the solution.
# RIGHT: no queue: each of the workers takes the next item itself, advancing the shared generator under a Lock, so at most `workers` items are held.
import threading


def process_stream(items, process, workers):
    """Return sum(process(item) for item in items), computed by `workers` threads in bounded memory."""
    source = iter(items)
    take = threading.Lock()  # a generator cannot be advanced by two threads at once
    failed = threading.Event()
    errors = []
    totals = [0] * workers

    def work(slot):
        total = 0
        while not failed.is_set():
            with take:  # blocking acquire: no CPU while another worker waits on the stream
                if failed.is_set():
                    break
                try:
                    item = next(source)
                except StopIteration:
                    break
                except BaseException as exc:  # the stream itself failed
                    errors.append(exc)
                    failed.set()
                    break
            try:
                total += process(item)
            except BaseException as exc:
                errors.append(exc)
                failed.set()
            finally:
                del item
        totals[slot] = total

    threads = [threading.Thread(target=work, args=(i,)) for i in range(workers)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    if errors:
        raise errors[0]
    return sum(totals)
