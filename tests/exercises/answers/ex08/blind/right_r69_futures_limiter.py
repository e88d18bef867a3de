# Written from the student copy alone, without seeing the check or the solution.
# Approach: a small hand-made limiter class (a counter plus a FIFO of futures) wraps each coroutine; a release hands its place straight to the oldest waiter, and gather keeps order.
import asyncio
import collections


class Limiter:
    """At most `limit` holders at once; a freed place goes directly to the next waiter."""

    def __init__(self, limit):
        self.free = limit
        self.waiters = collections.deque()

    async def acquire(self):
        if self.free > 0 and not self.waiters:
            self.free -= 1
            return
        waiter = asyncio.get_running_loop().create_future()
        self.waiters.append(waiter)
        try:
            await waiter  # the place was handed over by release()
        except asyncio.CancelledError:
            if waiter.done() and not waiter.cancelled():
                self.release()  # handed a place we will not use: pass it on
            else:
                self.waiters.remove(waiter)
            raise

    def release(self):
        while self.waiters:
            waiter = self.waiters.popleft()
            if not waiter.done():
                waiter.set_result(None)
                return
        self.free += 1

    async def run(self, coro):
        await self.acquire()
        try:
            return await coro
        finally:
            self.release()


async def gather_limited(coros, limit):
    """Return the results of `coros` in order, with at most `limit` of them running at once."""
    limiter = Limiter(limit)
    return await asyncio.gather(*(limiter.run(coro) for coro in coros))
