//! The SPARQL endpoint tested with real clients over loopback: SPARQLWrapper
//! for every query in queries/, a bounded load test, and a clean shutdown.

use std::io::{BufRead, BufReader};
use std::path::PathBuf;
use std::process::{Child, Command, Stdio};

fn repo() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

fn bin() -> PathBuf {
    PathBuf::from(env!("CARGO_BIN_EXE_kgpipe"))
}

fn python_with(module: &str) -> bool {
    let ok = Command::new("python3")
        .args(["-c", &format!("import {module}")])
        .output()
        .is_ok_and(|o| o.status.success());
    if !ok {
        assert!(
            std::env::var_os("CI").is_none(),
            "python3 with {module} is missing in CI: scripts/setup installs it"
        );
        eprintln!("skipped: python3 with {module} is not installed");
    }
    ok
}

fn have_curl() -> bool {
    let ok = Command::new("curl")
        .arg("--version")
        .output()
        .is_ok_and(|o| o.status.success());
    if !ok {
        assert!(
            std::env::var_os("CI").is_none(),
            "curl is missing in CI: scripts/setup installs it"
        );
        eprintln!("skipped: curl is not installed");
    }
    ok
}

/// A server on a free loopback port, with the URL it printed.
struct Served {
    child: Child,
    url: String,
}

impl Served {
    fn start(store: &std::path::Path, extra: &[&str]) -> Served {
        let mut child = Command::new(bin())
            .args(["serve", "--bind", "127.0.0.1:0", "--store"])
            .arg(store)
            .args(extra)
            .stdout(Stdio::piped())
            .stderr(Stdio::null())
            .spawn()
            .expect("server starts");
        let mut line = String::new();
        BufReader::new(child.stdout.take().unwrap())
            .read_line(&mut line)
            .unwrap();
        let url = line
            .trim()
            .strip_prefix("listening on ")
            .expect("prints its address")
            .to_string();
        Served { child, url }
    }

    /// SIGINT, as Ctrl-C sends; returns whether it exited cleanly.
    fn interrupt(mut self) -> bool {
        Command::new("kill")
            .args(["-INT", &self.child.id().to_string()])
            .status()
            .unwrap();
        self.child.wait().unwrap().success()
    }
}

impl Drop for Served {
    fn drop(&mut self) {
        let _ = self.child.kill();
    }
}

fn sample_store() -> (tempfile::TempDir, PathBuf) {
    let tmp = tempfile::TempDir::new().unwrap();
    let store = tmp.path().join("store");
    let ok = Command::new(bin())
        .arg("extract")
        .arg(repo().join("corpus"))
        .arg("--store")
        .arg(&store)
        .arg("-q")
        .status()
        .unwrap();
    assert!(ok.success());
    (tmp, store)
}

#[test]
fn sparqlwrapper_gets_the_same_answers_as_the_cli_and_load_causes_no_error() {
    if !python_with("SPARQLWrapper") {
        return;
    }
    let (_tmp, store) = sample_store();
    let served = Served::start(&store, &[]);
    let out = Command::new("python3")
        .arg(repo().join("tests/sparql_client.py"))
        .arg(&served.url)
        .arg(bin())
        .arg(&store)
        .arg(repo().join("queries"))
        .output()
        .unwrap();
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert!(
        out.status.success(),
        "{stdout}{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(stdout.contains(" passed, 0 failed"), "{stdout}");
    let load = Command::new("python3")
        .arg(repo().join("benches/load.py"))
        .arg(&served.url)
        .arg(repo().join("queries"))
        .args(["8", "500"])
        .output()
        .unwrap();
    let report = String::from_utf8_lossy(&load.stdout);
    eprintln!("{report}");
    assert!(
        load.status.success() && report.contains("errors 0"),
        "{report}{}",
        String::from_utf8_lossy(&load.stderr)
    );
    assert!(served.interrupt(), "the server exits cleanly on SIGINT");
}

#[test]
fn updates_are_refused_unless_allowed_and_syntax_errors_are_400() {
    let (_tmp, store) = sample_store();
    let served = Served::start(&store, &["--limit", "2"]);
    let base = served.url.trim_end_matches("/query").to_string();
    let curl = |args: &[&str]| {
        let out = Command::new("curl")
            .args(["-s", "-w", "\n%{http_code}"])
            .args(args)
            .output()
            .expect("curl");
        String::from_utf8_lossy(&out.stdout).into_owned()
    };
    if !have_curl() {
        return;
    }
    assert!(
        curl(&[
            "-X",
            "POST",
            "--data",
            "update=CLEAR ALL",
            &format!("{base}/update")
        ])
        .ends_with("403")
    );
    assert!(curl(&[&format!("{}?query=SELECT%20WHERE", served.url)]).ends_with("400"));
    let limited = curl(&[
        "-H",
        "Accept: text/csv",
        &format!(
            "{}?query=SELECT%20*%20WHERE%20%7B%3Fs%20%3Fp%20%3Fo%7D",
            served.url
        ),
    ]);
    assert_eq!(
        limited.lines().filter(|l| !l.trim().is_empty()).count(),
        4,
        "header, two rows, status: {limited}"
    );
    let ttl = curl(&[
        "-X",
        "POST",
        "-H",
        "Content-Type: application/sparql-query",
        "--data",
        "DESCRIBE <https://w3id.org/kgpipe/resource/Organization/APUS>",
        &served.url,
    ]);
    assert!(ttl.contains("@prefix") && ttl.ends_with("200"), "{ttl}");
    assert!(served.interrupt());
}

#[test]
fn a_query_over_its_time_is_cancelled_with_503() {
    if !have_curl() {
        return;
    }
    let (_tmp, store) = sample_store();
    let served = Served::start(&store, &["--timeout", "1"]);
    let started = std::time::Instant::now();
    let out = Command::new("curl")
        .args([
            "-s",
            "-w",
            "\n%{http_code}",
            "-X",
            "POST",
            "-H",
            "Content-Type: application/sparql-query",
            "--data",
        ])
        .arg("SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }")
        .arg(&served.url)
        .output()
        .unwrap();
    let body = String::from_utf8_lossy(&out.stdout);
    assert!(
        body.ends_with("503") && body.contains("cancelled"),
        "{body}"
    );
    assert!(
        started.elapsed() < std::time::Duration::from_secs(20),
        "cancelled in time"
    );
    assert!(served.interrupt());
}

#[test]
fn a_cors_value_that_would_break_the_headers_is_refused_at_start() {
    let (_tmp, store) = sample_store();
    let out = Command::new(bin())
        .args([
            "serve",
            "--bind",
            "127.0.0.1:0",
            "--cors",
            "bad\nvalue",
            "--store",
        ])
        .arg(&store)
        .output()
        .unwrap();
    assert!(!out.status.success());
    assert!(String::from_utf8_lossy(&out.stderr).contains("--cors"));
}
