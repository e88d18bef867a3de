# Written from the student copy alone, without seeing the check or the solution.
# WRONG: no bound at all: gather starts every coroutine at once (limit is ignored). Results are in
# order and errors propagate, so it looks right on a small test; it is the incident's design.
import asyncio


async def gather_limited(coros, limit):
    """Return the results of `coros` in order, with at most `limit` of them running at once."""
    return await asyncio.gather(*coros)


# The check's verdict on this answer, added by the course: its message matches FAILS_WITH.
FAILS_WITH = r"your gather_limited ran [\d,.]+ coroutines at once; the limit was [\d,.]+\."
