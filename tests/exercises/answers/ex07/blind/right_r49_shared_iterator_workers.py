# Written from the student copy alone, without seeing the check or the solution.
# RIGHT: workers threads each take the next item under a lock, render and upload it themselves, and refill at once; a stop flag ends them, all joined before returning or raising.
import threading


def pipeline(items, render, upload, workers):
    source = iter(items)
    take_lock = threading.Lock()
    sum_lock = threading.Lock()
    stop = threading.Event()
    errors = []
    total = [0]

    def worker():
        while True:
            with take_lock:
                if stop.is_set():
                    return
                try:
                    item = next(source)
                except StopIteration:
                    return
                except BaseException as error:
                    errors.append(error)
                    stop.set()
                    return
            payload = None
            try:
                payload = render(item)
                if stop.is_set():
                    return
                size = upload(payload)
            except BaseException as error:
                with sum_lock:
                    errors.append(error)
                stop.set()
                return
            finally:
                payload = None  # let the payload go as soon as its upload has ended
            with sum_lock:
                total[0] += size

    threads = [threading.Thread(target=worker) for _ in range(workers)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    if errors:
        raise errors[0]
    return total[0]
