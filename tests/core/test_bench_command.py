"""``gongkai bench``: lists the benchmarks of bench/ and runs one in its own process."""

from gongkai.cli import main


def test_without_a_name_it_lists_the_benchmarks_and_not_their_helpers(capsys):
    assert main(["bench"]) == 0
    names = [line.split()[0] for line in capsys.readouterr().out.splitlines()]
    assert {"reports_all_units", "search", "workdays", "orgs_subtree"} <= set(names)
    assert "synthetic" not in names and "_table" not in names


def test_an_unknown_benchmark_is_refused_in_chinese_with_the_list(capsys):
    assert main(["bench", "fastest"]) == 2
    assert "没有名为“fastest”的基准测试" in capsys.readouterr().err


def test_a_benchmark_runs_with_its_own_arguments_and_prints_its_table(capfd, monkeypatch, tmp_path):
    # As an operator runs it: its own settings and SQLite database in a scratch data directory.
    for name in ("DATABASE_URL", "DJANGO_SETTINGS_MODULE", "GONGKAI_MODE"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("GONGKAI_HOME", str(tmp_path))
    assert main(["bench", "orgs_subtree", "--units", "300", "--repeat", "3"]) == 0
    out = capfd.readouterr().out
    assert "units: 300" in out and "× baseline" in out and "city subtree (all units)" in out
