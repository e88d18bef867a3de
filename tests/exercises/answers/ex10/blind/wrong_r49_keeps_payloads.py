# Written from the student copy alone, without seeing the check or the solution.
# WRONG: payload kept alive after its send: every delivered (message_id, payload) is kept in a "sent" list for bookkeeping, so all 100 are held at the end.
import threading

from pool_lab import HttpSender


def deliver_all(url, messages, capacity, service_time_s):
    sender = HttpSender(url, timeout_s=5.0, retries=5, backoff_s=0.02, idempotency_key=True, pool_maxsize=capacity)
    source = iter(messages)
    take_lock = threading.Lock()
    stop = threading.Event()
    errors = []
    sent = []

    def worker():
        while not stop.is_set():
            with take_lock:
                try:
                    message = next(source)
                except StopIteration:
                    return
            try:
                sender.send(message[1], message[0])
            except Exception as error:
                errors.append(error)
                stop.set()
                return
            sent.append(message)

    threads = [threading.Thread(target=worker) for _ in range(capacity)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    if errors:
        raise errors[0]
    assert len({message_id for message_id, _ in sent}) == len(sent)


# The check's verdict on this answer, added by the course: its message matches FAILS_WITH.
FAILS_WITH = r"your sender held [\d,.]+ payloads at once \([\d,.]+ KiB\)"
