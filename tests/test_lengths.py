"""Code a newcomer can carry on: no module of pool_lab over 500 lines, no function over 60 lines of code.

A function's lines are counted with :mod:`ast`, from its ``def`` to its last
line, blank lines and comments included (they take the screen too); a
method or a nested function is counted on its own as well as within the
function around it.  Its docstring does not count: it is the documentation.
In the exercises' checks (``pool_lab/exercises/``) the lines of a message do
not count either (found with :mod:`tokenize`): a line that holds nothing but
string literals, and the commas and brackets that close them, is the text of
a message the student reads (``expect(done, f"... {measured} ..."``, then
``"Hint: ..."``), and the checks are long by their messages on purpose.  A
line that opens a bracket or holds a name is code.  Issue 24 set the limits.
"""

from __future__ import annotations

import ast
import io
import textwrap
import tokenize
from pathlib import Path

PACKAGE = Path(__file__).resolve().parent.parent / "pool_lab"
MODULES = sorted(PACKAGE.rglob("*.py"))
MAX_MODULE_LINES = 500
MAX_FUNCTION_LINES = 60
# Where a line of nothing but a message's text is prose, not code.
PROSE_IN = (PACKAGE / "exercises",)
# What may sit beside a message's text on a line that is prose: the end of a call, a list, a sum.
_CLOSING = {")", "]", ",", "+"}
_LAYOUT = {tokenize.COMMENT, tokenize.NL, tokenize.NEWLINE, tokenize.INDENT, tokenize.DEDENT, tokenize.ENDMARKER}


def prose_lines(source: str) -> set[int]:
    """Return the numbers of the lines that hold string literals and nothing else but closing punctuation.

    An f-string is one literal, whatever it interpolates: on Python 3.12+
    it comes as FSTRING_START, its parts and FSTRING_END (PEP 701); before,
    as one STRING token.
    """
    kinds: dict[int, set[str]] = {}
    depth = 0  # how many f-strings the current token is inside
    for token in tokenize.generate_tokens(io.StringIO(source).readline):
        name = tokenize.tok_name[token.type]
        depth += name.endswith("STRING_START")
        if depth or token.type == tokenize.STRING:
            kind = "text"
        elif token.type in _LAYOUT or (token.type == tokenize.OP and token.string in _CLOSING):
            kind = ""
        else:
            kind = "code"
        depth -= name.endswith("STRING_END")
        for line in range(token.start[0], token.end[0] + 1):
            kinds.setdefault(line, set()).add(kind)
    return {line for line, seen in kinds.items() if "text" in seen and "code" not in seen}


def function_lengths(source: str, prose: bool) -> dict[str, int]:
    """Return each function's lines of code by its qualified name: its lines, less its docstring (and prose)."""
    tree = ast.parse(source)
    left_out = prose_lines(source) if prose else set()
    lengths = {}

    def visit(node: ast.AST, prefix: str) -> None:
        for child in ast.iter_child_nodes(node):
            name = f"{prefix}{getattr(child, 'name', '')}"
            if isinstance(child, (ast.FunctionDef, ast.AsyncFunctionDef)):
                lines = set(range(child.lineno, (child.end_lineno or child.lineno) + 1)) - left_out
                if ast.get_docstring(child, clean=False) is not None:
                    docstring = child.body[0]
                    lines -= set(range(docstring.lineno, (docstring.end_lineno or docstring.lineno) + 1))
                lengths[name] = len(lines)
                visit(child, f"{name}.")
            elif isinstance(child, ast.ClassDef):
                visit(child, f"{name}.")
            else:
                visit(child, prefix)

    visit(tree, "")
    return lengths


def _name(path: Path) -> str:
    return str(path.relative_to(PACKAGE.parent))


def test_no_module_is_over_500_lines():
    lengths = {_name(path): len(path.read_text(encoding="utf-8").splitlines()) for path in MODULES}
    assert "pool_lab/lab.py" in lengths  # the walk found the package
    assert {name: n for name, n in lengths.items() if n > MAX_MODULE_LINES} == {}


def test_no_function_is_over_60_lines_of_code():
    lengths = {}
    for path in MODULES:
        prose = any(path.is_relative_to(folder) for folder in PROSE_IN)
        for name, n in function_lengths(path.read_text(encoding="utf-8"), prose).items():
            lengths[f"{_name(path)}: {name}"] = n
    # The walk found the functions, methods included, and counted them.
    assert lengths["pool_lab/lab.py: run_lab"] > 0 and lengths["pool_lab/executors.py: WorkerPool.map"] > 0
    assert {name: n for name, n in lengths.items() if n > MAX_FUNCTION_LINES} == {}


def test_a_docstring_does_not_count_and_every_other_line_does():
    source = textwrap.dedent('''
        class Pool:
            def run(self, items):
                """Run every item.

                Three lines of docstring.
                """
                # a comment counts

                return [item for item in items]
        ''')
    assert function_lengths(source, prose=False) == {"Pool.run": 4}
    assert function_lengths(source, prose=True) == {"Pool.run": 4}


def test_in_the_checks_a_messages_text_does_not_count_and_the_code_around_it_does():
    source = textwrap.dedent('''
        def check(answer):
            peak = answer()
            expect(peak <= 4,
                   f"your pool ran {peak} tasks at once; the limit was 4. "
                   "Hint: start exactly `workers` threads.")
            report = (
                ("peak", f"{peak}"),
            )
            raise AssertionError(
                f"the answer held {peak} payloads "
                "at once"
            ) from None
        ''')
    # def, peak =, expect(, report = (, the row (it opens a bracket), ), raise (, ) from None: 8
    assert function_lengths(source, prose=True) == {"check": 8}
    assert function_lengths(source, prose=False) == {"check": 12}


def test_a_function_inside_a_function_counts_on_its_own_and_within_the_other():
    source = textwrap.dedent('''
        async def outer():
            def inner():
                return 1
            return inner()
        ''')
    assert function_lengths(source, prose=False) == {"outer": 4, "outer.inner": 2}

