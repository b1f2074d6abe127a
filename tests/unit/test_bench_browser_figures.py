"""The browser benchmark's arithmetic and its nginx configuration, without a browser."""
import subprocess

import pytest

from rollout import bench_browser, bench_servers, bench_users


def case(users: int, p95: float, growth: float = 1.0, timeouts: int = 0) -> dict:
    return {"users": users, "seconds": 60, "navigations": 40, "server_cpu_percent": 50,
            "server_cpu_ms_per_navigation": 120,
            "p50_ms": p95 / 2, "p95_ms": p95, "exceptions": 0, "timeouts": timeouts,
            "rss_before_mb": 250.0, "rss_after_mb": 250.0 + growth * users,
            "growth_per_session_mb": growth}


def test_percentiles_interpolate_between_the_nearest_times():
    times = [float(ms) for ms in range(1, 101)]
    assert bench_users.percentile(times, 0.5) == pytest.approx(50.5)
    assert bench_users.percentile(times, 0.95) == pytest.approx(95.05)
    assert bench_users.percentile([7.0], 0.95) == 7.0


def test_a_crowd_meets_its_targets_only_within_the_p95_ratio_memory_and_without_errors():
    cases = [case(1, 100), case(20, 300), case(20, 310), case(20, 200, growth=16),
             case(20, 200, timeouts=1)]
    for each in cases:
        bench_users.judge(each, first_p95=100)
    assert [each["met"] for each in cases] == [True, True, False, False, False]
    assert cases[2]["p95_ratio"] == 3.1


def test_the_table_names_a_skipped_proxy_case_and_a_missed_target():
    crowd = [case(1, 100), case(20, 400)]
    for each in crowd:
        bench_users.judge(each, first_p95=100)
    lines = bench_users.lines(crowd, {"skipped": "no PostgreSQL database given"})
    assert lines[1].endswith("ok") and lines[2].endswith("MISSED")
    assert lines[3].endswith("skipped: no PostgreSQL database given")


def test_pairs_give_medians_ranges_and_the_median_ratio():
    figures = bench_browser.paired([(300.0, 100.0), (500.0, 200.0), (900.0, 150.0)])
    assert (figures["median_ms"], figures["min_ms"], figures["max_ms"]) == (500, 300, 900)
    assert figures["reference_median_ms"] == 150
    assert figures["ratio"] == 3.0  # the ratios 3, 2.5 and 6


def test_sessions_per_replica_are_the_websockets_nginx_upgraded_to_each(tmp_path):
    log = tmp_path / "access.log"
    log.write_text("\n".join([
        '127.0.0.1 [t] "GET /_stcore/stream HTTP/1.1" 101 upstream=127.0.0.1:8001 route=a',
        '127.0.0.1 [t] "GET /_stcore/stream HTTP/1.1" 101 upstream=127.0.0.1:8002 route=b',
        '127.0.0.1 [t] "GET /_stcore/stream HTTP/1.1" 101 upstream=127.0.0.1:8002 route=c',
        '127.0.0.1 [t] "GET / HTTP/1.1" 200 upstream=127.0.0.1:8001 route=a',
        '127.0.0.1 [t] "GET /_stcore/stream HTTP/1.1" 502 upstream=127.0.0.1:8001 route=d']))
    assert bench_servers.websockets_per_replica(log, [8001, 8002]) == [1, 2]


def test_the_nginx_template_filled_in_is_a_valid_configuration(tmp_path):
    config = bench_servers.nginx_config(tmp_path, "127.0.0.1:8080", [8001, 8002])
    assert "@" not in config
    assert "server 127.0.0.1:8001;" in config and "server 127.0.0.1:8002;" in config
    if not bench_servers.nginx_available():
        pytest.skip(f"needs nginx at {bench_servers.NGINX} to check the syntax")
    (tmp_path / "nginx.conf").write_text(config, encoding="utf-8")
    checked = subprocess.run([bench_servers.NGINX, "-t", "-p", str(tmp_path), "-c",
                              str(tmp_path / "nginx.conf")], capture_output=True, text=True)
    assert checked.returncode == 0, checked.stderr
