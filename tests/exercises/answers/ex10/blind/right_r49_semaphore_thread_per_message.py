# Written from the student copy alone, without seeing the check or the solution.
# RIGHT: a BoundedSemaphore(capacity) is acquired before taking each message, then a thread sends it and releases; caller joins every thread and re-raises the first DeliveryFailed.
import threading

from pool_lab import HttpSender


def deliver_all(url, messages, capacity, service_time_s):
    sender = HttpSender(url, timeout_s=5.0, retries=5, backoff_s=0.02, idempotency_key=True, pool_maxsize=capacity)
    slots = threading.BoundedSemaphore(capacity)
    failed = threading.Event()
    errors = []
    running = []

    def send(box):
        message_id, payload = box.pop()
        try:
            sender.send(payload, message_id)
        except BaseException as error:
            errors.append(error)
            failed.set()
        finally:
            payload = None
            slots.release()

    try:
        source = iter(messages)
        while True:
            slots.acquire()  # a free place first, then take the message: nothing waits in hand
            if failed.is_set():
                slots.release()
                break
            try:
                message = next(source)
            except StopIteration:
                slots.release()
                break
            box = [message]
            del message
            thread = threading.Thread(target=send, args=(box,))
            thread.start()
            del box
            running[:] = [t for t in running if t.is_alive()]
            running.append(thread)
    finally:
        for thread in running:
            thread.join()
    if errors:
        raise errors[0]
