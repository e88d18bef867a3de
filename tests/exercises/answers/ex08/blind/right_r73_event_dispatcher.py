# Written from the student copy alone, without seeing the check or the solution.
# Approach: a single dispatcher (the function itself) starts tasks while places are free and otherwise waits on an asyncio.Event that each task's done callback sets.
import asyncio


async def gather_limited(coros, limit):
    """Return the results of `coros` in order, with at most `limit` of them running at once."""
    if limit < 1:
        raise ValueError("limit must be at least 1")
    coros = list(coros)
    tasks = []
    running = set()
    errors = []
    wake = asyncio.Event()

    def on_done(task):
        running.discard(task)
        if not task.cancelled() and task.exception() is not None:
            errors.append(task.exception())
        wake.set()

    async def wait_for_an_end():
        wake.clear()
        await wake.wait()
        if errors:
            raise errors[0]

    try:
        for coro in coros:
            while len(running) >= limit:
                await wait_for_an_end()
            task = asyncio.create_task(coro)
            task.add_done_callback(on_done)
            running.add(task)
            tasks.append(task)
        while running:
            await wait_for_an_end()
        if errors:
            raise errors[0]
    except BaseException:
        for task in list(running):
            task.cancel()
        await asyncio.gather(*running, return_exceptions=True)
        for coro in coros:
            coro.close()  # the ones never started
        raise
    return [task.result() for task in tasks]
