# Written from the student copy alone, without seeing the check or the solution.
# Mistake: holds the semaphore permit only while creating the task, not while the coroutine runs, so the permit is back before the work is done and nothing bounds the running ones.
# Breaks: "await every coroutine in the list `coros` with at most `limit` running at once"
import asyncio


async def gather_limited(coros, limit):
    """Return the results of `coros` in order, with at most `limit` of them running at once."""
    if limit < 1:
        raise ValueError("limit must be at least 1")
    semaphore = asyncio.Semaphore(limit)
    started = []

    async def run(coro):
        try:
            async with semaphore:
                task = asyncio.ensure_future(coro)
                started.append(task)
            return await task
        finally:
            coro.close()

    wrappers = [asyncio.ensure_future(run(coro)) for coro in coros]
    try:
        return await asyncio.gather(*wrappers)
    except BaseException:
        for task in wrappers + started:
            task.cancel()
        await asyncio.gather(*wrappers, *started, return_exceptions=True)
        raise


# The check's verdict on this answer, added by the course: its message matches FAILS_WITH.
FAILS_WITH = r"your gather_limited ran [\d,.]+ coroutines? at once; the limit (was|were) [\d,.]+ Hint: start a coroutine only when fewer than limit run: with a semaphore,"
