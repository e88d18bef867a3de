# Written from the student copy alone, without seeing the check or the solution.
# Mistake: the loop waits for a free place before each new coroutine but, once the input runs out, returns without waiting for the last window still running (their results stay None).
# Breaks: "await every coroutine in the list `coros` ... and return their results in input order"
import asyncio


async def gather_limited(coros, limit):
    """Return the results of `coros` in order, with at most `limit` of them running at once."""
    if limit < 1:
        raise ValueError("limit must be at least 1")
    coros = list(coros)
    results = [None] * len(coros)
    running = {}  # task -> index
    done = set()
    try:
        for position, coro in enumerate(coros):
            if len(running) == limit:
                done, _ = await asyncio.wait(running, return_when=asyncio.FIRST_COMPLETED)
                for task in done:
                    results[running.pop(task)] = task.result()
            running[asyncio.ensure_future(coro)] = position
    except BaseException:
        for task in running:
            task.cancel()
        await asyncio.gather(*running, return_exceptions=True)
        for task in done:
            if not task.cancelled():
                task.exception()
        for coro in coros:
            coro.close()  # no-op for those that ran; silences the never-started ones
        raise
    return results


# The check's verdict on this answer, added by the course: its message matches FAILS_WITH.
FAILS_WITH = r"gather_limited returned after [\d,.]+ of [\d,.]+ coroutines? finished\. Hint: await every one of them\."
