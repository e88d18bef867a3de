# Written from the student copy alone, without seeing the check or the solution.
# Mistake: sliding window whose final drain is a single asyncio.wait(pending); with no coroutines the set is empty and asyncio.wait raises ValueError.
# Breaks: "given none, `gather_limited([], limit)` returns `[]` at once, as `asyncio.gather()` does."
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
            if len(pending) >= limit:
                done, pending = await asyncio.wait(pending, return_when=asyncio.FIRST_COMPLETED)
                collect(done)
            task = asyncio.create_task(coro)
            index_of[task] = index
            pending.add(task)
        # wait for the last ones, stopping at the first error
        done, pending = await asyncio.wait(pending, return_when=asyncio.FIRST_EXCEPTION)
        collect(done)
        return results
    finally:
        for task in pending:
            task.cancel()
        for coro in coros[len(index_of):]:
            coro.close()


# The check's verdict on this answer, added by the course: its message matches FAILS_WITH.
FAILS_WITH = r"given an empty list, your gather_limited raised ValueError: Set of"
