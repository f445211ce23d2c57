"""Batch export: many releases in one call, a failing one reported, the others written."""

from __future__ import annotations

import shutil

import pytest

from conftest import ARABIC_SAMPLE, DATA, ENGLISH_SAMPLE
from pressdesk import batch
from pressdesk.cli.main import main
from pressdesk.cli.progress import Progress
from pressdesk.model import load_release
from pressdesk.pipeline import slug
from pressdesk.util import forked


def broken(tmp_path):
    bad = tmp_path / "bad.pressrelease"
    bad.write_text('{"format": "pressdesk.release", "version": 1, "body": 3', "utf-8")
    return bad


def test_one_call_exports_several_releases_and_names_the_failing_one(tmp_path, capsys):
    out = tmp_path / "out"
    bad = broken(tmp_path)
    files = [ARABIC_SAMPLE, bad, ENGLISH_SAMPLE, DATA / "fa.pressrelease"]
    code = main(["export", *map(str, files), "-f", "txt", "-o", str(out)])
    assert code == 2
    captured = capsys.readouterr()
    errors = captured.err.strip().splitlines()
    assert len(errors) == 1 and str(bad) in errors[0] and "JSON" in errors[0]
    assert "Traceback" not in captured.err
    want = {slug(load_release(f)) + ".txt" for f in files if f != bad}
    assert {p.name for p in out.iterdir()} == want
    assert set(captured.out.split()) == {str(out / name) for name in want}  # not a terminal: paths
    text = (out / (slug(load_release(ARABIC_SAMPLE)) + ".txt")).read_text("utf-8")
    assert load_release(ARABIC_SAMPLE).headline in text


def test_all_good_exits_0_and_quiet_prints_nothing(tmp_path, capsys):
    out = tmp_path / "out"
    assert main(["export", str(ARABIC_SAMPLE), str(ENGLISH_SAMPLE), "-f", "html", "-o", str(out),
                 "-q"]) == 0
    assert capsys.readouterr().out == ""
    assert len(list(out.iterdir())) == 2


def test_several_releases_need_a_folder_and_no_stem(tmp_path, capsys):
    target = tmp_path / "file.txt"
    target.write_text("x")
    assert main(["export", str(ARABIC_SAMPLE), str(ENGLISH_SAMPLE), "-o", str(target)]) == 2
    assert main(["export", str(ARABIC_SAMPLE), str(ENGLISH_SAMPLE), "--stem", "x"]) == 2
    err = capsys.readouterr().err
    assert "-o names a folder" in err and "--stem" in err


def test_the_same_headline_twice_gets_two_names_and_a_file_given_twice_one(tmp_path):
    copy = tmp_path / "copy.pressrelease"
    shutil.copy(ENGLISH_SAMPLE, copy)
    items = batch.plan([ENGLISH_SAMPLE, copy, ENGLISH_SAMPLE], ["txt"], tmp_path / "out")
    stems = [i.stem for i in items if isinstance(i, batch.Job)]
    assert stems == [slug(load_release(ENGLISH_SAMPLE)), slug(load_release(ENGLISH_SAMPLE)) + "-2"]


def test_a_pool_writes_what_one_process_writes(tmp_path):
    files = [ARABIC_SAMPLE, ENGLISH_SAMPLE, DATA / "fa.pressrelease", broken(tmp_path)]
    results = {}
    for workers in (1, 2):
        out = tmp_path / f"out{workers}"
        outcomes = list(batch.run(batch.plan(files, ["txt", "html"], out), workers=workers))
        results[workers] = sorted((o.source.name, o.ok, tuple(p.name for p in o.paths))
                                  for o in outcomes)
        assert sum(not o.ok for o in outcomes) == 1
    assert results[1] == results[2]
    for name in (p.name for p in (tmp_path / "out1").iterdir()):
        assert (tmp_path / "out1" / name).read_bytes() == (tmp_path / "out2" / name).read_bytes()


def test_an_unexpected_error_in_one_release_does_not_stop_the_others(tmp_path, monkeypatch):
    from pressdesk import pipeline

    real = pipeline.prepare

    def flaky(release, template=None):
        if release.language == "en":
            raise KeyError("boom")
        return real(release, template)

    monkeypatch.setattr(pipeline, "prepare", flaky)
    outcomes = list(batch.run(batch.plan([ENGLISH_SAMPLE, ARABIC_SAMPLE], ["txt"], tmp_path),
                              workers=1))
    assert [o.ok for o in outcomes] == [False, True]
    assert "export failed (KeyError" in outcomes[0].error and str(ENGLISH_SAMPLE) in outcomes[0].error


def test_workers_follow_idle_cores(monkeypatch):
    monkeypatch.setattr(batch.os, "sched_getaffinity", lambda _pid: {0, 1}, raising=False)
    monkeypatch.setattr(forked, "idle_cores", lambda: 2.0)
    assert batch.default_workers(10) == 2 and batch.default_workers(1) == 1
    monkeypatch.setattr(forked, "idle_cores", lambda: 1.0)
    assert batch.default_workers(10) == 1  # both cores busy: a pool would only add work


def test_idle_cores_count_what_runs_now_not_the_last_minute(monkeypatch):
    import io

    monkeypatch.setattr(forked.os, "sched_getaffinity", lambda _pid: {0, 1}, raising=False)
    monkeypatch.setattr(forked.os, "getloadavg", lambda: (1.9, 1.0, 1.0))  # the last minute's
    loadavg = "1.90 1.00 1.00 1/345 12345"  # only this process runs now
    monkeypatch.setattr(forked, "open", lambda *_a, **_k: io.StringIO(loadavg), raising=False)
    assert forked.idle_cores() == 2.0
    loadavg = "1.90 1.00 1.00 3/345 12345"  # two others run
    assert forked.idle_cores() == 0.0

    def no_proc(*_args, **_kwargs):
        raise OSError("no /proc")

    monkeypatch.setattr(forked, "open", no_proc, raising=False)
    assert forked.idle_cores() == pytest.approx(0.1)  # elsewhere: the load average


def test_progress_bar_only_on_a_terminal(capsys):
    import io

    stream = io.StringIO()
    bar = Progress(2, enabled=True, stream=stream)
    bar.step("a.pressrelease")
    bar.step("b.pressrelease")
    bar.close("exported 2 of 2 releases")
    assert "2/2 b.pressrelease" in stream.getvalue() and stream.getvalue().endswith("releases\n")
    quiet = io.StringIO()
    off = Progress(2, enabled=False, stream=quiet)
    off.step("a")
    off.close("done")
    assert quiet.getvalue() == ""
