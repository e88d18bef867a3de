# Written from the student copy alone, without seeing the check or the solution.
# Mistake: workers record errors and the feeding loop raises one only before each put, never after the last: an error among the last coroutines is lost (its result is None).
# Breaks: "If a coroutine raises, whichever it is (the last to start too), `gather_limited` raises that exception"
import asyncio

STOP = object()


async def gather_limited(coros, limit):
    """Return the results of `coros` in order, with at most `limit` of them running at once."""
    coros = list(coros)
    results = [None] * len(coros)
    errors = []
    queue = asyncio.Queue(maxsize=limit)  # backpressure: never more than `limit` waiting

    async def worker():
        while True:
            item = await queue.get()
            if item is STOP:
                return
            index, coro = item
            try:
                results[index] = await coro
            except Exception as exc:
                errors.append(exc)

    workers = [asyncio.create_task(worker()) for _ in range(min(limit, len(coros)))]
    put = 0
    try:
        for index, coro in enumerate(coros):
            if errors:
                raise errors[0]
            await queue.put((index, coro))
            put += 1
        for _ in workers:
            await queue.put(STOP)
        await asyncio.gather(*workers)
    except BaseException:
        for task in workers:
            task.cancel()
        if workers:
            await asyncio.wait(workers)
        while not queue.empty():
            item = queue.get_nowait()
            if item is not STOP:
                item[1].close()
        for coro in coros[put:]:
            coro.close()
        raise
    return results


# The check's verdict on this answer, added by the course: its message matches FAILS_WITH.
FAILS_WITH = r"coros\[[\d,.]+\], of [\d,.]+ coroutines, raised PlantedError\('coros\[[\d,.]+\] failed on purpose'\), but gather_limited\(coros, limit=[\d,.]+\) returned \[[\d,.]+ [\d,.]+ [\d,.]+ [\d,.]+ [\d,.]+"
