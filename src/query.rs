//! Stage 7a — query: SPARQL over the store.
//!
//! In: a query text. Out: results written as a table for people, or CSV,
//! TSV, SPARQL JSON or XML for machines; CONSTRUCT and DESCRIBE as Turtle or
//! N-Triples. The default graph is the union of all document graphs (unless
//! the query names its dataset), and the prefixes of ONTOLOGY.md are
//! predeclared, so `SELECT ?o WHERE { ?o schema:founder ?p }` just works.

use crate::store::PREFIXES;
use oxigraph::io::{RdfFormat, RdfSerializer};
use oxigraph::model::Term;
use oxigraph::sparql::results::{QueryResultsFormat, QueryResultsSerializer};
use oxigraph::sparql::{QueryResults, SparqlEvaluator, Variable};
use oxigraph::store::Store;
use std::io::Write;
use unicode_width::UnicodeWidthStr;

/// How to print results.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, clap::ValueEnum)]
#[non_exhaustive]
pub enum ResultFormat {
    /// Aligned columns for a terminal; graphs as Turtle.
    #[default]
    Table,
    Csv,
    Tsv,
    /// SPARQL 1.1 Query Results JSON.
    Json,
    /// SPARQL Query Results XML.
    Xml,
}

/// Errors of a query.
#[derive(Debug, thiserror::Error)]
pub enum QueryError {
    #[error("SPARQL syntax error: {0}")]
    Syntax(#[from] oxigraph::sparql::SparqlSyntaxError),
    #[error("query evaluation failed: {0}")]
    Evaluation(#[from] oxigraph::sparql::QueryEvaluationError),
    #[error(transparent)]
    Io(#[from] std::io::Error),
}

/// Results held in memory: what tests, the HTTP server and exports reuse.
#[derive(Debug)]
pub enum Answer {
    Solutions {
        variables: Vec<Variable>,
        rows: Vec<Vec<Option<Term>>>,
    },
    Boolean(bool),
    Graph(Vec<oxigraph::model::Triple>),
}

impl Answer {
    /// The number of rows, triples, or 1 for a boolean.
    pub fn len(&self) -> usize {
        match self {
            Answer::Solutions { rows, .. } => rows.len(),
            Answer::Boolean(_) => 1,
            Answer::Graph(t) => t.len(),
        }
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }
}

/// Parses a query with kgpipe's prefixes predeclared.
pub fn prepare(query: &str) -> Result<oxigraph::sparql::PreparedSparqlQuery, QueryError> {
    prepare_with(query, SparqlEvaluator::new())
}

fn prepare_with(
    query: &str,
    mut ev: SparqlEvaluator,
) -> Result<oxigraph::sparql::PreparedSparqlQuery, QueryError> {
    for (p, iri) in PREFIXES {
        ev = ev.with_prefix(p, iri).expect("valid prefix IRIs");
    }
    let mut prepared = ev.parse_query(query)?;
    if prepared.dataset().is_default_dataset() {
        prepared.dataset_mut().set_default_graph_as_union();
    }
    Ok(prepared)
}

/// Runs a query and collects its answer.
pub fn evaluate(store: &Store, query: &str) -> Result<Answer, QueryError> {
    evaluate_with(store, query, &Limits::default()).map(|(a, _)| a)
}

/// The rows of a SELECT query (no rows for ASK, CONSTRUCT or DESCRIBE).
pub fn select(store: &Store, query: &str) -> Result<Vec<Vec<Option<Term>>>, QueryError> {
    match evaluate(store, query)? {
        Answer::Solutions { rows, .. } => Ok(rows),
        _ => Ok(Vec::new()),
    }
}

/// Bounds on a query: how long it may run and how many rows or triples it returns.
#[derive(Clone, Debug, Default)]
pub struct Limits {
    pub timeout: Option<std::time::Duration>,
    pub max_results: Option<usize>,
}

/// Runs a query within limits; the flag says whether results were cut at the limit.
pub fn evaluate_with(
    store: &Store,
    query: &str,
    limits: &Limits,
) -> Result<(Answer, bool), QueryError> {
    let token = oxigraph::sparql::CancellationToken::new();
    let prepared = prepare_with(
        query,
        SparqlEvaluator::new().with_cancellation_token(token.clone()),
    )?;
    let (done, wait) = std::sync::mpsc::channel::<()>();
    if let Some(t) = limits.timeout {
        let token = token.clone();
        std::thread::spawn(move || {
            if wait.recv_timeout(t).is_err() {
                token.cancel();
            }
        });
    }
    let _finish = Finish(done);
    let results = prepared.on_store(store).execute()?;
    let max = limits.max_results.unwrap_or(usize::MAX);
    let mut truncated = false;
    let answer = match results {
        QueryResults::Solutions(solutions) => {
            let variables = solutions.variables().to_vec();
            let mut rows = Vec::new();
            for s in solutions {
                if rows.len() == max {
                    truncated = true;
                    break;
                }
                rows.push(s?.values().to_vec());
            }
            Answer::Solutions { variables, rows }
        }
        QueryResults::Boolean(b) => Answer::Boolean(b),
        QueryResults::Graph(triples) => {
            let mut out = Vec::new();
            for t in triples {
                if out.len() == max {
                    truncated = true;
                    break;
                }
                out.push(t?);
            }
            Answer::Graph(out)
        }
    };
    Ok((answer, truncated))
}

/// Tells the timeout thread that the query is over.
struct Finish(std::sync::mpsc::Sender<()>);

impl Drop for Finish {
    fn drop(&mut self) {
        let _ = self.0.send(());
    }
}

/// Writes an answer in a format.
pub fn write_answer(
    answer: &Answer,
    format: ResultFormat,
    out: &mut dyn Write,
) -> Result<(), QueryError> {
    let results_format = match format {
        ResultFormat::Table => None,
        ResultFormat::Csv => Some(QueryResultsFormat::Csv),
        ResultFormat::Tsv => Some(QueryResultsFormat::Tsv),
        ResultFormat::Json => Some(QueryResultsFormat::Json),
        ResultFormat::Xml => Some(QueryResultsFormat::Xml),
    };
    match (answer, results_format) {
        (Answer::Solutions { variables, rows }, Some(f)) => {
            let mut ser = QueryResultsSerializer::from_format(f)
                .serialize_solutions_to_writer(&mut *out, variables.clone())?;
            for row in rows {
                ser.serialize(
                    variables
                        .iter()
                        .zip(row)
                        .filter_map(|(v, t)| t.as_ref().map(|t| (v.as_ref(), t.as_ref()))),
                )?;
            }
            ser.finish()?;
        }
        (Answer::Boolean(b), Some(f)) => {
            QueryResultsSerializer::from_format(f).serialize_boolean_to_writer(&mut *out, *b)?;
        }
        (Answer::Solutions { variables, rows }, None) => write_table(variables, rows, out)?,
        (Answer::Boolean(b), None) => writeln!(out, "{b}")?,
        (Answer::Graph(triples), f) => {
            let rdf = if f.is_some() {
                RdfFormat::NTriples
            } else {
                RdfFormat::Turtle
            };
            let mut ser = RdfSerializer::from_format(rdf);
            for (p, iri) in PREFIXES {
                ser = ser.with_prefix(p, iri).expect("valid prefix IRIs");
            }
            let mut w = ser.for_writer(&mut *out);
            for t in triples {
                w.serialize_triple(t)?;
            }
            w.finish()?;
        }
    }
    Ok(())
}

/// A term as a person reads it: prefixed IRIs, bare literal values.
pub fn show_term(t: &Term) -> String {
    match t {
        Term::NamedNode(n) => compact_iri(n.as_str()),
        Term::Literal(l) => l.value().to_string(),
        other => other.to_string(),
    }
}

/// `https://w3id.org/kgpipe/resource/Person/李涛` → `kgr:Person/李涛`.
pub fn compact_iri(iri: &str) -> String {
    PREFIXES
        .iter()
        .filter(|(_, ns)| iri.starts_with(ns))
        .max_by_key(|(_, ns)| ns.len())
        .map(|(p, ns)| format!("{p}:{}", &iri[ns.len()..]))
        .unwrap_or_else(|| format!("<{iri}>"))
}

fn write_table(
    variables: &[Variable],
    rows: &[Vec<Option<Term>>],
    out: &mut dyn Write,
) -> std::io::Result<()> {
    let cells: Vec<Vec<String>> = rows
        .iter()
        .map(|r| {
            r.iter()
                .map(|t| {
                    t.as_ref()
                        .map(show_term)
                        .unwrap_or_default()
                        .replace('\n', " ")
                })
                .collect()
        })
        .collect();
    let mut widths: Vec<usize> = variables.iter().map(|v| v.as_str().width() + 1).collect();
    for row in &cells {
        for (w, c) in widths.iter_mut().zip(row) {
            *w = (*w).max(c.width().min(60));
        }
    }
    let line = |out: &mut dyn Write, cols: Vec<String>| -> std::io::Result<()> {
        let mut s = String::new();
        for (i, (c, w)) in cols.iter().zip(&widths).enumerate() {
            let c = truncate(c, 60);
            s.push_str(&c);
            if i + 1 < cols.len() {
                s.push_str(&" ".repeat(w.saturating_sub(c.width()) + 2));
            }
        }
        writeln!(out, "{}", s.trim_end())
    };
    line(
        out,
        variables
            .iter()
            .map(|v| format!("?{}", v.as_str()))
            .collect(),
    )?;
    line(out, widths.iter().map(|w| "-".repeat(*w)).collect())?;
    for row in cells {
        line(out, row)?;
    }
    writeln!(
        out,
        "({} row{})",
        rows.len(),
        if rows.len() == 1 { "" } else { "s" }
    )
}

fn truncate(s: &str, max: usize) -> String {
    if s.width() <= max {
        return s.to_string();
    }
    let mut out = String::new();
    for c in s.chars() {
        if out.width() + 2 > max {
            break;
        }
        out.push(c);
    }
    out.push('…');
    out
}
