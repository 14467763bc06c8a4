"""Install the Debian packages the test suite needs when we can; say clearly what will be skipped when we cannot."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys

PACKAGES = {"chromium": "/usr/bin/chromium", "postgresql": "/usr/lib/postgresql"}


def missing() -> list[str]:
    """Debian packages whose files are not on this machine."""
    return [pkg for pkg, path in PACKAGES.items() if not os.path.exists(path)]


def main() -> int:
    """Install what is missing with apt when root; otherwise print what the tests will skip."""
    todo = missing()
    if not todo:
        return 0
    if os.geteuid() == 0 and shutil.which("apt-get"):
        env = dict(os.environ, DEBIAN_FRONTEND="noninteractive")
        print(f"installing Debian packages for the tests: {' '.join(todo)}", flush=True)
        subprocess.run(["apt-get", "update", "-qq"], check=False, env=env)
        subprocess.run(["apt-get", "install", "-y", "-qq", *todo], check=False, env=env, stdout=subprocess.DEVNULL)
        todo = missing()
    for pkg in todo:
        print(
            f"SKIP NOTICE: Debian package '{pkg}' is not installed and cannot be installed here "
            f"(needs root and apt); tests that need it will be skipped.",
            flush=True,
        )
    if todo and os.environ.get("CI"):
        print("In CI nothing may be skipped for a missing package.", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
