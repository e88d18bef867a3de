# Written by the course's authors, who know the check (the answers written from the student copy alone
# say so in their first line).  Found by read 79.
# Wrong: queue workers that stop once the queue has stayed empty for 1.5 s: given none, it returns [] only
# after 1.5 s, not at once (and every call ends 1.5 s after its last coroutine).
import asyncio

async def gather_limited(coros, limit):
    results = [None] * len(coros)
    q = asyncio.Queue()
    for pair in enumerate(coros):
        q.put_nowait(pair)

    async def worker():
        while True:
            try:
                i, c = await asyncio.wait_for(q.get(), timeout=1.5)
            except asyncio.TimeoutError:
                return
            results[i] = await c

    await asyncio.gather(*(worker() for _ in range(limit)))
    return results

# The check's verdict on this answer, added by the course: its message matches FAILS_WITH.
FAILS_WITH = r"given an empty list, your gather_limited returned after [\d,.]+ s, not at once \(within [\d,.]+ s\), as asyncio\.gather\(\) does\. Hint: given none,"
