# Written from the student copy alone, without seeing the check or the solution.
# RIGHT: a BoundedSemaphore(workers) gates a short-lived thread per upload; the caller renders only once a place is free, joins every thread, then re-raises the first error.
import threading


def pipeline(items, render, upload, workers):
    places = threading.BoundedSemaphore(workers)
    lock = threading.Lock()
    stop = threading.Event()
    state = {"total": 0, "error": None}
    running = []

    def do_upload(payload_box):
        payload = payload_box.pop()
        try:
            if stop.is_set():
                return
            size = upload(payload)
            with lock:
                state["total"] += size
        except BaseException as error:
            with lock:
                if state["error"] is None:
                    state["error"] = error
            stop.set()
        finally:
            del payload
            places.release()

    try:
        for item in items:
            places.acquire()
            if stop.is_set():
                places.release()
                break
            try:
                box = [render(item)]
            except BaseException:
                places.release()
                raise
            thread = threading.Thread(target=do_upload, args=(box,))
            thread.start()
            del box
            running.append(thread)
            running[:] = [t for t in running if t.is_alive()]
    finally:
        for thread in running:
            thread.join()
    if state["error"] is not None:
        error = state["error"]
        state["error"] = None
        raise error
    return state["total"]
