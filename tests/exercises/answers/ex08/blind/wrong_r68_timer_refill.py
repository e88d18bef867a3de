# Written from the student copy alone, without seeing the check or the solution.
# Mistake: a refiller task tops the window up to `limit` on a 20 ms timer; a task's end frees its place at once (done callback) but the next coroutine starts only at the next tick.
# Breaks: "And start it *as soon as* a place is free: the check looks every 5 ms or so whether a place has stood free since its last look while coroutines wait to start"
import asyncio

TICK_S = 0.02


async def gather_limited(coros, limit):
    """Return the results of `coros` in order, with at most `limit` of them running at once."""
    if limit < 1:
        raise ValueError("limit must be at least 1")
    coros = list(coros)
    tasks = []  # in input order
    running = set()

    async def refiller():
        position = 0
        while position < len(coros):
            while len(running) < limit and position < len(coros):
                task = asyncio.ensure_future(coros[position])
                task.add_done_callback(running.discard)
                running.add(task)
                tasks.append(task)
                position += 1
            failed = [t for t in tasks if t.done() and not t.cancelled() and t.exception()]
            if failed:
                failed[0].result()  # stop starting new ones once one has raised
            await asyncio.sleep(TICK_S)

    try:
        await refiller()
        return await asyncio.gather(*tasks)
    except BaseException:
        for task in tasks:
            task.cancel()
        await asyncio.gather(*tasks, return_exceptions=True)
        for coro in coros[len(tasks):]:
            coro.close()
        raise


# The check's verdict on this answer, added by the course: its message matches FAILS_WITH.
FAILS_WITH = r"your gather_limited left a freed place empty while coroutines waited to start: [\d,.]+ times, the event loop rested \(it began a turn with no callback ready\) while fewer than [\d,.]+ coroutines ran"
