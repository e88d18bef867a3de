"""The instructor's guide agrees with the notebooks: the same answers, and session plans made of the chapters' minutes.

Two things in ``docs/instructor_guide.md`` are copies of what the notebooks
say, and these tests fail when a copy drifts:

* each chapter's end-of-chapter questions and answers, which
  ``docs/guide_answers.py`` writes from the notebook's ``## Questions``
  section (the tool itself is tested here too, on notebooks made in a
  temporary folder);
* the session plans in "Running the course": each row is a chapter's or an
  exercise's minutes, as the chapter's first cell states them in its
  ``**Time:**`` line and as the guide's table of exercises gives them, the
  rows run end to end and add up to the plan's length, and every chapter and
  exercise is either in the plan or left for home.
"""

from __future__ import annotations

import importlib.util
import re
import sys
from pathlib import Path

import nbformat
import pytest

ROOT = Path(__file__).resolve().parent.parent
NOTEBOOKS = ROOT / "notebooks"
GUIDE = ROOT / "docs" / "instructor_guide.md"


def _load_tool():
    spec = importlib.util.spec_from_file_location("guide_answers", ROOT / "docs" / "guide_answers.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up while the class is made
    spec.loader.exec_module(module)
    return module


guide_answers = _load_tool()
MissingAnswer = guide_answers.MissingAnswer


def chapter_key(path: Path) -> str:
    """Return a chapter notebook's key: ``01``, ``01a``, ``02`` ..."""
    return path.name.split("_", 1)[0]


CHAPTERS = {chapter_key(path): path for path in sorted(NOTEBOOKS.glob("0*_*.ipynb"))}


# ---------------------------------------------------------------- the answers

@pytest.mark.parametrize("chapter", CHAPTERS)
def test_the_guide_holds_each_chapters_questions_and_answers_as_its_notebook_has_them(chapter):
    guide = GUIDE.read_text(encoding="utf-8")
    name = CHAPTERS[chapter].name
    assert name in guide_answers.regions(guide), (
        f"docs/instructor_guide.md holds no questions from notebooks/{name}: add its two comments to the "
        "chapter's section (see docs/guide_answers.py)")
    assert guide_answers.held(guide, name) == guide_answers.guide_section(CHAPTERS[chapter]), (
        f"the guide's questions and answers from notebooks/{name} are not the notebook's: run "
        "`python docs/guide_answers.py` and commit the guide")


def test_the_guide_names_only_notebooks_that_exist():
    assert set(guide_answers.regions(GUIDE.read_text(encoding="utf-8"))) <= {p.name for p in CHAPTERS.values()}


def markdown_notebook(folder: Path, name: str, *cells: str) -> Path:
    nb = nbformat.v4.new_notebook(cells=[nbformat.v4.new_markdown_cell("# A chapter"), nbformat.v4.new_code_cell("1"),
                                         *(nbformat.v4.new_markdown_cell(cell) for cell in cells)])
    path = folder / name
    nbformat.write(nb, path)
    return path


QUESTIONS = """\
## Summary

- A summary, not a question.

## Questions

1. Is a question written
   over two lines, with [a term](../docs/glossary.md#RSS)?

<details><summary>Answer</summary>

Yes: see [notebook 2](02_building_a_worker_pool.ipynb#the-pool) and [BENCHMARKS.md](../BENCHMARKS.md).

A second paragraph, and code:

```python
pool.submit(task)   # 2. not a question
```

</details>

2. A question whose summary sits on a line of its own?

<details>
<summary>Answer to question 2</summary>

Its answer, with ![a diagram](../docs/diagrams/ch01.svg) and [a site](https://example.org/x.md).
</details>
"""


def test_questions_are_read_with_their_answers_and_links_rewritten_for_the_guide(tmp_path):
    notebook = markdown_notebook(tmp_path, "01_x.ipynb", QUESTIONS, "3. A question in a cell of its own?\n\n"
                                 "<details><summary>Answer</summary>\n\nNo.\n\n</details>\n\nOn to the exercises.")
    assert guide_answers.guide_section(notebook) == """\
### Question 1

Is a question written
over two lines, with [a term](glossary.md#RSS)?

#### Answer

Yes: see [notebook 2](../notebooks/02_building_a_worker_pool.ipynb#the-pool) and [BENCHMARKS.md](../BENCHMARKS.md).

A second paragraph, and code:

```python
pool.submit(task)   # 2. not a question
```

### Question 2

A question whose summary sits on a line of its own?

#### Answer

Its answer, with ![a diagram](diagrams/ch01.svg) and [a site](https://example.org/x.md).

### Question 3

A question in a cell of its own?

#### Answer

No.
"""


def test_a_question_without_its_answer_is_refused_by_number(tmp_path):
    unanswered = QUESTIONS[:QUESTIONS.index("<details>\n<summary>Answer to question 2")]
    notebook = markdown_notebook(tmp_path, "01_x.ipynb", unanswered, "3. And a third, answered?\n\n<details>"
                                 "<summary>Answer</summary>\n\nYes.\n\n</details>")
    with pytest.raises(MissingAnswer, match=r"notebooks/01_x.ipynb: question 2 has no answer"):
        guide_answers.questions(notebook)


@pytest.mark.parametrize("text, message", [
    ("## Summary\n\nNothing to ask.", r"has no '## Questions' section"),
    ("## Questions\n\n1. One?\n\n<details><summary>Answer</summary>\n\nYes.\n\n</details>\n\n1. Two?\n\n"
     "<details><summary>Answer</summary>\n\nNo.\n\n</details>", r"numbered \[1, 1\]"),
    ("## Questions\n\n1. One?\n\n<details><summary>Answer</summary>\n\nYes, but never closed.", r"never closed"),
])
def test_questions_that_cannot_be_read_are_refused_with_the_reason(tmp_path, text, message):
    with pytest.raises(ValueError, match=message):
        guide_answers.questions(markdown_notebook(tmp_path, "01_x.ipynb", text))


def region(name: str, body: str) -> str:
    return f"{guide_answers._BEGIN.format(name=name)}\n\n{body}\n{guide_answers._END.format(name=name)}"


def test_rewriting_changes_only_what_lies_between_a_notebooks_comments(tmp_path):
    markdown_notebook(tmp_path, "01_x.ipynb", QUESTIONS)
    markdown_notebook(tmp_path, "02_y.ipynb", "## Questions\n\n1. Why?\n\n<details><summary>Answer</summary>\n\n"
                                              "Because.\n\n</details>")
    guide = ("# Guide\n\n## Chapter 1\n\n### Objectives\n\nKept.\n\n" + region("01_x.ipynb", "### Question 1\n\nOld.\n")
             + "\n\n### Common mistakes\n\nKept too.\n\n## Chapter 2\n\n" + region("02_y.ipynb", "Stale.\n") + "\n")
    new = guide_answers.rewrite(guide, tmp_path)
    first, second = (guide_answers.guide_section(tmp_path / name) for name in ("01_x.ipynb", "02_y.ipynb"))
    assert new == guide.replace("### Question 1\n\nOld.\n", first).replace("Stale.\n", second)
    only_first = guide_answers.rewrite(guide, tmp_path, {"01_x.ipynb"})
    assert "Stale." in only_first and "Old." not in only_first
    assert guide_answers.differences(new, tmp_path) == []
    assert guide_answers.differences(only_first, tmp_path) == [
        "docs/instructor_guide.md: the questions from notebooks/02_y.ipynb differ from the notebook's"]
    assert guide_answers.rewrite(new, tmp_path) == new


def test_a_notebook_with_questions_the_guide_does_not_hold_is_named(tmp_path):
    markdown_notebook(tmp_path, "01_x.ipynb", QUESTIONS)
    assert guide_answers.differences("# Guide\n", tmp_path) == ["docs/instructor_guide.md holds no questions from "
                                                                "notebooks/01_x.ipynb"]
    with pytest.raises(ValueError, match="holds no questions from 01_x.ipynb"):
        guide_answers.rewrite("# Guide\n", tmp_path, {"01_x.ipynb"})


# ---------------------------------------------------------------- the minutes

TIME = re.compile(r"^\*\*Time:\*\* about (\d+) minutes to read and run"
                  r"(?:; exercises: about (\d+) minutes|; no exercise)\.$", re.M)


def chapter_minutes(chapter: str) -> tuple[int, int | None]:
    """Return a chapter's (reading minutes, exercise minutes or None), from its first cell's Time line."""
    first = nbformat.read(CHAPTERS[chapter], as_version=4).cells[0].source
    found = TIME.findall(first)
    assert len(found) == 1, (f"notebooks/{CHAPTERS[chapter].name}'s first cell has {len(found)} lines like "
                             "'**Time:** about 25 minutes to read and run; exercises: about 15 minutes.' "
                             "(or '...; no exercise.'); it needs one")
    reading, exercises = found[0]
    return int(reading), int(exercises) if exercises else None


def section(heading: str) -> str:
    """Return the guide's text under a heading, up to the next heading as high."""
    guide = GUIDE.read_text(encoding="utf-8")
    level = heading.split(" ")[0]
    start = guide.index(heading + "\n") + len(heading) + 1
    end = re.compile(rf"^#{{1,{len(level)}}} ", re.M).search(guide, start)
    return guide[start:end.start() if end else len(guide)]


def table_rows(text: str) -> list[list[str]]:
    """Return the cells of the first Markdown table in ``text``, header and rule left out."""
    lines = text[text.index("\n|") + 1:].split("\n\n")[0].splitlines()
    return [[cell.strip() for cell in line.strip("|").split("|")] for line in lines[2:]]


def exercise_table() -> dict[int, tuple[str, int]]:
    """Return the guide's table of exercises: number -> (chapter key, minutes)."""
    rows = table_rows(section("## Exercises"))
    return {int(name.split(".")[0]): (f"{int(chapter):02d}", int(minutes)) for name, chapter, minutes in rows}


PLANS = {"### A 90-minute session": 90, "### A 3-hour session": 180}


def plan(heading: str) -> tuple[list[tuple[int, int, int, str]], str]:
    """Return a plan's rows as (start, end, minutes, what), times in minutes, and its 'At home' line."""
    text = section(heading)
    rows = []
    for time, minutes, what in table_rows(text):
        start, end = (int(h) * 60 + int(m) for h, m in (t.split(":") for t in time.split("-")))
        rows.append((start, end, int(minutes), what))
    (home,) = re.findall(r"^\*\*At home:\*\* (.*)$", text, re.M)
    return rows, home


def taught(what: str) -> tuple[str, str] | None:
    """Return ("chapter", key) or ("exercise", number) for a row that teaches one, else None."""
    found = re.match(r"(Chapter (\d)|Appendix (1a)|Exercise (\d+))\b", what)
    if found is None:
        return None
    if found[4]:
        return "exercise", found[4]
    return "chapter", f"{int(found[2]):02d}" if found[2] else "01a"


def at_home(line: str) -> set[tuple[str, str]]:
    """Return what an 'At home' line leaves to the students: "appendix 1a; chapters 3 and 5; exercises 1 to 10."."""
    left = set()
    for group in line.rstrip(".").split("; "):
        kind, _, numbers = group.partition(" ")
        spans = [(int(a), int(b or a)) for a, b in re.findall(r"(\d+)(?: to (\d+))?", numbers)]
        if kind == "appendix":
            left.add(("chapter", f"{numbers}"))
        elif kind.startswith("chapter"):
            left |= {("chapter", f"{n:02d}") for a, b in spans for n in range(a, b + 1)}
        elif kind.startswith("exercise"):
            left |= {("exercise", str(n)) for a, b in spans for n in range(a, b + 1)}
        else:
            raise AssertionError(f"an 'At home' line names appendices, chapters and exercises, not {group!r}")
    return {("chapter", "01a") if item == ("chapter", "1a") else item for item in left}


@pytest.mark.parametrize("heading", PLANS)
def test_each_plan_runs_from_start_to_its_length_with_rows_that_add_up(heading):
    rows, _ = plan(heading)
    assert rows[0][0] == 0 and rows[-1][1] == PLANS[heading], f"{heading} runs {rows[0][0]} to {rows[-1][1]} min"
    for (_, end, _, what), (start, _, _, _) in zip(rows, rows[1:], strict=False):
        assert start == end, f"{heading}: {what!r} ends at {end} min, the next row starts at {start}"
    for start, end, minutes, what in rows:
        assert end - start == minutes, f"{heading}: {what!r} lasts {end - start} min by its times, {minutes} by its own"
    assert sum(minutes for *_, minutes, _ in rows) == PLANS[heading]


@pytest.mark.parametrize("heading", PLANS)
def test_each_plan_teaches_or_leaves_for_home_every_chapter_and_exercise_once(heading):
    rows, home = plan(heading)
    in_class = [item for *_, what in rows if (item := taught(what)) is not None]
    everything = {("chapter", key) for key in CHAPTERS} | {("exercise", str(n)) for n in exercise_table()}
    assert len(in_class) == len(set(in_class)), f"{heading} teaches something twice: {in_class}"
    assert set(in_class).isdisjoint(at_home(home)), f"{heading} teaches in class what it leaves for home"
    missing = everything - set(in_class) - at_home(home)
    assert not missing, f"{heading} neither teaches nor leaves for home {sorted(missing)}"
    assert set(in_class) | at_home(home) == everything, f"{heading} names what the course does not have"


@pytest.mark.parametrize("heading", PLANS)
def test_each_plan_gives_a_chapter_and_an_exercise_their_own_minutes(heading):
    exercises = exercise_table()
    for *_, minutes, what in plan(heading)[0]:
        item = taught(what)
        if item is None:
            continue
        kind, key = item
        own = chapter_minutes(key)[0] if kind == "chapter" else exercises[int(key)][1]
        assert minutes == own, f"{heading}: the row of {kind} {key} has {minutes} min; its own minutes are {own}"


@pytest.mark.parametrize("chapter", CHAPTERS)
def test_a_chapters_exercise_minutes_are_those_of_its_exercises_in_the_guides_table(chapter):
    _, exercise_minutes = chapter_minutes(chapter)
    table = [minutes for key, minutes in exercise_table().values() if key == chapter]
    if exercise_minutes is None:
        assert not table, f"notebook {chapter} says it has no exercise; the guide's table gives it {len(table)}"
    else:
        assert sum(table) == exercise_minutes, (
            f"notebook {chapter} gives its exercises {exercise_minutes} min; the guide's table gives them {table}")
