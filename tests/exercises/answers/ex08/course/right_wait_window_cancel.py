# Written by the course's authors, who know the check (the answers written from the student copy alone
# say so in their first line).  Found by read 76.
# Right: a window of tasks refilled on FIRST_COMPLETED; the first error cancels the window and is raised
import asyncio

async def gather_limited(coros, limit):
    results = [None] * len(coros)
    todo = iter(enumerate(coros))
    window = {}

    def refill():
        while len(window) < limit:
            try:
                i, c = next(todo)
            except StopIteration:
                return
            window[asyncio.ensure_future(c)] = i

    refill()
    try:
        while window:
            done, _ = await asyncio.wait(window, return_when=asyncio.FIRST_COMPLETED)
            for t in done:
                results[window.pop(t)] = t.result()
            refill()
    except BaseException:
        for t in window:
            t.cancel()
        if window:
            await asyncio.wait(window)
        for _, c in todo:
            c.close()
        raise
    return results
