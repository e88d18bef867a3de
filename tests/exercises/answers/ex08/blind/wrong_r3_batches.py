# Written from the student copy alone, without seeing the check or the solution.
# WRONG: breaks "Start the next coroutine as soon as a place is free. Gathering them in groups of limit,
# each group waiting for its slowest, leaves places idle": it gathers slices of `limit`, so a slow first
# coroutine keeps the other places of its group empty until it ends.
import asyncio


async def gather_limited(coros, limit):
    """Return the results of `coros` in order, with at most `limit` of them running at once."""
    coros = list(coros)
    results = []
    for start in range(0, len(coros), limit):
        results.extend(await asyncio.gather(*coros[start:start + limit]))
    return results

# Added by the course: the message its check must fail with.
FAILS_WITH = r"while the first coroutine ran .* your gather_limited started only \d+ of the 39 others, though \d+ places were free"
