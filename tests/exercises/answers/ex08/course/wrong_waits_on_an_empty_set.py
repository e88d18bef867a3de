# Written by the course's authors, who know the check (the answers written from the student copy alone
# say so in their first line).  Found by read 75.
# Wrong: a semaphore, then asyncio.wait for all the tasks, which raises on an empty list
import asyncio

async def gather_limited(coros, limit):
    """Semaphore + asyncio.wait: fails on an empty list (asyncio.wait of an empty set)."""
    sem = asyncio.Semaphore(limit)
    async def run(c):
        async with sem:
            return await c
    tasks = [asyncio.create_task(run(c)) for c in coros]
    done, _ = await asyncio.wait(tasks, return_when=asyncio.FIRST_EXCEPTION)
    return [t.result() for t in tasks]

# The check's verdict on this answer, added by the course: its message matches FAILS_WITH.
FAILS_WITH = r"given an empty list, your gather_limited raised ValueError"
