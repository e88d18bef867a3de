# Written from the student copy alone, without seeing the check or the solution.
# RIGHT: a Queue(maxsize=limit) used as the permits: the spawner puts a token before starting each thread (blocking when full), the thread takes one back out in finally.
import queue
import threading


def bounded_spawn(fn, items, limit):
    """Return [fn(item) for item in items], one thread per item, at most `limit` alive at once."""
    tokens = queue.Queue(maxsize=limit)
    threads = []
    boxes = []

    def run(box, item):
        try:
            box["value"] = fn(item)
        except Exception as exc:
            box["error"] = exc
        finally:
            tokens.get()

    for item in items:
        tokens.put(None)
        box = {}
        thread = threading.Thread(target=run, args=(box, item))
        boxes.append(box)
        threads.append(thread)
        thread.start()
    for thread in threads:
        thread.join()
    for box in boxes:
        if "error" in box:
            raise box["error"]
    return [box["value"] for box in boxes]
