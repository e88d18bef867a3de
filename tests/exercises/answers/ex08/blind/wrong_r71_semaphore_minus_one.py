# Written from the student copy alone, without seeing the check or the solution.
# Mistake: the semaphore is made with limit - 1 permits (off by one the other way), so one place is never used.
# Breaks: "Start the next coroutine as soon as a place is free."
import asyncio


async def gather_limited(coros, limit):
    """Return the results of `coros` in order, with at most `limit` of them running at once."""
    semaphore = asyncio.Semaphore(max(1, limit - 1))

    async def run(coro):
        try:
            async with semaphore:
                return await coro
        finally:
            coro.close()

    return await asyncio.gather(*(run(coro) for coro in coros))


# The check's verdict on this answer, added by the course: its message matches FAILS_WITH.
FAILS_WITH = r"your gather_limited never ran more than [\d,.]+ coroutines? at once; with limit=[\d,.]+ [\d,.]+ should run at once from the start \([\d,.]+ are waiting\), so a"
