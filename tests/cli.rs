//! End-to-end tests of the `kgpipe` command, run as a user would: extract
//! into a real on-disk store, query, export, and check the exports with
//! independent tools (rdflib, Graphviz). Checks that need ../shared skip
//! when it is absent; checks that need rdflib or Graphviz skip outside CI
//! when those are not installed, and fail in CI (where .ci/run installs them).

use assert_cmd::Command;
use std::path::{Path, PathBuf};
use tempfile::TempDir;

fn kgpipe() -> Command {
    Command::cargo_bin("kgpipe").expect("binary built")
}

fn repo() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

fn shared() -> Option<PathBuf> {
    let p = repo().join("../shared");
    p.join("gold").is_dir().then_some(p)
}

/// Whether a tool is here; in CI a missing tool is a failure, elsewhere a skip.
fn have(what: &str, check: &mut std::process::Command) -> bool {
    let ok = check.output().is_ok_and(|o| o.status.success());
    if !ok {
        assert!(
            std::env::var_os("CI").is_none(),
            "{what} is missing in CI: scripts/setup installs it"
        );
        eprintln!("skipped: {what} is not installed (scripts/setup installs it)");
    }
    ok
}

fn python_with(module: &str) -> bool {
    have(
        &format!("python3 with {module}"),
        std::process::Command::new("python3").args(["-c", &format!("import {module}")]),
    )
}

/// Runs a Python snippet with a file as `sys.argv[1]`; returns what it printed.
fn python_on(snippet: &str, file: &Path) -> String {
    let out = std::process::Command::new("python3")
        .args(["-c", snippet])
        .arg(file)
        .output()
        .expect("python3 runs");
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8_lossy(&out.stdout).trim().to_string()
}

fn extract(inputs: &[&Path], store: &Path) -> String {
    let out = kgpipe()
        .arg("extract")
        .args(inputs)
        .arg("--store")
        .arg(store)
        .output()
        .expect("kgpipe runs");
    let stderr = String::from_utf8_lossy(&out.stderr).into_owned();
    assert!(out.status.success(), "extract failed: {stderr}");
    stderr
}

fn query(store: &Path, q: &str, format: &str) -> String {
    let out = kgpipe()
        .args(["query", "--format", format, "--store"])
        .arg(store)
        .arg(q)
        .output()
        .expect("kgpipe runs");
    assert!(
        out.status.success(),
        "query failed: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout).expect("UTF-8")
}

fn export(store: &Path, format: &str, file: &Path) {
    kgpipe()
        .args(["export", "--format", format, "--store"])
        .arg(store)
        .arg("-o")
        .arg(file)
        .assert()
        .success();
}

/// The sample corpus extracted once per test that needs it.
fn sample_store() -> (TempDir, PathBuf) {
    let tmp = TempDir::new().expect("temp dir");
    let store = tmp.path().join("store");
    extract(&[&repo().join("corpus")], &store);
    (tmp, store)
}

const FACTS: &str = "SELECT ?s ?p ?o ?sentence WHERE {
  ?a kgo:subject ?sn ; kgo:predicate ?pn ; kgo:object ?on ; kgo:sentence ?sentence .
  ?sn rdfs:label ?s . OPTIONAL { ?on rdfs:label ?ol }
  BIND(COALESCE(?ol, STR(?on)) AS ?o) BIND(REPLACE(STR(?pn), '^.*[/#]', '') AS ?p) }";

fn has_fact(tsv: &str, s: &str, p: &str, o: &str) -> Option<String> {
    tsv.lines().find_map(|l| {
        let cols: Vec<&str> = l.split('\t').collect();
        let strip = |c: &str| {
            c.trim_matches('"')
                .split("\"@")
                .next()
                .unwrap_or("")
                .to_string()
        };
        (cols.len() == 4 && strip(cols[0]) == s && strip(cols[1]) == p && strip(cols[2]) == o)
            .then(|| strip(cols[3]))
    })
}

#[test]
fn sample_corpus_says_apus_was_founded_by_li_tao_and_why() {
    let (_tmp, store) = sample_store();
    let facts = query(&store, FACTS, "tsv");
    let evidence =
        has_fact(&facts, "APUS", "founder", "李涛").expect("APUS founder 李涛 is extracted");
    assert!(evidence.contains("李涛"), "evidence: {evidence}");
    for (s, p, o) in [
        ("天燕", "creator", "APUS"),
        ("天燕", "distilledFrom", "GPT"),
        ("ChatGPT", "creator", "OpenAI"),
        ("文心一言", "creator", "百度"),
        ("深度求索", "founder", "梁文锋"),
    ] {
        assert!(
            has_fact(&facts, s, p, o).is_some(),
            "missing {s} {p} {o} in\n{facts}"
        );
    }
}

#[test]
fn negated_and_questioned_sentences_yield_no_fact() {
    let tmp = TempDir::new().unwrap();
    let doc = tmp.path().join("neg.txt");
    std::fs::write(
        &doc,
        "腾讯并没有推出文心一言。\n百度推出了文心一言吗?\nOpenAI did not release Bard.\n",
    )
    .unwrap();
    let store = tmp.path().join("store");
    extract(&[&doc], &store);
    let facts = query(&store, FACTS, "tsv");
    assert_eq!(
        facts.lines().count(),
        1,
        "only the header, no facts:\n{facts}"
    );
}

#[test]
fn extracting_again_replaces_a_document_and_leaves_nothing_stale() {
    let tmp = TempDir::new().unwrap();
    let store = tmp.path().join("store");
    let doc = tmp.path().join("news.txt");
    std::fs::write(&doc, "百度创始人李彦宏在北京发布了文心一言。\n").unwrap();
    extract(&[&doc], &store);
    let first = tmp.path().join("first.nq");
    export(&store, "nq", &first);
    // Same content: skipped, store unchanged.
    let stderr = extract(&[&doc], &store);
    assert!(stderr.contains("1 unchanged"), "{stderr}");
    // Forced: extracted again, exactly the same quads.
    kgpipe()
        .arg("extract")
        .arg(&doc)
        .arg("--store")
        .arg(&store)
        .arg("--force")
        .assert()
        .success();
    let second = tmp.path().join("second.nq");
    export(&store, "nq", &second);
    assert_eq!(
        std::fs::read_to_string(&first).unwrap(),
        std::fs::read_to_string(&second).unwrap()
    );
    // Changed content: the old facts are gone.
    std::fs::write(&doc, "腾讯创始人马化腾在深圳发布了混元大模型。\n").unwrap();
    extract(&[&doc], &store);
    let facts = query(&store, FACTS, "tsv");
    assert!(
        has_fact(&facts, "腾讯", "founder", "马化腾").is_some(),
        "the new content is read: {facts}"
    );
    assert!(
        has_fact(&facts, "文心一言", "creator", "百度").is_none(),
        "stale fact left:\n{facts}"
    );
    assert!(!query(&store, "ASK { ?x rdfs:label \"李彦宏\"@zh }", "table").contains("true"));
}

#[test]
fn exports_match_their_golden_files() {
    let tmp = TempDir::new().unwrap();
    let store = tmp.path().join("store");
    // A relative input, so that dcterms:source is the same in every checkout.
    kgpipe()
        .current_dir(repo())
        .args(["extract", "tests/fixtures/small.txt", "--store"])
        .arg(&store)
        .assert()
        .success();
    let update = std::env::var_os("UPDATE_GOLDEN").is_some();
    for ext in ["ttl", "nt", "nq", "jsonld", "dot", "graphml", "cyjs", "csv"] {
        let got_path = tmp.path().join(format!("small.{ext}"));
        export(
            &store,
            if ext == "cyjs" { "cytoscape" } else { ext },
            &got_path,
        );
        let got = std::fs::read_to_string(&got_path).unwrap();
        let golden = repo().join(format!("tests/golden/small.{ext}"));
        if update {
            std::fs::write(&golden, &got).unwrap();
            continue;
        }
        let want = std::fs::read_to_string(&golden).unwrap_or_default();
        assert_eq!(
            got,
            want,
            "{ext} export differs from {} (UPDATE_GOLDEN=1 cargo test to accept)",
            golden.display()
        );
    }
}

#[test]
fn rdflib_parses_every_rdf_export_with_the_same_number_of_statements() {
    if !python_with("rdflib") {
        return;
    }
    let (tmp, store) = sample_store();
    let mut files = Vec::new();
    for ext in ["ttl", "nt", "nq", "jsonld"] {
        let f = tmp.path().join(format!("graph.{ext}"));
        export(&store, ext, &f);
        files.push(f);
    }
    files.push(repo().join("resources/ontology.ttl"));
    let out = std::process::Command::new("python3")
        .arg(repo().join("tests/check_rdf.py"))
        .args(&files)
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let counts: Vec<usize> = String::from_utf8_lossy(&out.stdout)
        .lines()
        .map(|l| l.rsplit(' ').next().unwrap().parse().unwrap())
        .collect();
    let quads: usize = query(
        &store,
        "SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }",
        "csv",
    )
    .lines()
    .nth(1)
    .unwrap()
    .trim()
    .parse()
    .unwrap();
    let triples: usize = query(&store, "SELECT (COUNT(*) AS ?n) WHERE { SELECT DISTINCT ?s ?p ?o WHERE { GRAPH ?g { ?s ?p ?o } } }", "csv")
        .lines()
        .nth(1)
        .unwrap()
        .trim()
        .parse()
        .unwrap();
    assert_eq!(counts[2], quads, "N-Quads");
    assert_eq!(counts[3], quads, "JSON-LD");
    assert_eq!(counts[0], triples, "Turtle");
    assert_eq!(counts[1], triples, "N-Triples");
}

#[test]
fn graphviz_renders_the_dot_export_with_chinese_labels() {
    if !have("graphviz", std::process::Command::new("dot").arg("-V")) {
        return;
    }
    let (tmp, store) = sample_store();
    let dot = tmp.path().join("graph.dot");
    export(&store, "dot", &dot);
    let out = std::process::Command::new("dot")
        .arg("-Tsvg")
        .arg(&dot)
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let svg = String::from_utf8_lossy(&out.stdout);
    assert!(svg.contains("<svg") && svg.contains("李涛") && svg.contains("founder"));
    // Filtered views render too, through --render.
    let focus = tmp.path().join("apus.svg");
    kgpipe()
        .args([
            "export", "--format", "dot", "--focus", "APUS", "--depth", "2", "--render", "svg",
            "--store",
        ])
        .arg(&store)
        .arg("-o")
        .arg(&focus)
        .assert()
        .success();
    let svg = std::fs::read_to_string(&focus).unwrap();
    assert!(svg.contains("<svg") && svg.contains("APUS"));
    let png = tmp.path().join("founders.png");
    kgpipe()
        .args([
            "export",
            "--format",
            "dot",
            "--predicate",
            "founder",
            "--render",
            "png",
            "--store",
        ])
        .arg(&store)
        .arg("-o")
        .arg(&png)
        .assert()
        .success();
    assert!(std::fs::read(&png).unwrap().starts_with(b"\x89PNG"));
}

#[test]
fn bad_inputs_are_reported_with_file_and_line_and_the_rest_is_stored() {
    let tmp = TempDir::new().unwrap();
    let dir = tmp.path().join("in");
    std::fs::create_dir(&dir).unwrap();
    std::fs::write(dir.join("good.txt"), "百度发布了文心一言。\n").unwrap();
    std::fs::write(
        dir.join("news.jsonl"),
        "{\"id\": \"a\", \"text\": \"OpenAI上线了ChatGPT。\", \"date\": \"2023-04-01\"}\n{\"id\": \"b\", \"text\": \n{\"id\": \"c\", \"text\": \"腾讯发布了混元大模型。\"}\n",
    )
    .unwrap();
    std::fs::write(dir.join("broken.txt"), b"plain \xff\xff\xff text\n").unwrap();
    let store = tmp.path().join("store");
    let out = kgpipe()
        .arg("extract")
        .arg(&dir)
        .arg("--store")
        .arg(&store)
        .output()
        .unwrap();
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(3), "{stderr}");
    assert!(
        stderr.contains("news.jsonl:2: malformed JSONL record"),
        "{stderr}"
    );
    assert!(
        stderr.contains("broken.txt:1: undecodable byte sequence"),
        "{stderr}"
    );
    assert!(stderr.contains("3 extracted"), "{stderr}");
    let docs = query(
        &store,
        "SELECT ?id WHERE { ?d a kgo:Document ; dcterms:identifier ?id } ORDER BY ?id",
        "csv",
    );
    assert_eq!(
        docs.lines().skip(1).collect::<Vec<_>>(),
        vec!["a", "c", "good.txt"]
    );
}

#[test]
fn gbk_files_and_stdin_are_read() {
    let tmp = TempDir::new().unwrap();
    let gbk = tmp.path().join("gbk.txt");
    let (bytes, _, _) = encoding_rs::GB18030.encode("百度发布了文心一言。");
    std::fs::write(&gbk, &bytes).unwrap();
    let store = tmp.path().join("store");
    extract(&[&gbk], &store);
    kgpipe()
        .args(["extract", "-", "--store"])
        .arg(&store)
        .write_stdin("OpenAI上线了ChatGPT。")
        .assert()
        .success();
    let facts = query(&store, FACTS, "tsv");
    assert!(
        has_fact(&facts, "文心一言", "creator", "百度").is_some(),
        "{facts}"
    );
    assert!(
        has_fact(&facts, "ChatGPT", "creator", "OpenAI").is_some(),
        "{facts}"
    );
}

#[test]
fn sparql_syntax_errors_say_where() {
    let (_tmp, store) = sample_store();
    let out = kgpipe()
        .args(["query", "--store"])
        .arg(&store)
        .arg("SELECT ?x WHERE { ?x ?y }")
        .output()
        .unwrap();
    assert!(!out.status.success());
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(
        stderr.contains("SPARQL syntax error") && stderr.contains("1:"),
        "{stderr}"
    );
}

#[test]
fn a_missing_store_is_an_error_that_says_what_to_do() {
    let tmp = TempDir::new().unwrap();
    let out = kgpipe()
        .args(["query", "--store"])
        .arg(tmp.path().join("nope"))
        .arg("ASK {}")
        .output()
        .unwrap();
    assert!(!out.status.success());
    assert!(String::from_utf8_lossy(&out.stderr).contains("kgpipe extract"));
}

#[test]
fn rule_file_errors_name_file_and_line() {
    let tmp = TempDir::new().unwrap();
    let f = tmp.path().join("bad.toml");
    std::fs::write(
        &f,
        "[[rule]]\nid = \"x\"\npredicate = \"founder\"\npattern = \"{s:ORG} 创始人 {o:PERSN}\"\n",
    )
    .unwrap();
    let out = kgpipe().args(["rules", "check"]).arg(&f).output().unwrap();
    assert!(!out.status.success());
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(
        stderr.contains("bad.toml:2:") && stderr.contains("PERSN"),
        "{stderr}"
    );
    kgpipe()
        .args(["rules", "check"])
        .arg(repo().join("rules/relations.zh.toml"))
        .assert()
        .success();
}

#[test]
fn default_run_writes_the_graph_files_and_answers_every_query() {
    let tmp = TempDir::new().unwrap();
    let out = tmp.path().join("out");
    let run = kgpipe().args(["run", "--out"]).arg(&out).output().unwrap();
    assert!(
        run.status.success(),
        "{}",
        String::from_utf8_lossy(&run.stderr)
    );
    let mut written = vec!["graph.ttl", "graph.nq", "graph.dot", "store"];
    if std::process::Command::new("dot").arg("-V").output().is_ok() {
        written.push("graph.svg");
    }
    for f in written {
        assert!(out.join(f).exists(), "{f} not written");
    }
    let stdout = String::from_utf8_lossy(&run.stdout);
    for q in std::fs::read_dir(repo().join("queries")).unwrap() {
        let name = q.unwrap().file_name().to_string_lossy().into_owned();
        assert!(
            stdout.contains(&format!("== {name}")),
            "{name} not answered"
        );
    }
}

fn eval_json(store: &Path, gold: &Path) -> serde_json::Value {
    let out = kgpipe()
        .args(["eval", "--json", "--store"])
        .arg(store)
        .arg("--gold")
        .arg(gold)
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    serde_json::from_slice(&out.stdout).unwrap()
}

#[test]
fn sample_corpus_meets_its_own_gold() {
    let (_tmp, store) = sample_store();
    let s = eval_json(&store, &repo().join("tests/gold"));
    eprintln!("sample corpus vs tests/gold: {s}");
    assert!(s["entity_f1"].as_f64().unwrap() >= 0.95, "{s}");
    assert!(s["fact_f1"].as_f64().unwrap() >= 0.85, "{s}");
}

/// The documents of a gold folder, without its README.
fn documents(dir: &Path) -> Vec<PathBuf> {
    let mut docs: Vec<PathBuf> = std::fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|x| x == "txt"))
        .collect();
    docs.sort();
    docs
}

/// Extraction quality on a gold folder: (entity F1, fact F1).
fn quality(folder: &str) -> serde_json::Value {
    let tmp = TempDir::new().unwrap();
    let store = tmp.path().join("store");
    let docs = documents(&repo().join(folder));
    let refs: Vec<&Path> = docs.iter().map(PathBuf::as_path).collect();
    extract(&refs, &store);
    let s = eval_json(&store, &repo().join(folder));
    eprintln!("{folder}: {s}");
    s
}

/// The development documents rules are tuned on: a floor against regressions.
#[test]
fn development_documents_keep_their_quality() {
    let s = quality("tests/dev");
    assert!(s["entity_f1"].as_f64().unwrap() >= 0.91, "{s}");
    assert!(s["fact_f1"].as_f64().unwrap() >= 0.84, "{s}");
    // The second development set (three interviews among eight documents).
    let s = quality("tests/dev2");
    assert!(s["entity_f1"].as_f64().unwrap() >= 0.86, "{s}");
    assert!(s["fact_f1"].as_f64().unwrap() >= 0.77, "{s}");
    // The third (five Chinese, three English documents of session 4).
    let s = quality("tests/dev3");
    assert!(s["entity_f1"].as_f64().unwrap() >= 0.89, "{s}");
    assert!(s["fact_f1"].as_f64().unwrap() >= 0.78, "{s}");
    // The fourth (four Chinese, two English documents of session 7).
    let s = quality("tests/dev4");
    assert!(s["entity_f1"].as_f64().unwrap() >= 0.87, "{s}");
    assert!(s["fact_f1"].as_f64().unwrap() >= 0.72, "{s}");
    // The fifth and sixth (four Chinese, two English documents each, session 8).
    let s = quality("tests/dev5");
    assert!(s["entity_f1"].as_f64().unwrap() >= 0.84, "{s}");
    assert!(s["fact_f1"].as_f64().unwrap() >= 0.72, "{s}");
    let s = quality("tests/dev6");
    assert!(s["entity_f1"].as_f64().unwrap() >= 0.83, "{s}");
    assert!(s["fact_f1"].as_f64().unwrap() >= 0.72, "{s}");
    // The seventh and eighth (four Chinese, two English documents each, session 9).
    let s = quality("tests/dev7");
    assert!(s["entity_f1"].as_f64().unwrap() >= 0.85, "{s}");
    assert!(s["fact_f1"].as_f64().unwrap() >= 0.67, "{s}");
    let s = quality("tests/dev8");
    assert!(s["entity_f1"].as_f64().unwrap() >= 0.82, "{s}");
    assert!(s["fact_f1"].as_f64().unwrap() >= 0.70, "{s}");
    // The ninth and tenth (four Chinese, two English documents each, session 10).
    let s = quality("tests/dev9");
    assert!(s["entity_f1"].as_f64().unwrap() >= 0.85, "{s}");
    assert!(s["fact_f1"].as_f64().unwrap() >= 0.72, "{s}");
    let s = quality("tests/dev10");
    assert!(s["entity_f1"].as_f64().unwrap() >= 0.82, "{s}");
    assert!(s["fact_f1"].as_f64().unwrap() >= 0.61, "{s}");
    // The eleventh (four Chinese, two English documents, session 11).
    let s = quality("tests/dev11");
    assert!(s["entity_f1"].as_f64().unwrap() >= 0.82, "{s}");
    assert!(s["fact_f1"].as_f64().unwrap() >= 0.70, "{s}");
    // The twelfth and thirteenth (four Chinese, two English documents each, session 12).
    let s = quality("tests/dev12");
    assert!(s["entity_f1"].as_f64().unwrap() >= 0.85, "{s}");
    assert!(s["fact_f1"].as_f64().unwrap() >= 0.74, "{s}");
    let s = quality("tests/dev13");
    assert!(s["entity_f1"].as_f64().unwrap() >= 0.84, "{s}");
    assert!(s["fact_f1"].as_f64().unwrap() >= 0.74, "{s}");
    // The fourteenth and fifteenth (four Chinese, two English documents each, session 13).
    let s = quality("tests/dev14");
    assert!(s["entity_f1"].as_f64().unwrap() >= 0.82, "{s}");
    assert!(s["fact_f1"].as_f64().unwrap() >= 0.70, "{s}");
    let s = quality("tests/dev15");
    assert!(s["entity_f1"].as_f64().unwrap() >= 0.82, "{s}");
    assert!(s["fact_f1"].as_f64().unwrap() >= 0.68, "{s}");
    // The sixteenth and seventeenth (four Chinese, two English documents each, session 14).
    let s = quality("tests/dev16");
    assert!(s["entity_f1"].as_f64().unwrap() >= 0.82, "{s}");
    assert!(s["fact_f1"].as_f64().unwrap() >= 0.75, "{s}");
    let s = quality("tests/dev17");
    assert!(s["entity_f1"].as_f64().unwrap() >= 0.84, "{s}");
    assert!(s["fact_f1"].as_f64().unwrap() >= 0.77, "{s}");
    // The eighteenth and nineteenth (four Chinese, two English documents each, session 15).
    let s = quality("tests/dev18");
    assert!(s["entity_f1"].as_f64().unwrap() >= 0.84, "{s}");
    assert!(s["fact_f1"].as_f64().unwrap() >= 0.70, "{s}");
    let s = quality("tests/dev19");
    assert!(s["entity_f1"].as_f64().unwrap() >= 0.86, "{s}");
    assert!(s["fact_f1"].as_f64().unwrap() >= 0.78, "{s}");
    // The twentieth and twenty-first (four Chinese, two English documents each, session 16).
    let s = quality("tests/dev20");
    assert!(s["entity_f1"].as_f64().unwrap() >= 0.88, "{s}");
    assert!(s["fact_f1"].as_f64().unwrap() >= 0.73, "{s}");
    let s = quality("tests/dev21");
    assert!(s["entity_f1"].as_f64().unwrap() >= 0.85, "{s}");
    assert!(s["fact_f1"].as_f64().unwrap() >= 0.72, "{s}");
    // The twenty-second and twenty-third (four Chinese, two English documents each, session 17).
    let s = quality("tests/dev22");
    assert!(s["entity_f1"].as_f64().unwrap() >= 0.84, "{s}");
    assert!(s["fact_f1"].as_f64().unwrap() >= 0.68, "{s}");
    let s = quality("tests/dev23");
    assert!(s["entity_f1"].as_f64().unwrap() >= 0.85, "{s}");
    assert!(s["fact_f1"].as_f64().unwrap() >= 0.67, "{s}");
    // The twenty-fourth and twenty-fifth (four Chinese, two English documents each, session 18).
    let s = quality("tests/dev24");
    assert!(s["entity_f1"].as_f64().unwrap() >= 0.88, "{s}");
    assert!(s["fact_f1"].as_f64().unwrap() >= 0.70, "{s}");
    let s = quality("tests/dev25");
    assert!(s["entity_f1"].as_f64().unwrap() >= 0.88, "{s}");
    assert!(s["fact_f1"].as_f64().unwrap() >= 0.69, "{s}");
    // The twenty-sixth and twenty-seventh (four Chinese, two English documents each, session 19).
    let s = quality("tests/dev26");
    assert!(s["entity_f1"].as_f64().unwrap() >= 0.88, "{s}");
    assert!(s["fact_f1"].as_f64().unwrap() >= 0.73, "{s}");
    let s = quality("tests/dev27");
    assert!(s["entity_f1"].as_f64().unwrap() >= 0.86, "{s}");
    assert!(s["fact_f1"].as_f64().unwrap() >= 0.63, "{s}");
    // The twenty-eighth and twenty-ninth (four Chinese, two English documents each, session 20).
    let s = quality("tests/dev28");
    assert!(s["entity_f1"].as_f64().unwrap() >= 0.83, "{s}");
    assert!(s["fact_f1"].as_f64().unwrap() >= 0.74, "{s}");
    let s = quality("tests/dev29");
    assert!(s["entity_f1"].as_f64().unwrap() >= 0.85, "{s}");
    assert!(s["fact_f1"].as_f64().unwrap() >= 0.71, "{s}");
    // The thirtieth and thirty-first (four Chinese, two English documents each, session 21).
    let s = quality("tests/dev30");
    assert!(s["entity_f1"].as_f64().unwrap() >= 0.82, "{s}");
    assert!(s["fact_f1"].as_f64().unwrap() >= 0.60, "{s}");
    let s = quality("tests/dev31");
    assert!(s["entity_f1"].as_f64().unwrap() >= 0.88, "{s}");
    assert!(s["fact_f1"].as_f64().unwrap() >= 0.71, "{s}");
    // The thirty-second and thirty-third (four Chinese, two English documents each, session 22).
    let s = quality("tests/dev32");
    assert!(s["entity_f1"].as_f64().unwrap() >= 0.85, "{s}");
    assert!(s["fact_f1"].as_f64().unwrap() >= 0.68, "{s}");
    let s = quality("tests/dev33");
    assert!(s["entity_f1"].as_f64().unwrap() >= 0.85, "{s}");
    assert!(s["fact_f1"].as_f64().unwrap() >= 0.74, "{s}");
    // The thirty-fourth and thirty-fifth (four Chinese, two English documents each, session 23).
    let s = quality("tests/dev34");
    assert!(s["entity_f1"].as_f64().unwrap() >= 0.78, "{s}");
    assert!(s["fact_f1"].as_f64().unwrap() >= 0.63, "{s}");
    let s = quality("tests/dev35");
    assert!(s["entity_f1"].as_f64().unwrap() >= 0.85, "{s}");
    assert!(s["fact_f1"].as_f64().unwrap() >= 0.71, "{s}");
    // The thirty-sixth and thirty-seventh (four Chinese, two English documents each, session 24).
    let s = quality("tests/dev36");
    assert!(s["entity_f1"].as_f64().unwrap() >= 0.87, "{s}");
    assert!(s["fact_f1"].as_f64().unwrap() >= 0.69, "{s}");
    let s = quality("tests/dev37");
    assert!(s["entity_f1"].as_f64().unwrap() >= 0.88, "{s}");
    assert!(s["fact_f1"].as_f64().unwrap() >= 0.75, "{s}");
    // The thirty-eighth and thirty-ninth (four Chinese, two English documents each, session 25).
    let s = quality("tests/dev38");
    assert!(s["entity_f1"].as_f64().unwrap() >= 0.82, "{s}");
    assert!(s["fact_f1"].as_f64().unwrap() >= 0.70, "{s}");
    let s = quality("tests/dev39");
    assert!(s["entity_f1"].as_f64().unwrap() >= 0.84, "{s}");
    assert!(s["fact_f1"].as_f64().unwrap() >= 0.65, "{s}");
    // The fortieth and forty-first (four Chinese, two English documents each, session 26).
    let s = quality("tests/dev40");
    assert!(s["entity_f1"].as_f64().unwrap() >= 0.83, "{s}");
    assert!(s["fact_f1"].as_f64().unwrap() >= 0.64, "{s}");
    let s = quality("tests/dev41");
    assert!(s["entity_f1"].as_f64().unwrap() >= 0.88, "{s}");
    assert!(s["fact_f1"].as_f64().unwrap() >= 0.68, "{s}");
    // The forty-second and forty-third (four Chinese, two English documents each, session 27).
    let s = quality("tests/dev42");
    assert!(s["entity_f1"].as_f64().unwrap() >= 0.83, "{s}");
    assert!(s["fact_f1"].as_f64().unwrap() >= 0.60, "{s}");
    let s = quality("tests/dev43");
    assert!(s["entity_f1"].as_f64().unwrap() >= 0.81, "{s}");
    assert!(s["fact_f1"].as_f64().unwrap() >= 0.64, "{s}");
}

#[test]
fn shared_corpus_meets_the_shared_gold() {
    let Some(shared) = shared() else {
        eprintln!("skipped: ../shared is absent");
        return;
    };
    let tmp = TempDir::new().unwrap();
    let store = tmp.path().join("store");
    extract(&[&shared.join("corpus")], &store);
    let s = eval_json(&store, &shared.join("gold"));
    eprintln!("kgpipe eval on ../shared: {s}");
    assert!(s["entity_f1"].as_f64().unwrap() >= 0.95, "{s}");
    // Issue 4: relation and attribute F1 of at least 0.85 on the shared gold.
    assert!(s["relation_f1"].as_f64().unwrap() >= 0.85, "{s}");
    assert!(s["attribute_f1"].as_f64().unwrap() >= 0.85, "{s}");
    if !python_with("rdflib") {
        return;
    }
    let nq = tmp.path().join("graph.nq");
    export(&store, "nq", &nq);
    let out = std::process::Command::new("python3")
        .arg(shared.join("tools/kgscore.py"))
        .arg("--rdf")
        .arg(&nq)
        .arg("--gold-dir")
        .arg(shared.join("gold"))
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let stdout = String::from_utf8_lossy(&out.stdout);
    let summary: serde_json::Value = serde_json::from_str(stdout.lines().last().unwrap()).unwrap();
    assert!(
        (summary["entity_f1"].as_f64().unwrap() - s["entity_f1"].as_f64().unwrap()).abs() < 0.01,
        "kgscore {summary} vs eval {s}"
    );
    assert!(summary["fact_f1"].as_f64().unwrap() >= 0.85, "{summary}");
}

/// The held-out documents were written before any tuning and are never tuned
/// on: entity quality there says whether extraction generalises.
#[test]
fn held_out_documents_meet_the_entity_bar() {
    let s = quality("tests/heldout");
    assert!(s["entity_f1"].as_f64().unwrap() >= 0.92, "{s}");
    assert!(s["type_accuracy"].as_f64().unwrap() >= 0.90, "{s}");
    assert!(s["fact_f1"].as_f64().unwrap() >= 0.78, "{s}");
    // The second held-out set, written by someone who never saw the rules.
    let s = quality("tests/heldout2");
    assert!(s["entity_f1"].as_f64().unwrap() >= 0.86, "{s}");
    assert!(s["fact_f1"].as_f64().unwrap() >= 0.55, "{s}");
    // The third, written at the start of session 3 before any change of it.
    let s = quality("tests/heldout3");
    assert!(s["entity_f1"].as_f64().unwrap() >= 0.85, "{s}");
    assert!(s["fact_f1"].as_f64().unwrap() >= 0.59, "{s}");
    // The fourth, written at the start of session 4 and never read since.
    let s = quality("tests/heldout4");
    assert!(s["entity_f1"].as_f64().unwrap() >= 0.83, "{s}");
    assert!(s["fact_f1"].as_f64().unwrap() >= 0.58, "{s}");
    // The fifth, written blind at the start of session 6 and never read.
    let s = quality("tests/heldout5");
    assert!(s["entity_f1"].as_f64().unwrap() >= 0.80, "{s}");
    assert!(s["fact_f1"].as_f64().unwrap() >= 0.53, "{s}");
    // The sixth, written blind at the start of session 7.
    let s = quality("tests/heldout6");
    assert!(s["entity_f1"].as_f64().unwrap() >= 0.80, "{s}");
    assert!(s["fact_f1"].as_f64().unwrap() >= 0.56, "{s}");
    // The seventh, written blind at the start of session 8.
    let s = quality("tests/heldout7");
    assert!(s["entity_f1"].as_f64().unwrap() >= 0.80, "{s}");
    assert!(s["fact_f1"].as_f64().unwrap() >= 0.52, "{s}");
    // The eighth, written blind at the start of session 9.
    let s = quality("tests/heldout8");
    assert!(s["entity_f1"].as_f64().unwrap() >= 0.80, "{s}");
    assert!(s["fact_f1"].as_f64().unwrap() >= 0.49, "{s}");
    // The ninth, written blind at the start of session 10.
    let s = quality("tests/heldout9");
    assert!(s["entity_f1"].as_f64().unwrap() >= 0.82, "{s}");
    assert!(s["fact_f1"].as_f64().unwrap() >= 0.50, "{s}");
    // The tenth and eleventh, written blind in session 11.
    let s = quality("tests/heldout10");
    assert!(s["entity_f1"].as_f64().unwrap() >= 0.83, "{s}");
    assert!(s["fact_f1"].as_f64().unwrap() >= 0.56, "{s}");
    let s = quality("tests/heldout11");
    assert!(s["entity_f1"].as_f64().unwrap() >= 0.83, "{s}");
    assert!(s["fact_f1"].as_f64().unwrap() >= 0.46, "{s}");
    // The twelfth, written blind at the start of session 12.
    let s = quality("tests/heldout12");
    assert!(s["entity_f1"].as_f64().unwrap() >= 0.82, "{s}");
    assert!(s["fact_f1"].as_f64().unwrap() >= 0.54, "{s}");
    // The thirteenth, written blind at the start of session 13.
    let s = quality("tests/heldout13");
    assert!(s["entity_f1"].as_f64().unwrap() >= 0.82, "{s}");
    assert!(s["fact_f1"].as_f64().unwrap() >= 0.50, "{s}");
    // The fourteenth, written blind at the start of session 14.
    let s = quality("tests/heldout14");
    assert!(s["entity_f1"].as_f64().unwrap() >= 0.84, "{s}");
    assert!(s["fact_f1"].as_f64().unwrap() >= 0.53, "{s}");
    // The fifteenth, written blind at the start of session 15.
    let s = quality("tests/heldout15");
    assert!(s["entity_f1"].as_f64().unwrap() >= 0.84, "{s}");
    assert!(s["fact_f1"].as_f64().unwrap() >= 0.58, "{s}");
    // The sixteenth, written blind at the start of session 16.
    let s = quality("tests/heldout16");
    assert!(s["entity_f1"].as_f64().unwrap() >= 0.85, "{s}");
    assert!(s["fact_f1"].as_f64().unwrap() >= 0.62, "{s}");
    // The seventeenth, written blind at the start of session 17.
    let s = quality("tests/heldout17");
    assert!(s["entity_f1"].as_f64().unwrap() >= 0.83, "{s}");
    assert!(s["fact_f1"].as_f64().unwrap() >= 0.53, "{s}");
    // The eighteenth, written blind at the start of session 18.
    let s = quality("tests/heldout18");
    assert!(s["entity_f1"].as_f64().unwrap() >= 0.81, "{s}");
    assert!(s["fact_f1"].as_f64().unwrap() >= 0.47, "{s}");
    // The nineteenth, written blind at the start of session 19.
    let s = quality("tests/heldout19");
    assert!(s["entity_f1"].as_f64().unwrap() >= 0.87, "{s}");
    assert!(s["fact_f1"].as_f64().unwrap() >= 0.62, "{s}");
    // The twentieth, written blind at the start of session 20.
    let s = quality("tests/heldout20");
    assert!(s["entity_f1"].as_f64().unwrap() >= 0.84, "{s}");
    assert!(s["fact_f1"].as_f64().unwrap() >= 0.54, "{s}");
    // The twenty-first, written blind at the start of session 21.
    let s = quality("tests/heldout21");
    assert!(s["entity_f1"].as_f64().unwrap() >= 0.84, "{s}");
    assert!(s["fact_f1"].as_f64().unwrap() >= 0.53, "{s}");
    // The twenty-second, written blind at the start of session 22.
    let s = quality("tests/heldout22");
    assert!(s["entity_f1"].as_f64().unwrap() >= 0.84, "{s}");
    assert!(s["fact_f1"].as_f64().unwrap() >= 0.55, "{s}");
    // The twenty-third, written blind at the start of session 23.
    let s = quality("tests/heldout23");
    assert!(s["entity_f1"].as_f64().unwrap() >= 0.83, "{s}");
    assert!(s["fact_f1"].as_f64().unwrap() >= 0.66, "{s}");
    // The twenty-fourth, written blind at the start of session 24.
    let s = quality("tests/heldout24");
    assert!(s["entity_f1"].as_f64().unwrap() >= 0.77, "{s}");
    assert!(s["fact_f1"].as_f64().unwrap() >= 0.40, "{s}");
    // The twenty-fifth, written blind at the start of session 25.
    let s = quality("tests/heldout25");
    assert!(s["entity_f1"].as_f64().unwrap() >= 0.79, "{s}");
    assert!(s["fact_f1"].as_f64().unwrap() >= 0.52, "{s}");
    // The twenty-sixth, written blind at the start of session 26.
    let s = quality("tests/heldout26");
    assert!(s["entity_f1"].as_f64().unwrap() >= 0.83, "{s}");
    assert!(s["fact_f1"].as_f64().unwrap() >= 0.59, "{s}");
    // The twenty-seventh, written blind at the start of session 27.
    let s = quality("tests/heldout27");
    assert!(s["entity_f1"].as_f64().unwrap() >= 0.76, "{s}");
    assert!(s["fact_f1"].as_f64().unwrap() >= 0.54, "{s}");
}

#[test]
fn a_users_dictionary_adds_entities() {
    let tmp = TempDir::new().unwrap();
    let dict = tmp.path().join("my.tsv");
    std::fs::write(&dict, "type\tname\taliases\twikidata\nOrganization\t青石资本\tBluestone Capital\t\nAIModel\t墨言\tMoyan\t\n").unwrap();
    let doc = tmp.path().join("d.txt");
    std::fs::write(
        &doc,
        "Bluestone Capital投资了百川智能。百川智能发布了墨言。\n",
    )
    .unwrap();
    let store = tmp.path().join("store");
    kgpipe()
        .arg("extract")
        .arg(&doc)
        .arg("--store")
        .arg(&store)
        .arg("--dict")
        .arg(&dict)
        .assert()
        .success();
    let facts = query(&store, FACTS, "tsv");
    assert!(
        has_fact(&facts, "墨言", "creator", "百川智能").is_some(),
        "{facts}"
    );
    assert!(
        has_fact(&facts, "百川智能", "funder", "青石资本").is_some(),
        "{facts}"
    );
    let bad = tmp.path().join("bad.tsv");
    std::fs::write(&bad, "Company\tX\t\t\n").unwrap();
    let out = kgpipe()
        .arg("extract")
        .arg(&doc)
        .arg("--memory")
        .arg("--dict")
        .arg(&bad)
        .output()
        .unwrap();
    assert!(!out.status.success());
    assert!(String::from_utf8_lossy(&out.stderr).contains("bad.tsv:1: unknown type \"Company\""));
}

#[test]
fn networkx_reads_the_graphml_and_the_other_graph_formats_agree() {
    let (tmp, store) = sample_store();
    let graphml = tmp.path().join("g.graphml");
    export(&store, "graphml", &graphml);
    let cyjs = tmp.path().join("g.cyjs");
    export(&store, "cytoscape", &cyjs);
    let neo = tmp.path().join("neo4j/");
    kgpipe()
        .args(["export", "--format", "csv", "--store"])
        .arg(&store)
        .arg("-o")
        .arg(&neo)
        .assert()
        .success();
    let cy: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(&cyjs).unwrap()).unwrap();
    let nodes = cy["elements"]["nodes"].as_array().unwrap().len();
    let edges = cy["elements"]["edges"].as_array().unwrap().len();
    assert!(nodes > 50 && edges > 40, "{nodes} nodes, {edges} edges");
    let csv_nodes = std::fs::read_to_string(neo.join("nodes.csv")).unwrap();
    let csv_edges = std::fs::read_to_string(neo.join("relationships.csv")).unwrap();
    assert!(
        csv_nodes.starts_with("id:ID,name,iri,:LABEL\n")
            && csv_edges.starts_with(":START_ID,:END_ID,:TYPE,")
    );
    assert_eq!(csv_nodes.lines().count() - 1, nodes);
    assert_eq!(csv_edges.lines().count() - 1, edges);
    if !python_with("networkx") {
        return;
    }
    let got = python_on(
        "import sys, networkx as nx; g = nx.read_graphml(sys.argv[1]); print(g.number_of_nodes(), g.number_of_edges(), sorted({d['type'] for _, d in g.nodes(data=True)})[0])",
        &graphml,
    );
    assert_eq!(got, format!("{nodes} {edges} AIModel"));
}

#[test]
fn dot_filters_focus_on_one_entity_and_its_neighbours() {
    let (tmp, store) = sample_store();
    let dot = tmp.path().join("apus.dot");
    kgpipe()
        .args([
            "export", "--format", "dot", "--focus", "APUS", "--depth", "1", "--store",
        ])
        .arg(&store)
        .arg("-o")
        .arg(&dot)
        .assert()
        .success();
    let text = std::fs::read_to_string(&dot).unwrap();
    assert!(
        text.contains("label=\"APUS\"") && text.contains("label=\"李涛\""),
        "{text}"
    );
    assert!(
        !text.contains("label=\"OpenAI\""),
        "OpenAI is two hops away:\n{text}"
    );
    let only_founders = tmp.path().join("founders.dot");
    kgpipe()
        .args([
            "export",
            "--format",
            "dot",
            "--predicate",
            "founder",
            "--min-confidence",
            "0.5",
            "--store",
        ])
        .arg(&store)
        .arg("-o")
        .arg(&only_founders)
        .assert()
        .success();
    let text = std::fs::read_to_string(&only_founders).unwrap();
    assert!(
        text.contains("[label=\"founder\"") && !text.contains("[label=\"creator\""),
        "{text}"
    );
}

#[test]
fn stats_path_and_neighbors_answer_about_the_graph() {
    let (_tmp, store) = sample_store();
    let run = |args: &[&str]| {
        let out = kgpipe()
            .args(args)
            .arg("--store")
            .arg(&store)
            .output()
            .unwrap();
        assert!(
            out.status.success(),
            "{}",
            String::from_utf8_lossy(&out.stderr)
        );
        String::from_utf8(out.stdout).unwrap()
    };
    let stats = run(&["stats", "--top", "3"]);
    assert!(
        stats.contains("PageRank") && stats.contains("founder") && stats.contains("components"),
        "{stats}"
    );
    let path = run(&["path", "李涛", "OpenAI"]);
    assert!(
        path.starts_with("李涛 ") && path.trim_end().ends_with("OpenAI"),
        "{path}"
    );
    let n = run(&["neighbors", "APUS"]);
    assert!(n.contains("founder") && n.contains("李涛"), "{n}");
    let missing = kgpipe()
        .args(["neighbors", "没有这个实体", "--store"])
        .arg(&store)
        .output()
        .unwrap();
    assert!(!missing.status.success());
}

#[test]
fn the_jsonl_dataset_has_consistent_offsets_and_loads_in_pandas() {
    let (tmp, store) = sample_store();
    let path = tmp.path().join("dataset.jsonl");
    export(&store, "jsonl", &path);
    let text = std::fs::read_to_string(&path).unwrap();
    assert_eq!(text.lines().count(), 4, "one line per document");
    let mut relations = 0;
    for line in text.lines() {
        let doc: serde_json::Value = serde_json::from_str(line).unwrap();
        let chars: Vec<char> = doc["text"].as_str().unwrap().chars().collect();
        let slice = |v: &serde_json::Value| {
            chars[v["start"].as_u64().unwrap() as usize..v["end"].as_u64().unwrap() as usize]
                .iter()
                .collect::<String>()
        };
        for s in doc["sentences"].as_array().unwrap() {
            assert_eq!(slice(s), s["text"].as_str().unwrap());
        }
        for m in doc["mentions"].as_array().unwrap() {
            assert_eq!(slice(m), m["text"].as_str().unwrap());
            assert!(
                m["entity"]
                    .as_str()
                    .unwrap()
                    .starts_with("https://w3id.org/kgpipe/resource/")
            );
        }
        for r in doc["relations"].as_array().unwrap() {
            let sentence = r["sentence"].as_str().unwrap();
            assert!(doc["text"].as_str().unwrap().contains(sentence));
            assert!(
                sentence.contains(&slice(r)),
                "the evidence span lies in its sentence"
            );
            relations += 1;
        }
    }
    assert!(relations > 40);
    if !python_with("pandas") {
        return;
    }
    let got = python_on(
        "import sys, pandas as pd; df = pd.read_json(sys.argv[1], lines=True); print(len(df), sum(len(r) for r in df.relations))",
        &path,
    );
    assert_eq!(got, format!("4 {relations}"));
}

#[test]
fn removing_a_document_removes_what_only_it_said() {
    let (_tmp, store) = sample_store();
    let facts = query(&store, FACTS, "tsv");
    assert!(has_fact(&facts, "天燕", "creator", "APUS").is_some());
    kgpipe()
        .args(["remove", "apus-profile.zh.txt", "--store"])
        .arg(&store)
        .assert()
        .success();
    let facts = query(&store, FACTS, "tsv");
    assert!(
        has_fact(&facts, "天燕", "creator", "APUS").is_none(),
        "{facts}"
    );
    assert!(
        has_fact(&facts, "深度求索", "founder", "梁文锋").is_some(),
        "other documents stay"
    );
    let out = kgpipe()
        .args(["remove", "no-such-doc", "--store"])
        .arg(&store)
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(3));
}

#[test]
fn explain_shows_every_fact_of_an_entity_with_its_sentences_and_rules() {
    let (_tmp, store) = sample_store();
    let out = kgpipe()
        .args(["explain", "APUS", "--store"])
        .arg(&store)
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(
        text.contains("APUS founder 李涛") && text.contains("天燕 creator APUS"),
        "{text}"
    );
    assert!(
        text.contains("zh.founder.") && text.contains("apus-profile.zh.txt"),
        "{text}"
    );
    let only = kgpipe()
        .args(["explain", "APUS", "--predicate", "founder", "--store"])
        .arg(&store)
        .output()
        .unwrap();
    let only = String::from_utf8_lossy(&only.stdout);
    assert!(
        only.contains("founder") && !only.contains("creator"),
        "{only}"
    );
}
