# Written from the student copy alone, without seeing the check or the solution.
# Mistake: the wrapper catches the coroutine's exception and records None in its place, so the call "succeeds".
# Breaks: "If a coroutine raises, `gather_limited` raises that exception, as `asyncio.gather` does"
import asyncio


async def gather_limited(coros, limit):
    """Return the results of `coros` in order, with at most `limit` of them running at once."""
    semaphore = asyncio.Semaphore(limit)

    async def run(coro):
        try:
            async with semaphore:
                return await coro
        except Exception:
            return None
        finally:
            coro.close()

    return await asyncio.gather(*(run(coro) for coro in coros))


# The check's verdict on this answer, added by the course: its message matches FAILS_WITH.
FAILS_WITH = r"coros\[[\d,.]+\], of [\d,.]+ coroutines, raised PlantedError\('coros\[[\d,.]+\] failed on purpose'\), but gather_limited\(coros, limit=[\d,.]+\) returned \[[\d,.]+ [\d,.]+ [\d,.]+ [\d,.]+ None, \.\.\.\]"
