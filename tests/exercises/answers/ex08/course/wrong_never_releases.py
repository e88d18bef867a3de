# Written by the course's authors, who know the check (the answers written from the student copy alone
# say so in their first line).
# WRONG: acquire() without release(): after `limit` coroutines, the rest wait for ever (the check
# cancels them after its deadline).
import asyncio


async def gather_limited(coros, limit):
    permits = asyncio.Semaphore(limit)

    async def one(coro):
        await permits.acquire()
        return await coro

    return await asyncio.gather(*(one(coro) for coro in coros))


# The check's verdict on this answer, added by the course: its message matches FAILS_WITH.
FAILS_WITH = r"gather_limited, given 40 coroutines, did not return within [\d,.]+ s: 5 finished, 0 started and not finished, 35 never started"
