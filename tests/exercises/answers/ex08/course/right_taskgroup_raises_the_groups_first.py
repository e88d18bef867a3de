# Written by the course's authors, who know the check (the answers written from the student copy alone
# say so in their first line).  Found by read 75.
# Right: a TaskGroup and a semaphore, raising the group's first exception
NEEDS_PYTHON = (3, 11)
import asyncio

async def gather_limited(coros, limit):
    """TaskGroup + semaphore, raising the group's first exception."""
    sem = asyncio.Semaphore(limit)
    async def one(c):
        async with sem:
            return await c
    try:
        async with asyncio.TaskGroup() as tg:
            tasks = [tg.create_task(one(c)) for c in coros]
    except ExceptionGroup as eg:
        raise eg.exceptions[0]
    return [t.result() for t in tasks]
