# Written from the student copy alone, without seeing the check or the solution.
# Mistake: the semaphore is created inside the wrapper, so each coroutine gets its own
# semaphore with `limit` permits and never waits: all run at once.
# Breaks: "with at most `limit` running at once" / "each coroutine must *wait for it*".
import asyncio


async def gather_limited(coros, limit):
    """Return the results of `coros` in order, with at most `limit` of them running at once."""
    async def guarded(coro):
        async with asyncio.Semaphore(limit):
            return await coro

    return await asyncio.gather(*(guarded(c) for c in coros))

# Added by the course: the message its check must fail with.
FAILS_WITH = r"your gather_limited ran \d+ coroutines at once; the limit was 5\."
