# Written from the student copy alone, without seeing the check or the solution.
# WRONG: results in completion order: the workers append each result as it finishes instead of storing it at its input index.
import asyncio


async def gather_limited(coros, limit):
    """Return the results of `coros` in order, with at most `limit` of them running at once."""
    todo = iter(coros)
    results = []

    async def worker():
        for coro in todo:
            results.append(await coro)

    await asyncio.gather(*(worker() for _ in range(limit)))
    return results


# The check's verdict on this answer, added by the course: its message matches FAILS_WITH.
FAILS_WITH = r"gather_limited returned \[[\d,.]+, [\d,.]+, [\d,.]+, [\d,.]+, [\d,.]+, \.\.\.\] \([\d,.]+ items\)"
