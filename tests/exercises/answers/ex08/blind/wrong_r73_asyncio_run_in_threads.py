# Written from the student copy alone, without seeing the check or the solution.
# Mistake: the coroutines run with asyncio.run on a ThreadPoolExecutor(limit), each in a new event loop of its own thread, not in the caller's loop.
# Breaks: "Run them all in the caller's event loop, as `asyncio.gather` does (not with `asyncio.run` in threads): a coroutine may use what belongs to its loop."
import asyncio
from concurrent.futures import ThreadPoolExecutor


async def gather_limited(coros, limit):
    """Return the results of `coros` in order, with at most `limit` of them running at once."""
    loop = asyncio.get_running_loop()
    pool = ThreadPoolExecutor(max_workers=limit)
    try:
        futures = [loop.run_in_executor(pool, asyncio.run, coro) for coro in coros]
        return await asyncio.gather(*futures)
    finally:
        pool.shutdown(wait=False, cancel_futures=True)  # never block the loop waiting for threads


# The check's verdict on this answer, added by the course: its message matches FAILS_WITH.
FAILS_WITH = r"your gather_limited ran coroutines in [\d,.]+ event loops; they must all run in the caller's, as asyncio\.gather runs them: a coroutine uses what"
