# Written from the student copy alone, without seeing the check or the solution.
# WRONG: stops its workers with sentinels on success, but on a DeliveryFailed raises at once from the producer loop: no sentinel, no join, workers left blocked on the queue.
import queue
import threading

from pool_lab import HttpSender


def deliver_all(url, messages, capacity, service_time_s):
    """Send every (message_id, payload) of `messages` to the receiver at `url`: each exactly once, bounded."""
    workers = max(1, round(capacity / service_time_s * service_time_s))
    sender = HttpSender(
        url,
        timeout_s=max(1.0, 25 * service_time_s),
        retries=5,
        backoff_s=service_time_s,
        idempotency_key=True,
        pool_maxsize=workers,
        pool_block=True,
    )
    tasks = queue.Queue(maxsize=workers)
    errors = []

    def worker():
        while True:
            item = tasks.get()
            if item is None:
                return
            message_id, payload = item
            item = None
            try:
                sender.send(payload, message_id)
            except Exception as error:
                errors.append(error)
            payload = None

    threads = [threading.Thread(target=worker, name=f"deliver-{n}", daemon=True) for n in range(workers)]
    for thread in threads:
        thread.start()
    for item in messages:
        if errors:
            raise errors[0]  # fail fast
        tasks.put(item)
        item = None
    for _ in threads:
        tasks.put(None)
    for thread in threads:
        thread.join()
    if errors:
        raise errors[0]


# The check's verdict on this answer, added by the course: its message matches FAILS_WITH.
FAILS_WITH = r"[\d,.]+ threads that deliver_all started were still alive [\d,.]+ s after it raised"
# It leaves threads of its own running, blocked for ever: run it in a process of its own.
RUN_ALONE = True
