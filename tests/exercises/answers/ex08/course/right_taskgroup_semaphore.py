# Written by the course's authors, who know the check (the answers written from the student copy alone
# say so in their first line).  Found by read 76.
# Right (Python 3.11+): a TaskGroup with a semaphore; the group's ExceptionGroup is unwrapped
NEEDS_PYTHON = (3, 11)
import asyncio

async def gather_limited(coros, limit):
    semaphore = asyncio.Semaphore(limit)

    async def one(coro):
        async with semaphore:
            return await coro

    try:
        async with asyncio.TaskGroup() as group:
            tasks = [group.create_task(one(c)) for c in coros]
    except ExceptionGroup as eg:
        raise eg.exceptions[0]
    return [t.result() for t in tasks]
