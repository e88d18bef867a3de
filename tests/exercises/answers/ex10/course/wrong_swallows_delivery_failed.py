# Written by the course's authors, who know the check (the answers written from the student copy alone
# say so in their first line).
# WRONG (a reviewer's probe): bounded, retries with backoff, an idempotency key: every message arrives
# exactly once at the check's receiver. But each send's DeliveryFailed is caught and logged, so a
# message that could not be delivered passes in silence: the check's endpoint that refuses everything
# (404) shows it.
import logging

from pool_lab import HttpSender, WorkerPool


def deliver_all(url, messages, capacity, service_time_s):
    sender = HttpSender(url, retries=5, backoff_s=0.02, idempotency_key=True, pool_maxsize=capacity + 1)

    def send(message):
        try:
            sender.send(message[1], message[0])
        except Exception as error:
            logging.warning("could not deliver %s: %s", message[0], error)

    with WorkerPool(max_workers=capacity + 1, queue_size=capacity + 1) as pool:
        for _ in pool.map(send, messages):
            pass


# The check's verdict on this answer, added by the course: its message matches FAILS_WITH.
FAILS_WITH = r"every send raised DeliveryFailed \(the endpoint /nowhere answers 404, which no retry cures\), but deliver_all\(url_of_nowhere, .*\) returned None: the exception was lost"
