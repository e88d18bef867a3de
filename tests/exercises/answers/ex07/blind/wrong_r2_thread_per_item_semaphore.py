# Written from the student copy alone, without seeing the check or the solution.
# Mistake: a thread per item, each renders its payload and THEN waits for a
# Semaphore(workers) to upload: uploads are bounded, but the payloads wait in the blocked
# threads (a hidden queue of threads).
# Breaks: "while only a few payloads are alive at any moment" (3 × workers + 2).
import threading


def pipeline(items, render, upload, workers):
    """Return the sum of upload(render(item)) over items, with a bounded number of payloads alive."""
    slots = threading.Semaphore(workers)
    lock = threading.Lock()
    state = {"total": 0, "error": None}

    def work(item):
        payload = render(item)
        with slots:
            try:
                n = upload(payload)
            except BaseException as e:
                with lock:
                    state["error"] = state["error"] or e
                return
        with lock:
            state["total"] += n

    threads = [threading.Thread(target=work, args=(item,)) for item in items]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    if state["error"] is not None:
        raise state["error"]
    return state["total"]

# Added by the course: the message its check must fail with.
FAILS_WITH = r"your pipeline had \d+ payloads alive at once \(of 300\); with 4 workers a stage, at most 14 should be\."
