# Written from the student copy alone, without seeing the check or the solution.
# RIGHT: one task renders then uploads; a deque window of at most `workers` futures on a ThreadPoolExecutor of `workers`, so each payload lives only inside its task.
from collections import deque
from concurrent.futures import ThreadPoolExecutor


def pipeline(items, render, upload, workers):
    """Return the sum of upload(render(item)) over items, with a bounded number of payloads alive."""
    if workers < 1:
        raise ValueError("workers must be at least 1")

    def render_then_upload(item):
        return upload(render(item))  # the payload dies when this returns

    total = 0
    # Leaving the with block waits for every running upload and joins the threads,
    # on return and on raise alike.
    with ThreadPoolExecutor(max_workers=workers) as executor:
        window = deque()
        try:
            for item in items:
                if len(window) >= workers:
                    total += window.popleft().result()
                window.append(executor.submit(render_then_upload, item))
                del item
            while window:
                total += window.popleft().result()
        except BaseException:
            for future in window:
                future.cancel()  # those not started never start
            raise
    return total
