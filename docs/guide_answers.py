"""Write the instructor's guide's end-of-chapter questions and answers from the chapter notebooks.

Each chapter notebook (``notebooks/0*.ipynb``) ends with a ``## Questions``
section: numbered questions, each followed by its answer folded in a
``<details>`` block, one click away for a student studying alone::

    1. Goroutines start with a stack of a few KiB. Why did the Go service still run out of memory?

    <details><summary>Answer</summary>

    Because the cost was never the goroutines: ...

    </details>

The notebook is the one place a question and its answer are written.  In
``docs/instructor_guide.md``, each chapter's questions sit between two
comments that name the notebook, and this script writes what is between them
as ``### Question N`` and ``#### Answer`` sections, with the notebook's
relative links rewritten to work from ``docs/`` (``../docs/glossary.md``
becomes ``glossary.md``, ``02_building_a_worker_pool.ipynb`` becomes
``../notebooks/02_building_a_worker_pool.ipynb``).  Run it from anywhere
after changing a question or an answer, and commit the guide::

    python docs/guide_answers.py            # rewrites every chapter's questions in the guide
    python docs/guide_answers.py NOTEBOOK   # only those of the notebooks named
    python docs/guide_answers.py --check    # writes nothing; exit 1, saying which differ

``tests/test_guide.py`` fails when the guide's questions or answers are not
what this script writes from the notebooks now.  A chapter whose guide
section has no such comments yet gets them by hand, once: copy another
chapter's two lines and change the notebook's name.
"""

from __future__ import annotations

import argparse
import json
import posixpath
import re
import sys
import textwrap
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
GUIDE = ROOT / "docs" / "instructor_guide.md"

_BEGIN = "<!-- Questions and answers from notebooks/{name}, written by docs/guide_answers.py: edit them there. -->"
_END = "<!-- End of the questions from notebooks/{name}. -->"
_REGION = re.compile(re.escape(_BEGIN).replace(r"\{name\}", r"(?P<name>[\w.-]+\.ipynb)") + r"\n(?P<body>.*?)"
                     + re.escape(_END).replace(r"\{name\}", r"(?P=name)"), re.S)

_HEADING = re.compile(r"^(#{1,6})\s+(.*?)\s*$")
_ITEM = re.compile(r"^(\d+)\.[ \t]+(.*)$")
# A relative link's target, in Markdown (](...)) or HTML (href="...", src="...").
_LINK = re.compile(r"(?P<before>\]\(|(?:href|src)=\")(?P<target>[^)\"\s]+)")


class MissingAnswer(ValueError):
    """A question in a notebook has no answer folded under it."""


@dataclass(frozen=True)
class Question:
    """One end-of-chapter question and its answer, as Markdown written for the notebook."""

    number: int
    text: str
    answer: str


def questions(notebook: Path) -> list[Question]:
    """Return the questions of ``notebook``'s ``## Questions`` section, each with its answer.

    Raises ValueError when there is no such section or its numbers do not
    run 1, 2, 3 ...; MissingAnswer when a question has no ``<details>``
    block after it.
    """
    section = _questions_section(notebook)
    items: list[dict] = []
    in_details = in_summary = False

    def read_answer(line: str) -> None:
        # Inside a <details> block: skip its <summary>, keep the rest up to </details>.
        nonlocal in_details, in_summary
        if in_summary or line.lstrip().startswith("<summary"):
            in_summary = "</summary>" not in line
            line = line.partition("</summary>")[2]
        before, closed, _ = line.partition("</details>")
        items[-1]["answer"].append(before)
        in_details = not closed

    for line in section.splitlines():
        item = items[-1] if items else None
        if in_details:
            read_answer(line)
        elif line.lstrip().startswith("<details"):
            if item is None or item["answered"]:
                raise ValueError(f"{_name(notebook)}: a <details> block that follows no question")
            item["answered"] = True
            read_answer(line.partition(">")[2].lstrip())  # what follows <details> on its line
        elif (found := _ITEM.match(line)) is not None:
            items.append({"number": int(found[1]), "text": [found[2]], "answer": [], "answered": False})
        elif item is not None and not item["answered"]:
            item["text"].append(line)
        # Text after the last answer (a link to the exercises, say) is not a question's.
    if in_details:
        raise ValueError(f"{_name(notebook)}: question {items[-1]['number']}'s <details> block is never closed")
    numbers = [item["number"] for item in items]
    if numbers != list(range(1, len(items) + 1)):
        raise ValueError(f"{_name(notebook)}: its questions are numbered {numbers}; number them 1 to {len(items)} "
                         "(after a <details> block a list starts again, at the number written)")
    unanswered = [item["number"] for item in items if not item["answered"]]
    if unanswered:
        raise MissingAnswer(f"{_name(notebook)}: question {unanswered[0]} has no answer; put it right after the "
                            "question, in <details><summary>Answer</summary> ... </details>")
    return [Question(item["number"], _block(item["text"]), _block(item["answer"])) for item in items]


def _questions_section(notebook: Path) -> str:
    """Return the Markdown from the ``## Questions`` heading to the next heading as high, without the heading."""
    cells = json.loads(notebook.read_text(encoding="utf-8"))["cells"]
    lines: list[str] = []
    inside = False
    for cell in cells:
        if cell["cell_type"] != "markdown":
            continue
        source = cell["source"] if isinstance(cell["source"], str) else "".join(cell["source"])
        for line in source.splitlines():
            heading = _HEADING.match(line)
            if heading and len(heading[1]) <= 2:
                if inside:
                    return "\n".join(lines)
                inside = heading[2] == "Questions" and len(heading[1]) == 2
            elif inside:
                lines.append(line)
        lines.append("")  # cells are paragraphs apart
    if not inside:
        raise ValueError(f"{_name(notebook)} has no '## Questions' section")
    return "\n".join(lines)


def _block(lines: list[str]) -> str:
    """Return the lines as one block: the list item's indentation and the blank lines around it removed."""
    first, *rest = lines if lines else [""]
    return (first.strip() + "\n" + textwrap.dedent("\n".join(rest))).strip()


def _name(notebook: Path) -> str:
    return f"notebooks/{notebook.name}"


def for_guide(markdown: str) -> str:
    """Return ``markdown`` written in ``notebooks/`` with its relative links rewritten to work from ``docs/``.

    >>> for_guide("the [glossary](../docs/glossary.md#RSS) and [notebook 2](02_pool.ipynb)")
    'the [glossary](glossary.md#RSS) and [notebook 2](../notebooks/02_pool.ipynb)'
    """

    def rewrite(found: re.Match) -> str:
        target = found["target"]
        if re.match(r"[a-z][a-z0-9+.-]*:|#|/", target):  # a URL, an anchor on the page, or an absolute path
            return found[0]
        path, hash_, fragment = target.partition("#")
        moved = posixpath.relpath(posixpath.normpath(posixpath.join("notebooks", path)), "docs")
        return found["before"] + moved + hash_ + fragment

    return _LINK.sub(rewrite, markdown)


def guide_section(notebook: Path) -> str:
    """Return what the guide holds between the comments that name ``notebook``: its questions and answers."""
    parts = [f"### Question {q.number}\n\n{for_guide(q.text)}\n\n#### Answer\n\n{for_guide(q.answer)}\n"
             for q in questions(notebook)]
    return "\n".join(parts)


def regions(guide: str) -> list[str]:
    """Return the notebooks whose questions the guide holds, by file name, in the guide's order."""
    return [found["name"] for found in _REGION.finditer(guide)]


def held(guide: str, name: str) -> str:
    """Return what the guide holds between the comments that name notebook ``name``."""
    for found in _REGION.finditer(guide):
        if found["name"] == name:
            return found["body"].strip("\n") + "\n"
    raise ValueError(f"the guide holds no questions from {name}: add its two comments to the chapter's section "
                     "(see this script's docstring)")


def rewrite(guide: str, notebooks_dir: Path, only: set[str] | None = None) -> str:
    """Return ``guide`` with the questions of each notebook it names (or of those in ``only``) written anew."""
    unknown = (only or set()) - set(regions(guide))
    if unknown:
        raise ValueError(f"the guide holds no questions from {', '.join(sorted(unknown))}: add its two comments "
                         "to the chapter's section (see this script's docstring)")

    def write(found: re.Match) -> str:
        name = found["name"]
        if only is not None and name not in only:
            return found[0]
        return _BEGIN.format(name=name) + "\n\n" + guide_section(notebooks_dir / name) + "\n" + _END.format(name=name)

    return _REGION.sub(write, guide)


def differences(guide: str, notebooks_dir: Path) -> list[str]:
    """Return one line for each notebook whose questions the guide does not hold as they are now; empty if none.

    Also names a notebook whose questions cannot be read (an answer
    missing, say), and a chapter notebook with a ``## Questions`` section
    that the guide holds nothing from.
    """
    problems = []
    held = regions(guide)
    for name in held:
        try:
            if rewrite(guide, notebooks_dir, {name}) != guide:
                problems.append(f"docs/instructor_guide.md: the questions from notebooks/{name} differ from the "
                                "notebook's")
        except ValueError as exc:  # the notebook's questions cannot be read
            problems.append(str(exc))
    for notebook in sorted(notebooks_dir.glob("0*.ipynb")):
        if notebook.name not in held and "## Questions" in notebook.read_text(encoding="utf-8"):
            problems.append(f"docs/instructor_guide.md holds no questions from {_name(notebook)}")
    return problems


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python docs/guide_answers.py", description=__doc__.split("\n\n")[0])
    parser.add_argument("notebooks", nargs="*", type=Path,
                        help="rewrite only the questions of these notebooks (default: every one the guide holds)")
    parser.add_argument("--check", action="store_true",
                        help="write nothing; exit 1, naming them, if the guide's questions differ from the notebooks'")
    args = parser.parse_args(argv)
    notebooks_dir = ROOT / "notebooks"
    guide = GUIDE.read_text(encoding="utf-8")
    try:
        if args.check:
            problems = differences(guide, notebooks_dir)
            for problem in problems:
                print(problem, file=sys.stderr)
            if problems:
                print("answers go in the notebooks; write the guide's from them with: python docs/guide_answers.py",
                      file=sys.stderr)
            return 1 if problems else 0
        only = {path.name for path in args.notebooks} or None
        new = rewrite(guide, notebooks_dir, only)
    except ValueError as exc:  # a notebook without its questions, an answer missing, a notebook the guide lacks
        print(f"{parser.prog}: error: {exc}", file=sys.stderr)
        return 2
    changed = [name for name in regions(guide) if held(new, name) != held(guide, name)]
    if changed:
        GUIDE.write_text(new, encoding="utf-8")
        print(f"rewrote the questions from {', '.join(changed)} in docs/instructor_guide.md")
    else:
        print("docs/instructor_guide.md already holds the notebooks' questions")
    return 0


if __name__ == "__main__":
    sys.exit(main())
