# Written by the course's authors, who know the check (the answers written from the student copy alone
# say so in their first line).
# Right: a TaskGroup under a semaphore; except* only notes the failures and re-raises the group with a bare
# raise (which no Python wraps anew), and an outer except unwraps it: the rule against raising inside except*
# must not catch this (read 31 found that it did).
import asyncio

NEEDS_PYTHON = (3, 11)  # asyncio.TaskGroup, except*


async def gather_limited(coros, limit):
    semaphore = asyncio.Semaphore(limit)
    failures = []

    async def one(coro):
        async with semaphore:
            return await coro

    try:
        try:
            async with asyncio.TaskGroup() as group:
                tasks = [group.create_task(one(coro)) for coro in coros]
        except* Exception as eg:
            failures.extend(eg.exceptions)
            raise
    except ExceptionGroup as eg:
        raise eg.exceptions[0] from None
    return [task.result() for task in tasks]
