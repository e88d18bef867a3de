# Written by the course's authors, who know the check (the answers written from the student copy alone
# say so in their first line).  Found by read 79.
# Wrong: starts limit tasks, then waits for one to end by checking t.done() in a loop with no await:
# the loop never runs the tasks, so it spins for ever.
RUN_ALONE = True  # the check's event loop thread is left spinning
import asyncio

async def gather_limited(coros, limit):
    coros = list(coros)
    results = [None] * len(coros)
    running = {}
    i = 0
    while i < len(coros) or running:
        while i < len(coros) and len(running) < limit:
            running[asyncio.ensure_future(coros[i])] = i
            i += 1
        while not any(t.done() for t in running):
            pass  # wait for a place
        for t in [t for t in running if t.done()]:
            results[running.pop(t)] = t.result()
    return results

# The check's verdict on this answer, added by the course: its message matches FAILS_WITH.
FAILS_WITH = r"gather_limited, given [\d,.]+ coroutines, did not return within [\d,.]+ s: [\d,.]+ finished, [\d,.]+ started and not finished, [\d,.]+ never started\. Is a semaphore"
