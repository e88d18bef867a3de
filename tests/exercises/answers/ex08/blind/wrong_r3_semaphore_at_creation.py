# Written from the student copy alone, without seeing the check or the solution.
# WRONG: breaks "Creating a semaphore is not enough: each coroutine must wait for it before it starts":
# the permit is held only while the task is created, not while its coroutine runs, so it is released at
# once and every coroutine runs at the same time, as with a plain gather.
import asyncio


async def gather_limited(coros, limit):
    """Return the results of `coros` in order, with at most `limit` of them running at once."""
    semaphore = asyncio.Semaphore(limit)
    tasks = []
    for coro in coros:
        async with semaphore:
            tasks.append(asyncio.ensure_future(coro))
    return await asyncio.gather(*tasks)

# Added by the course: the message its check must fail with.
FAILS_WITH = r"your gather_limited ran \d+ coroutines at once; the limit was 5"
