# Written from the student copy alone, without seeing the check or the solution.
# Mistake: each wrapped coroutine catches its exception and returns None.
# Breaks: "If a coroutine raises, `gather_limited` raises that exception".
import asyncio


async def gather_limited(coros, limit):
    """Return the results of `coros` in order, with at most `limit` of them running at once."""
    semaphore = asyncio.Semaphore(limit)

    async def guarded(coro):
        async with semaphore:
            try:
                return await coro
            except Exception:
                return None

    return await asyncio.gather(*(guarded(c) for c in coros))

# Added by the course: the message its check must fail with.
FAILS_WITH = r"limit=4\) returned \[0, 37, 74, 10, None, .*: the exception was lost"
