# Written from the student copy alone, without seeing the check or the solution.
# Mistake: bounds the uploads with a semaphore (good) but keeps every render future in a
# list "to check for errors at the end": each finished render future holds its payload,
# so every payload stays alive after its upload is done.
# Breaks: "one kept in a list after its upload still counts" / 3 × workers + 2 payloads.
import threading
from concurrent.futures import ThreadPoolExecutor


def pipeline(items, render, upload, workers):
    """Return the sum of upload(render(item)) over items, with a bounded number of payloads alive."""
    slots = threading.Semaphore(workers)
    render_futures = []
    upload_futures = []
    with ThreadPoolExecutor(max_workers=workers) as renderers,             ThreadPoolExecutor(max_workers=workers) as uploads:
        for item in items:
            slots.acquire()
            rf = renderers.submit(render, item)
            render_futures.append(rf)
            uf = uploads.submit(lambda f: upload(f.result()), rf)
            uf.add_done_callback(lambda _f: slots.release())
            upload_futures.append(uf)
    for rf in render_futures:
        rf.result()
    return sum(uf.result() for uf in upload_futures)

# Added by the course: the message its check must fail with.
FAILS_WITH = r"your pipeline had \d+ payloads alive at once \(of 300\); with 4 workers a stage, at most 14 should be\."
