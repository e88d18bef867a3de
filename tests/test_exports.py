"""One name, one thing: every public name of pool_lab is one object, defined in one module.

In the manner of trio's ``_tests/test_exports.py``.  A public module is one
whose dotted name has no part that starts with ``_``; its public names are
its ``__all__``.  The day two public functions share a name (as the exercise
check ``check_pool_size`` and a pool-size validator once did), or a name is
defined afresh in a second module instead of imported from the first, a test
here fails and names both places.
"""

from __future__ import annotations

import importlib
import inspect
import pkgutil
from collections import defaultdict

import pytest

import pool_lab


def _public_modules() -> list:
    names = [info.name for info in pkgutil.walk_packages(pool_lab.__path__, "pool_lab.")
             if not any(part.startswith("_") for part in info.name.split("."))]
    return [pool_lab] + [importlib.import_module(name) for name in sorted(names) if name != "pool_lab.__main__"]


MODULES = _public_modules()

# Public-looking names the exercises' checks define without listing them, left
# by exercise 9's check: the tasks a Dask worker imports by name.
_EXERCISES_UNLISTED = {"remote_task", "remote_failing_task", "remote_paired_task"}


def test_the_public_modules_are_found():
    names = {module.__name__ for module in MODULES}
    assert {"pool_lab", "pool_lab.executors", "pool_lab.lab", "pool_lab.downstream.sender",
            "pool_lab.exercises.ex04_pool_size"} <= names
    assert not {name for name in names if "._" in name}


@pytest.mark.parametrize("module", MODULES, ids=lambda m: m.__name__)
def test_every_public_module_declares_its_public_names_and_each_resolves(module):
    assert isinstance(module.__all__, list | tuple)
    assert len(set(module.__all__)) == len(module.__all__), "a name listed twice"
    missing = [name for name in module.__all__ if not hasattr(module, name)]
    assert not missing


@pytest.mark.parametrize("module", MODULES, ids=lambda m: m.__name__)
def test_every_public_function_and_class_a_module_defines_is_in_its_all(module):
    defined_here = [name for name, obj in vars(module).items()
                    if not name.startswith("_") and (inspect.isfunction(obj) or inspect.isclass(obj))
                    and obj.__module__ == module.__name__]
    unlisted = set(defined_here) - set(module.__all__)
    if module.__name__.startswith("pool_lab.exercises."):
        unlisted -= _EXERCISES_UNLISTED
    assert sorted(unlisted) == []


def test_no_public_name_stands_for_two_objects():
    meanings: dict[str, dict[int, list[str]]] = defaultdict(lambda: defaultdict(list))
    for module in MODULES:
        for name in module.__all__:
            meanings[name][id(getattr(module, name))].append(module.__name__)
    clashes = {name: sorted(map(sorted, by_object.values())) for name, by_object in meanings.items()
               if len(by_object) > 1}
    assert clashes == {}


def test_every_function_and_class_the_package_exports_is_its_defining_modules_own():
    for name in pool_lab.__all__:
        obj = getattr(pool_lab, name)
        if inspect.isfunction(obj) or inspect.isclass(obj):
            home = importlib.import_module(obj.__module__)
            assert getattr(home, name) is obj, f"pool_lab.{name} is not {obj.__module__}.{name}"
            if home in MODULES:
                assert name in home.__all__, f"{obj.__module__} defines {name} but does not list it as public"
