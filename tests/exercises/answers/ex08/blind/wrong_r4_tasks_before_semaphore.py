# Written from the student copy alone, without seeing the check or the solution.
# WRONG: turns every coroutine into a task first ("so they run in the caller's
# loop") and only then waits for the semaphore before awaiting each task. A task
# starts running as soon as it is created, so all of them run at once and the
# semaphore bounds only the awaiting. Breaks "Creating a semaphore is not
# enough: each coroutine must *wait for it* before it starts" (and "with at
# most `limit` running at once").
import asyncio


async def gather_limited(coros, limit):
    """Return the results of `coros` in order, with at most `limit` of them running at once."""
    semaphore = asyncio.Semaphore(limit)
    tasks = [asyncio.create_task(coro) for coro in coros]

    async def guarded(task):
        async with semaphore:
            return await task

    return await asyncio.gather(*(guarded(task) for task in tasks))

# Added by the course: the message its check must fail with.
FAILS_WITH = r"your gather_limited ran [\d,]+ coroutines at once; the limit was 5"
