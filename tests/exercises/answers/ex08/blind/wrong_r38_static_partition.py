# Written from the student copy alone, without seeing the check or the solution.
# WRONG: breaks "Start the next coroutine as soon as a place is free". `limit` workers, but each
# is given its own fixed share up front (coros[i::limit]) and runs it in turn: when the first
# coroutine is slow, the ones after it in worker 0's share wait for it although the other workers
# have finished and their places are free.
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
FAILS_WITH = r"while the first coroutine ran \(on until the 39 others had ended, at most 2 s, but ending once none had started or ended for 10 of its checks, each after a 5 ms sleep\), your gather_limited started only \d+ of the 39 others"
