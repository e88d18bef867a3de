# Written by the course's authors, who know the check (the answers written from the student copy alone
# say so in their first line).
# WRONG: worker coroutines append results as they finish: completion order.
import asyncio


async def gather_limited(coros, limit):
    jobs = iter(list(coros))
    results = []

    async def worker():
        for coro in jobs:
            results.append(await coro)

    await asyncio.gather(*(worker() for _ in range(limit)))
    return results


# The check's verdict on this answer, added by the course: its message matches FAILS_WITH.
FAILS_WITH = r"gather_limited returned \[[\d,.]+ [\d,.]+ [\d,.]+ [\d,.]+ [\d,.]+ \.\.\.\] \([\d,.]+ items\); expected the [\d,.]+"
