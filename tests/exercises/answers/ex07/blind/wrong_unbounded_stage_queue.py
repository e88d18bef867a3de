# Written from the student copy alone, without seeing the check or the solution.
# WRONG: two stages joined by queue.Queue() with no maxsize. put() never blocks, so the render loop
# runs far ahead of the `workers` upload threads and almost every payload sits in the queue at once:
# the same hidden unbounded queue as the colleague's, just written by hand. (As written by such a
# student it also loses an upload's exception with its thread: a second, lesser bug.)
import queue
import threading


def pipeline(items, render, upload, workers):
    """Return the sum of upload(render(item)) over items, with a bounded number of payloads alive."""
    payloads = queue.Queue()
    total = 0
    lock = threading.Lock()

    def uploader():
        nonlocal total
        while (payload := payloads.get()) is not None:
            sent = upload(payload)
            with lock:
                total += sent

    threads = [threading.Thread(target=uploader, daemon=True) for _ in range(workers)]
    for thread in threads:
        thread.start()
    for item in items:
        payloads.put(render(item))
    for _ in threads:
        payloads.put(None)
    for thread in threads:
        thread.join()
    return total


# The check's verdict on this answer, added by the course: its message matches FAILS_WITH.
FAILS_WITH = r"your pipeline had [\d,.]+ payloads alive at once \(of [\d,.]+\); with [\d,.]+ workers a stage,"
