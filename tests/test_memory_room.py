"""The room a budget may use: the machine's available memory, or less under a container's cgroup; and its CPUs.

Every cgroup here is a tree of plain files in a temporary folder, handed to the
code as its root: no test creates, changes or joins a real cgroup.
"""

from __future__ import annotations

import os
from pathlib import Path

import psutil
import pytest

from pool_lab import usable_cpus
from pool_lab._cgroup import cgroup_cpu_limit, cgroup_memory_limit
from pool_lab.budget import MIB, check_budget, memory_room

V2_MOUNT = "30 25 0:26 / /sys/fs/cgroup rw,nosuid,nodev,noexec,relatime shared:4 - cgroup2 cgroup2 rw,nsdelegate"
V1_MOUNT = "35 31 0:32 {root} /sys/fs/cgroup/memory rw,relatime - cgroup cgroup rw,memory"
HYBRID_V2_MOUNT = "36 31 0:33 / /sys/fs/cgroup/unified rw,relatime - cgroup2 cgroup2 rw"


def make_tree(root: Path, cgroup: str, mountinfo: list[str], files: dict[str, str]) -> Path:
    """Write /proc/self/{cgroup,mountinfo} and the cgroup files under ``root``; return it."""
    (root / "proc/self").mkdir(parents=True)
    (root / "proc/self/cgroup").write_text(cgroup)
    (root / "proc/self/mountinfo").write_text("\n".join(mountinfo) + "\n")
    for name, text in files.items():
        path = root / name.lstrip("/")
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text + "\n")
    return root


def v2_tree(root: Path, max_by_level: dict[str, str], current: int = 100 * MIB) -> Path:
    """A v2 hierarchy mounted at /sys/fs/cgroup, the process in /user.slice/pod/notebook."""
    files = {}
    for level in ("", "/user.slice", "/user.slice/pod", "/user.slice/pod/notebook"):
        folder = "/sys/fs/cgroup" + level
        if level:  # the root cgroup has no memory.max of its own
            files[folder + "/memory.max"] = max_by_level.get(level, "max")
        files[folder + "/memory.current"] = str(current)
    return make_tree(root, "0::/user.slice/pod/notebook\n", [V2_MOUNT], files)


def test_no_cgroup_limit_means_none(tmp_path):
    root = v2_tree(tmp_path, {})
    assert cgroup_memory_limit(root) is None


def test_a_v2_limit_on_the_process_own_cgroup_is_found(tmp_path):
    root = v2_tree(tmp_path, {"/user.slice/pod/notebook": str(1024 * MIB)}, current=300 * MIB)
    limit = cgroup_memory_limit(root)
    assert (limit.version, limit.path, limit.limit_bytes, limit.room_bytes) == (
        2, "/user.slice/pod/notebook", 1024 * MIB, 724 * MIB)


def test_the_file_cache_the_kernel_drops_first_is_not_counted_as_in_use(tmp_path):
    root = v2_tree(tmp_path, {"/user.slice/pod/notebook": str(1024 * MIB)}, current=644 * MIB)
    stat = root / "sys/fs/cgroup/user.slice/pod/notebook/memory.stat"
    stat.write_text(f"anon {380 * MIB}\nfile {264 * MIB}\nactive_file {10 * MIB}\ninactive_file {254 * MIB}\n")
    limit = cgroup_memory_limit(root)
    assert (limit.usage_bytes, limit.room_bytes) == (390 * MIB, 634 * MIB)
    stat.write_text(f"inactive_file {900 * MIB}\n")  # more than memory.current, as a racy read can show
    assert cgroup_memory_limit(root).usage_bytes == 0


def test_v1_leaves_out_total_inactive_file_not_the_cgroups_own_line(tmp_path):
    files = {"/sys/fs/cgroup/memory/pod/memory.limit_in_bytes": str(1024 * MIB),
             "/sys/fs/cgroup/memory/pod/memory.usage_in_bytes": str(600 * MIB),
             "/sys/fs/cgroup/memory/pod/memory.stat": f"inactive_file {50 * MIB}\ntotal_inactive_file {200 * MIB}"}
    root = make_tree(tmp_path, "4:memory:/pod\n", [V1_MOUNT.format(root="/")], files)
    assert cgroup_memory_limit(root).usage_bytes == 400 * MIB


def test_a_limit_higher_up_the_v2_hierarchy_applies_to_the_process(tmp_path):
    root = v2_tree(tmp_path, {"/user.slice": str(512 * MIB), "/user.slice/pod/notebook": str(4096 * MIB)})
    limit = cgroup_memory_limit(root)
    assert (limit.path, limit.limit_bytes) == ("/user.slice", 512 * MIB)


def test_the_level_with_least_room_wins_not_the_lowest_limit(tmp_path):
    root = v2_tree(tmp_path, {"/user.slice": str(2048 * MIB), "/user.slice/pod": str(1024 * MIB)})
    # Every level uses 100 MiB here: the pod's 1 GiB leaves less room than the slice's 2 GiB.
    assert cgroup_memory_limit(root).path == "/user.slice/pod"
    (root / "sys/fs/cgroup/user.slice/memory.current").write_text(str(1900 * MIB))
    assert cgroup_memory_limit(root).path == "/user.slice"


def test_v1_nested_with_its_unlimited_value_and_a_limit_above(tmp_path):
    unlimited = "9223372036854771712"  # what v1 writes for no limit
    files = {
        "/sys/fs/cgroup/memory/memory.limit_in_bytes": unlimited,
        "/sys/fs/cgroup/memory/memory.usage_in_bytes": str(5000 * MIB),
        "/sys/fs/cgroup/memory/kubepods/memory.limit_in_bytes": str(768 * MIB),
        "/sys/fs/cgroup/memory/kubepods/memory.usage_in_bytes": str(200 * MIB),
        "/sys/fs/cgroup/memory/kubepods/pod1/memory.limit_in_bytes": unlimited,
        "/sys/fs/cgroup/memory/kubepods/pod1/memory.usage_in_bytes": str(150 * MIB),
    }
    cgroup = "12:cpu,cpuacct:/kubepods/pod1\n4:memory:/kubepods/pod1\n0::/\n"
    root = make_tree(tmp_path, cgroup, [V1_MOUNT.format(root="/"), HYBRID_V2_MOUNT], files)
    limit = cgroup_memory_limit(root)
    assert (limit.version, limit.path, limit.room_bytes) == (1, "/kubepods", 568 * MIB)


def test_v1_unlimited_everywhere_means_none(tmp_path):
    files = {"/sys/fs/cgroup/memory/memory.limit_in_bytes": "9223372036854771712",
             "/sys/fs/cgroup/memory/memory.usage_in_bytes": "1"}
    root = make_tree(tmp_path, "4:memory:/\n", [V1_MOUNT.format(root="/")], files)
    assert cgroup_memory_limit(root) is None


def test_a_container_that_sees_only_its_own_subtree_reads_its_mount_root(tmp_path):
    # Docker on cgroup v1 without a cgroup namespace: /proc shows the host's path,
    # the mount shows the container's own cgroup as its root.
    files = {"/sys/fs/cgroup/memory/memory.limit_in_bytes": str(1024 * MIB),
             "/sys/fs/cgroup/memory/memory.usage_in_bytes": str(124 * MIB)}
    root = make_tree(tmp_path, "4:memory:/docker/abc123\n", [V1_MOUNT.format(root="/docker/abc123")], files)
    limit = cgroup_memory_limit(root)
    assert (limit.path, limit.room_bytes) == ("/docker/abc123", 900 * MIB)


def test_without_proc_there_is_no_cgroup_to_read(tmp_path):
    assert cgroup_memory_limit(tmp_path) is None


def test_a_budget_larger_than_the_container_room_is_refused_naming_the_container(tmp_path):
    root = v2_tree(tmp_path, {"/user.slice/pod": str(1024 * MIB)}, current=224 * MIB)
    room = memory_room(root)
    assert room.limited_by == "container" and room.room_bytes == 800 * MIB
    check_budget(400 * MIB, root=root)  # exactly half of the room is allowed
    with pytest.raises(ValueError) as refused:
        check_budget(401 * MIB, root=root)
    message = str(refused.value)
    assert "800 MiB left under this container's memory limit of 1,024 MiB (cgroup v2 /user.slice/pod" in message
    assert "choose at most 400 MiB" in message and "machine" not in message


def test_a_budget_over_half_the_machine_is_refused_naming_the_machine_when_no_container_is_tighter(tmp_path):
    root = v2_tree(tmp_path, {"/user.slice/pod": str(2**50)})  # a limit far above this machine's memory
    room = memory_room(root)
    assert room.limited_by == "machine" and room.room_bytes <= psutil.virtual_memory().total
    with pytest.raises(ValueError, match="this machine has available now; choose at most .* close other programs"):
        check_budget(room.room_bytes, root=root)


def test_a_hard_limit_that_does_not_fit_is_named_with_the_largest_budget_whose_hard_limit_does(tmp_path):
    # The lab's child may grow to its hard limit when its watchdog is late: twice the budget, by default.
    root = v2_tree(tmp_path, {"/user.slice/pod": str(1024 * MIB)}, current=224 * MIB)  # 800 MiB of room
    check_budget(200 * MIB, hard_limit_bytes=400 * MIB, root=root)
    with pytest.raises(ValueError) as refused:
        check_budget(256 * MIB, hard_limit_bytes=512 * MIB, root=root)
    assert str(refused.value).startswith("a budget of 256.0 MiB has a hard limit of 512.0 MiB behind it, more than "
                                         "half of the 800 MiB left under this container's memory limit")
    assert str(refused.value).endswith("; choose a budget of at most 200 MiB, or ask for a bigger container")


def test_this_machine_room_is_read_without_error():
    room = memory_room()
    assert 0 < room.largest_budget_bytes <= room.room_bytes <= psutil.virtual_memory().total
    assert str(room).startswith("room for a budget: ")


V1_CPU_MOUNT = "37 31 0:34 / /sys/fs/cgroup/cpu rw,relatime - cgroup cgroup rw,cpu,cpuacct"


@pytest.mark.parametrize(("quota", "expected"), [("max 100000", None), ("150000 100000", 1.5)])
def test_a_v2_cpu_quota_is_read_as_cpus(tmp_path, quota, expected):
    root = make_tree(tmp_path, "0::/user.slice/pod\n", [V2_MOUNT],
                     {"/sys/fs/cgroup/user.slice/cpu.max": "max 100000",
                      "/sys/fs/cgroup/user.slice/pod/cpu.max": quota})
    assert cgroup_cpu_limit(root) == expected


def test_the_tightest_cpu_quota_up_the_tree_wins_in_v1(tmp_path):
    root = make_tree(tmp_path, "4:memory:/pod\n2:cpu,cpuacct:/pod/notebook\n",
                     [V1_MOUNT.format(root="/"), V1_CPU_MOUNT],
                     {"/sys/fs/cgroup/cpu/cpu.cfs_quota_us": "-1", "/sys/fs/cgroup/cpu/cpu.cfs_period_us": "100000",
                      "/sys/fs/cgroup/cpu/pod/cpu.cfs_quota_us": "100000",
                      "/sys/fs/cgroup/cpu/pod/cpu.cfs_period_us": "100000",
                      "/sys/fs/cgroup/cpu/pod/notebook/cpu.cfs_quota_us": "200000",
                      "/sys/fs/cgroup/cpu/pod/notebook/cpu.cfs_period_us": "100000"})
    assert cgroup_cpu_limit(root) == 1.0


def test_without_proc_there_is_no_cpu_quota_and_this_process_can_use_a_cpu(tmp_path):
    assert cgroup_cpu_limit(tmp_path) is None
    assert 0 < usable_cpus() <= (os.cpu_count() or 1)
