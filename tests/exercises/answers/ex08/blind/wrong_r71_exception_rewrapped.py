# Written from the student copy alone, without seeing the check or the solution.
# Mistake: the error is re-raised as a new RuntimeError ("coroutine N failed") chained to the original, not the exception itself.
# Breaks: "If a coroutine raises, `gather_limited` raises that exception, as `asyncio.gather` does"
import asyncio


async def gather_limited(coros, limit):
    """Return the results of `coros` in order, with at most `limit` of them running at once."""
    semaphore = asyncio.Semaphore(limit)

    async def run(index, coro):
        try:
            async with semaphore:
                return await coro
        except Exception as exc:
            raise RuntimeError(f"coroutine {index} failed: {exc!r}") from exc
        finally:
            coro.close()

    return await asyncio.gather(*(run(index, coro) for index, coro in enumerate(coros)))


# The check's verdict on this answer, added by the course: its message matches FAILS_WITH.
FAILS_WITH = r"coros\[[\d,.]+\], of [\d,.]+ coroutines, raised PlantedError\('coros\[[\d,.]+\] failed on purpose'\), but gather_limited\(coros, limit=[\d,.]+\) raised RuntimeError: coroutine [\d,.]+"
