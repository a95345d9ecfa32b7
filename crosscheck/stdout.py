"""Standard output that outlives its reader, so `crosscheck check | head` keeps its exit code.

When the program reading the output exits early (`head`, a pager that is quit), the next write
fails with a broken pipe. Click would end the run with exit code 1, which `check` uses to say
"findings": a CI gate with `pipefail` would fail on output nobody read, and one without findings
would look failed. Instead the rest of the output is dropped, the run goes on, and the exit code
is the run's own.
"""

from __future__ import annotations

import os
from collections.abc import Iterable
from typing import Any, TextIO


class QuietPipe:
    """A text stream that writes to `stream` until its reader is gone, then drops the rest."""

    def __init__(self, stream: TextIO) -> None:
        self._stream = stream
        self._gone = False

    def write(self, text: str) -> int:
        if not self._gone:
            try:
                return self._stream.write(text)
            except BrokenPipeError:
                self._go_quiet()
        return len(text)

    def writelines(self, lines: Iterable[str]) -> None:
        for line in lines:
            self.write(line)

    def flush(self) -> None:
        if not self._gone:
            try:
                self._stream.flush()
            except BrokenPipeError:
                self._go_quiet()

    def __getattr__(self, name: str) -> Any:
        # isatty, encoding, fileno...: what click and rich ask of a stream, answered by it.
        return getattr(self._stream, name)

    def _go_quiet(self) -> None:
        self._gone = True
        # What the stream still holds would fail again when Python flushes it on exit, with
        # an "Exception ignored" message: from now on its descriptor leads nowhere.
        try:
            descriptor = self._stream.fileno()
        except (OSError, ValueError):
            return  # not a file (a test's capture): nothing is flushed to a pipe at exit
        nowhere = os.open(os.devnull, os.O_WRONLY)
        try:
            os.dup2(nowhere, descriptor)
        finally:
            os.close(nowhere)
