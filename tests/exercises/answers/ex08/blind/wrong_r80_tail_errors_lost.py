# Written from the student copy alone, without seeing the check or the solution.
# Mistake: done callbacks check a finished task for an error only when there is another coroutine to start, so once the last one has started (the last to start included) errors are never looked at and their results stay None.
# Breaks: "If a coroutine raises, whichever it is (the last to start too), `gather_limited` raises that exception"
import asyncio


async def gather_limited(coros, limit):
    """Return the results of `coros` in order, with at most `limit` of them running at once."""
    coros = list(coros)
    if not coros:
        return []
    loop = asyncio.get_running_loop()
    finished = loop.create_future()
    results = [None] * len(coros)
    running = set()
    next_index = 0
    remaining = len(coros)

    async def run(index, coro):
        results[index] = await coro

    def start_next():
        nonlocal next_index
        task = loop.create_task(run(next_index, coros[next_index]))
        next_index += 1
        running.add(task)
        task.add_done_callback(on_done)

    def on_done(task):
        nonlocal remaining
        running.discard(task)
        if finished.done():
            return
        remaining -= 1
        if next_index < len(coros):
            # a place is free: stop on an error, otherwise refill it
            if task.cancelled():
                finished.cancel()
                return
            if task.exception() is not None:
                finished.set_exception(task.exception())
                return
            start_next()
        elif remaining == 0:
            finished.set_result(results)

    for _ in range(min(limit, len(coros))):
        start_next()
    try:
        return await finished
    finally:
        for task in list(running):
            task.cancel()
        for coro in coros[next_index:]:
            coro.close()


# The check's verdict on this answer, added by the course: its message matches FAILS_WITH.
FAILS_WITH = r"coros\[[\d,.]+\], of [\d,.]+ coroutines, raised PlantedError\('coros\[[\d,.]+\] failed on purpose'\), but gather_limited\(coros, limit=[\d,.]+\) returned \[[\d,.]+ [\d,.]+ [\d,.]+ [\d,.]+ [\d,.]+"
