# Written from the student copy alone, without seeing the check or the solution.
# Mistake: sliding window that adds the new task first and waits only when more than limit are pending, so limit + 1 run at once.
# Breaks: "await every coroutine in the list `coros` with at most `limit` running at once"
import asyncio


async def gather_limited(coros, limit):
    """Return the results of `coros` in order, with at most `limit` of them running at once."""
    coros = list(coros)
    results = [None] * len(coros)
    index_of = {}
    pending = set()

    def collect(done):
        for task in done:
            results[index_of[task]] = task.result()

    try:
        for index, coro in enumerate(coros):
            task = asyncio.create_task(coro)
            index_of[task] = index
            pending.add(task)
            if len(pending) > limit:
                done, pending = await asyncio.wait(pending, return_when=asyncio.FIRST_COMPLETED)
                collect(done)
        while pending:
            done, pending = await asyncio.wait(pending, return_when=asyncio.FIRST_COMPLETED)
            collect(done)
        return results
    finally:
        for task in pending:
            task.cancel()
        for coro in coros[len(index_of):]:
            coro.close()


# The check's verdict on this answer, added by the course: its message matches FAILS_WITH.
FAILS_WITH = r"your gather_limited ran [\d,.]+ coroutines? at once; the limit (was|were) [\d,.]+ Hint: start a coroutine only when fewer than limit run: with a semaphore,"
