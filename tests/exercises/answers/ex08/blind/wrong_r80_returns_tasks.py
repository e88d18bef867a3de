# Written from the student copy alone, without seeing the check or the solution.
# Mistake: waits for the tasks with gather but returns the list of asyncio.Task objects instead of their results.
# Breaks: "return a list of their results in input order, as `asyncio.gather` does."
import asyncio


async def gather_limited(coros, limit):
    """Return the results of `coros` in order, with at most `limit` of them running at once."""
    semaphore = asyncio.Semaphore(limit)

    async def run(coro):
        async with semaphore:
            return await coro

    tasks = [asyncio.create_task(run(coro)) for coro in coros]
    await asyncio.gather(*tasks)
    return tasks


# The check's verdict on this answer, added by the course: its message matches FAILS_WITH.
FAILS_WITH = r"gather_limited returned \[<Task finished name=.*\(40 items\); expected the 40 results in input order"
