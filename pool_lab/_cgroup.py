"""The memory and CPU limits of this process's cgroup, read from the files Linux shows them in.

A container (Docker, a JupyterHub pod, Binder) limits the memory of its
processes with a cgroup, while ``psutil.virtual_memory()`` goes on reporting
the host's.  A budget that fits the host may not fit the container, and the
container's OOM killer would then take the Jupyter kernel.  This module finds
what is left under the limit:

* cgroup v2: ``memory.max`` minus ``memory.current``;
* cgroup v1: ``memory.limit_in_bytes`` minus ``memory.usage_in_bytes``;
* in both, the usage less the file cache the kernel drops first under the
  limit (``inactive_file`` in ``memory.stat``, v1's ``total_inactive_file``),
  as Kubernetes counts a pod's working set and ``docker stats`` its usage: a
  container that has read the course and its libraries holds a few hundred
  MiB of such cache, which the kernel gives back before it kills anything;
* for the process's own cgroup and every ancestor up to the root of the
  mounted hierarchy, keeping the tightest, since a limit on any of them
  applies to everything below it (a pod inside a node's slice, say).

It finds the process's cgroup in ``/proc/self/cgroup`` and where each
hierarchy is mounted in ``/proc/self/mountinfo``, so it works inside a
container's cgroup namespace and outside one.  Every path is read under
``root``, so tests can hand it a tree of plain files.

A container also caps the CPU time of its processes with a quota
(``cpu.max`` in v2, ``cpu.cfs_quota_us`` / ``cpu.cfs_period_us`` in v1),
while ``os.cpu_count()`` goes on counting the host's cores:
:func:`cgroup_cpu_limit` reads the tightest quota as a number of CPUs.

This module does *not* cover: ``memory.high`` (v2's throttle, which slows a
cgroup down rather than killing it), v1's soft limits, swap limits, or any
platform but Linux (elsewhere there is nothing to read, and it returns None).
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path, PurePosixPath

__all__ = ["CgroupLimit", "cgroup_cpu_limit", "cgroup_memory_limit"]

# v1 writes "no limit" as the largest page-aligned counter, about 2**63; v2 writes "max".
_NO_LIMIT_FROM = 2**60

# What each version calls the limit and the usage.
_FILES = {2: ("memory.max", "memory.current"), 1: ("memory.limit_in_bytes", "memory.usage_in_bytes")}
# The line of memory.stat that counts the cache the kernel reclaims first, in each version.
_INACTIVE_FILE = {2: "inactive_file", 1: "total_inactive_file"}


@dataclass(frozen=True)
class CgroupLimit:
    """The tightest memory limit on a process: which cgroup sets it, the limit and what is in use.

    ``path`` is the cgroup's path in its hierarchy (``/`` for the root),
    ``version`` is 1 or 2.  Sizes are in bytes; ``usage_bytes`` leaves out
    the inactive file cache (the module's docstring says why).
    """

    version: int
    path: str
    limit_bytes: int
    usage_bytes: int

    @property
    def room_bytes(self) -> int:
        """Return the bytes left under the limit (0 when usage has reached it)."""
        return max(0, self.limit_bytes - self.usage_bytes)


def cgroup_memory_limit(root: str | os.PathLike[str] = "/") -> CgroupLimit | None:
    """Return the limit with the least room left on this process's cgroups, or None if none has one.

    ``root`` is where the filesystem starts (``/``; a test's folder of plain
    files).  Both hierarchies are read where both are mounted (a hybrid
    setup), and the tighter of the two wins.
    """
    top = Path(root)
    groups = _read_lines(top / "proc/self/cgroup")
    mounts = _read_lines(top / "proc/self/mountinfo")
    if groups is None or mounts is None:
        return None  # not Linux, or /proc is not mounted
    found = []
    for version in (2, 1):
        place = _cgroup_dir(top, version, groups, mounts, "memory")
        if place is not None:
            found += _limits_up_the_tree(version, *place)
    return min(found, key=lambda limit: limit.room_bytes, default=None)


def cgroup_cpu_limit(root: str | os.PathLike[str] = "/") -> float | None:
    """Return the CPUs this process's cgroups let it use (1.5 for a quota of 150 ms per 100 ms), or None.

    The tightest quota on the process's cgroup and its ancestors, in either
    hierarchy; None when none has a quota, or outside Linux.  ``root`` is as
    for :func:`cgroup_memory_limit`.
    """
    top = Path(root)
    groups = _read_lines(top / "proc/self/cgroup")
    mounts = _read_lines(top / "proc/self/mountinfo")
    if groups is None or mounts is None:
        return None
    quotas = []
    for version in (2, 1):
        place = _cgroup_dir(top, version, groups, mounts, "cpu")
        if place is not None:
            mount_point, _, inside = place
            for depth in range(len(inside.parts), -1, -1):
                quotas.append(_cpu_quota(version, mount_point.joinpath(*inside.parts[:depth])))
    return min((quota for quota in quotas if quota is not None), default=None)


def _cpu_quota(version: int, folder: Path) -> float | None:
    """Return one cgroup's CPU quota in CPUs; None if it has none (v2's "max", v1's -1) or no file."""
    if version == 2:  # one line: "max 100000", or "150000 100000"
        numbers = [int(field) for field in " ".join(_read_lines(folder / "cpu.max") or []).split() if field.isdigit()]
        quota, period = numbers if len(numbers) == 2 else (None, None)
    else:
        quota, period = _read_bytes(folder / "cpu.cfs_quota_us"), _read_bytes(folder / "cpu.cfs_period_us")
    if quota is None or not period:
        return None
    return quota / period


def _read_lines(path: Path) -> list[str] | None:
    try:
        return path.read_text().splitlines()
    except OSError:
        return None


def _cgroup_dir(top: Path, version: int, groups: list[str], mounts: list[str],
                controller: str) -> tuple[Path, PurePosixPath, PurePosixPath] | None:
    """Return (the mount's folder, the mount's root in the hierarchy, the process's cgroup inside it), or None.

    In v1, the hierarchy is the one of ``controller`` (``memory``, ``cpu``); v2 has one for all.
    """
    path = None
    for line in groups:  # "hierarchy-id:controllers:path"; v2's line is "0::path"
        if line.count(":") < 2:
            continue
        ident, controllers, cgroup = line.split(":", 2)
        v1_match = version == 1 and controller in controllers.split(",")
        if (version == 2 and ident == "0" and not controllers) or v1_match:
            path = PurePosixPath(cgroup)
    if path is None:
        return None
    for line in mounts:
        # "id parent major:minor root mount-point options [optional...] - fstype source super-options"
        before, _, after = line.partition(" - ")
        fields, tail = before.split(), after.split()
        if len(fields) < 5 or len(tail) < 3:
            continue
        fstype, super_options = tail[0], tail[2].split(",")
        v1_mount = fstype == "cgroup" and controller in super_options
        if (version == 2 and fstype == "cgroup2") or (version == 1 and v1_mount):
            mount_root = PurePosixPath(fields[3])
            # A container's mount may show only its own subtree (root /docker/<id>) while
            # /proc names the full path; anything else outside the mount is out of reach.
            inside = path.relative_to(mount_root) if path.is_relative_to(mount_root) else PurePosixPath()
            return top / fields[4].lstrip("/"), mount_root, inside
    return None


def _limits_up_the_tree(version: int, mount_point: Path, mount_root: PurePosixPath,
                        inside: PurePosixPath) -> list[CgroupLimit]:
    """Return every limit set on the cgroup ``inside`` the mount and on its ancestors up to the mount."""
    limit_file, usage_file = _FILES[version]
    limits = []
    parts = inside.parts
    for depth in range(len(parts), -1, -1):
        folder = mount_point.joinpath(*parts[:depth])
        limit, usage = _read_bytes(folder / limit_file), _read_bytes(folder / usage_file)
        if limit is not None and usage is not None and limit < _NO_LIMIT_FROM:
            usage = max(0, usage - _stat(folder / "memory.stat", _INACTIVE_FILE[version]))
            limits.append(CgroupLimit(version, str(mount_root.joinpath(*parts[:depth])), limit, usage))
    return limits


def _stat(path: Path, name: str) -> int:
    """Return the value of line ``name`` in a ``memory.stat`` file; 0 if the file or the line is missing."""
    for line in _read_lines(path) or ():
        key, _, value = line.partition(" ")
        if key == name and value.strip().isdigit():
            return int(value)
    return 0


def _read_bytes(path: Path) -> int | None:
    """Return the number in a cgroup file; None if it is missing, unreadable or "max"."""
    try:
        text = path.read_text().strip()
    except OSError:
        return None
    return int(text) if text.isdigit() else None
