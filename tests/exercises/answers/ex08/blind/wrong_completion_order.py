# Written from the student copy alone, without seeing the check or the solution.
# WRONG: bounded by a semaphore, but the results are collected with asyncio.as_completed, i.e. in
# the order the coroutines FINISH, not in input order as asyncio.gather returns them.
import asyncio


async def gather_limited(coros, limit):
    """Return the results of `coros` in order, with at most `limit` of them running at once."""
    semaphore = asyncio.Semaphore(limit)

    async def one(coro):
        async with semaphore:
            return await coro

    return [await next_done for next_done in asyncio.as_completed([one(coro) for coro in coros])]


# The check's verdict on this answer, added by the course: its message matches FAILS_WITH.
FAILS_WITH = r"gather_limited returned \[[\d,.]+ [\d,.]+ [\d,.]+ [\d,.]+ [\d,.]+ \.\.\.\] \([\d,.]+ items\); expected the [\d,.]+"
