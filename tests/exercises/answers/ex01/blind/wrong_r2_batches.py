# Written from the student copy alone, without seeing the check or the solution.
# WRONG: starts threads in groups of `limit` and joins the whole group before the
# next group starts (never more than limit alive, but a slow task idles the
# other places). Breaks: "A freed permit lets the next thread start at once: do
# not wait for one particular thread, or a whole group, to end first".
import itertools
import threading


def bounded_spawn(fn, items, limit):
    results = []
    errors = []
    it = iter(items)
    while True:
        group = list(itertools.islice(it, limit))
        if not group:
            break
        slots = [None] * len(group)

        def run(j, x, slots=slots):
            try:
                slots[j] = fn(x)
            except BaseException as e:
                errors.append(e)

        threads = [threading.Thread(target=run, args=(j, x)) for j, x in enumerate(group)]
        for t in threads:
            t.start()
        for t in threads:
            t.join()
        results.extend(slots)
    if errors:
        raise errors[0]
    return results

# Added by the course: the message its check must fail with.
FAILS_WITH = r"while the first task ran \([\d,.]+ ms longer than the others\), your spawner started only [\d,.]+ other tasks"
