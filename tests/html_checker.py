"""The Nu HTML checker (vnu.jar, fetched by the Makefile into .cache/) run over documents the tests made.

`validate(documents)` writes each document to a temporary file, runs the checker once over all of them and
returns its errors as (name, line, message). Where Java or the jar is missing the tests that use it skip,
unless REQUIRE_HTML_CHECKER=1 (CI) makes that a failure.
"""

import glob
import json
import os
import shutil
import subprocess
import tempfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


def checker_command():
    """The command that runs the checker, or None if this machine cannot run it."""
    jar = os.environ.get("VNU_JAR") or next(iter(sorted(glob.glob(str(ROOT / ".cache" / "vnu-*.jar")))), None)
    java = shutil.which("java")
    if not jar or not os.path.exists(jar) or not java:
        return None
    return [java, "-jar", jar]


def require_checker():
    command = checker_command()
    if command is None:
        reason = "the Nu HTML checker needs Java and .cache/vnu-*.jar (make html-checker)"
        if os.environ.get("REQUIRE_HTML_CHECKER"):
            pytest.fail(reason)
        pytest.skip(reason)
    return command


def validate(documents):
    """The checker's errors in `documents` ({name: HTML bytes or str}): a list of (name, line, message)."""
    command = require_checker()
    with tempfile.TemporaryDirectory() as folder:
        names = {}
        for number, (name, content) in enumerate(documents.items()):
            path = Path(folder) / f"{number:04d}.html"
            path.write_bytes(content.encode() if isinstance(content, str) else content)
            names[str(path)] = name
        finished = subprocess.run(
            [*command, "--errors-only", "--format", "json", "--stdout", *sorted(map(str, names))],
            capture_output=True,
            check=False,
        )
        report = json.loads(finished.stdout or b'{"messages": []}')
    by_file = {Path(path).name: name for path, name in names.items()}
    return [
        (by_file.get(message.get("url", "").rsplit("/", 1)[-1]), message.get("lastLine"), message["message"])
        for message in report["messages"]
    ]
