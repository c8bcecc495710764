//! The `kgpipe` command line.

use anyhow::{Context, Result, bail};
use clap::{Args, Parser, Subcommand};
use kgpipe::export::{DotOptions, ExportFormat, export};
use kgpipe::extract::rules::RuleSet;
use kgpipe::ingest::{self, TextEncoding};
use kgpipe::query::{ResultFormat, evaluate, write_answer};
use kgpipe::{Extractor, KgStore, Lexicon, Settings};
use std::io::{IsTerminal, Write};
use std::path::{Path, PathBuf};
use std::process::ExitCode;

const MANIFEST_DIR: &str = env!("CARGO_MANIFEST_DIR");

/// kgpipe — a knowledge graph from Chinese and English text.
///
/// Finds entities (people, organisations, places, AI models, apps, products,
/// works) and relations (founder, CEO, created, based on, distilled from,
/// invested in, met with …) in text, stores them as RDF in an on-disk
/// oxigraph store with the sentence each fact came from, and answers SPARQL.
///
/// With no command, runs the bundled sample corpus into output/.
#[derive(Parser)]
#[command(
    name = "kgpipe",
    version,
    after_help = "Examples:\n  kgpipe                                   # the sample corpus into output/\n  kgpipe extract news/ --store kg\n  kgpipe query --store kg 'SELECT ?org ?p WHERE { ?org schema:founder ?p }'\n  kgpipe export --store kg --format ttl -o kg.ttl"
)]
struct Cli {
    #[command(subcommand)]
    command: Option<Command>,
}

#[derive(Subcommand)]
enum Command {
    /// Extract the bundled sample corpus into output/, export it and run every query in queries/.
    #[command(after_help = "Example:\n  kgpipe run            # same as plain `kgpipe`")]
    Run(RunArgs),
    /// Extract knowledge from text files, folders, JSONL or stdin into a store.
    ///
    /// Folders are read recursively (.txt, .md, .jsonl). JSONL records are
    /// {"id", "text", "date"?, "source"?, "title"?}; a record's date lets
    /// relative dates (去年10月) resolve. Documents already stored with the same
    /// content are skipped; changed ones are replaced. Unreadable inputs are
    /// reported with file and line, skipped and counted; the exit code is then 3.
    #[command(
        after_help = "Examples:\n  kgpipe extract corpus/ --store kg\n  kgpipe extract news.jsonl --store kg --jobs 2\n  cat article.txt | kgpipe extract - --memory"
    )]
    Extract(ExtractArgs),
    /// Run a SPARQL query (SELECT, ASK, CONSTRUCT, DESCRIBE) against a store.
    ///
    /// The default graph is the union of all documents; the prefixes schema:,
    /// kgo:, kgr:, rdfs:, skos:, owl:, prov:, dcterms:, xsd: and wd: are predeclared.
    #[command(
        after_help = "Examples:\n  kgpipe query --store kg 'SELECT ?org ?person WHERE { ?org schema:founder ?person }'\n  kgpipe query --store kg --file queries/founders.rq --format csv"
    )]
    Query(QueryArgs),
    /// Export a store: Turtle, N-Triples, N-Quads, JSON-LD, Graphviz DOT,
    /// GraphML, Cytoscape JSON or neo4j CSV.
    #[command(
        after_help = "Examples:\n  kgpipe export --store kg --format nq -o graph.nq\n  kgpipe export --store kg --format dot --focus APUS --depth 2 --render svg -o apus.svg\n  kgpipe export --store kg --format graphml -o graph.graphml\n  kgpipe export --store kg --format csv -o neo4j/     # nodes.csv, relationships.csv"
    )]
    Export(ExportArgs),
    /// Serve the store over HTTP: the SPARQL 1.1 Protocol at /query.
    ///
    /// GET /query?query=…, POST form-encoded query=…, or POST an
    /// application/sparql-query body. Results by Accept: SPARQL JSON (default),
    /// XML, CSV, TSV; graphs as Turtle (default), N-Triples, JSON-LD.
    /// Read-only unless --allow-update. Stops cleanly on Ctrl-C or SIGTERM.
    #[command(
        after_help = "Example:\n  kgpipe serve --store kg --bind 127.0.0.1:7878\n  curl -H 'Accept: text/csv' 'http://127.0.0.1:7878/query?query=SELECT%20*%20WHERE%20%7B?s%20?p%20?o%7D%20LIMIT%203'"
    )]
    Serve {
        #[arg(long, value_name = "DIR", default_value = "kgpipe-store")]
        store: PathBuf,
        /// Address and port to listen on (port 0 picks a free one).
        #[arg(long, default_value = "127.0.0.1:7878")]
        bind: String,
        /// Accept SPARQL Update at POST /update.
        #[arg(long)]
        allow_update: bool,
        /// Seconds a query may run.
        #[arg(long, default_value_t = 30)]
        timeout: u64,
        /// Most rows (or triples) a query returns.
        #[arg(long, default_value_t = 10_000)]
        limit: usize,
        /// Send Access-Control-Allow-Origin with this value (e.g. '*').
        #[arg(long, value_name = "ORIGIN")]
        cors: Option<String>,
        /// Worker threads.
        #[arg(long, default_value_t = 4)]
        threads: usize,
    },
    /// Why does the graph say this? Every fact about an entity with the
    /// sentences it was read from, the documents, and the rules that fired.
    #[command(
        after_help = "Examples:\n  kgpipe explain --store kg APUS\n  kgpipe explain --store kg 天燕 --predicate distilledFrom"
    )]
    Explain {
        /// The entity: its label, an alias, or its IRI.
        entity: String,
        /// Only this predicate.
        #[arg(long, value_parser = parse_predicate)]
        predicate: Option<kgpipe::model::Predicate>,
        #[arg(long, value_name = "DIR", default_value = "kgpipe-store")]
        store: PathBuf,
    },
    /// Remove a document and every fact that only it supported.
    #[command(after_help = "Example:\n  kgpipe remove --store kg apus-profile.zh.txt")]
    Remove {
        /// Document identifiers (file names or JSONL ids).
        #[arg(required = true)]
        ids: Vec<String>,
        #[arg(long, value_name = "DIR", default_value = "kgpipe-store")]
        store: PathBuf,
    },
    /// Graph statistics: counts by type and predicate, most connected and
    /// most central (PageRank) entities, connected components.
    #[command(after_help = "Example:\n  kgpipe stats --store kg --top 10")]
    Stats {
        #[arg(long, value_name = "DIR", default_value = "kgpipe-store")]
        store: PathBuf,
        /// How many entities to list.
        #[arg(long, default_value_t = 10)]
        top: usize,
    },
    /// The shortest chain of relations between two entities.
    #[command(after_help = "Example:\n  kgpipe path --store kg 李涛 OpenAI")]
    Path {
        from: String,
        to: String,
        #[arg(long, value_name = "DIR", default_value = "kgpipe-store")]
        store: PathBuf,
    },
    /// Every relation of an entity, in both directions.
    #[command(after_help = "Example:\n  kgpipe neighbors --store kg APUS")]
    Neighbors {
        entity: String,
        #[arg(long, value_name = "DIR", default_value = "kgpipe-store")]
        store: PathBuf,
    },
    /// Score a store against gold annotations (the format of ../shared/gold).
    ///
    /// Prints precision, recall and F1 for entities, relations and attributes,
    /// per entity type and per predicate, with what was missed and what was
    /// spurious. Matches the numbers of kgscore.py on the same data.
    #[command(
        after_help = "Example:\n  kgpipe extract corpus --store kg && kgpipe eval --store kg --gold tests/gold"
    )]
    Eval {
        /// Folder of gold JSON files.
        #[arg(long, value_name = "DIR", required = true)]
        gold: Vec<PathBuf>,
        #[arg(long, value_name = "DIR", default_value = "kgpipe-store")]
        store: PathBuf,
        /// Print one JSON object instead of the report.
        #[arg(long)]
        json: bool,
    },
    /// Work with relation rule files.
    #[command(subcommand)]
    Rules(RulesCommand),
    /// Show what extraction sees: each sentence with its mentions marked
    /// [name|Type|rule] and the facts read from it. Stores nothing.
    #[command(
        after_help = "Example:\n  kgpipe annotate article.txt\n  echo '百度发布了文心一言。' | kgpipe annotate -"
    )]
    Annotate {
        /// Files, folders, or - for stdin.
        #[arg(required = true, value_name = "INPUT")]
        inputs: Vec<PathBuf>,
        #[command(flatten)]
        knowledge: Knowledge,
    },
}

#[derive(Subcommand)]
enum RulesCommand {
    /// Check a rule file: every error with its file, line and what is wrong.
    #[command(after_help = "Example:\n  kgpipe rules check rules/relations.zh.toml")]
    Check {
        /// The rule files.
        #[arg(required = true)]
        files: Vec<PathBuf>,
    },
}

#[derive(Args)]
struct Knowledge {
    /// Extra relation rule files (TOML), added to the built-in ones.
    #[arg(long = "rules", value_name = "FILE")]
    rules: Vec<PathBuf>,
    /// Extra dictionary files (TSV: type, name, aliases, wikidata), added to the built-in one.
    #[arg(long = "dict", value_name = "FILE")]
    dict: Vec<PathBuf>,
    /// Threads for extraction (default: all cores).
    #[arg(long, short = 'j', value_name = "N")]
    jobs: Option<usize>,
}

#[derive(Args)]
struct ExtractArgs {
    /// Files, folders, or - for stdin.
    #[arg(required = true, value_name = "INPUT")]
    inputs: Vec<PathBuf>,
    /// The on-disk store to write (created if missing).
    #[arg(
        long,
        value_name = "DIR",
        default_value = "kgpipe-store",
        conflicts_with = "memory"
    )]
    store: PathBuf,
    /// Use a store in memory (nothing is kept; useful to try rules).
    #[arg(long)]
    memory: bool,
    /// Text encoding of the inputs.
    #[arg(long, value_enum, default_value_t = TextEncoding::Auto)]
    encoding: TextEncoding,
    /// Extract documents again even when their content is unchanged.
    #[arg(long)]
    force: bool,
    /// No progress bar and no summary.
    #[arg(long, short)]
    quiet: bool,
    #[command(flatten)]
    knowledge: Knowledge,
}

#[derive(Args)]
struct QueryArgs {
    /// The query text.
    #[arg(
        value_name = "SPARQL",
        required_unless_present = "file",
        conflicts_with = "file"
    )]
    query: Option<String>,
    /// Read the query from a file (.rq).
    #[arg(long, short, value_name = "FILE")]
    file: Option<PathBuf>,
    #[arg(long, value_name = "DIR", default_value = "kgpipe-store")]
    store: PathBuf,
    /// Output format.
    #[arg(long, value_enum, default_value_t = ResultFormat::Table)]
    format: ResultFormat,
}

#[derive(Args)]
struct ExportArgs {
    #[arg(long, value_name = "DIR", default_value = "kgpipe-store")]
    store: PathBuf,
    /// Output format (default: from the -o file's extension).
    #[arg(long, value_enum)]
    format: Option<ExportFormat>,
    /// Output file (default: stdout).
    #[arg(long, short, value_name = "FILE")]
    output: Option<PathBuf>,
    /// DOT: the font for labels (must cover Chinese).
    #[arg(long, default_value = "Noto Sans CJK SC")]
    font: String,
    /// DOT: only the neighbourhood of this entity (its label or IRI).
    #[arg(long, value_name = "ENTITY")]
    focus: Option<String>,
    /// DOT: how many hops around --focus.
    #[arg(long, default_value_t = 1, value_name = "N")]
    depth: usize,
    /// DOT: only these predicates (repeatable), e.g. --predicate founder.
    #[arg(long = "predicate", value_name = "P", value_parser = parse_predicate)]
    predicates: Vec<kgpipe::model::Predicate>,
    /// DOT: only relations at least this confident (0 to 1).
    #[arg(long, default_value_t = 0.0, value_name = "X")]
    min_confidence: f32,
    /// DOT: render with Graphviz to this format instead of writing DOT (needs -o).
    #[arg(long, value_name = "svg|png", value_parser = ["svg", "png"])]
    render: Option<String>,
}

fn parse_predicate(s: &str) -> Result<kgpipe::model::Predicate, String> {
    kgpipe::model::Predicate::parse(s).ok_or_else(|| {
        format!(
            "unknown predicate {s:?}; one of {}",
            kgpipe::model::Predicate::ALL.map(|p| p.name()).join(", ")
        )
    })
}

#[derive(Args)]
struct RunArgs {
    /// The corpus to extract.
    #[arg(long, value_name = "DIR", default_value_os_t = Path::new(MANIFEST_DIR).join("corpus"))]
    corpus: PathBuf,
    /// Where to write the store, exports and query answers.
    #[arg(long, value_name = "DIR", default_value_os_t = Path::new(MANIFEST_DIR).join("output"))]
    out: PathBuf,
    /// The queries to run.
    #[arg(long, value_name = "DIR", default_value_os_t = Path::new(MANIFEST_DIR).join("queries"))]
    queries: PathBuf,
    #[command(flatten)]
    knowledge: Knowledge,
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    let command = match cli.command {
        Some(c) => c,
        None => Cli::parse_from(["kgpipe", "run"])
            .command
            .expect("run is a command"),
    };
    match run(command) {
        Ok(code) => code,
        Err(e) => {
            if is_broken_pipe(&e) {
                return ExitCode::SUCCESS; // the reader went away (| head): not an error
            }
            eprintln!("kgpipe: error: {e:#}");
            ExitCode::FAILURE
        }
    }
}

fn is_broken_pipe(e: &anyhow::Error) -> bool {
    let pipe = |io: &std::io::Error| io.kind() == std::io::ErrorKind::BrokenPipe;
    e.chain().any(|c| {
        c.downcast_ref::<std::io::Error>().is_some_and(pipe)
            || matches!(c.downcast_ref::<kgpipe::export::ExportError>(), Some(kgpipe::export::ExportError::Io(io)) if pipe(io))
            || matches!(c.downcast_ref::<kgpipe::query::QueryError>(), Some(kgpipe::query::QueryError::Io(io)) if pipe(io))
            || matches!(c.downcast_ref::<kgpipe::export::ExportError>(), Some(kgpipe::export::ExportError::Json(j)) if j.io_error_kind() == Some(std::io::ErrorKind::BrokenPipe))
    })
}

/// Pads to a display width: CJK characters take two columns.
fn pad(s: &str, width: usize) -> String {
    use unicode_width::UnicodeWidthStr;
    format!("{s}{}", " ".repeat(width.saturating_sub(s.width())))
}

fn run(command: Command) -> Result<ExitCode> {
    match command {
        Command::Run(a) => cmd_run(a),
        Command::Extract(a) => cmd_extract(a),
        Command::Query(a) => cmd_query(a),
        Command::Export(a) => cmd_export(a),
        Command::Rules(RulesCommand::Check { files }) => cmd_rules_check(&files),
        Command::Annotate { inputs, knowledge } => cmd_annotate(&inputs, &knowledge),
        Command::Eval { gold, store, json } => cmd_eval(&gold, &store, json),
        Command::Stats { store, top } => cmd_stats(&store, top),
        Command::Serve {
            store,
            bind,
            allow_update,
            timeout,
            limit,
            cors,
            threads,
        } => {
            let opts = kgpipe::serve::ServeOptions {
                allow_update,
                limits: kgpipe::query::Limits {
                    timeout: Some(std::time::Duration::from_secs(timeout)),
                    max_results: Some(limit),
                },
                cors,
                threads,
            };
            cmd_serve(&store, &bind, opts)
        }
        Command::Remove { ids, store } => cmd_remove(&store, &ids),
        Command::Explain {
            entity,
            predicate,
            store,
        } => cmd_explain(&store, &entity, predicate),
        Command::Path { from, to, store } => cmd_path(&store, &from, &to),
        Command::Neighbors { entity, store } => cmd_neighbors(&store, &entity),
    }
}

fn build_extractor(k: &Knowledge) -> Result<Extractor> {
    if let Some(n) = k.jobs {
        if n == 0 {
            bail!("--jobs must be at least 1");
        }
        // Only the first call sets the pool; later ones are harmless.
        let _ = rayon::ThreadPoolBuilder::new()
            .num_threads(n)
            .build_global();
    }
    let mut lexicon = Lexicon::builtin().context("the built-in dictionary is invalid")?;
    for d in &k.dict {
        lexicon.add_dictionary(d)?;
    }
    let mut rules = RuleSet::builtin().context("the built-in rules are invalid")?;
    for r in &k.rules {
        rules.add_file(r)?;
    }
    Ok(Extractor::new(lexicon, rules, Settings::default()))
}

fn progress_bar(total: usize, quiet: bool) -> indicatif::ProgressBar {
    if quiet || !std::io::stderr().is_terminal() {
        return indicatif::ProgressBar::hidden();
    }
    let pb = indicatif::ProgressBar::new(total as u64);
    pb.set_style(
        indicatif::ProgressStyle::with_template(
            "{spinner} extracting [{bar:30}] {pos}/{len} documents {elapsed}",
        )
        .expect("valid template")
        .progress_chars("=> "),
    );
    pb
}

fn cmd_extract(a: ExtractArgs) -> Result<ExitCode> {
    let extractor = build_extractor(&a.knowledge)?;
    let loaded = ingest::load(&a.inputs, a.encoding);
    for p in &loaded.problems {
        eprintln!("kgpipe: warning: {p}");
    }
    let store = if a.memory {
        KgStore::in_memory()?
    } else {
        KgStore::open(&a.store)?
    };
    let pb = progress_bar(loaded.documents.len(), a.quiet);
    let tick = || pb.inc(1);
    let (mut summary, _) =
        kgpipe::pipeline::extract_into(&store, loaded.documents, &extractor, a.force, &tick)?;
    pb.finish_and_clear();
    summary.problems = loaded.problems;
    if !a.quiet {
        eprintln!("{summary}");
        if !a.memory {
            eprintln!("store      {}", a.store.display());
        }
    }
    Ok(if summary.problems.is_empty() {
        ExitCode::SUCCESS
    } else {
        ExitCode::from(3)
    })
}

fn open_existing(path: &Path) -> Result<KgStore> {
    if !path.exists() {
        bail!(
            "no store at {}; create one with `kgpipe extract INPUT --store {}`",
            path.display(),
            path.display()
        );
    }
    Ok(KgStore::open_read_only(path)?)
}

fn cmd_query(a: QueryArgs) -> Result<ExitCode> {
    let text = match (&a.query, &a.file) {
        (_, Some(f)) => {
            std::fs::read_to_string(f).with_context(|| format!("cannot read {}", f.display()))?
        }
        (Some(q), None) => q.clone(),
        (None, None) => bail!("give a query or --file"),
    };
    let store = open_existing(&a.store)?;
    let answer = evaluate(&store.store, &text).map_err(|e| match &a.file {
        Some(f) => anyhow::anyhow!("{}: {e}", f.display()),
        None => anyhow::anyhow!("{e}"),
    })?;
    let stdout = std::io::stdout();
    let mut out = std::io::BufWriter::new(stdout.lock());
    write_answer(&answer, a.format, &mut out)?;
    out.flush()?;
    Ok(ExitCode::SUCCESS)
}

fn cmd_export(a: ExportArgs) -> Result<ExitCode> {
    let format = match (a.format, &a.output) {
        (Some(f), _) => f,
        (None, Some(o)) => o
            .extension()
            .and_then(|e| e.to_str())
            .and_then(ExportFormat::from_extension)
            .with_context(|| format!("cannot tell the format of {}; pass --format", o.display()))?,
        (None, None) => bail!(
            "pass --format (ttl, nt, nq, jsonld, dot, graphml, cytoscape, csv) or -o FILE with a known extension"
        ),
    };
    let store = open_existing(&a.store)?;
    let dot = DotOptions {
        font: a.font,
        focus: a.focus,
        depth: a.depth,
        predicates: a.predicates,
        min_confidence: a.min_confidence,
        ..DotOptions::default()
    };
    if let Some(kind) = &a.render {
        let out = a
            .output
            .as_ref()
            .context("--render needs -o FILE for the picture")?;
        let mut buf = Vec::new();
        export(&store.store, ExportFormat::Dot, &dot, &mut buf)?;
        let dot_file = out.with_extension("dot");
        std::fs::write(&dot_file, &buf)
            .with_context(|| format!("cannot write {}", dot_file.display()))?;
        let status = std::process::Command::new("dot")
            .arg(format!("-T{kind}"))
            .arg(&dot_file)
            .arg("-o")
            .arg(out)
            .status()
            .map_err(|_| anyhow::anyhow!("Graphviz (dot) is not installed; install graphviz, or drop --render to write DOT ({} was written)", dot_file.display()))?;
        if !status.success() {
            bail!("Graphviz failed to render {}", dot_file.display());
        }
        return Ok(ExitCode::SUCCESS);
    }
    if let (ExportFormat::Csv, Some(dir)) = (format, &a.output)
        && (dir.is_dir() || dir.to_string_lossy().ends_with('/'))
    {
        std::fs::create_dir_all(dir)?;
        let kg = kgpipe::graph::KnowledgeGraph::from_store(&store.store)?;
        let mut n = std::io::BufWriter::new(std::fs::File::create(dir.join("nodes.csv"))?);
        kgpipe::export::write_csv_nodes(&kg, &mut n)?;
        n.flush()?;
        let mut e = std::io::BufWriter::new(std::fs::File::create(dir.join("relationships.csv"))?);
        kgpipe::export::write_csv_edges(&kg, &mut e)?;
        e.flush()?;
        return Ok(ExitCode::SUCCESS);
    }
    match &a.output {
        Some(path) => {
            let file = std::fs::File::create(path)
                .with_context(|| format!("cannot create {}", path.display()))?;
            let mut w = std::io::BufWriter::new(file);
            export(&store.store, format, &dot, &mut w)?;
            w.flush()?;
        }
        None => {
            let stdout = std::io::stdout();
            let mut w = std::io::BufWriter::new(stdout.lock());
            export(&store.store, format, &dot, &mut w)?;
            w.flush()?;
        }
    }
    Ok(ExitCode::SUCCESS)
}

fn load_graph(store: &Path) -> Result<kgpipe::graph::KnowledgeGraph> {
    let store = open_existing(store)?;
    Ok(kgpipe::graph::KnowledgeGraph::from_store(&store.store)?)
}

fn find_entity(
    kg: &kgpipe::graph::KnowledgeGraph,
    name: &str,
) -> Result<petgraph::graph::NodeIndex> {
    kg.find(name).with_context(|| format!("no entity named {name:?}; try `kgpipe query 'SELECT ?l WHERE {{ ?e rdfs:label ?l }}'` to list them"))
}

fn cmd_stats(store: &Path, top: usize) -> Result<ExitCode> {
    let kg = load_graph(store)?;
    let g = &kg.graph;
    let mut out = std::io::BufWriter::new(std::io::stdout().lock());
    writeln!(out, "entities    {}", kg.node_count())?;
    let mut by_type: std::collections::BTreeMap<&str, usize> = Default::default();
    for n in g.node_indices() {
        *by_type.entry(g[n].etype.name()).or_default() += 1;
    }
    for (t, c) in &by_type {
        writeln!(out, "  {t:<20} {c}")?;
    }
    writeln!(out, "relations   {}", kg.edge_count())?;
    let mut by_pred: std::collections::BTreeMap<&str, usize> = Default::default();
    for e in g.edge_indices() {
        *by_pred.entry(g[e].predicate.name()).or_default() += 1;
    }
    for (p, c) in &by_pred {
        writeln!(out, "  {p:<20} {c}")?;
    }
    writeln!(out, "components  {}", kg.components())?;
    let mut degree: Vec<(usize, &str)> = g
        .node_indices()
        .map(|n| (g.neighbors_undirected(n).count(), g[n].label.as_str()))
        .collect();
    degree.sort_by(|a, b| b.0.cmp(&a.0).then(a.1.cmp(b.1)));
    writeln!(out, "most connected")?;
    for (d, l) in degree.iter().take(top) {
        writeln!(out, "  {} {d}", pad(l, 24))?;
    }
    writeln!(out, "PageRank")?;
    for (n, r) in kg.page_rank().into_iter().take(top) {
        writeln!(out, "  {} {r:.4}", pad(&g[n].label, 24))?;
    }
    out.flush()?;
    Ok(ExitCode::SUCCESS)
}

fn cmd_path(store: &Path, from: &str, to: &str) -> Result<ExitCode> {
    let kg = load_graph(store)?;
    let (a, b) = (find_entity(&kg, from)?, find_entity(&kg, to)?);
    let g = &kg.graph;
    match kg.path(a, b) {
        Some(steps) => {
            let mut line = g[a].label.clone();
            for (_, pred, outgoing, to) in steps {
                let arrow = if outgoing {
                    format!(" -{}-> ", pred.name())
                } else {
                    format!(" <-{}- ", pred.name())
                };
                line.push_str(&arrow);
                line.push_str(&g[to].label);
            }
            writeln!(std::io::stdout(), "{line}")?;
            Ok(ExitCode::SUCCESS)
        }
        None => {
            eprintln!("no path between {from} and {to}");
            Ok(ExitCode::FAILURE)
        }
    }
}

fn cmd_neighbors(store: &Path, entity: &str) -> Result<ExitCode> {
    let kg = load_graph(store)?;
    let n = find_entity(&kg, entity)?;
    let g = &kg.graph;
    let mut out = std::io::BufWriter::new(std::io::stdout().lock());
    writeln!(out, "{} ({})", g[n].label, g[n].etype)?;
    for (pred, outgoing, other, conf) in kg.neighbors(n) {
        let arrow = if outgoing { "->" } else { "<-" };
        writeln!(
            out,
            "  {arrow} {:<20} {} {conf:.2}",
            pred.name(),
            pad(&g[other].label, 24)
        )?;
    }
    out.flush()?;
    Ok(ExitCode::SUCCESS)
}

fn cmd_rules_check(files: &[PathBuf]) -> Result<ExitCode> {
    let mut bad = 0;
    for f in files {
        let mut set = RuleSet::default();
        match set.add_file(f) {
            Ok(n) => println!("{}: {n} rules, ok", f.display()),
            Err(e) => {
                eprintln!("{e}");
                bad += 1;
            }
        }
    }
    Ok(if bad == 0 {
        ExitCode::SUCCESS
    } else {
        ExitCode::FAILURE
    })
}

fn cmd_run(a: RunArgs) -> Result<ExitCode> {
    let extractor = build_extractor(&a.knowledge)?;
    // Sources are recorded relative to where the command runs, so that
    // output/ does not depend on where the repository was cloned.
    let corpus = std::env::current_dir()
        .ok()
        .and_then(|cwd| a.corpus.strip_prefix(cwd).ok().map(Path::to_path_buf))
        .unwrap_or_else(|| a.corpus.clone());
    let loaded = ingest::load(std::slice::from_ref(&corpus), TextEncoding::Auto);
    for p in &loaded.problems {
        eprintln!("kgpipe: warning: {p}");
    }
    if loaded.documents.is_empty() {
        bail!("no documents in {}", a.corpus.display());
    }
    std::fs::create_dir_all(&a.out)
        .with_context(|| format!("cannot create {}", a.out.display()))?;
    let store_dir = a.out.join("store");
    if store_dir.exists() {
        std::fs::remove_dir_all(&store_dir)
            .with_context(|| format!("cannot clear {}", store_dir.display()))?;
    }
    let store = KgStore::open(&store_dir)?;
    let pb = progress_bar(loaded.documents.len(), false);
    let tick = || pb.inc(1);
    let (summary, _) =
        kgpipe::pipeline::extract_into(&store, loaded.documents, &extractor, true, &tick)?;
    pb.finish_and_clear();
    println!(
        "== extracted {} into {}",
        a.corpus.display(),
        store_dir.display()
    );
    println!("{summary}");
    let dot = DotOptions::default();
    for (name, format) in [
        ("graph.ttl", ExportFormat::Ttl),
        ("graph.nq", ExportFormat::Nq),
        ("graph.dot", ExportFormat::Dot),
    ] {
        let path = a.out.join(name);
        let mut w = std::io::BufWriter::new(
            std::fs::File::create(&path)
                .with_context(|| format!("cannot create {}", path.display()))?,
        );
        export(&store.store, format, &dot, &mut w)?;
        w.flush()?;
        println!("wrote {}", path.display());
    }
    render_svg(&a.out.join("graph.dot"), &a.out.join("graph.svg"));
    let mut queries: Vec<PathBuf> = std::fs::read_dir(&a.queries)
        .with_context(|| format!("cannot list {}", a.queries.display()))?
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|e| e == "rq"))
        .collect();
    queries.sort();
    let answers = a.out.join("answers");
    std::fs::create_dir_all(&answers)?;
    for q in queries {
        let text =
            std::fs::read_to_string(&q).with_context(|| format!("cannot read {}", q.display()))?;
        let answer =
            evaluate(&store.store, &text).map_err(|e| anyhow::anyhow!("{}: {e}", q.display()))?;
        let mut buf = Vec::new();
        write_answer(&answer, ResultFormat::Table, &mut buf)?;
        let title = text
            .lines()
            .next()
            .unwrap_or("")
            .trim_start_matches('#')
            .trim();
        println!(
            "\n== {} — {title}",
            q.file_name()
                .map(|n| n.to_string_lossy())
                .unwrap_or_default()
        );
        std::io::stdout().write_all(&buf)?;
        let stem = q
            .file_stem()
            .map(|s| s.to_string_lossy().into_owned())
            .unwrap_or_default();
        std::fs::write(answers.join(format!("{stem}.txt")), &buf)?;
    }
    Ok(ExitCode::SUCCESS)
}

fn cmd_annotate(inputs: &[PathBuf], k: &Knowledge) -> Result<ExitCode> {
    use kgpipe::model::{MentionKind, Object};
    let extractor = build_extractor(k)?;
    let loaded = ingest::load(inputs, TextEncoding::Auto);
    for p in &loaded.problems {
        eprintln!("kgpipe: warning: {p}");
    }
    let stdout = std::io::stdout();
    let mut out = std::io::BufWriter::new(stdout.lock());
    for doc in &loaded.documents {
        let ex = extractor.extract(doc);
        writeln!(out, "# {}", doc.id)?;
        for (i, s) in doc.sentences.iter().enumerate() {
            let mut line = String::new();
            let mut at = s.start;
            for m in ex.mentions.iter().filter(|m| m.sentence == i) {
                if m.start < at {
                    continue;
                }
                line.push_str(&doc.norm[at..m.start]);
                let what = match &m.kind {
                    MentionKind::Entity {
                        etype, canonical, ..
                    } => format!("{}={canonical}", etype.code()),
                    MentionKind::Value(v) => v.lexical(),
                };
                line.push_str(&format!(
                    "[{}|{what}|{}]",
                    &doc.norm[m.start..m.end],
                    m.rule
                ));
                at = m.end;
            }
            line.push_str(&doc.norm[at..s.end]);
            writeln!(out, "{i:>4}  {line}")?;
            for a in ex.assertions.iter().filter(|a| a.evidence.sentence == i) {
                let o = match &a.object {
                    Object::Entity(k) => k.name.clone(),
                    Object::Value(v) => v.lexical(),
                };
                writeln!(
                    out,
                    "      => {} {} {}  ({}, {:.2})",
                    a.subject.name, a.predicate, o, a.evidence.rule, a.evidence.confidence
                )?;
            }
        }
    }
    out.flush()?;
    Ok(ExitCode::SUCCESS)
}

fn cmd_eval(gold_dirs: &[PathBuf], store: &Path, json: bool) -> Result<ExitCode> {
    use kgpipe::eval::{Gold, score};
    let mut files = Vec::new();
    for d in gold_dirs {
        if d.is_dir() {
            let mut fs: Vec<PathBuf> = std::fs::read_dir(d)
                .with_context(|| format!("cannot list {}", d.display()))?
                .filter_map(|e| e.ok().map(|e| e.path()))
                .filter(|p| p.extension().is_some_and(|e| e == "json"))
                .collect();
            fs.sort();
            files.extend(fs);
        } else {
            files.push(d.clone());
        }
    }
    if files.is_empty() {
        bail!(
            "no gold .json files in {}",
            gold_dirs
                .iter()
                .map(|d| d.display().to_string())
                .collect::<Vec<_>>()
                .join(", ")
        );
    }
    let gold = Gold::from_files(&files)?;
    let store = open_existing(store)?;
    let r = score(&store.store, &gold)?;
    if json {
        let v = serde_json::json!({
            "entity_p": r.entities.precision(), "entity_r": r.entities.recall(), "entity_f1": r.entities.f1(),
            "relation_p": r.relations.precision(), "relation_r": r.relations.recall(), "relation_f1": r.relations.f1(),
            "attribute_f1": r.attributes.f1(), "fact_f1": r.facts.f1(), "type_accuracy": r.type_accuracy(),
        });
        writeln!(std::io::stdout(), "{v}")?;
    } else {
        write!(std::io::stdout(), "{r}")?;
    }
    Ok(ExitCode::SUCCESS)
}

/// Renders DOT to SVG with Graphviz when it is installed; says so when not.
fn render_svg(dot: &Path, svg: &Path) {
    match std::process::Command::new("dot")
        .arg("-Tsvg")
        .arg(dot)
        .arg("-o")
        .arg(svg)
        .output()
    {
        Ok(o) if o.status.success() => println!("wrote {}", svg.display()),
        Ok(o) => eprintln!(
            "kgpipe: warning: Graphviz could not render {}: {}",
            dot.display(),
            String::from_utf8_lossy(&o.stderr).trim()
        ),
        Err(_) => eprintln!(
            "kgpipe: note: Graphviz (dot) is not installed, so {} was not rendered; install graphviz or run scripts/setup",
            svg.display()
        ),
    }
}

fn cmd_serve(store: &Path, bind: &str, opts: kgpipe::serve::ServeOptions) -> Result<ExitCode> {
    if !store.exists() {
        bail!(
            "no store at {}; create one with `kgpipe extract INPUT --store {}`",
            store.display(),
            store.display()
        );
    }
    let kg = if opts.allow_update {
        KgStore::open(store)?
    } else {
        KgStore::open_read_only(store)?
    };
    let handle = kgpipe::serve::start(kg.store, bind, opts).map_err(anyhow::Error::msg)?;
    let (tx, rx) = std::sync::mpsc::channel();
    ctrlc::set_handler(move || {
        let _ = tx.send(());
    })
    .context("cannot install the signal handler")?;
    println!("listening on http://{}/query", handle.addr());
    std::io::stdout().flush()?;
    let _ = rx.recv();
    eprintln!("kgpipe: shutting down");
    handle.stop();
    Ok(ExitCode::SUCCESS)
}

fn cmd_remove(store: &Path, ids: &[String]) -> Result<ExitCode> {
    if !store.exists() {
        bail!("no store at {}", store.display());
    }
    let kg = KgStore::open(store)?;
    let mut missing = 0;
    for id in ids {
        if kg.remove_document(id)? {
            println!("removed {id}");
        } else {
            eprintln!(
                "kgpipe: warning: no document {id:?} in {}; `kgpipe query 'SELECT ?id WHERE {{ ?d dcterms:identifier ?id }}'` lists them",
                store.display()
            );
            missing += 1;
        }
    }
    kg.flush()?;
    Ok(if missing == 0 {
        ExitCode::SUCCESS
    } else {
        ExitCode::from(3)
    })
}

fn cmd_explain(
    store: &Path,
    entity: &str,
    predicate: Option<kgpipe::model::Predicate>,
) -> Result<ExitCode> {
    use kgpipe::query::show_term;
    let kg = open_existing(store)?;
    let graph = kgpipe::graph::KnowledgeGraph::from_store(&kg.store)?;
    let node = find_entity(&graph, entity)?;
    let iri = graph.graph[node].iri.clone();
    let filter = predicate
        .map(|p| format!("FILTER(?p = <{}>)", kgpipe::store::predicate_iri(p)))
        .unwrap_or_default();
    let q = format!(
        "SELECT DISTINCT ?s ?sl ?p ?o ?ol ?sentence ?rule ?c ?doc ?a WHERE {{
           ?a a kgo:Assertion ; kgo:subject ?s ; kgo:predicate ?p ; kgo:object ?o ; kgo:sentence ?sentence ;
              kgo:rule ?rule ; kgo:confidence ?c ; prov:wasDerivedFrom ?d . ?d dcterms:identifier ?doc .
           ?s rdfs:label ?sl OPTIONAL {{ ?o rdfs:label ?ol }}
           FILTER(?s = <{iri}> || ?o = <{iri}>) {filter}
         }} ORDER BY ?p ?sl ?ol ?o ?doc"
    );
    let rows = kgpipe::query::select(&kg.store, &q)?;
    let mut out = std::io::BufWriter::new(std::io::stdout().lock());
    writeln!(
        out,
        "{} ({}) {}",
        graph.graph[node].label, graph.graph[node].etype, iri
    )?;
    let mut last = String::new();
    let show = |t: &Option<oxigraph::model::Term>| t.as_ref().map(show_term).unwrap_or_default();
    for r in &rows {
        let pred = match &r[2] {
            Some(oxigraph::model::Term::NamedNode(p)) => {
                kgpipe::store::predicate_of_iri(p.as_str()).map(|p| p.name().to_string())
            }
            _ => None,
        }
        .unwrap_or_else(|| show(&r[2]));
        let object = if r[4].is_some() {
            show(&r[4])
        } else {
            show(&r[3])
        };
        let fact = format!("{} {pred} {object}", show(&r[1]));
        if fact != last {
            writeln!(out, "\n{fact}")?;
            last = fact;
        }
        writeln!(
            out,
            "  {}  [{} {}, {}]",
            show(&r[5]),
            show(&r[8]),
            show(&r[6]),
            show(&r[7])
        )?;
    }
    if rows.is_empty() {
        writeln!(out, "no facts")?;
    }
    out.flush()?;
    Ok(ExitCode::SUCCESS)
}
