# Written from the student copy alone, without seeing the check or the solution.
# Mistake: wraps every coroutine in a task first and only then awaits the task under the semaphore; a task starts as soon as it is created, so the semaphore bounds nothing.
# Breaks: "Creating a semaphore is not enough: each coroutine must *wait for it* before it starts."
import asyncio


async def gather_limited(coros, limit):
    """Return the results of `coros` in order, with at most `limit` of them running at once."""
    semaphore = asyncio.Semaphore(limit)

    async def run_one(task):
        async with semaphore:
            return await task

    tasks = [asyncio.create_task(coro) for coro in coros]
    return await asyncio.gather(*(run_one(task) for task in tasks))


# The check's verdict on this answer, added by the course: its message matches FAILS_WITH.
FAILS_WITH = r"your gather_limited ran [\d,.]+ coroutines? at once; the limit (was|were) [\d,.]+ Hint: start a coroutine only when fewer than limit run: with a semaphore,"
