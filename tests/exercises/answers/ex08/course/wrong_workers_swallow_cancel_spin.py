# Written by the course's authors, who know the check (the answers written from the student copy alone
# say so in their first line).  Found by read 79.
# Wrong: worker tasks that look for work with asyncio.sleep(0) and never die ("except: continue"): they go on
# after asyncio.CancelledError, and spin.
RUN_ALONE = True  # the check's event loop thread is left spinning
import asyncio

async def gather_limited(coros, limit):
    todo = list(enumerate(coros))
    results = [None] * len(todo)
    left = [len(todo)]

    async def worker():
        while True:
            try:
                if not todo:
                    await asyncio.sleep(0)
                    continue
                i, c = todo.pop(0)
                results[i] = await c
                left[0] -= 1
            except:  # noqa: E722 -- a worker must never die
                continue

    workers = [asyncio.ensure_future(worker()) for _ in range(limit)]
    while left[0]:
        await asyncio.sleep(0.001)
    for w in workers:
        w.cancel()
    return results

# The check's verdict on this answer, added by the course: its message matches FAILS_WITH.
FAILS_WITH = r"gather_limited, given [\d,.]+ coroutines, returned or raised, but its event loop did not end within [\d,.]+ s: did a task of yours go on after the check cancelled it"
