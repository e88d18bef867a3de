# Written from the student copy alone, without seeing the check or the solution.
# WRONG: the permit is taken and given back before the work: "async with semaphore: pass" then await, so nothing is bounded.
import asyncio


async def gather_limited(coros, limit):
    """Return the results of `coros` in order, with at most `limit` of them running at once."""
    semaphore = asyncio.Semaphore(limit)

    async def guarded(coro):
        async with semaphore:
            pass  # waited for a place...
        return await coro  # ...but runs outside it

    return list(await asyncio.gather(*(guarded(c) for c in coros)))


# The check's verdict on this answer, added by the course: its message matches FAILS_WITH.
FAILS_WITH = r"your gather_limited ran [\d,.]+ coroutines at once"
