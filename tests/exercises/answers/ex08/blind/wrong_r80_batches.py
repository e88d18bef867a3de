# Written from the student copy alone, without seeing the check or the solution.
# Mistake: runs the coroutines in groups of limit with asyncio.gather, each group waiting for its slowest before the next group starts.
# Breaks: "Start the next coroutine as soon as a place is free. Gathering them in groups of `limit`, each group waiting for its slowest, leaves places idle"
import asyncio


async def gather_limited(coros, limit):
    """Return the results of `coros` in order, with at most `limit` of them running at once."""
    coros = list(coros)
    results = []
    for start in range(0, len(coros), limit):
        batch = coros[start:start + limit]
        try:
            results.extend(await asyncio.gather(*batch))
        except BaseException:
            for coro in coros[start + limit:]:
                coro.close()  # later groups never start
            raise
    return results


# The check's verdict on this answer, added by the course: its message matches FAILS_WITH.
FAILS_WITH = r"while the first coroutine ran \(on until the [\d,.]+ others had ended, at most [\d,.]+ s, but ending once none had started or ended for [\d,.]+ of its"
