# Written from the student copy alone, without seeing the check or the solution.
# Mistake: primes the window by calling next() limit times, so with fewer coroutines than limit next() raises StopIteration (a RuntimeError inside a coroutine).
# Breaks: "Any number of coroutines: with fewer than `limit`, all of them run at once"
import asyncio


async def gather_limited(coros, limit):
    """Return the results of `coros` in order, with at most `limit` of them running at once."""
    coros = list(coros)
    if not coros:
        return []
    results = [None] * len(coros)
    jobs = iter(enumerate(coros))
    index_of = {}
    pending = set()

    def start(index, coro):
        task = asyncio.create_task(coro)
        index_of[task] = index
        pending.add(task)

    try:
        # fill the window, then start one more each time one ends
        for _ in range(limit):
            start(*next(jobs))
        while pending:
            done, pending = await asyncio.wait(pending, return_when=asyncio.FIRST_COMPLETED)
            for task in done:
                results[index_of[task]] = task.result()
                item = next(jobs, None)
                if item is not None:
                    start(*item)
        return results
    finally:
        for task in pending:
            task.cancel()
        for _, coro in jobs:
            coro.close()


# The check's verdict on this answer, added by the course: its message matches FAILS_WITH.
FAILS_WITH = r"given [\d,.]+ coroutines?, fewer than limit=[\d,.]+ your gather_limited raised RuntimeError: coroutine raised StopIteration\. Hint: start min\(limit,"
