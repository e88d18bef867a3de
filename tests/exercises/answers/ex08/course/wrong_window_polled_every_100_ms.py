# Written by the course's authors, who know the check (the answers written from the student copy alone
# say so in their first line).  Found by read 64.
# Wrong: a window of tasks refilled by asyncio.wait(..., timeout=0.1) without FIRST_COMPLETED: it refills only
# every 100 ms, so a place freed sits idle for most of that.  A first coroutine that ran until all the others had
# ended let it start every one of them, and pass.
import asyncio


async def gather_limited(coros, limit):
    coros = list(coros)
    results = [None] * len(coros)
    running, place, i = set(), {}, 0
    while i < len(coros) or running:
        while i < len(coros) and len(running) < limit:
            task = asyncio.ensure_future(coros[i])
            place[task] = i
            running.add(task)
            i += 1
        done, running = await asyncio.wait(running, timeout=0.1)
        for task in done:
            results[place[task]] = task.result()
    return results


# The check's verdict on this answer, added by the course: its message matches FAILS_WITH.
FAILS_WITH = r"while the first coroutine ran \(.*\), your gather_limited started only \d+ of the 39 others"
