"""A figure that carries a description of what it shows, in words: :class:`DescribedFigure`."""

from __future__ import annotations

import io
import textwrap
from typing import Any

from matplotlib.figure import Figure

__all__ = ["DescribedFigure"]


class DescribedFigure(Figure):
    """A :class:`matplotlib.figure.Figure` that carries a description of what it shows.

    ``description`` says in words what is plotted and how each line ends, for
    a reader who cannot see the figure.  In a notebook, a cell that ends with
    the figure, or passes it to ``display``, shows the image with the
    description as its alt text (``metadata["image/png"]["alt"]``, which a
    static HTML render with nbconvert's classic template puts on the
    ``<img>``) and prints the description under it: JupyterLab does not read
    alt text from an output, so the printed line is what its screen reader
    reads.  Every plot function of :mod:`pool_lab.plots` returns one; make one
    yourself for a figure of your own:

    >>> fig = DescribedFigure(figsize=(4, 3))
    >>> ax = fig.add_subplot(title="Two numbers")
    >>> bars = ax.bar(["a", "b"], [1, 2])
    >>> fig.description = "Two bars: a is 1, b is 2."
    >>> fig.caption
    'Figure: Two bars: a is 1, b is 2.'
    """

    def __init__(self, *args: Any, description: str = "", **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.description = description

    @property
    def caption(self) -> str:
        """Return the line printed under the figure in a notebook ("" without a description)."""
        return f"Figure: {self.description}" if self.description else ""

    def _ipython_display_(self) -> None:
        # IPython calls this before any formatter.  A Figure subclass cannot
        # rely on _repr_png_: the inline backend registers a printer for
        # Figure, which IPython finds (through the class's MRO) before it
        # looks for the method.  So the image comes from those printers, as
        # for any Figure (%config InlineBackend: retina, svg, still applies),
        # and the description goes into every image's metadata.
        from IPython.core.getipython import get_ipython
        from IPython.display import display

        shell = get_ipython()
        display_formatter = shell.display_formatter if shell is not None else None
        formatters = display_formatter.formatters if display_formatter is not None else {}
        data: dict[str, Any] = {}
        metadata: dict[str, dict[str, Any]] = {}
        for mime, formatter in formatters.items():
            if mime != "text/plain" and type(self) not in formatter:
                continue
            out = formatter(self)
            if isinstance(out, tuple) and len(out) == 2:  # (data, metadata), as retina's printer returns
                out, metadata[mime] = out[0], dict(out[1])
            if out is not None:
                data[mime] = out
        if not any(mime.startswith("image/") for mime in data):  # no printer registered: no inline backend
            buffer = io.BytesIO()
            self.savefig(buffer, format="png", bbox_inches="tight")
            data["image/png"] = buffer.getvalue()
        for mime in data:
            if mime.startswith("image/") and self.description:
                metadata.setdefault(mime, {})["alt"] = self.description
        display(data, metadata=metadata, raw=True)
        self._print_caption()

    def _print_caption(self) -> None:
        # Wrapped between words: a notebook wraps a long printed line wherever it reaches the edge.
        if self.caption:
            print(textwrap.fill(self.caption, width=100))
