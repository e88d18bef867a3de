"""The incident's workload: batches, resident payloads, CPU work, and bad input."""

from __future__ import annotations

import asyncio
import pickle
import subprocess
import sys
import threading
import time

import pytest

from pool_lab import CpuWorkload, MessageWorkload, burn_cpu

MIB = 1024 * 1024
pytestmark = pytest.mark.timeout(30)


def test_batches_cover_every_user_once_in_order():
    w = MessageWorkload(users=1_050, batch_size=100)
    batches = list(w.batches())
    assert w.tasks == len(batches) == 11
    assert [u for b in batches for u in b] == list(range(1_050))
    assert len(batches[-1]) == 50


def test_the_default_scale_is_the_incident():
    w = MessageWorkload()
    assert (w.users, w.tasks) == (20_000, 200)
    assert w.payload_bytes_per_task == 100 * 64 * 1024
    assert w.total_payload_bytes == 200 * w.payload_bytes_per_task


def test_a_rendered_payload_is_resident_not_just_reserved():
    # In a fresh interpreter: in this one, memory freed by earlier tests and kept
    # by the allocator would be reused, and RSS would grow by less than was written.
    script = """
import psutil
from pool_lab import MessageWorkload
w = MessageWorkload(users=1_000, batch_size=1_000, message_bytes=64 * 1024)
process = psutil.Process()
before = process.memory_info().rss
payload = w.render(range(1_000))
assert len(payload) == 1_000 and all(len(m) == 64 * 1024 for m in payload)
print((process.memory_info().rss - before) / w.payload_bytes_per_task)
"""
    share = float(subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, check=True,
                                 timeout=60).stdout)
    # 62.5 MiB written: RSS must show nearly all of it (a calloc'd buffer would not).
    assert share > 0.9, f"RSS grew by {share:.0%} of the payload"


def test_messages_carry_their_user():
    w = MessageWorkload(users=10, batch_size=10, message_bytes=16)
    payload = w.render(range(3, 5))
    assert payload == [(3).to_bytes(8, "little") * 2, (4).to_bytes(8, "little") * 2]


def test_send_batch_returns_the_bytes_sent_and_waits_for_the_network():
    w = MessageWorkload(users=10, batch_size=5, message_bytes=1024, lookup_latency_s=0.02, send_latency_s=0.03)
    start = time.perf_counter()
    assert w.send_batch(range(5)) == 5 * 1024
    assert time.perf_counter() - start >= 0.05  # a lower bound only: sleeps never end early


def test_jitter_is_seeded_per_batch_and_bounded():
    w = MessageWorkload(send_latency_s=0.1, jitter_s=0.05, seed=7)
    delays = [w.send_delay_s(first) for first in range(0, 2_000, 100)]
    assert delays == [MessageWorkload(send_latency_s=0.1, jitter_s=0.05, seed=7).send_delay_s(f)
                      for f in range(0, 2_000, 100)]
    assert all(0.1 <= d < 0.15 for d in delays)
    assert len(set(delays)) > 1  # jitter, not a constant
    seeded = MessageWorkload(send_latency_s=0.1, jitter_s=0.05, seed=8)
    other_seed = [seeded.send_delay_s(f) for f in range(0, 2_000, 100)]
    assert other_seed != delays
    assert MessageWorkload(send_latency_s=0.1).send_delay_s(0) == 0.1


def test_burn_cpu_spends_cpu_time_not_wall_time():
    start = time.thread_time()
    burn_cpu(0.1)
    spent = time.thread_time() - start
    assert 0.03 < spent < 0.5, f"burn_cpu(0.1) spent {spent:.3f} s of CPU"


def test_cpu_workload_describes_its_work():
    w = CpuWorkload(tasks=4, cpu_s_per_task=0.25)
    assert w.total_cpu_s == 1.0
    assert w.task_args() == [0.25] * 4


@pytest.mark.parametrize(
    "kwargs, error, message",
    [
        ({"users": 0}, ValueError, "users must be greater than 0, got 0"),
        ({"users": 10.5}, TypeError, "users must be an int, got float"),
        ({"batch_size": -1}, ValueError, "batch_size must be greater than 0"),
        ({"message_bytes": 4}, ValueError, "message_bytes must be at least 8"),
        ({"send_latency_s": -0.1}, ValueError, "send_latency_s must be >= 0 seconds"),
        ({"lookup_latency_s": float("nan")}, ValueError, "lookup_latency_s must be >= 0"),
        ({"render_s_per_user": "fast"}, TypeError, "render_s_per_user must be a number of seconds, got str"),
    ],
)
def test_bad_workloads_say_what_was_expected(kwargs, error, message):
    with pytest.raises(error, match=message):
        MessageWorkload(**kwargs)


def test_negative_cpu_time_is_refused():
    with pytest.raises(ValueError, match="seconds must be >= 0"):
        burn_cpu(-1)


def test_the_downstream_serves_send_capacity_sends_at_once_first_come_first_served():
    w = MessageWorkload(send_latency_s=0.5, send_capacity=3)
    waits = [w.send_wait_s(0) for _ in range(7)]  # seven sends booked back to back
    # The first three are served at once; each later one waits for the slot that frees first.
    assert [round(wait / 0.5) for wait in waits] == [1, 1, 1, 2, 2, 2, 3]
    assert w.send_ceiling_per_s == 6.0


def test_without_a_capacity_every_send_takes_its_own_time():
    w = MessageWorkload(send_latency_s=0.5, send_capacity=None)
    assert [w.send_wait_s(0) for _ in range(5)] == [0.5] * 5
    assert w.send_ceiling_per_s == float("inf")


def test_threads_that_find_the_downstream_full_wait_their_turn():
    w = MessageWorkload(users=8, batch_size=1, message_bytes=8, lookup_latency_s=0, send_latency_s=0.1,
                        send_capacity=4)
    start = time.perf_counter()
    threads = [threading.Thread(target=w.send_batch, args=(batch,)) for batch in w.batches()]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    # Eight sends through four slots take two rounds (a lower bound only: sleeps never end early).
    assert time.perf_counter() - start >= 0.2


def test_coroutines_share_the_same_downstream_as_threads_do():
    w = MessageWorkload(users=8, batch_size=1, message_bytes=8, send_latency_s=0.1, send_capacity=4)

    async def send_all() -> float:
        start = time.perf_counter()
        await asyncio.gather(*(w.send_async(w.render(batch)) for batch in w.batches()))
        return time.perf_counter() - start

    assert asyncio.run(send_all()) >= 0.2


def test_the_downstream_is_state_not_a_setting():
    w = MessageWorkload(send_capacity=2, send_latency_s=0.5)
    w.send_wait_s(0), w.send_wait_s(0)  # both slots busy for half a second
    copy = pickle.loads(pickle.dumps(w))
    assert copy == w and hash(copy) == hash(w) and "_downstream" not in repr(w)
    # Another process gets an idle downstream of its own; this one is still busy.
    assert copy.send_wait_s(0) == 0.5 and w.send_wait_s(0) > 0.5


@pytest.mark.parametrize("capacity, error", [(0, ValueError), (-1, ValueError), (True, TypeError), (1.5, TypeError)])
def test_a_bad_send_capacity_is_refused(capacity, error):
    with pytest.raises(error, match="send_capacity"):
        MessageWorkload(send_capacity=capacity)
