# Written from the student copy alone, without seeing the check or the solution.
# Approach: gather_limited itself is a single dispatcher: it starts tasks up to the limit, then sleeps on an asyncio.Event that each task's done callback sets.
import asyncio


async def gather_limited(coros, limit):
    """Return the results of `coros` in order, with at most `limit` of them running at once."""
    coros = list(coros)
    tasks = []
    running = set()
    finished = []
    wake = asyncio.Event()

    def on_done(task):
        running.discard(task)
        finished.append(task)
        wake.set()

    try:
        while True:
            while finished:
                finished.pop().result()  # raises the coroutine's exception, if any
            while len(tasks) < len(coros) and len(running) < limit:
                task = asyncio.ensure_future(coros[len(tasks)])
                tasks.append(task)
                running.add(task)
                task.add_done_callback(on_done)
            if not running:
                break
            wake.clear()
            await wake.wait()
    except BaseException:
        for task in list(running):
            task.cancel()
        for coro in coros[len(tasks):]:
            coro.close()
        raise
    return [task.result() for task in tasks]
