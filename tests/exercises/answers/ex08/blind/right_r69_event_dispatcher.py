# Written from the student copy alone, without seeing the check or the solution.
# Approach: one dispatcher loop starts tasks while fewer than `limit` run; when full it waits on an asyncio.Event that every task's done-callback sets, then gathers all tasks in order.
import asyncio


async def gather_limited(coros, limit):
    """Return the results of `coros` in order, with at most `limit` of them running at once."""
    coros = list(coros)
    place_freed = asyncio.Event()
    running = set()
    tasks = []

    def on_done(task):
        running.discard(task)
        place_freed.set()

    try:
        for coro in coros:
            while len(running) >= limit:
                place_freed.clear()
                await place_freed.wait()
                failed = [t for t in tasks if t.done() and not t.cancelled() and t.exception()]
                if failed:
                    raise failed[0].exception()
            task = asyncio.create_task(coro)
            running.add(task)
            task.add_done_callback(on_done)
            tasks.append(task)
        return await asyncio.gather(*tasks)
    except BaseException:
        for task in tasks:
            task.cancel()
        for coro in coros[len(tasks):]:
            coro.close()
        raise
