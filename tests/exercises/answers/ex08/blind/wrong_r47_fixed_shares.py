# Written from the student copy alone, without seeing the check or the solution.
# WRONG: coros split up front into limit fixed shares (coros[i::limit]), one worker each; the share behind the slow first one waits though other places are free.
import asyncio


async def gather_limited(coros, limit):
    """Return the results of `coros` in order, with at most `limit` of them running at once."""
    coros = list(coros)
    results = [None] * len(coros)

    async def worker(share):
        for index in share:
            results[index] = await coros[index]

    await asyncio.gather(*(worker(range(i, len(coros), limit)) for i in range(limit)))
    return results


# The check's verdict on this answer, added by the course: its message matches FAILS_WITH.
FAILS_WITH = r"while the first coroutine ran \(on until the [\d,.]+ others had ended, at most [\d,.]+ s, but ending once none had started or ended for [\d,.]+ of its checks, each after a 5 ms sleep\), your gather_limited started only [\d,.]+ of the [\d,.]+"
