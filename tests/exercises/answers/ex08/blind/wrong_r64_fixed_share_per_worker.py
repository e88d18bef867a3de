# Written from the student copy alone, without seeing the check or the solution.
# Mistake: `limit` workers, but each gets a fixed slice coros[i::limit] up front; a worker stuck on a slow coroutine keeps its share waiting while the others sit idle.
# Breaks: "Start the next coroutine as soon as a place is free."
import asyncio


async def gather_limited(coros, limit):
    """Return the results of `coros` in order, with at most `limit` of them running at once."""
    if limit < 1:
        raise ValueError("limit must be at least 1")
    coros = list(coros)
    results = [None] * len(coros)

    async def worker(first):
        for index in range(first, len(coros), limit):
            results[index] = await coros[index]

    await asyncio.gather(*(worker(first) for first in range(min(limit, len(coros)))))
    return results


# The check's verdict on this answer, added by the course: its message matches FAILS_WITH.
FAILS_WITH = r"while the first coroutine ran \(on until the 39 others had ended, at most 2 s, but ending once none had started or ended for 10 of its checks, each after a 5 ms sleep\), your gather_limited started only \d+ of the 39 others"
