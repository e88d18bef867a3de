# Written from the student copy alone, without seeing the check or the solution.
# Mistake: the refill loop tests `len(pending) <= limit`, so it keeps limit + 1 tasks running.
# Breaks: "await every coroutine in the list `coros` with at most `limit` running at once"
import asyncio


async def gather_limited(coros, limit):
    """Return the results of `coros` in order, with at most `limit` of them running at once."""
    coros = list(coros)
    tasks = []
    pending = set()
    try:
        while len(tasks) < len(coros) or pending:
            while len(tasks) < len(coros) and len(pending) <= limit:
                task = asyncio.ensure_future(coros[len(tasks)])
                tasks.append(task)
                pending.add(task)
            done, pending = await asyncio.wait(pending, return_when=asyncio.FIRST_COMPLETED)
            for task in done:
                task.result()
    except BaseException:
        for task in pending:
            task.cancel()
        for coro in coros[len(tasks):]:
            coro.close()
        raise
    return [task.result() for task in tasks]


# The check's verdict on this answer, added by the course: its message matches FAILS_WITH.
FAILS_WITH = r"your gather_limited ran [\d,.]+ coroutines? at once; the limit (was|were) [\d,.]+ Hint: start a coroutine only when fewer than limit run: with a semaphore,"
