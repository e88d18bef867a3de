# Written from the student copy alone, without seeing the check or the solution.
# WRONG: off by one on the receiver's room: 2*capacity + 1 = 9 concurrent sends against 4 in service + 4 queued, so the receiver refuses requests because it is full.
import threading

from pool_lab import HttpSender


def deliver_all(url, messages, capacity, service_time_s):
    """Send every (message_id, payload) of `messages` to the receiver at `url`: each exactly once, bounded."""
    limit = 2 * capacity + 1  # fill its 4 servers and its queue of 4, and one more to keep it busy
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
            slots.acquire()
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
            thread.start()
            threads.append(thread)
    finally:
        for thread in threads:
            thread.join()
    if errors:
        raise errors[0]


# The check's verdict on this answer, added by the course: its message matches FAILS_WITH.
FAILS_WITH = r"[\d,.]+ (?:requests )?because it was full"
