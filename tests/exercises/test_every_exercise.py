"""What every exercise shares: one key (number and function) from notebook to check to test, and "not attempted"."""

from __future__ import annotations

import re
from pathlib import Path

import nbformat
import pytest
from exercise_keys import exercise_of, solution_notebook

import pool_lab

CHECK_MODULES = sorted((Path(pool_lab.__file__).parent / "exercises").glob("ex[0-9][0-9]_*.py"))
TESTS = Path(__file__).parent


def test_there_are_ten_exercises_numbered_from_one():
    assert [exercise_of(path.stem)[0] for path in CHECK_MODULES] == list(range(1, 11))


@pytest.mark.parametrize("module", CHECK_MODULES, ids=lambda path: path.stem)
def test_an_exercise_has_one_key_from_notebook_to_check_to_test(module):
    number, name = exercise_of(module.stem)
    check = getattr(pool_lab, f"check_{name}")
    assert check.__module__ == f"pool_lab.exercises.{module.stem}"
    cells = nbformat.read(solution_notebook(number), as_version=4).cells
    assert cells[0].source.startswith(f"# Exercise {number}:")
    [answer] = [cell.source for cell in cells
                if cell.metadata.get("nbgrader", {}).get("grade_id", "").endswith("-answer")]
    assert re.match(rf"(async )?def {name}\(", answer)
    assert any(f"report = check_{name}({name})" in cell.source for cell in cells)
    assert (TESTS / f"test_{module.stem}.py").is_file()


@pytest.mark.parametrize("module", CHECK_MODULES, ids=lambda path: path.stem)
def test_an_unanswered_exercise_reports_not_attempted(module, capsys):
    number, name = exercise_of(module.stem)

    def answer(*args):
        raise NotImplementedError()

    async def coroutine_answer(*args):
        raise NotImplementedError()

    check = getattr(pool_lab, f"check_{name}")
    report = check(coroutine_answer if name == "gather_limited" else answer)
    assert capsys.readouterr().out.startswith(f"Exercise {number} ({name}): not attempted yet")
    assert not report.passed and repr(report) == f"Exercise {number} ({name}): nothing measured yet"


def test_a_check_refuses_something_that_is_not_a_function():
    with pytest.raises(TypeError, match="pass your function itself"):
        pool_lab.check_pool_map("pool_map")


def test_a_check_called_without_a_deadline_keeps_its_own():
    """Exercise 9 waits 20 s once its cluster is up (its copy says so): the decorator must not make that 5 s."""
    from pool_lab.exercises._harness import CheckReport, Exercise

    given = []

    @Exercise("tests.ex11_probe").check
    def check_probe(probe, *, timeout_s: float = 20.0) -> CheckReport:
        given.append(timeout_s)
        return CheckReport("Exercise 11", ())

    check_probe(print)
    check_probe(print, timeout_s=2)
    assert given == [20.0, 2]
    assert pool_lab.check_send_windowed.__kwdefaults__ == {"timeout_s": 20.0}


_RIGHT = [0, 37, 74, 10, 47, 84, 20]  # scrambled(0..6): results that do not rise with the items


@pytest.mark.parametrize("returned, says", [
    ([74, 37, 0, 10, 47, 84, 20], r"\. Yours are the right results, in another order; the first difference is at "
                                  r"index 0: 74 where 0 belongs\. Hint: keep each result at its input's place"),
    (_RIGHT[:6] + [None], r"\(7 items\)\. The first difference is at index 6: None where 20 belongs\. Hint: "
                          r"a None is a place no result was put in: store what fn returned for each item at that "
                          r"item's place\.$"),
    (_RIGHT[:6], r"\. The first 6 agree, then 1 is missing\.$"),
    (_RIGHT[:1], r"\. The first agrees, then 6 are missing\.$"),
    ([], r"\. It holds none of the 7 results\.$"),
    (_RIGHT + [1], r"\. The first 7 agree, then 1 more follows\.$"),
    (_RIGHT + [1, 2], r"\. The first 7 agree, then 2 more follow\.$"),
    (dict.fromkeys(range(7)), r"returned a dict, whose keys are \[0, 1, .*Hint: a dict iterates over its keys"),
    (iter(_RIGHT[::-1]), r"returned a list_iterator, \[20, 84, .*\] \(7 items\) as a list; "),
    (None, r"returned None; expected a list of the 7 results in input order\.$"),
])
def test_a_wrong_result_list_is_told_where_it_goes_wrong(returned, says):
    from pool_lab.exercises._harness import expect_results

    with pytest.raises(AssertionError, match=says):
        expect_results(returned, "f(items)", list(_RIGHT))


def test_a_check_gives_its_own_hint_for_a_none_where_a_result_belongs():
    from pool_lab.exercises._harness import expect_results

    with pytest.raises(AssertionError, match=r"None where 20 belongs\. Hint: wait for every future\.$"):
        expect_results(_RIGHT[:6] + [None], "f(items)", list(_RIGHT), none_hint="wait for every future.")
    with pytest.raises(AssertionError, match=r"in another order; .* Hint: keep each result"):  # not the None's
        expect_results(_RIGHT[::-1], "f(items)", list(_RIGHT), none_hint="wait for every future.")


@pytest.mark.parametrize("returned", [list(_RIGHT), tuple(_RIGHT), iter(_RIGHT)])
def test_the_right_results_in_input_order_pass_as_any_sequence(returned):
    from pool_lab.exercises._harness import expect_results

    expect_results(returned, "f(items)", list(_RIGHT))
