"""Shipping: a function of the student's, sent by value to the lab's child process.

The lab starts its child with ``spawn``, which pickles the experiment.  Plain
pickle sends a function by reference, as a module and a name to import in
the child; a function defined in a notebook cell or a script's ``__main__``
has no module the child could import.  cloudpickle sends such a function by
value, with what it refers to (its closure, the globals it uses, a
:func:`functools.partial`'s arguments).  Some of those cannot travel: a lock,
an open file, a running thread.  :func:`ship` finds which one and names it,
before any child starts.
"""

from __future__ import annotations

import dataclasses
import functools
import types
from typing import Any, Callable, Iterator

__all__ = ["ship"]

# Where shipping looks for the object that cannot travel, and how far.
_SEARCH_DEPTH = 4


def _refers_to(obj: Any) -> Iterator[tuple[str, Any]]:
    """Yield (description, object) for what ``obj`` refers to and pickling would take along."""
    if isinstance(obj, functools.partial):
        yield "the function it wraps", obj.func
        yield from ((f"its argument {i}", arg) for i, arg in enumerate(obj.args))
        yield from ((f"its argument {key}=", arg) for key, arg in obj.keywords.items())
    elif isinstance(obj, types.MethodType):
        yield "the object it is a method of", obj.__self__
        yield "its function", obj.__func__
    elif isinstance(obj, types.FunctionType):
        name = obj.__name__
        cells = obj.__closure__ or ()
        for var, cell in zip(obj.__code__.co_freevars, cells, strict=True):
            try:
                yield f"`{var}`, a variable {name} closes over", cell.cell_contents
            except ValueError:  # a cell not filled yet
                pass
        for var in _global_names(obj.__code__):
            if var in obj.__globals__:
                yield f"`{var}`, a global {name} uses", obj.__globals__[var]
        yield from ((f"a default argument of {name}", d) for d in obj.__defaults__ or ())
        yield from ((f"the default of {name}'s argument {k}=", d) for k, d in (obj.__kwdefaults__ or {}).items())
    elif dataclasses.is_dataclass(obj) and not isinstance(obj, type):
        yield from ((f"its field {f.name}", getattr(obj, f.name)) for f in dataclasses.fields(obj))
    elif isinstance(obj, (list, tuple, set, frozenset)):
        yield from ((f"an element of a {type(obj).__name__}", x) for x in obj)
    elif isinstance(obj, dict):
        yield from ((f"the value of key {key!r}", value) for key, value in obj.items())
    elif hasattr(obj, "__dict__") and not isinstance(obj, (type, types.ModuleType)):
        yield from ((f"its attribute {key}", value) for key, value in vars(obj).items())


def _global_names(code: types.CodeType) -> Iterator[str]:
    yield from code.co_names
    for const in code.co_consts:  # functions and comprehensions defined inside
        if isinstance(const, types.CodeType):
            yield from _global_names(const)


def _culprit(obj: Any, dumps: Callable[[Any], bytes], depth: int = 0) -> tuple[str, Any] | None:
    """Return (description, object) of the innermost thing ``obj`` refers to that ``dumps`` refuses."""
    if depth >= _SEARCH_DEPTH:
        return None
    for description, value in _refers_to(obj):
        try:
            dumps(value)
        except Exception:
            return _culprit(value, dumps, depth + 1) or (description, value)
    return None


def ship(obj: Any, name: str) -> bytes:
    """Return ``obj`` (a function, or an experiment holding one) as bytes for the lab's child process.

    ``name`` is how error messages call it, e.g. ``"strategy spawner"``.

    cloudpickle sends a function defined in ``__main__`` (a script, a
    notebook cell) or inside another function by value, with what it refers
    to; a function of an importable module goes by reference.  Raises
    TypeError before any child starts if something ``obj`` refers to cannot
    be pickled (a lock, an open file, a running thread), naming it.

    >>> len(ship(lambda task, items: [task(i) for i in items], "strategy <lambda>")) > 0
    True
    >>> import threading
    >>> lock = threading.Lock()
    >>> ship(lambda task, items: lock, "strategy <lambda>")
    Traceback (most recent call last):
    ...
    TypeError: strategy <lambda> cannot be sent to the lab's child process: `lock`, a global <lambda> uses, ...
    """
    import cloudpickle  # only a run that ships a function pays for importing it

    try:
        return cloudpickle.dumps(obj)
    except Exception as exc:
        found = _culprit(obj, cloudpickle.dumps)
        what = "it refers to something that" if found is None else f"{found[0]}, is a {_type_name(found[1])}, which"
        raise TypeError(
            f"{name} cannot be sent to the lab's child process: {what} cannot be pickled "
            f"({type(exc).__name__}: {exc}). Create it inside the function, so that each run makes its own"
        ) from None  # the message carries pickle's own


def _type_name(obj: Any) -> str:
    cls = type(obj)
    return cls.__qualname__ if cls.__module__ == "builtins" else f"{cls.__module__}.{cls.__qualname__}"
