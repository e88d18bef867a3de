# Written from the student copy alone, without seeing the check or the solution.
# Mistake: each of the limit workers gets a fixed share of the coroutines (every limit-th one) in advance, so a slow coroutine holds up its whole share while other places idle.
# Breaks: "Start the next coroutine as soon as a place is free."
import asyncio


async def gather_limited(coros, limit):
    """Return the results of `coros` in order, with at most `limit` of them running at once."""
    coros = list(coros)
    results = [None] * len(coros)

    async def worker(first):
        for index in range(first, len(coros), limit):
            results[index] = await coros[index]

    await asyncio.gather(*(worker(first) for first in range(min(limit, len(coros)))))
    return results


# The check's verdict on this answer, added by the course: its message matches FAILS_WITH.
FAILS_WITH = r"while the first coroutine ran \(on until the [\d,.]+ others had ended, at most [\d,.]+ s, but ending once none had started or ended for [\d,.]+ of its"
