"""The deployment checks of CI (.ci/run): one production stack on loopback (ops/stack.py), then the
two-server check and the three fault scripts on it, in turn. Exit status 0 if all hold, 1 otherwise.

    .venv/bin/python ops/check_deployment.py [two_servers postgres_restart redis_stopped kit_build]

Each check also runs alone, on its own stack: `.venv/bin/python ops/two_servers.py`,
`.venv/bin/python ops/faults/<name>.py`. What they saw is in docs/faults.md.
"""

import importlib
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from ops.stack import Stack, deployed, log  # noqa: E402

CHECKS = {
    "two_servers": "ops.two_servers",
    "postgres_restart": "ops.faults.postgres_restart",
    "redis_stopped": "ops.faults.redis_stopped",
    "kit_build": "ops.faults.kit_build",
}


def main(names):
    timings = {}
    started = time.monotonic()
    with Stack() as stack:
        site = deployed(stack)
        timings["stack"] = time.monotonic() - started
        for name in names:
            log(f"== {name} ==")
            began = time.monotonic()
            importlib.import_module(CHECKS[name]).run(stack, site)
            timings[name] = time.monotonic() - began
    log("timings: " + ", ".join(f"{name} {seconds:.0f} s" for name, seconds in timings.items()))
    log(f"deployment checks passed in {time.monotonic() - started:.0f} s")
    return 0


if __name__ == "__main__":
    chosen = sys.argv[1:] or list(CHECKS)
    try:
        sys.exit(main(chosen))
    except AssertionError as failure:
        print(f"DEPLOYMENT CHECK FAILED: {failure}", file=sys.stderr)
        sys.exit(1)
