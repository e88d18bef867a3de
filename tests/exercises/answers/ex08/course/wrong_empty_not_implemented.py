# Written by the course's authors, who know the check (the answers written from the student copy alone
# say so in their first line).  Found by read 79.
# Wrong (unfinished): a sliding window that leaves the empty list for later, with NotImplementedError.
import asyncio

async def gather_limited(coros, limit):
    coros = list(coros)
    if not coros:
        raise NotImplementedError("an empty list: to do")
    results = [None] * len(coros)
    running = {}
    i = 0
    try:
        while i < len(coros) or running:
            while i < len(coros) and len(running) < limit:
                running[asyncio.ensure_future(coros[i])] = i
                i += 1
            done, _ = await asyncio.wait(running, return_when=asyncio.FIRST_COMPLETED)
            for t in done:
                results[running.pop(t)] = t.result()
    finally:
        for t in running:
            t.cancel()
    return results

# The check's verdict on this answer, added by the course: its message matches FAILS_WITH.
FAILS_WITH = r"given an empty list, your gather_limited raised NotImplementedError: it is not finished for every input\. Hint: handle this one too\."
