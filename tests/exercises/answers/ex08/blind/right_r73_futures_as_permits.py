# Written from the student copy alone, without seeing the check or the solution.
# Approach: a hand-made semaphore: a count of free places and a deque of futures; a place freed is handed straight to the oldest waiting future.
import asyncio
import collections


async def gather_limited(coros, limit):
    """Return the results of `coros` in order, with at most `limit` of them running at once."""
    if limit < 1:
        raise ValueError("limit must be at least 1")
    loop = asyncio.get_running_loop()
    free = limit
    waiters = collections.deque()  # one future per coroutine waiting for a place

    def release():
        nonlocal free
        while waiters:
            permit = waiters.popleft()
            if not permit.done():  # skip the ones cancelled while waiting
                permit.set_result(None)  # hand the place over
                return
        free += 1

    async def acquire():
        nonlocal free
        if free > 0:
            free -= 1
            return
        permit = loop.create_future()
        waiters.append(permit)
        try:
            await permit
        except asyncio.CancelledError:
            if permit.done() and not permit.cancelled():
                release()  # we were handed a place we will not use
            raise

    async def run(coro):
        try:
            await acquire()
            try:
                return await coro
            finally:
                release()
        finally:
            coro.close()  # a coroutine that never started is closed, not left "never awaited"

    return await asyncio.gather(*(run(coro) for coro in coros))
