# Written from the student copy alone, without seeing the check or the solution.
# WRONG: WorkerPool(max_workers=capacity) keeps its default queue of 64, so map takes up to 4 + 64 = 68 payloads of 128 KiB ahead: over the 32-payload budget.
from pool_lab import HttpSender, WorkerPool


def deliver_all(url, messages, capacity, service_time_s):
    sender = HttpSender(url, timeout_s=5.0, retries=5, backoff_s=0.02, idempotency_key=True, pool_maxsize=capacity)

    def send(message):
        message_id, payload = message
        return sender.send(payload, message_id)

    with WorkerPool(max_workers=capacity) as pool:
        results = pool.map(send, messages)
        try:
            for _ in results:
                pass
        finally:
            results.close()


# The check's verdict on this answer, added by the course: its message matches FAILS_WITH.
FAILS_WITH = r"your sender held [\d,.]+ payloads at once \([\d,.]+ KiB\)"
