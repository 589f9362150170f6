"""The release this code is. Every key of the `default` cache, where our objects and Wagtail's are kept
pickled, carries it (`CACHES["default"]["KEY_PREFIX"]`), so that a deploy never reads what an older
release stored.

Where it comes from, the first found wins:
1. the environment variable `SOLIDAIRE_RELEASE`, set by the deploy (a tag, a build number);
2. the commit checked out, read from the repository's `.git` (no `git` program needed; worktrees too);
3. the project's version in pyproject.toml (a copy of the code without its repository).
"""

import os
import re
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def git_dirs(root):
    """(the directory holding HEAD, the one holding the refs) of the checkout at `root`, or None. A
    worktree's `.git` is a file naming its own directory, whose `commondir` leads to the refs."""
    dot_git = root / ".git"
    if dot_git.is_dir():
        return dot_git, dot_git
    if dot_git.is_file():
        match = re.match(r"gitdir: (.+)", dot_git.read_text().strip())
        if match:
            head_dir = (root / match.group(1)).resolve()
            common = head_dir / "commondir"
            refs_dir = (head_dir / common.read_text().strip()).resolve() if common.exists() else head_dir
            return head_dir, refs_dir
    return None


def commit(head_dir, refs_dir):
    """The commit HEAD points to (detached, a loose ref or a packed one), or None."""
    try:
        head = (head_dir / "HEAD").read_text().strip()
        if not head.startswith("ref: "):
            return head or None
        ref = head.removeprefix("ref: ")
        if (refs_dir / ref).exists():
            return (refs_dir / ref).read_text().strip() or None
        for line in (refs_dir / "packed-refs").read_text().splitlines():
            if line.endswith(" " + ref):
                return line.split(" ", 1)[0]
    except OSError:
        pass
    return None


def version(root):
    match = re.search(r'^version = "([^"]+)"', (root / "pyproject.toml").read_text(), re.MULTILINE)
    return match.group(1) if match else "unknown"


def release(root=ROOT, environ=os.environ):
    """This code's release: see the module's docstring."""
    configured = environ.get("SOLIDAIRE_RELEASE", "").strip()
    if configured:
        return configured
    dirs = git_dirs(root)
    sha = commit(*dirs) if dirs else None
    return sha[:12] if sha else "v" + version(root)
