# Written from the student copy alone, without seeing the check or the solution.
# Right: notebook 5's design: `limit` worker tasks read (index, coroutine) pairs from an
# asyncio.Queue(maxsize=limit); the producer waits while it is full. A failure is kept and re-raised
# once every worker has stopped, so the producer never waits on a queue nobody reads.
import asyncio


async def gather_limited(coros, limit):
    """Return the results of `coros` in order, with at most `limit` of them running at once."""
    queue = asyncio.Queue(maxsize=limit)
    done = object()
    results = {}
    errors = []

    async def worker():
        while (job := await queue.get()) is not done:
            index, coro = job
            try:
                results[index] = await coro
            except Exception as error:
                errors.append(error)

    crew = [asyncio.create_task(worker()) for _ in range(limit)]
    count = 0
    for index, coro in enumerate(coros):
        await queue.put((index, coro))
        count += 1
    for _ in crew:
        await queue.put(done)
    await asyncio.gather(*crew)
    if errors:
        raise errors[0]
    return [results[index] for index in range(count)]
