# Written from the student copy alone, without seeing the check or the solution.
# WRONG: completion order "fixed" with sorted(): only right when the results rise with the input
# (e.g. coroutines returning their own index); for any other results the order is wrong (and results
# that cannot be compared make it raise TypeError).
import asyncio


async def gather_limited(coros, limit):
    """Return the results of `coros` in order, with at most `limit` of them running at once."""
    semaphore = asyncio.Semaphore(limit)

    async def one(coro):
        async with semaphore:
            return await coro

    results = []
    for next_done in asyncio.as_completed([one(coro) for coro in coros]):
        results.append(await next_done)
    return sorted(results)


# The check's verdict on this answer, added by the course: its message matches FAILS_WITH.
FAILS_WITH = r"gather_limited returned \[[\d,.]+ [\d,.]+ [\d,.]+ [\d,.]+ [\d,.]+ \.\.\.\] \([\d,.]+ items\); expected the [\d,.]+"
