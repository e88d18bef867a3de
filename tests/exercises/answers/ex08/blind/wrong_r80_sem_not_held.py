# Written from the student copy alone, without seeing the check or the solution.
# Mistake: takes the semaphore only around create_task, so the permit is given back at once and the coroutine runs without holding it.
# Breaks: "Creating a semaphore is not enough: each coroutine must *wait for it* before it starts."
import asyncio


async def gather_limited(coros, limit):
    """Return the results of `coros` in order, with at most `limit` of them running at once."""
    semaphore = asyncio.Semaphore(limit)
    tasks = []
    for coro in coros:
        async with semaphore:
            tasks.append(asyncio.create_task(coro))
    return await asyncio.gather(*tasks)


# The check's verdict on this answer, added by the course: its message matches FAILS_WITH.
FAILS_WITH = r"your gather_limited ran [\d,.]+ coroutines? at once; the limit (was|were) [\d,.]+ Hint: start a coroutine only when fewer than limit run: with a semaphore,"
