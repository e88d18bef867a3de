# Written from the student copy alone, without seeing the check or the solution.
# RIGHT: one stage does both: Executor.map of render-then-upload on a ThreadPoolExecutor of `workers` threads; queued tasks hold only items, each payload lives inside its task, and map's iterator cancels the rest when an upload raises.
# The course judges it WRONG since read 52 (its writer marked it right, under an older copy that let an answer
# take every item first): Executor.map submits every item before it yields a result, so it has taken all 300 by
# the time the slow upload runs, and the copy now asks that items be taken as the answer goes.
from concurrent.futures import ThreadPoolExecutor


def pipeline(items, render, upload, workers):
    """Return the sum of upload(render(item)) over items, with a bounded number of payloads alive."""

    def render_then_upload(item):
        return upload(render(item))  # the payload is made and dropped inside the task

    with ThreadPoolExecutor(max_workers=workers) as pool:
        # on an error, map's iterator cancels every task not yet started and the
        # with block waits for the running ones before the exception goes up
        return sum(pool.map(render_then_upload, items))


# The check's verdict on this answer, added by the course: its message matches FAILS_WITH.
FAILS_WITH = r"your pipeline had taken all [\d,.]+ items from the input before item [\d,.]+'s upload"
