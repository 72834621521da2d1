"""Settings for the test suite: test mode and a fresh data directory per test process."""

import os
import tempfile

os.environ.setdefault("GONGKAI_MODE", "test")
os.environ.setdefault("GONGKAI_HOME", tempfile.mkdtemp(prefix="gongkai-test-"))

from gongkai.settings import *  # noqa: E402,F403

PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]  # speed; production keeps the defaults
