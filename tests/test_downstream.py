"""The downstream: a real receiver process on loopback, real requests and aiohttp clients.

Every test starts its own receiver in a ``with`` block and sends a handful
of small messages, so each is bounded in requests and takes well under a
few seconds; the root conftest checks that no receiver process, client
thread or event loop outlives a test.
"""

from __future__ import annotations

import ast
import asyncio
import concurrent.futures as cf
import dataclasses
import subprocess
import sys
import threading
import time
import urllib.error
import urllib.request
from pathlib import Path

import psutil
import pytest

import pool_lab.downstream
from pool_lab import (
    DeliveryFailed,
    Experiment,
    HttpSender,
    MessageWorkload,
    Receiver,
    close_clients,
    pool_discards,
    run_lab,
)
from pool_lab.downstream.sender import MAX_ATTEMPTS, _Attempts, _session_for_this_loop

pytestmark = pytest.mark.timeout(60)


@pytest.fixture(autouse=True)
def fresh_clients():
    """Each test starts with no pooled connection, and leaves none behind."""
    close_clients()
    yield
    close_clients()


def send_at_once(sender: HttpSender, ids: list[str], body: bytes = b"x" * 100) -> list[object]:
    """Send one message per id, each from its own thread, all at once; return each result or exception."""
    with cf.ThreadPoolExecutor(len(ids)) as pool:
        futures = [pool.submit(sender.send, body, i) for i in ids]
        return [f.exception() or f.result() for f in futures]


def test_receiver_counts_every_message_and_its_bytes_by_id():
    with Receiver(capacity=2, service_time_s=0.01) as receiver:
        sender = receiver.sender()
        sent = [sender.send([b"a" * 10, b"b" * 5], f"m{i}") for i in range(4)]
        stats = receiver.stats(deliveries=True)
    assert sent == [15] * 4
    assert (stats.requests, stats.delivered, stats.messages, stats.duplicates, stats.bytes) == (4, 4, 4, 0, 60)
    assert stats.deliveries == {"m0": 1, "m1": 1, "m2": 1, "m3": 1}
    assert stats.missing(["m0", "m9"]) == ["m9"]
    assert stats.connections == 1  # one pooled connection, reused


def test_a_late_duplicate_does_not_stretch_the_time_goodput_counts():
    with Receiver(capacity=2, service_time_s=0.01) as receiver:
        sender = receiver.sender()
        sender.send(b"x" * 100, "a")
        sender.send(b"x" * 100, "b")
        time.sleep(0.5)
        sender.send(b"x" * 100, "a")  # delivered again: no idempotency key
        stats = receiver.stats(settle=True)
    assert (stats.messages, stats.duplicates) == (2, 1)
    assert stats.active_s < 0.4, stats.active_s  # the two first deliveries, not the duplicate half a second on


def test_requests_past_capacity_and_queue_get_503_and_are_not_delivered():
    with Receiver(capacity=1, service_time_s=0.5, queue_size=1) as receiver:
        results = send_at_once(receiver.sender(timeout_s=5), [f"m{i}" for i in range(5)])
        stats = receiver.stats()
    failed = [r for r in results if isinstance(r, DeliveryFailed)]
    assert len(failed) == 3 and all("HTTP 503" in str(r) for r in failed)
    # The bound is on what is inside: in service and queued together.  The
    # queue alone may briefly pass queue_size while an admitted request reads
    # its body before it takes a free slot, as ReceiverStats says (a loaded CI
    # machine once saw peak_queued 2 here).
    assert (stats.messages, stats.rejected, stats.peak_in_service, stats.peak_inside) == (2, 3, 1, 2)
    assert stats.rejected_full == 3


def test_retries_with_backoff_deliver_every_message_once_despite_503s():
    with Receiver(capacity=1, service_time_s=0.05, queue_size=0) as receiver:
        results = send_at_once(receiver.sender(retries=30, backoff_s=0.02, max_backoff_s=0.2),
                               [f"m{i}" for i in range(4)])
        stats = receiver.stats()
    assert results == [100] * 4
    assert stats.rejected > 0  # they did collide, and got through by retrying
    assert (stats.messages, stats.duplicates) == (4, 0)


def test_a_retry_after_a_timeout_is_delivered_again_without_an_idempotency_key():
    with Receiver(capacity=1, service_time_s=0.3, queue_size=2) as receiver:
        sender = receiver.sender(timeout_s=0.1, retries=2, backoff_s=0)
        with pytest.raises(DeliveryFailed, match="not delivered after 3 attempts: no answer within 0.1 s"):
            sender.send(b"hello", "m0")
        stats = receiver.stats(settle=True)  # the receiver serves what the client gave up on
    # The sender says "failed"; the receiver got the message three times.
    assert (stats.messages, stats.delivered, stats.duplicates) == (1, 3, 2)


def test_a_retry_with_an_idempotency_key_is_answered_but_not_delivered_twice():
    with Receiver(capacity=1, service_time_s=0.3) as receiver:
        sender = receiver.sender(timeout_s=0.1, retries=20, backoff_s=0.05, idempotency_key=True)
        sent = sender.send(b"hello", "m0")
        stats = receiver.stats()
    assert sent == 5
    assert stats.abandoned >= 1  # the first try timed out at the client, and was delivered all the same
    assert stats.deduplicated >= 1
    assert (stats.messages, stats.delivered, stats.duplicates) == (1, 1, 0)


def test_a_non_retryable_answer_is_not_retried():
    with Receiver(capacity=1, service_time_s=0.01) as receiver:
        sender = dataclasses.replace(receiver.sender(retries=5), url=receiver.url + "/nowhere")
        with pytest.raises(DeliveryFailed, match="after 1 attempt: HTTP 404"):
            sender.send(b"hello", "m0")


def test_a_full_client_pool_discards_connections_and_the_receiver_sees_them_opened():
    with Receiver(capacity=8, service_time_s=0.2, queue_size=8) as receiver:
        before = pool_discards()
        send_at_once(receiver.sender(pool_maxsize=2), [f"m{i}" for i in range(8)])
        discarded, stats = pool_discards() - before, receiver.stats()
    assert stats.messages == 8
    assert stats.connections > 2
    assert discarded == stats.connections - 2  # every connection past the pool's 2 was thrown away


def test_a_blocking_client_pool_is_a_hidden_bound_on_requests_in_flight():
    with Receiver(capacity=8, service_time_s=0.1, queue_size=8) as receiver:
        before = pool_discards()
        send_at_once(receiver.sender(pool_maxsize=2, pool_block=True), [f"m{i}" for i in range(8)])
        discarded, stats = pool_discards() - before, receiver.stats()
    assert (stats.messages, stats.connections, stats.peak_in_service, discarded) == (8, 2, 2, 0)


def test_the_aiohttp_client_delivers_and_its_session_closes_with_the_event_loop():
    async def main(sender: HttpSender):
        sent = await asyncio.gather(*(sender.send_async([b"ab", b"c"], f"m{i}") for i in range(6)))
        return sent, await _session_for_this_loop(sender)

    with Receiver(capacity=2, service_time_s=0.01) as receiver:
        sender = receiver.sender(pool_maxsize=3, retries=3, idempotency_key=True)
        sent, session = asyncio.run(main(sender))
        stats = receiver.stats()
    assert sent == [3] * 6
    assert session.closed  # closed by asyncio.run's shutdown, with no call from the strategy
    assert (stats.messages, stats.duplicates, stats.connections) == (6, 0, 3)


@pytest.mark.parametrize("strategy", ["worker-pool", "asyncio-queue"])
def test_the_workload_sends_each_batch_to_the_receiver(strategy):
    with Receiver(capacity=4, service_time_s=0.01) as receiver:
        workload = MessageWorkload(users=600, message_bytes=1024, lookup_latency_s=0.0,
                                   downstream=receiver.sender(retries=3, idempotency_key=True))
        result = Experiment(strategy, max_workers=4, workload=workload).run_here()
        stats = receiver.stats(deliveries=True)
    assert result.outcome == "completed"
    assert stats.missing(workload.message_ids()) == []
    assert (stats.messages, stats.duplicates, stats.bytes) == (6, 0, 600 * 1024)


def strategy_that_fails_unless_the_http_client_is_loaded(task, items):
    """Run every task, after checking that the lab's child imported requests before the first one."""
    import sys

    if "requests" not in sys.modules:
        raise AssertionError("the HTTP client was not loaded before the first task")
    for item in items:
        task(item)


def test_the_lab_loads_the_http_client_while_its_child_starts_up():
    # The child is spawned, so nothing is imported there unless its start-up did it.
    with Receiver(capacity=4, service_time_s=0.01) as receiver:
        workload = MessageWorkload(users=300, message_bytes=1024, lookup_latency_s=0.0,
                                   downstream=receiver.sender())
        result = run_lab(Experiment(strategy_that_fails_unless_the_http_client_is_loaded, workload=workload),
                         budget_mib=96)
        stats = receiver.stats()
    assert result.outcome == "completed", result.error
    assert stats.messages == 3


@pytest.mark.parametrize("interrupt", [ValueError("boom"), KeyboardInterrupt()])
def test_the_receiver_process_stops_when_its_block_raises(interrupt):
    with pytest.raises(type(interrupt)):
        with Receiver(capacity=1, service_time_s=0.01) as receiver:
            process = psutil.Process(receiver.pid)
            raise interrupt
    assert not process.is_running()
    assert receiver.pid is None
    with pytest.raises(RuntimeError, match="not running"):
        _ = receiver.url


def test_a_receiver_can_be_reset_between_runs():
    with Receiver(capacity=1, service_time_s=0.0) as receiver:
        receiver.sender().send(b"x", "m0")
        receiver.reset()
        receiver.sender().send(b"x", "m1")
        stats = receiver.stats(deliveries=True, timeline=True)
    assert stats.deliveries == {"m1": 1}
    assert all(len(row) == 5 for row in stats.timeline)


@pytest.mark.parametrize("url, match", [
    ("http://example.com/messages", "on this machine"),
    ("https://127.0.0.1:1/messages", "http only"),
])
def test_a_sender_refuses_anything_but_loopback_http(url, match):
    with pytest.raises(ValueError, match=match):
        HttpSender(url)


@pytest.mark.parametrize("settings, error", [
    ({"timeout_s": 0}, ValueError),
    ({"timeout_s": float("inf")}, ValueError),
    ({"retries": -1}, ValueError),
    ({"pool_maxsize": 0}, ValueError),
    ({"pool_maxsize": 2.0}, TypeError),
    ({"backoff_s": -0.1}, ValueError),
])
def test_a_sender_refuses_bad_settings(settings, error):
    with pytest.raises(error):
        HttpSender("http://127.0.0.1:1/messages", **settings)


@pytest.mark.parametrize("settings, error", [
    ({"capacity": 0}, ValueError),
    ({"capacity": 2.5}, TypeError),
    ({"queue_size": -1}, ValueError),
    ({"service_time_s": -1}, ValueError),
    ({"slow_message": 3}, TypeError),
    ({"held_until_slow": None}, TypeError),
    ({"slow_service_s": -0.1}, ValueError),
])
def test_a_receiver_refuses_bad_settings_before_starting(settings, error):
    with pytest.raises(error):
        Receiver(**settings)


def test_a_receiver_that_cannot_start_says_why(tmp_path, monkeypatch):
    # The receiver's child imports aiohttp; one that fails to import makes
    # the child exit, and the parent must report the child's own error.
    (tmp_path / "aiohttp").mkdir()
    (tmp_path / "aiohttp" / "__init__.py").write_text("raise ImportError('aiohttp is broken on purpose')\n")
    monkeypatch.setenv("PYTHONPATH", str(tmp_path))
    receiver = Receiver(start_timeout_s=20)
    with pytest.raises(RuntimeError, match="did not start") as failure:
        receiver.start()
    assert "ImportError: aiohttp is broken on purpose" in str(failure.value)
    assert "Fatal Python error" not in str(failure.value)
    assert receiver.pid is None


def test_a_workload_refuses_a_downstream_that_is_not_a_sender():
    with pytest.raises(TypeError, match="HttpSender"):
        MessageWorkload(downstream="http://127.0.0.1:1/messages")


def test_faults_on_purpose_need_retries_and_an_idempotency_key():
    ids = [f"m{i}" for i in range(6)]
    with Receiver(capacity=2, service_time_s=0.0, fail_first_try_every=3, drop_first_answer_every=2) as receiver:
        once = [r if isinstance(r, int) else type(r).__name__ for r in (_try(receiver.sender(), i) for i in ids)]
        receiver.reset()
        naive = receiver.sender(retries=3, backoff_s=0)
        for i in ids:
            naive.send(b"x", i)
        naive_stats = receiver.stats()
        receiver.reset()
        careful = receiver.sender(retries=3, backoff_s=0, idempotency_key=True)
        for i in ids:
            careful.send(b"x", i)
        careful_stats = receiver.stats()
    # m2 and m5 (every 3rd) get 503 first; m1, m3, m5 (every 2nd) lose their first answer.
    assert once == [1, "DeliveryFailed", "DeliveryFailed", "DeliveryFailed", 1, "DeliveryFailed"]
    assert (naive_stats.messages, naive_stats.duplicates, naive_stats.dropped_answers) == (6, 3, 3)
    assert (careful_stats.messages, careful_stats.duplicates, careful_stats.deduplicated) == (6, 0, 3)
    # The two 503s were planted: none is counted as a refusal for fullness.
    assert (careful_stats.rejected, careful_stats.rejected_full) == (2, 0)


def test_the_timeline_ends_on_every_message_delivered():
    # The recorder notes a row every 10 ms; stats asked for at once must still end on the last delivery.
    with Receiver(capacity=4, service_time_s=0.001) as receiver:
        sender = receiver.sender()
        for i in range(5):
            sender.send(b"x", f"m{i}")
        stats = receiver.stats(timeline=True)
    assert stats.timeline[-1][3] == stats.messages == 5


def test_a_slow_message_says_when_it_was_served_by_the_wall_clock():
    # m3 is served for 400 ms the first time, and the receiver says, by time.time() (a clock this
    # process reads too), when another service first ended meanwhile and when the slow one ended: sends made in the
    # other slot once m4 was answered fall in that window, and it counts them as they arrive.
    with Receiver(capacity=2, service_time_s=0.01, slow_message="m3", slow_service_s=0.4) as receiver:
        sender = receiver.sender()
        for i in range(3):
            sender.send(b"x", f"m{i}")
        assert receiver.stats().slow_windows == ()  # no slow try yet
        slow = threading.Thread(target=sender.send, args=(b"x", "m3"))
        slow.start()
        time.sleep(0.05)  # m3 arrives first, and is in service
        sender.send(b"x", "m4")  # in the other slot: the first service to end while m3 is served
        sent_at = []
        for i in range(5, 7):
            sent_at.append(time.time())
            sender.send(b"x", f"m{i}")
        slow.join()
        stats = receiver.stats()
        receiver.reset()
        for i in range(4):
            sender.send(b"x", f"m{i}")  # one at a time: no other service ends while m3 is served
        alone = receiver.stats()
        again_start = time.monotonic()
        sender.send(b"x", "m3")  # no key: served again, and only the first service is slow
        again_s = time.monotonic() - again_start
        again = receiver.stats()
    (first_end, end, arrived), = stats.slow_windows
    assert first_end is not None and all(first_end <= t <= end for t in sent_at), (first_end, sent_at, end)
    assert arrived == 2  # m5 and m6
    assert stats.messages == 7
    (nothing, _, none_arrived), = alone.slow_windows
    assert (nothing, none_arrived) == (None, 0)
    assert len(again.slow_windows) == 1 and again_s < 0.3, again_s


def test_the_held_message_is_answered_once_the_slow_one_is_in_service():
    # m0's request is served at once (10 ms), but answered only when m1, sent 50 ms later, has begun its service:
    # before 0.2 s, when the hold alone would have let it go.  Without m1, it waits out those 0.2 s.
    with Receiver(capacity=2, service_time_s=0.01, slow_message="m1", slow_service_s=0.3,
                  held_until_slow="m0") as receiver:
        sender = receiver.sender()
        answered = []
        held = threading.Thread(target=lambda: (sender.send(b"x", "m0"), answered.append(time.monotonic())))
        start = time.monotonic()
        held.start()
        time.sleep(0.05)
        slow_sent = time.monotonic()
        sender.send(b"x", "m1")
        held.join()
        receiver.reset()
        alone_start = time.monotonic()
        sender.send(b"x", "m0")  # the slow one never comes: the hold runs out
        alone = time.monotonic() - alone_start
    assert slow_sent <= answered[0] < start + 0.2, (answered[0] - start, slow_sent - start)
    assert 0.2 <= alone < 0.6, alone


def test_a_planted_first_try_that_finds_the_receiver_full_is_counted_as_refused_for_fullness():
    # The third message to arrive has its first try refused on purpose (every
    # 3rd), and it arrives when the one slot and the one queue place are
    # taken: the receiver is full too, and a
    # check that subtracts the planted refusals from all of them would count
    # one refusal for fullness fewer than there were.
    with Receiver(capacity=1, service_time_s=0.5, queue_size=1, fail_first_try_every=3) as receiver:
        send_at_once(receiver.sender(timeout_s=5), [f"m{i}" for i in range(5)])
        stats = receiver.stats()
    assert (stats.messages, stats.rejected, stats.rejected_full) == (2, 3, 3)


def test_a_503_says_whether_it_was_planted_or_the_receiver_was_full():
    def refusal(receiver: Receiver, message_id: str) -> str:
        request = urllib.request.Request(receiver.url + "/messages", data=b"x", headers={"X-Message-Id": message_id})
        opener = urllib.request.build_opener(urllib.request.ProxyHandler({}))  # loopback, never a proxy
        with pytest.raises(urllib.error.HTTPError) as answer:
            opener.open(request, timeout=5)
        assert answer.value.code == 503
        return answer.value.read().decode()

    with Receiver(capacity=1, service_time_s=0.0, fail_first_try_every=1) as receiver:
        planted = refusal(receiver, "m0")
    with Receiver(capacity=1, service_time_s=1.0, queue_size=0) as receiver:
        busy = threading.Thread(target=_try, args=(receiver.sender(timeout_s=5), "m0"))
        busy.start()
        while receiver.stats().in_service == 0:
            time.sleep(0.01)
        full = refusal(receiver, "m1")
        busy.join()
    assert planted == "refused on purpose: the first try of one message in 1"
    assert full == "busy: capacity and queue are full"


def _try(sender: HttpSender, message_id: str) -> object:
    try:
        return sender.send(b"x", message_id)
    except DeliveryFailed as exc:
        return exc


def test_the_receiver_stops_when_its_parent_dies_without_stopping_it():
    code = ("import time; from pool_lab import Receiver; r = Receiver(); r.start(); print(r.pid, flush=True); "
            "time.sleep(60)")
    parent = subprocess.Popen([sys.executable, "-c", code], stdout=subprocess.PIPE)
    try:
        receiver = psutil.Process(int(parent.stdout.readline()))
    finally:
        parent.kill()  # no finally block, no atexit: only the closed pipe tells the receiver
        parent.wait()
        parent.stdout.close()
    try:
        receiver.wait(timeout=10)
    except psutil.NoSuchProcess:
        pass  # gone already
    except psutil.TimeoutExpired:
        receiver.kill()
        pytest.fail("the receiver outlived its parent by 10 s")


def test_a_reset_waits_for_the_requests_inside_so_they_do_not_count_in_the_next_run():
    with Receiver(capacity=1, service_time_s=0.2, queue_size=3) as receiver:
        sender = receiver.sender(timeout_s=0.05)  # gives up at once: its requests stay queued inside
        send_at_once(sender, [f"old{i}" for i in range(4)])
        receiver.reset()
        stats = receiver.stats()
    assert (stats.requests, stats.delivered, stats.in_service, stats.queued) == (0, 0, 0, 0)


def test_the_server_runs_as_a_script_so_it_imports_nothing_of_pool_lab_nor_relatively():
    # The receiver's child runs _server.py by its path: `from .x import y`
    # would fail there, and importing pool_lab would cost every start.
    tree = ast.parse((Path(pool_lab.downstream.__file__).parent / "_server.py").read_text())
    imports = [node for node in ast.walk(tree) if isinstance(node, (ast.Import, ast.ImportFrom))]
    assert imports
    assert not [node.module for node in imports if isinstance(node, ast.ImportFrom) and node.level]
    names = [alias.name for node in imports if isinstance(node, ast.Import) for alias in node.names]
    names += [node.module for node in imports if isinstance(node, ast.ImportFrom)]
    assert not [name for name in names if name and name.split(".")[0] == "pool_lab"]


def test_the_client_and_the_handle_never_import_the_server():
    code = ("import sys; import pool_lab.downstream, pool_lab.downstream.receiver, pool_lab.downstream.sender; "
            "print('pool_lab.downstream._server' in sys.modules)")
    assert subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True,
                          timeout=60).stdout.strip() == "False"


def _attempts(**settings) -> _Attempts:
    return _Attempts(HttpSender("http://127.0.0.1:1/messages", **settings), "m0")


# What happens to each attempt, and what the policy must decide: attempts made,
# whether it gave up early, and the error's last words.
RETRY_CASES = {
    "delivered at once": ({}, [200], 1, "delivered"),
    "no retries: one 503 is the end": ({"retries": 0}, [503], 1, "HTTP 503 Busy"),
    "retries spent on 503s": ({"retries": 2}, [503, 503, 503], 3, "HTTP 503 Busy"),
    "a 503 then delivered": ({"retries": 2}, [503, 200], 2, "delivered"),
    "a 404 is not retried": ({"retries": 5}, [404], 1, "HTTP 404 Busy"),
    "a 429 is retried": ({"retries": 1}, [429, 200], 2, "delivered"),
    "timeouts, then delivered": ({"retries": 3}, ["timeout", "timeout", 200], 3, "delivered"),
    "timeouts spent": ({"retries": 1, "timeout_s": 0.25}, ["timeout", "timeout"], 2, "no answer within 0.25 s"),
    "connection lost, spent": ({"retries": 1}, ["reset", "reset"], 2, "connection failed (ConnectionResetError)"),
    "no limit of its own: MAX_ATTEMPTS": ({"retries": None}, [503] * 200, MAX_ATTEMPTS, "HTTP 503 Busy"),
}


@pytest.mark.parametrize("settings, outcomes, made, last", RETRY_CASES.values(), ids=RETRY_CASES.keys())
def test_one_retry_policy_decides_the_attempts_of_both_clients(settings, outcomes, made, last):
    attempts = _attempts(backoff_s=0, **settings)
    outcomes = iter(outcomes)
    result = "not delivered"
    while (wait_s := attempts.next_wait_s()) is not None:
        assert wait_s == 0.0  # backoff_s=0 retries at once
        outcome = next(outcomes)
        if outcome == "timeout":
            attempts.timed_out()
        elif outcome == "reset":
            attempts.connection_failed(ConnectionResetError())
        elif attempts.answered(outcome, "Busy"):
            result = "delivered"
            break
    assert attempts.made == made
    if result == "delivered":
        assert last == "delivered"
    else:
        failure = attempts.failure()
        assert (failure.message_id, failure.attempts, failure.last) == ("m0", made, last)


def test_the_policy_waits_nothing_before_the_first_try_and_a_full_jitter_backoff_before_each_retry():
    waits = []
    attempts = _attempts(retries=6, backoff_s=0.1, max_backoff_s=0.3)
    while (wait_s := attempts.next_wait_s()) is not None:
        waits.append(wait_s)
        attempts.answered(503, "Busy")
    assert waits[0] == 0.0 and len(waits) == 7
    assert all(0 <= wait <= min(0.3, 0.1 * 2**n) for n, wait in enumerate(waits[1:]))


def test_the_slow_message_is_never_refused_on_purpose():
    # Every first try is refused on purpose here, but not the slow message's: refused, and retried after a backoff,
    # it could begin after the held message's hold had run out.
    with Receiver(capacity=2, service_time_s=0.01, fail_first_try_every=1, slow_message="m0",
                  slow_service_s=0.05) as receiver:
        sender = receiver.sender(retries=1, backoff_s=0.01)
        sender.send(b"x", "m0")
        sender.send(b"x", "m1")
        stats = receiver.stats()
    assert (stats.requests, stats.rejected, len(stats.slow_windows)) == (3, 1, 1), stats
