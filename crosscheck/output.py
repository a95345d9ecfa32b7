"""Writing output files: atomically, and never over an article that was read."""

from __future__ import annotations

import os
import tempfile
from collections.abc import Iterable
from pathlib import Path

from crosscheck.errors import CrosscheckError


def write_atomic(path: Path, data: bytes, *, inputs: Iterable[str] = ()) -> None:
    """Write `data` to `path` through a temporary file renamed into place.

    A reader never sees half a file, and a failed write leaves any old file as it was. The path
    is checked with `check_target` first.
    """
    target = check_target(path, inputs=inputs)
    folder = target.parent
    try:
        handle, temporary = tempfile.mkstemp(dir=folder, prefix=f".{target.name}.", suffix=".tmp")
        try:
            # mkstemp makes the file private; give it the permissions a plain open() would.
            os.chmod(temporary, 0o666 & ~_umask())
            with os.fdopen(handle, "wb") as stream:
                stream.write(data)
                stream.flush()
                os.fsync(stream.fileno())
            os.replace(temporary, target)
        except BaseException:
            Path(temporary).unlink(missing_ok=True)
            raise
    except OSError as exc:
        raise CrosscheckError(f"{path}: cannot write ({exc.strerror or exc})") from None


def check_target(path: Path, *, inputs: Iterable[str] = ()) -> Path:
    """The resolved output path, refused if it is an input or cannot hold a file.

    A path that is one of the inputs (an article, or a file inside an input folder) is refused:
    the output would destroy what it was made from. Commands check before they do any work.
    """
    target = path.resolve()
    for raw in inputs:
        if raw == "-":
            continue
        source = Path(raw).resolve()
        if target == source or (source.is_dir() and source in target.parents):
            raise CrosscheckError(
                f"{path}: refusing to write over an input ({raw}); choose another output file"
            )
    if target.is_dir():
        raise CrosscheckError(f"{path}: is a folder; name an output file")
    if not target.parent.is_dir():
        raise CrosscheckError(f"{path}: folder {target.parent} does not exist")
    return target


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask
