# Written by the course's authors, who know the check (the answers written from the student copy alone
# say so in their first line).  Found by read 76.
# Wrong: queue workers that never die: a bare except keeps each worker alive, even through the CancelledError of
# the cancel() that gather_limited sends them at its end, so they never stop (asyncio.run hangs at its exit too)
RUN_ALONE = True  # its workers never stop: the check's loop thread is left behind
import asyncio

async def gather_limited(coros, limit):
    queue = asyncio.Queue()
    for item in enumerate(coros):
        queue.put_nowait(item)
    results = [None] * len(coros)
    errors = []

    async def worker():
        while True:
            try:
                i, c = await queue.get()
                try:
                    results[i] = await c
                finally:
                    queue.task_done()
            except:  # noqa: E722 -- "a worker must never die"
                errors.append(i)

    workers = [asyncio.create_task(worker()) for _ in range(limit)]
    await queue.join()
    for w in workers:
        w.cancel()
    return results

# The check's verdict on this answer, added by the course: its message matches FAILS_WITH.
FAILS_WITH = r"gather_limited, given [\d,.]+ coroutines, returned or raised, but its event loop did not end within [\d,.]+ s: did a task of yours go on after the check cancelled it"
