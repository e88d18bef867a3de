# Written from the student copy alone, without seeing the check or the solution.
# WRONG: worker tasks append each result as it finishes, so the list is in completion order, not input order.
import asyncio


async def gather_limited(coros, limit):
    """Return the results of `coros` in order, with at most `limit` of them running at once."""
    source = iter(coros)
    results = []

    async def worker():
        for coro in source:
            results.append(await coro)

    await asyncio.gather(*(worker() for _ in range(limit)))
    return results


# The check's verdict on this answer, added by the course: its message matches FAILS_WITH.
FAILS_WITH = r"gather_limited returned \[[\d,.]+, [\d,.]+, [\d,.]+, [\d,.]+, [\d,.]+, \.\.\.\] \([\d,.]+ items\)"
