# Written by the course's authors, who know the check (the answers written from the student copy alone
# say so in their first line).
# Right: one dispatcher waits on an asyncio.Condition until fewer than `limit` run, then makes the next task;
# each task notifies the condition as it ends.
import asyncio


async def gather_limited(coros, limit):
    coros = list(coros)
    results = [None] * len(coros)
    condition = asyncio.Condition()
    running = 0

    async def run(index, coro):
        nonlocal running
        try:
            results[index] = await coro
        finally:
            async with condition:
                running -= 1
                condition.notify()

    tasks = []
    try:
        for index, coro in enumerate(coros):
            async with condition:
                await condition.wait_for(lambda: running < limit)
                running += 1
            tasks.append(asyncio.ensure_future(run(index, coro)))
        await asyncio.gather(*tasks)
    finally:
        for task in tasks:
            task.cancel()
    return results
