# Written from the student copy alone, without seeing the check or the solution.
# Right: the permits are tokens in a queue.Queue. There are `limit` of them; the spawner
# takes one before it starts a thread, and a thread puts one back (itself) in its finally.
# The spawner joins the thread that gave the token back before starting the next one, so
# even counting threads that are still winding down, never more than `limit` are alive.
# At the end, taking all `limit` tokens back means every thread has finished. The token
# is taken before the next item is taken from `items`, so the spawner never holds an item
# while it waits.
import queue
import threading

_END = object()


def bounded_spawn(fn, items, limit):
    """Return [fn(item) for item in items], one thread per item, at most `limit` alive at once."""
    tokens = queue.Queue()
    for _ in range(limit):
        tokens.put(None)            # a free permit, no thread behind it
    results, errors = {}, {}

    def run(index, item):
        try:
            results[index] = fn(item)
        except BaseException as error:
            errors[index] = error
        finally:
            tokens.put(threading.current_thread())

    def take():
        finished = tokens.get()
        if finished is not None:
            finished.join()

    source = iter(items)
    count = 0
    try:
        while True:
            take()                  # the permit first, then the next item
            try:
                item = next(source, _END)
            except BaseException:   # items itself failed: give the permit back, then raise
                tokens.put(None)
                raise
            if item is _END:
                tokens.put(None)
                break
            thread = threading.Thread(target=run, args=(count, item))
            del item                # the thread holds it now, the spawner does not
            try:
                thread.start()
            except BaseException:
                tokens.put(None)    # the thread never started: give its permit back
                raise
            count += 1
    finally:
        for _ in range(limit):      # every token home: every thread finished
            take()
    if errors:
        raise errors[min(errors)]
    return [results[index] for index in range(count)]
