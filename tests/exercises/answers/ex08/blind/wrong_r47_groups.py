# Written from the student copy alone, without seeing the check or the solution.
# WRONG: gathers in groups of limit, each group waiting for its slowest, so freed places stay idle behind the slow first coroutine.
import asyncio


async def gather_limited(coros, limit):
    """Return the results of `coros` in order, with at most `limit` of them running at once."""
    coros = list(coros)
    results = []
    for start in range(0, len(coros), limit):
        results.extend(await asyncio.gather(*coros[start:start + limit]))
    return results


# The check's verdict on this answer, added by the course: its message matches FAILS_WITH.
FAILS_WITH = r"while the first coroutine ran \(on until the [\d,.]+ others had ended, at most [\d,.]+ s, but ending once none had started or ended for [\d,.]+ of its checks, each after a 5 ms sleep\), your gather_limited started only [\d,.]+ of the [\d,.]+"
