//! Stage 7b — export: the store as RDF files and the graph as pictures.
//!
//! In: a store (RDF formats) or a [`KnowledgeGraph`] (DOT). Out: Turtle and
//! N-Triples of the merged graph, N-Quads with one graph per document, and
//! DOT for Graphviz with nodes styled by type and a legend. Output is sorted
//! so that the same store always gives the same bytes.

use crate::graph::KnowledgeGraph;
use crate::model::EntityType;
use crate::store::PREFIXES;
use oxigraph::io::{RdfFormat, RdfSerializer};
use oxigraph::model::{Quad, Triple};
use oxigraph::store::Store;
use std::collections::BTreeSet;
use std::fmt;
use std::io::Write;

/// Export formats.
#[derive(Clone, Copy, Debug, PartialEq, Eq, clap::ValueEnum)]
#[non_exhaustive]
pub enum ExportFormat {
    /// Turtle: every document graph merged, with prefixes.
    Ttl,
    /// N-Triples: every document graph merged.
    Nt,
    /// N-Quads: one named graph per document.
    Nq,
    /// Graphviz DOT.
    Dot,
}

impl ExportFormat {
    /// The format a file name implies.
    pub fn from_extension(ext: &str) -> Option<ExportFormat> {
        match ext.to_ascii_lowercase().as_str() {
            "ttl" | "turtle" => Some(ExportFormat::Ttl),
            "nt" => Some(ExportFormat::Nt),
            "nq" => Some(ExportFormat::Nq),
            "dot" | "gv" => Some(ExportFormat::Dot),
            _ => None,
        }
    }
}

/// Errors of an export.
#[derive(Debug, thiserror::Error)]
pub enum ExportError {
    #[error(transparent)]
    Io(#[from] std::io::Error),
    #[error("store: {0}")]
    Storage(#[from] oxigraph::store::StorageError),
    #[error(transparent)]
    Query(#[from] crate::query::QueryError),
}

/// Writes the store in an RDF format, or the graph as DOT.
pub fn export(
    store: &Store,
    format: ExportFormat,
    dot: &DotOptions,
    out: &mut dyn Write,
) -> Result<(), ExportError> {
    match format {
        ExportFormat::Nq => {
            let mut quads: Vec<Quad> = store.iter().collect::<Result<_, _>>()?;
            quads.sort_by_cached_key(|q| {
                (
                    q.graph_name.to_string(),
                    q.subject.to_string(),
                    q.predicate.to_string(),
                    q.object.to_string(),
                )
            });
            let mut w = RdfSerializer::from_format(RdfFormat::NQuads).for_writer(&mut *out);
            for q in &quads {
                w.serialize_quad(q)?;
            }
            w.finish()?;
        }
        ExportFormat::Ttl | ExportFormat::Nt => {
            let mut ordered: Vec<Triple> = store
                .iter()
                .map(|q| q.map(Triple::from))
                .collect::<Result<_, _>>()?;
            ordered.sort_by_cached_key(|t| t.to_string());
            ordered.dedup();
            let rdf = if format == ExportFormat::Ttl {
                RdfFormat::Turtle
            } else {
                RdfFormat::NTriples
            };
            let mut ser = RdfSerializer::from_format(rdf);
            if format == ExportFormat::Ttl {
                for (p, iri) in PREFIXES {
                    ser = ser.with_prefix(p, iri).expect("valid prefix IRIs");
                }
            }
            let mut w = ser.for_writer(&mut *out);
            for t in &ordered {
                w.serialize_triple(t)?;
            }
            w.finish()?;
        }
        ExportFormat::Dot => {
            let kg = KnowledgeGraph::from_store(store)?;
            write!(out, "{}", Dot::new(&kg, dot))?;
        }
    }
    Ok(())
}

/// Options of the DOT export.
#[derive(Clone, Debug)]
pub struct DotOptions {
    pub font: String,
    /// Leave out entities with no relation.
    pub connected_only: bool,
}

impl Default for DotOptions {
    fn default() -> Self {
        DotOptions {
            font: "Noto Sans CJK SC".into(),
            connected_only: true,
        }
    }
}

/// How each type looks: shape and fill colour.
pub fn style(t: EntityType) -> (&'static str, &'static str) {
    match t {
        EntityType::Person => ("ellipse", "#fde2b4"),
        EntityType::Organization => ("box", "#b9d8f5"),
        EntityType::Place => ("house", "#c8e6c9"),
        EntityType::AIModel => ("hexagon", "#e1c8f0"),
        EntityType::SoftwareApplication => ("component", "#f8c8d8"),
        EntityType::Product => ("box3d", "#fff3b0"),
        EntityType::CreativeWork => ("note", "#e0e0e0"),
    }
}

/// The DOT text of a graph, as a `Display` wrapper.
pub struct Dot<'a> {
    kg: &'a KnowledgeGraph,
    opts: &'a DotOptions,
}

impl<'a> Dot<'a> {
    pub fn new(kg: &'a KnowledgeGraph, opts: &'a DotOptions) -> Dot<'a> {
        Dot { kg, opts }
    }
}

/// Escapes a DOT double-quoted string.
fn esc(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' | '\r' => out.push_str("\\n"),
            c => out.push(c),
        }
    }
    out
}

impl fmt::Display for Dot<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let g = &self.kg.graph;
        let font = esc(&self.opts.font);
        writeln!(f, "digraph kgpipe {{")?;
        writeln!(
            f,
            "  graph [rankdir=LR, overlap=false, splines=true, nodesep=0.35, ranksep=0.6, fontname=\"{font}\"];"
        )?;
        writeln!(
            f,
            "  node [style=\"filled\", fontname=\"{font}\", fontsize=12];"
        )?;
        writeln!(
            f,
            "  edge [fontname=\"{font}\", fontsize=9, color=\"#555555\", fontcolor=\"#333333\"];"
        )?;
        let used: BTreeSet<EntityType> = g.node_indices().map(|n| g[n].etype).collect();
        writeln!(f, "  subgraph cluster_legend {{")?;
        writeln!(
            f,
            "    label=\"Legend\"; fontsize=11; style=\"rounded\"; color=\"#999999\";"
        )?;
        for t in &used {
            let (shape, color) = style(*t);
            writeln!(
                f,
                "    \"legend_{}\" [label=\"{}\", shape={shape}, fillcolor=\"{color}\"];",
                t.name(),
                t.name()
            )?;
        }
        writeln!(f, "  }}")?;
        for n in g.node_indices() {
            let connected = g.neighbors_undirected(n).next().is_some();
            if self.opts.connected_only && !connected {
                continue;
            }
            let node = &g[n];
            let (shape, color) = style(node.etype);
            writeln!(
                f,
                "  n{} [label=\"{}\", shape={shape}, fillcolor=\"{color}\", tooltip=\"{}\"];",
                n.index(),
                esc(&node.label),
                esc(&node.iri)
            )?;
        }
        for e in g.edge_indices() {
            let (a, b) = g.edge_endpoints(e).expect("edge exists");
            let edge = &g[e];
            let dir = if edge.predicate.is_symmetric() {
                ", dir=none"
            } else {
                ""
            };
            writeln!(
                f,
                "  n{} -> n{} [label=\"{}\", tooltip=\"confidence {:.2}, {} evidence\"{dir}];",
                a.index(),
                b.index(),
                edge.predicate.name(),
                edge.confidence,
                edge.evidence
            )?;
        }
        writeln!(f, "}}")
    }
}
