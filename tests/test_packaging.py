"""pyproject.toml's dependencies and extras say what the requirements files say.

A student installs with ``pip install -r requirements.txt``, a packager with
``pip install pool_lab[course]``: both must get the same things.  Each file's
own lines (not the files it includes with ``-r``) are one group of
pyproject.toml's, compared requirement by requirement, version bounds and
environment markers included; and what a file includes with ``-r``, its
extra includes as ``pool_lab[...]``.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

import pytest
from packaging.requirements import Requirement
from packaging.utils import canonicalize_name

if sys.version_info >= (3, 11):
    import tomllib
else:  # pytest's own dependency on 3.10
    import tomli as tomllib

TOP = Path(__file__).resolve().parent.parent
PYPROJECT = tomllib.loads((TOP / "pyproject.toml").read_text())

# requirements file -> the pyproject groups that hold the same requirements
GROUPS = {
    "requirements.txt": ("dependencies", "course"),
    "requirements-instructor.txt": ("instructor",),
    "requirements-test.txt": ("test",),
    "requirements-dev.txt": ("dev",),
}


def _key(line: str) -> tuple:
    requirement = Requirement(line)
    return (canonicalize_name(requirement.name), tuple(sorted(requirement.extras)), str(requirement.specifier),
            str(requirement.marker or ""))


def _file(name: str) -> set[tuple]:
    lines = (line.split(" #")[0].strip() for line in (TOP / name).read_text().splitlines())
    return {_key(line) for line in lines if line and not line.startswith(("#", "-r ", "-e "))}


def _group(group: str) -> list[str]:
    project = PYPROJECT["project"]
    return project["dependencies"] if group == "dependencies" else project["optional-dependencies"][group]


def _pyproject(group: str) -> set[tuple]:
    return {_key(line) for line in _group(group) if Requirement(line).name != "pool_lab"}


def test_every_requirements_file_is_a_group_of_pyproject():
    assert set(GROUPS) == {path.name for path in TOP.glob("requirements*.txt")}
    groups = [group for groups in GROUPS.values() for group in groups if group != "dependencies"]
    assert sorted(groups) == sorted(PYPROJECT["project"]["optional-dependencies"])


@pytest.mark.parametrize("name", GROUPS)
def test_a_requirements_file_and_its_pyproject_groups_require_the_same(name):
    in_pyproject = set().union(*(_pyproject(group) for group in GROUPS[name]))
    assert _file(name) == in_pyproject


def test_what_a_file_includes_its_extra_includes():
    # test -> instructor -> the course, and test -> dev: one command installs everything CI needs.
    extra_of = {name: groups[-1] for name, groups in GROUPS.items()}
    for name, groups in GROUPS.items():
        files = re.findall(r"^-r (\S+)$", (TOP / name).read_text(), re.M)
        extras = {extra for line in _group(groups[-1]) if (r := Requirement(line)).name == "pool_lab"
                  for extra in r.extras}
        assert {extra_of[file] for file in files} == extras, name
