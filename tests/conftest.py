"""Shared fixtures of the tests.

The leak check every test runs under (``no_leftovers``, autouse) lives in the
project's root ``conftest.py``, so that the doctests in ``pool_lab/`` and the
notebooks run under it too.
"""
