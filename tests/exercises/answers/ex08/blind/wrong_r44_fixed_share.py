# Written from the student copy alone, without seeing the check or the solution.
# WRONG: deals the coroutines out in advance (coros[i::limit]) to limit workers, so a place behind a slow coroutine keeps its share waiting.
import asyncio


async def gather_limited(coros, limit):
    """Return the results of `coros` in order, with at most `limit` of them running at once."""
    coros = list(coros)
    results = [None] * len(coros)

    async def worker(first):
        for index in range(first, len(coros), limit):
            results[index] = await coros[index]

    await asyncio.gather(*(worker(first) for first in range(limit)))
    return results


# The check's verdict on this answer, added by the course: its message matches FAILS_WITH.
FAILS_WITH = r"while the first coroutine ran \(on until the [\d,.]+ others had ended, at most [\d,.]+ s, but ending once none had started or ended for [\d,.]+ of its checks, each after a 5 ms sleep\), your gather_limited started only [\d,.]+ of the [\d,.]+"
