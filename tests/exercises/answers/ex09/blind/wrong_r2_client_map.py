# Written from the student copy alone, without seeing the check or the solution.
# Mistake: client.map + client.gather: simple, ordered, raises errors, but submits every
# item at once.
# Breaks: "Use only `client.submit(fn, item)`" and "at most `window` futures submitted and
# not yet finished at any moment".


def send_windowed(client, fn, items, window):
    """Return [fn(item) for item in items], run on the cluster with at most `window` futures in flight."""
    return client.gather(client.map(fn, list(items)))

# Added by the course: the message its check must fail with.
FAILS_WITH = r"send_windowed\(.*\) raised AttributeError: the client here offers only submit\(fn, item\)"
