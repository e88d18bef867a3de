# Written from the student copy alone, without seeing the check or the solution.
# Mistake: ignores the executor it was given and uses pool_lab.WorkerPool's bounded map
# instead (bounded, ordered, errors raised: it "works").
# Breaks: "Do not use `pool_lab.WorkerPool`: the point is to bound an executor you were
# given" and "run `fn(item)` ... on `executor` (with `executor.submit`)".
from pool_lab import WorkerPool


def windowed_map(executor, fn, items, window):
    """Return [fn(item) for item in items], run on `executor` with at most `window` futures in flight."""
    with WorkerPool(max_workers=window, queue_size=1) as pool:
        return list(pool.map(fn, items, in_flight=window))

# Added by the course: the message its check must fail with.
FAILS_WITH = r"a task ran in thread 'pool_lab-worker-[\d_]+', not in the executor you were given\."
