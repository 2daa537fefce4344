"""Output folders: which ones a build may write into, and the record of what it wrote there.

Each folder a build writes into gets a small manifest, :data:`MANIFEST_NAME`, written with the
outputs (all or nothing): the names of the files the toolkit wrote, the scenario and whether the
regions were built on the official boundaries or on sketches. With it a later build can tell

- files the toolkit did not write (they are named in a warning and never removed),
- layers or a map built with the official boundaries, which a build without them does not replace
  unless asked (``allow_sketch``),
- sketch layers of the same scenario left in another folder by an earlier build, which are removed
  when official layers are written.
"""

from __future__ import annotations

import json
import os
import warnings
from pathlib import Path

from .errors import GeoError

__all__ = ["MANIFEST_NAME", "OutputFolderError", "check_output_folder", "read_manifest", "manifest_text",
           "foreign_files", "unlisted_replacements", "previous_boundaries", "stale_sketch_layers", "protected_folders"]

#: File name of the manifest in each output folder.
MANIFEST_NAME = ".geo-outputs.json"


class OutputFolderError(GeoError):
    """An output folder cannot be used as given (``/``, the home folder, the repository root, or a
    folder of official layers that a build on sketches would replace)."""


def protected_folders() -> dict[Path, str]:
    """Folders never used for outputs unless empty or forced: ``/``, the home folder and the root of
    the repository this package runs from (when it runs from a clone)."""
    out = {Path("/").resolve(): "the file system root"}
    try:
        out[Path.home().resolve()] = "your home folder"
    except (RuntimeError, KeyError):  # no home folder for this user
        pass
    repo = Path(__file__).resolve().parent.parent
    if (repo / "pyproject.toml").is_file() and (repo / "geo").is_dir():
        out[repo] = "the repository root"
    return out


def check_output_folder(folder: str | Path, *, option: str = "--out", force: bool = False) -> None:
    """Refuse a protected folder (:func:`protected_folders`) that already holds files.

    Raises
    ------
    OutputFolderError
        If ``folder`` is ``/``, the home folder or the repository root and is not empty, and
        ``force`` is false; or if it is a file, not a folder.
    """
    path = Path(folder)
    if path.exists() and not path.is_dir():
        raise OutputFolderError(f"{option} {folder}: is a file, not a folder; give the folder to write into")
    resolved = path.resolve()
    what = protected_folders().get(resolved)
    if what is None or force or not path.is_dir() or not any(path.iterdir()):
        return
    raise OutputFolderError(f"{option} {folder}: is {what} ({resolved}) and already holds files; the build would "
                            f"write its files among them: give an output folder of its own (e.g. {option} build), "
                            "or --force to write there anyway")


def read_manifest(folder: str | Path) -> dict | None:
    """The manifest of an output folder, or ``None`` if it has none (or an unreadable one)."""
    try:
        data = json.loads((Path(folder) / MANIFEST_NAME).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    if not isinstance(data, dict) or not isinstance(data.get("files"), list):
        return None
    return data


def manifest_text(folder: str | Path, names, *, scenario_id: str, boundaries: str | None) -> str:
    """The manifest to write in ``folder``: the names written now, plus those of the previous
    manifest that are still there (a build with events, then one without, keeps both listed)."""
    previous = read_manifest(folder) or {"files": []}
    kept = {n for n in previous["files"] if isinstance(n, str) and (Path(folder) / n).is_file()}
    data = {"written_by": "geo (python -m geo build)", "scenario": scenario_id, "boundaries": boundaries,
            "files": sorted(kept | set(names))}
    return json.dumps(data, indent=1, ensure_ascii=False) + "\n"


def foreign_files(folder: str | Path, names, *, ignore=()) -> list[str]:
    """Files and folders in ``folder`` the toolkit did not write, when the folder has no manifest
    yet (an empty list when it has one, or does not exist). ``names`` (about to be written) and
    ``ignore`` (e.g. the layers folder inside the output folder) are not counted."""
    path = Path(folder)
    if not path.is_dir() or read_manifest(path) is not None:
        return []
    skip = set(names) | {MANIFEST_NAME, ".geo.lock"} | {Path(i).name for i in ignore}
    return sorted(e.name for e in path.iterdir()
                  if e.name not in skip and not (e.name.startswith(".") and e.name.endswith((".tmp", ".previous"))))


def unlisted_replacements(folder: str | Path, names) -> list[str]:
    """Files about to be replaced in a folder that has no manifest yet (so nothing says the toolkit
    wrote them): named in a warning, since the build replaces them."""
    path = Path(folder)
    if not path.is_dir() or read_manifest(path) is not None:
        return []
    return sorted(n for n in set(names) if n != MANIFEST_NAME and (path / n).is_file())


def previous_boundaries(folder: str | Path) -> str | None:
    """``"official"`` or ``"sketch"``: what the regions already in ``folder`` were built on, from
    its manifest or, without one, from the ``geometry_kind`` of ``regions.geojson``; else ``None``."""
    manifest = read_manifest(folder)
    if manifest is not None and manifest.get("boundaries") in ("official", "sketch"):
        return manifest["boundaries"]
    regions = Path(folder) / "regions.geojson"
    try:
        with open(regions, encoding="utf-8") as fh:
            head = fh.read(50 * 1024 * 1024)
    except OSError:
        return None
    if '"geometry_kind":"official_boundary"' in head.replace(" ", ""):
        return "official"
    return None


def stale_sketch_layers(folder: str | Path, scenario_id: str) -> list[Path]:
    """Files of sketch layers of the same scenario that an earlier build wrote into ``folder`` (from
    its manifest), to remove when official layers have been written elsewhere."""
    manifest = read_manifest(folder)
    if not manifest or manifest.get("boundaries") != "sketch" or manifest.get("scenario") != scenario_id:
        return []
    files = [Path(folder) / n for n in manifest["files"]
             if isinstance(n, str) and "/" not in n and n not in ("..", ".")]
    return [f for f in files if f.suffix in (".geojson", ".qml") and f.is_file()]


def remove_stale(folder: str | Path, files: list[Path]) -> None:
    """Remove ``files`` and the folder's manifest, then the folder if it is left empty."""
    for f in [*files, Path(folder) / MANIFEST_NAME]:
        try:
            os.unlink(f)
        except FileNotFoundError:
            pass
    try:
        Path(folder).rmdir()
    except OSError:
        pass


def warn_replaced(folder: str | Path, files: list[str]) -> None:
    """Warn that files no manifest lists as the toolkit's are being replaced."""
    if files:
        shown = ", ".join(files[:5]) + (f" and {len(files) - 5} more" if len(files) > 5 else "")
        warnings.warn(f"{folder} has no {MANIFEST_NAME} yet, so nothing says the toolkit wrote {shown}; they are "
                      "replaced by this build (the earlier versions stay only in your backups or version control)",
                      stacklevel=3)


def warn_foreign(folder: str | Path, files: list[str]) -> None:
    """Warn that an output folder holds files the toolkit did not write (they are left as they are)."""
    if files:
        shown = ", ".join(files[:5]) + (f" and {len(files) - 5} more" if len(files) > 5 else "")
        warnings.warn(f"{folder} already holds {len(files)} file(s) the toolkit did not write ({shown}); they are "
                      f"left as they are, and the toolkit's own files are listed in {Path(folder) / MANIFEST_NAME}",
                      stacklevel=3)
