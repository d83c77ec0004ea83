"""The exception the suite's network guard raises (tests/conftest.py installs the guard)."""


class NetworkUsed(AssertionError):
    """Raised when any code under test tries to reach the network (DESIGN.md: never)."""
