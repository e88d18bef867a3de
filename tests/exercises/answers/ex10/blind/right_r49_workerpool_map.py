# Written from the student copy alone, without seeing the check or the solution.
# RIGHT: WorkerPool(max_workers=capacity, queue_size=capacity).map takes messages in the caller's thread (at most 8 payloads held); retries+key+long timeout; close map and cancel the rest on failure.
from pool_lab import HttpSender, WorkerPool


def deliver_all(url, messages, capacity, service_time_s):
    sender = HttpSender(url, timeout_s=5.0, retries=6, backoff_s=0.02, idempotency_key=True, pool_maxsize=capacity)

    def send(message):
        message_id, payload = message
        del message
        return sender.send(payload, message_id)

    pool = WorkerPool(max_workers=capacity, queue_size=capacity)
    results = pool.map(send, messages)  # in flight: capacity running + capacity queued
    try:
        for _ in results:
            pass
    finally:
        results.close()
        pool.shutdown(wait=True, cancel_futures=True)
