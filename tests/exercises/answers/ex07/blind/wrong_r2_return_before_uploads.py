# Written from the student copy alone, without seeing the check or the solution.
# Mistake: bounded hand-off with a queue, but returns as soon as the renderers are done and
# the queue is drained (queue.join() is not used; it checks handoff.empty()), while the
# last uploads are still running in daemon threads; the sum misses them.
# Breaks: "When it returns, every upload has ended." (and the sum is then short)
import queue
import threading
import time


def pipeline(items, render, upload, workers):
    """Return the sum of upload(render(item)) over items, with a bounded number of payloads alive."""
    handoff = queue.Queue(maxsize=workers)
    lock = threading.Lock()
    total = [0]
    errors = []

    def uploader():
        while True:
            payload = handoff.get()
            try:
                n = upload(payload)
                with lock:
                    total[0] += n
            except BaseException as e:
                errors.append(e)
            del payload

    for _ in range(workers):
        threading.Thread(target=uploader, daemon=True).start()
    for item in items:
        handoff.put(render(item))
    while not handoff.empty():
        time.sleep(0.001)
    if errors:
        raise errors[0]
    return total[0]

# Added by the course: the message its check must fail with.
FAILS_WITH = r"pipeline returned when \d+ of 300 uploads had ended \(\d+ still running\)\. Hint: wait for every upload"
# It leaves threads blocked for ever, which no test can release: the test runs it in a process of its own.
RUN_ALONE = True
