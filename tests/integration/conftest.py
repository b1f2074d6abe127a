"""Fixtures of the database tests: the command line run in-process on the test database."""
import pytest

from rollout.cli import main


@pytest.fixture
def cli(database_url, monkeypatch, capsys):
    """`python -m rollout …` on this test's database: returns the exit code and the output."""
    monkeypatch.setenv("ROLLOUT_DATABASE_URL", database_url)

    def run(*argv):
        code = main(list(argv))
        return code, capsys.readouterr()
    return run
