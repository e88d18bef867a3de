# Written by the course's authors, who know the check (the answers written from the student copy alone
# say so in their first line).  Found by read 73.
# Right: a window refilled with asyncio.wait(FIRST_COMPLETED), with a 1 s timeout as a safety net
import asyncio
async def gather_limited(coros, limit):
    coros = list(coros)
    results = [None] * len(coros)
    running = {}
    i = 0
    try:
        while i < len(coros) or running:
            while i < len(coros) and len(running) < limit:
                running[asyncio.ensure_future(coros[i])] = i
                i += 1
            done, _ = await asyncio.wait(running, timeout=1.0, return_when=asyncio.FIRST_COMPLETED)
            for t in done:
                results[running.pop(t)] = t.result()
    finally:
        for t in running: t.cancel()
        for c in coros[i:]: c.close()
    return results
