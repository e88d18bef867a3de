# Written from the student copy alone, without seeing the check or the solution.
# Mistake: gathers the coroutines in groups of `limit`, each group waiting for its slowest.
# Breaks: "Start the next coroutine as soon as a place is free. Gathering them in groups of
# `limit` ... leaves places idle".
import asyncio


async def gather_limited(coros, limit):
    """Return the results of `coros` in order, with at most `limit` of them running at once."""
    coros = list(coros)
    results = []
    for start in range(0, len(coros), limit):
        results.extend(await asyncio.gather(*coros[start:start + limit]))
    return results

# Added by the course: the message its check must fail with.
FAILS_WITH = r"your gather_limited started only \d+ of the 39 others, though \d+ places were free.*: it waited for a whole group"
