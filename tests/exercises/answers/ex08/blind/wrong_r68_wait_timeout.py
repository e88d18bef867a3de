# Written from the student copy alone, without seeing the check or the solution.
# Mistake: refills the window after asyncio.wait(running, timeout=0.05), which (default ALL_COMPLETED) returns only when the whole window is done or the timeout expires, so freed places sit idle until then.
# Breaks: "And start it *as soon as* a place is free: ... a wait with a timeout, or a loop that sleeps and then looks, does."
import asyncio

CHECK_EVERY_S = 0.05


async def gather_limited(coros, limit):
    """Return the results of `coros` in order, with at most `limit` of them running at once."""
    if limit < 1:
        raise ValueError("limit must be at least 1")
    coros = list(coros)
    results = [None] * len(coros)
    pending = iter(enumerate(coros))
    running = {}  # task -> index

    def fill():
        while len(running) < limit:
            item = next(pending, None)
            if item is None:
                return
            index, coro = item
            running[asyncio.ensure_future(coro)] = index

    try:
        fill()
        while running:
            done, _ = await asyncio.wait(running, timeout=CHECK_EVERY_S)
            for task in done:
                index = running.pop(task)
                results[index] = task.result()
            fill()
    except BaseException:
        for task in running:
            task.cancel()
        await asyncio.gather(*running, return_exceptions=True)
        for _, coro in pending:
            coro.close()
        raise
    return results


# The check's verdict on this answer, added by the course: its message matches FAILS_WITH.
# Beside a busy machine the first coroutine may stop waiting for the others (none started or ended for 50 ms)
# before the wait times out: then the count of those started beside it names the same mistake first.
FAILS_WITH = (r"your gather_limited left a freed place empty while coroutines waited to start: [\d,.]+ times, the "
              r"event loop rested \(it began a turn with no callback ready\) while fewer than [\d,.]+ coroutines ran"
              r"|your gather_limited started only [\d,.]+ of the [\d,.]+ others, .*a wait with a timeout instead of "
              r"return_when=FIRST_COMPLETED")
