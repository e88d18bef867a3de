# Written from the student copy alone, without seeing the check or the solution.
# RIGHT: a thread per message, but a BoundedSemaphore(capacity) is acquired before a message is even taken, so at most capacity sends (and payloads) at once; every started thread joined, the first error re-raised.
import threading

from pool_lab import HttpSender


def deliver_all(url, messages, capacity, service_time_s):
    """Send every (message_id, payload) of `messages` to the receiver at `url`: each exactly once, bounded."""
    limit = max(1, round(capacity / service_time_s * service_time_s))  # Little's law
    sender = HttpSender(
        url,
        timeout_s=max(1.0, 25 * service_time_s),
        retries=6,
        backoff_s=service_time_s / 2,
        idempotency_key=True,
        pool_maxsize=limit,
        pool_block=True,
    )
    slots = threading.BoundedSemaphore(limit)
    errors = []
    threads = []

    def send(message_id, payload):
        try:
            sender.send(payload, message_id)
        except BaseException as error:
            errors.append(error)
        finally:
            slots.release()

    source = iter(messages)
    try:
        while not errors:
            slots.acquire()  # a free place first, then a payload
            if errors:
                slots.release()
                break
            try:
                item = next(source)
            except StopIteration:
                slots.release()
                break
            except BaseException:
                slots.release()
                raise
            thread = threading.Thread(target=send, args=item, name="deliver")
            item = None
            thread.start()  # Thread.run drops its args when send returns
            threads.append(thread)
            if len(threads) > 4 * limit:
                threads = [t for t in threads if t.is_alive()]
    finally:
        for thread in threads:
            thread.join()
    if errors:
        raise errors[0]
