# Written from the student copy alone, without seeing the check or the solution.
# Mistake: every coroutine is wrapped in a task first and only the await of the task waits for the semaphore, so all of them start at once.
# Breaks: "Creating a semaphore is not enough: each coroutine must *wait for it* before it starts."
import asyncio


async def gather_limited(coros, limit):
    """Return the results of `coros` in order, with at most `limit` of them running at once."""
    semaphore = asyncio.Semaphore(limit)
    tasks = [asyncio.create_task(coro) for coro in coros]

    async def run(task):
        async with semaphore:
            return await task

    return await asyncio.gather(*(run(task) for task in tasks))


# The check's verdict on this answer, added by the course: its message matches FAILS_WITH.
FAILS_WITH = r"your gather_limited ran [\d,.]+ coroutines? at once; the limit (was|were) [\d,.]+ Hint: start a coroutine only when fewer than limit run: with a semaphore,"
