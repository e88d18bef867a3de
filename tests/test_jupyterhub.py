"""The course served by a real JupyterHub: a class of three at once through its APIs, and a student in a browser.

Most classes meet the course on a JupyterHub, so these tests serve it from
one, as an instructor would, but on this machine's loopback only:

- ``jupyterhub`` on 127.0.0.1 with its proxy, ``configurable-http-proxy``
  (from npm: ``.ci/run`` installs it into ``.node/`` when it is missing);
- the dummy authenticator (any name and password logs in), and
  ``SimpleLocalProcessSpawner``, which runs each user's server as a local
  process of this account, in a home of its own in a temporary folder
  holding a copy of the course as ``docs/deploying.md`` has students make
  one: ``pool-lab/notebooks/`` with ``pool-lab/docs/`` beside it, where the
  chapters find their diagrams;
- an API token of a service whose role may create users, start and stop
  their servers and reach them: nothing more.

Through the Hub's REST API the class test starts the servers of three users.
In each server, at the same time, two kernels run what a student runs first:
chapter 1's incident, thread-per-task in the lab under the 256 MiB budget,
which must be OOM-killed, and exercise 1 answered right, whose check must
pass.  Every request, and every kernel's websocket, goes through the Hub's
proxy to the user's own server (its REST API and kernel websockets), as a
browser's would.  The browser test logs a student in through the Hub's login
page, in the system's Chromium, opens notebook 1 in their JupyterLab, sees
every image of it load, and runs its first cells; its screenshots go to
``test-artifacts/jupyterhub/``.

However a test ends, its hub, proxy, user servers and kernels are stopped:
the hub is asked to stop (it stops the servers and the proxy it started),
and then every process still carrying this hub's mark in its environment is
killed and the test fails naming it.  The servers run in sessions of their
own and outlive a hub that dies; neither a process group nor the leak
check's list of this process's children would find them then.

Run them with ``pytest -m hub`` (with the nbgrader exchange's test), or leave
them out with ``-m "not hub"``.
"""

from __future__ import annotations

import asyncio
import contextlib
import datetime
import json
import os
import re
import secrets
import shutil
import signal
import subprocess
import sys
import time
import urllib.error
import urllib.request
import uuid
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING

import nbformat
import psutil
import pytest
from exercise_answers import answers  # tests/exercise_answers.py
from jupyterlab_page import ARTEFACTS, CHROMIUM, browser_tab, free_loopback_port, sync_api, write_lab_settings

if TYPE_CHECKING:
    from aiohttp import ClientSession, ClientWebSocketResponse

aiohttp = pytest.importorskip("aiohttp")
pytest.importorskip("jupyterhub", reason="jupyterhub is an instructor's dependency: "
                                         "pip install -r requirements-instructor.txt")

REPO = Path(__file__).resolve().parent.parent
NOTEBOOKS = REPO / "notebooks"
# The folder of each home that holds the course, as docs/deploying.md names it: a folder
# pool_lab in the home would hide the package from a kernel started there.
COURSE = "pool-lab"
SCRIPTS = Path(sys.executable).parent


def find_proxy() -> str | None:
    """Return configurable-http-proxy's path: on the PATH, or where .ci/run installs it (npm --prefix .node)."""
    local = REPO / ".node" / "node_modules" / ".bin" / "configurable-http-proxy"
    return shutil.which("configurable-http-proxy") or (str(local) if local.exists() else None)


PROXY = find_proxy()

pytestmark = [
    pytest.mark.hub,
    pytest.mark.timeout(300),
    pytest.mark.usefixtures("no_leftovers"),
    pytest.mark.skipif(sys.platform == "win32", reason="JupyterHub's local spawners need a POSIX system"),
    pytest.mark.skipif(PROXY is None, reason="no configurable-http-proxy, JupyterHub's proxy: install it with "
                                             "npm install --prefix .node configurable-http-proxy@5"),
]

USERS = ("alice", "bob", "carol")
START_S = 90  # a hub or a user's server, on a busy 2-core machine
CELL_S = 120  # the longest cell here, the incident, runs in a few seconds
STOP_S = 30  # the hub stops each server within its spawner's timeouts (10 s, then 5 s, then 5 s)
ENDING_S = 10  # a kernel's own shutdown: jupyter_client waits 5 s for it, then kills it
MARK = "POOL_LAB_TEST_HUB"  # in the environment of every process the hub starts, and of theirs


class Hub:
    """A JupyterHub on 127.0.0.1, its proxy and its users' servers, in a folder of their own."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self.port = free_loopback_port()
        self.url = f"http://127.0.0.1:{self.port}"
        self.token = secrets.token_hex(32)
        self.mark = uuid.uuid4().hex
        self.log = folder / "jupyterhub.log"
        self.process: subprocess.Popen | None = None

    def home(self, user: str) -> Path:
        return self.folder / "home" / user

    def make_home(self, user: str) -> None:
        """Give ``user`` a home holding a copy of the course, and JupyterLab settings without pop-ups."""
        for folder in ("notebooks", "docs"):  # as docs/deploying.md has each student copy them, answers left out
            shutil.copytree(REPO / folder, self.home(user) / COURSE / folder,
                            ignore=shutil.ignore_patterns(".ipynb_checkpoints", "solutions", "instructor_guide.md"))
        write_lab_settings(self.home(user) / ".jupyter")

    def config(self) -> str:
        settings = {
            "JupyterHub.ip": "127.0.0.1",
            "JupyterHub.port": self.port,
            "JupyterHub.hub_ip": "127.0.0.1",
            "JupyterHub.hub_port": free_loopback_port(),
            "ConfigurableHTTPProxy.api_url": f"http://127.0.0.1:{free_loopback_port()}",
            "ConfigurableHTTPProxy.command": [PROXY],
            "ConfigurableHTTPProxy.pid_file": str(self.folder / "proxy.pid"),
            "JupyterHub.db_url": f"sqlite:///{self.folder / 'jupyterhub.sqlite'}",
            "JupyterHub.cookie_secret_file": str(self.folder / "cookie_secret"),
            "JupyterHub.authenticator_class": "dummy",
            "JupyterHub.spawner_class": "simple",
            "SimpleLocalProcessSpawner.home_dir_template": str(self.folder / "home" / "{username}"),
            "Spawner.cmd": [str(SCRIPTS / "jupyterhub-singleuser")],
            # jupyter_server refuses to run as root without it (CI runs as root).
            "Spawner.args": ["--allow-root"] if os.geteuid() == 0 else [],
            "Spawner.default_url": "/lab",
            "Spawner.environment": {MARK: self.mark},
            "Spawner.start_timeout": START_S,
            "Spawner.http_timeout": START_S,
            "JupyterHub.services": [{"name": "class-test", "api_token": self.token}],
            "JupyterHub.load_roles": [{"name": "class-test", "services": ["class-test"],
                                       "scopes": ["admin:users", "admin:servers", "access:servers"]}],
        }
        return "".join(f"c.{name} = {value!r}\n" for name, value in settings.items())

    def start(self) -> None:
        """Start the hub (which starts its proxy); return once the proxy answers for it."""
        config = self.folder / "jupyterhub_config.py"
        config.write_text(self.config())
        # Nothing of this machine's Jupyter settings; this Python's scripts first, for the servers too.
        env = {name: value for name, value in os.environ.items() if not name.startswith(("JUPYTER", "IPYTHON"))}
        env.update({MARK: self.mark, "PATH": os.pathsep.join([str(SCRIPTS), env.get("PATH", "")])})
        with self.log.open("wb") as log:
            self.process = subprocess.Popen([str(SCRIPTS / "jupyterhub"), "-f", str(config)], cwd=self.folder,
                                            stdout=log, stderr=subprocess.STDOUT, env=env, start_new_session=True)
        deadline = time.monotonic() + START_S
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                pytest.fail(f"jupyterhub exited with status {self.process.returncode}:\n{self.tail()}")
            with contextlib.suppress(urllib.error.URLError, ConnectionError, TimeoutError):
                with urllib.request.urlopen(f"{self.url}/hub/api/", timeout=2):
                    return
            time.sleep(0.2)
        pytest.fail(f"jupyterhub did not answer through its proxy within {START_S} s:\n{self.tail()}")

    def tail(self) -> str:
        return self.log.read_text(errors="replace")[-5000:]

    def marked(self) -> list[psutil.Process]:
        """Return every process alive with this hub's mark in its environment: what the hub started, and theirs."""
        found = []
        for process in psutil.process_iter():
            with contextlib.suppress(psutil.Error):
                if process.environ().get(MARK) == self.mark:
                    found.append(process)
        return found

    def stop(self) -> list[str]:
        """Stop the hub, and so its proxy and servers; kill whatever is left; return what had to be killed."""
        if self.process is not None and self.process.poll() is None:
            self.process.send_signal(signal.SIGTERM)  # the hub then stops each server, and the proxy
            try:
                self.process.wait(STOP_S)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()
        # A server's kernel may still be ending when the hub is done (its server asked it to shut down, and on a
        # busy machine it takes a moment): what ends on its own within ENDING_S was not left behind.
        _, left = psutil.wait_procs(self.marked(), timeout=ENDING_S)
        described = [f"{process.pid} ({' '.join(process.cmdline())[:100]})" for process in left
                     if process.is_running()]
        for process in left:
            with contextlib.suppress(psutil.NoSuchProcess):
                process.kill()
        psutil.wait_procs(left, timeout=5)
        return described


@pytest.fixture
def hub(tmp_path: Path) -> Iterator[Hub]:
    """Yield a running hub; stop it, its proxy and its servers after the test, and fail if any had to be killed."""
    hub = Hub(tmp_path)
    try:
        hub.start()
        yield hub
    finally:
        left = hub.stop()
    if left:
        pytest.fail(f"the hub left these running after it stopped: {left}\n{hub.tail()}")


# --- A student's server through the hub, from a program: the Hub's REST API, then the server's own.

async def start_server(http: ClientSession, hub: Hub, user: str) -> None:
    """Create ``user`` and start their server through the Hub's REST API; return once the hub says it is ready."""
    async with http.post(f"{hub.url}/hub/api/users/{user}") as reply:
        assert reply.status == 201, f"creating {user}: {reply.status} {await reply.text()}"
    async with http.post(f"{hub.url}/hub/api/users/{user}/server") as reply:
        assert reply.status in (201, 202), f"starting {user}'s server: {reply.status} {await reply.text()}"
    deadline = time.monotonic() + START_S
    while time.monotonic() < deadline:
        async with http.get(f"{hub.url}/hub/api/users/{user}") as reply:
            server = (await reply.json())["servers"].get("")
        assert server is not None, f"{user}'s server stopped while starting:\n{hub.tail()}"
        if server["ready"]:
            return
        await asyncio.sleep(0.5)
    raise AssertionError(f"{user}'s server was not ready within {START_S} s:\n{hub.tail()}")


async def stop_server(http: ClientSession, hub: Hub, user: str) -> None:
    """Stop ``user``'s server through the Hub's REST API; return once it has stopped."""
    async with http.delete(f"{hub.url}/hub/api/users/{user}/server") as reply:
        assert reply.status in (202, 204), f"stopping {user}'s server: {reply.status} {await reply.text()}"
    deadline = time.monotonic() + STOP_S
    while time.monotonic() < deadline:
        async with http.get(f"{hub.url}/hub/api/users/{user}") as reply:
            if not (await reply.json())["servers"]:
                return
        await asyncio.sleep(0.5)
    raise AssertionError(f"{user}'s server did not stop within {STOP_S} s:\n{hub.tail()}")


async def notebook(http: ClientSession, hub: Hub, user: str, path: str) -> nbformat.NotebookNode:
    """Return the notebook at ``path`` in ``user``'s home, read through their server's contents API."""
    async with http.get(f"{hub.url}/user/{user}/api/contents/{path}", params={"content": "1"}) as reply:
        assert reply.status == 200, f"reading {user}'s {path}: {reply.status} {await reply.text()}"
        return nbformat.from_dict((await reply.json())["content"])


async def execute(websocket: ClientWebSocketResponse[bool], code: str) -> tuple[str, list[str]]:
    """Run ``code`` in the kernel behind ``websocket``; return what it printed or displayed, and its errors.

    Errors are exceptions and anything written to stderr.
    """
    msg_id = uuid.uuid4().hex
    await websocket.send_json({
        "header": {"msg_id": msg_id, "msg_type": "execute_request", "username": "", "session": uuid.uuid4().hex,
                   "date": datetime.datetime.now(datetime.timezone.utc).isoformat(), "version": "5.3"},
        "parent_header": {}, "metadata": {}, "channel": "shell", "buffers": [],
        "content": {"code": code, "silent": False, "store_history": True, "user_expressions": {},
                    "allow_stdin": False, "stop_on_error": True},
    })
    shown: list[str] = []
    errors: list[str] = []
    idle = replied = False
    while not (idle and replied):
        message = await websocket.receive()
        if message.type != aiohttp.WSMsgType.TEXT:
            raise AssertionError(f"the kernel's websocket closed or sent {message.type!r} while running:\n{code}")
        reply = json.loads(message.data)
        if reply.get("parent_header", {}).get("msg_id") != msg_id:
            continue
        kind, content = reply["msg_type"], reply["content"]
        if kind == "stream":
            (errors if content["name"] == "stderr" else shown).append(content["text"])
        elif kind in ("execute_result", "display_data"):
            shown.append(content["data"].get("text/plain", ""))
        elif kind == "error":
            errors.append(f"{content['ename']}: {content['evalue']}")
        elif kind == "status":
            idle = content["execution_state"] == "idle"
        elif kind == "execute_reply":
            replied = True
    return "".join(shown), errors


async def run_cells(http: ClientSession, hub: Hub, user: str, cells: list[str]) -> list[str]:
    """Run ``cells`` in order in a new kernel of ``user``'s server; return what each showed; shut the kernel down.

    Fails on the first cell that raises or writes to stderr.
    """
    async with http.post(f"{hub.url}/user/{user}/api/kernels", json={"name": "python3"}) as reply:
        assert reply.status == 201, f"starting a kernel for {user}: {reply.status} {await reply.text()}"
        kernel = (await reply.json())["id"]
    try:
        channels = f"ws://127.0.0.1:{hub.port}/user/{user}/api/kernels/{kernel}/channels"
        async with http.ws_connect(channels, max_msg_size=0) as websocket:
            shown = []
            for cell in cells:
                output, errors = await asyncio.wait_for(execute(websocket, cell), CELL_S)
                assert not errors, f"in {user}'s kernel, this cell failed with {errors}:\n{cell}"
                shown.append(output)
            return shown
    finally:
        async with http.delete(f"{hub.url}/user/{user}/api/kernels/{kernel}") as reply:
            assert reply.status == 204, f"shutting {user}'s kernel down: {reply.status} {await reply.text()}"


def cell(nb: nbformat.NotebookNode, text: str) -> nbformat.NotebookNode:
    """Return the one code cell of ``nb`` whose source contains ``text``."""
    found = [c for c in nb.cells if c.cell_type == "code" and text in c.source]
    assert len(found) == 1, f"{len(found)} code cells hold {text!r}, not 1: which one does a student run?"
    return found[0]


def stored_output(code_cell: nbformat.NotebookNode) -> str:
    """Return the text a committed code cell printed (for a cell whose output nbval checks)."""
    return "".join(output.get("text", "") for output in code_cell.outputs if output.output_type == "stream")


async def chapter_1_incident(http: ClientSession, hub: Hub, user: str) -> tuple[str, str, str]:
    """Run notebook 1's incident cells in a kernel of ``user``'s server.

    Return its user, and the outcome shown and stored.
    """
    nb = await notebook(http, hub, user, f"{COURSE}/notebooks/01_the_incident.ipynb")
    setup, incident, outcome = (cell(nb, text) for text in ("import pool_lab", "crash = run_lab(", "crash.killed_by"))
    who = 'import os; print(os.environ["JUPYTERHUB_USER"], end="")'
    shown = await run_cells(http, hub, user, [who, setup.source, incident.source, outcome.source])
    return shown[0], shown[-1], stored_output(outcome)


async def exercise_1_answered_right(http: ClientSession, hub: Hub, user: str) -> str:
    """Answer exercise 1 right in a kernel of ``user``'s server, run its check; return what the check printed."""
    nb = await notebook(http, hub, user, f"{COURSE}/notebooks/exercises/student/01_bounded_spawner.ipynb")
    graded = {c.metadata.get("nbgrader", {}).get("grade_id"): c for c in nb.cells}
    answer = answers("01_bounded_spawner")["01_bounded_spawner-answer"]
    cells = [graded["01_bounded_spawner-cell-1"].source, answer, graded["01_bounded_spawner-check"].source]
    return (await run_cells(http, hub, user, cells))[-1]


async def a_student(http: ClientSession, hub: Hub, user: str) -> tuple[tuple[str, str, str], str]:
    """Start ``user``'s server, run the incident and exercise 1 in it at the same time, stop it; return both."""
    await start_server(http, hub, user)
    try:
        return await asyncio.gather(chapter_1_incident(http, hub, user), exercise_1_answered_right(http, hub, user))
    finally:
        await stop_server(http, hub, user)


async def a_class(hub: Hub) -> dict[str, tuple[tuple[str, str, str], str]]:
    # Every address here is 127.0.0.1.  With aiodns installed, aiohttp's default resolver would
    # leave a pycares thread running for good once the session closed.
    connector = aiohttp.TCPConnector(resolver=aiohttp.ThreadedResolver())
    async with aiohttp.ClientSession(connector=connector, headers={"Authorization": f"token {hub.token}"},
                                     timeout=aiohttp.ClientTimeout(total=START_S)) as http:
        done = await asyncio.gather(*(a_student(http, hub, user) for user in USERS))
    return dict(zip(USERS, done, strict=True))


def test_three_students_run_the_incident_and_exercise_1_at_once_on_the_hub(hub):
    for user in USERS:
        hub.make_home(user)

    done = asyncio.run(a_class(hub))

    for user, ((who, outcome, stored), check) in done.items():
        assert who == user, f"{user}'s kernels ran in {who}'s server"
        # The outcome cell is one whose output nbval compares: the lab OOM-killed thread-per-task.
        assert "oom-killed by the watchdog" in stored
        assert outcome == stored, f"in {user}'s server the incident ended otherwise:\n{outcome}"
        assert "Exercise 1 (bounded_spawn) passed" in check, f"{user}'s check said:\n{check}"


# --- A student in a browser: the Hub's login page, then JupyterLab in their own server.

@pytest.mark.e2e
@pytest.mark.skipif(sync_api is None, reason="the playwright package is not installed: "
                                             "pip install -r requirements-test.txt")
@pytest.mark.skipif(CHROMIUM is None, reason="no chromium on the PATH: install the system's package "
                    "(apt-get install chromium); Playwright drives it, it downloads no browser")
def test_a_student_logs_in_and_runs_notebook_1_in_their_jupyterlab_on_the_hub(hub, request):
    user = "dana"
    hub.make_home(user)
    summary = cell(nbformat.read(NOTEBOOKS / "01_the_incident.ipynb", as_version=4), "incident = MessageWorkload()")

    with browser_tab(hub.url, ARTEFACTS / "jupyterhub", f"{request.node.name}-last",
                     tree=f"{COURSE}/notebooks/") as lab:
        lab.page.goto(f"{hub.url}/hub/login")
        lab.page.fill("#username_input", user)
        lab.page.fill("#password_input", "any password: the dummy authenticator takes it")
        lab.page.click("#login_submit")
        # The hub spawns the server, shows its progress, then sends the browser to it.
        lab.page.wait_for_url(re.compile(rf"/user/{user}/lab"), timeout=START_S * 1000)
        lab.url = f"{hub.url}/user/{user}"
        lab.open("01_the_incident.ipynb")
        assert lab.broken_images() == []  # the diagrams come from ../docs/diagrams/, through the hub
        lab.clear_outputs()
        lab.run_cell("import pool_lab")
        lab.run_cell("incident = MessageWorkload()")

        assert lab.errors() == []
        assert lab.output_text("incident = MessageWorkload()").strip() == stored_output(summary).strip()
        # JupyterLab's File menu has the hub's own entries only when a hub serves it.
        lab.page.locator(".lm-MenuBar-itemLabel", has_text=re.compile("^File$")).click()
        for entry in ("Hub Control Panel", "Log Out"):
            sync_api.expect(lab.page.locator(".lm-Menu-itemLabel:visible", has_text=re.compile(f"^{entry}$"))
                            ).to_have_count(1)
        lab.screenshot("01-the-hub-file-menu")
        lab.page.keyboard.press("Escape")
        lab.screenshot("01-the-incident-served-by-the-hub")
