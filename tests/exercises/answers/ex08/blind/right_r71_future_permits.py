# Written from the student copy alone, without seeing the check or the solution.
# Approach: a hand-made permit pool of futures: a finishing coroutine hands its permit straight to the oldest waiter by resolving that waiter's future.
import asyncio
import collections


class _Permits:
    def __init__(self, count):
        self._free = count
        self._waiters = collections.deque()

    async def acquire(self):
        if self._free > 0 and not self._waiters:
            self._free -= 1
            return
        waiter = asyncio.get_running_loop().create_future()
        self._waiters.append(waiter)
        try:
            await waiter
        except asyncio.CancelledError:
            if waiter.done() and not waiter.cancelled():
                self.release()  # it was handed to us just as we were cancelled
            raise

    def release(self):
        while self._waiters:
            waiter = self._waiters.popleft()
            if not waiter.done():
                waiter.set_result(None)  # the permit goes to this waiter directly
                return
        self._free += 1


async def gather_limited(coros, limit):
    """Return the results of `coros` in order, with at most `limit` of them running at once."""
    permits = _Permits(limit)

    async def run(coro):
        try:
            await permits.acquire()
            try:
                return await coro
            finally:
                permits.release()
        finally:
            coro.close()

    return await asyncio.gather(*(run(coro) for coro in coros))
