# Written from the student copy alone, without seeing the check or the solution.
# Mistake: creates a new asyncio.Semaphore(limit) inside the wrapper, so every coroutine has its own semaphore and none ever waits.
# Breaks: "await every coroutine in the list `coros` with at most `limit` running at once"
import asyncio


async def gather_limited(coros, limit):
    """Return the results of `coros` in order, with at most `limit` of them running at once."""

    async def run(coro):
        async with asyncio.Semaphore(limit):
            return await coro

    return await asyncio.gather(*(run(coro) for coro in coros))


# The check's verdict on this answer, added by the course: its message matches FAILS_WITH.
FAILS_WITH = r"your gather_limited ran [\d,.]+ coroutines? at once; the limit (was|were) [\d,.]+ Hint: start a coroutine only when fewer than limit run: with a semaphore,"
