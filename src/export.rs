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
    /// JSON-LD: one graph per document, with kgpipe's prefixes as context.
    Jsonld,
    /// GraphML for Gephi, yEd and networkx: type, label, IRI, confidence as attributes.
    Graphml,
    /// Cytoscape.js JSON elements.
    Cytoscape,
    /// A research dataset: one JSON line per document with its text, sentences,
    /// entity mentions and relations with evidence (schema in the README).
    Jsonl,
    /// CSV with neo4j-admin import headers: nodes, then a blank line, then relationships.
    /// With -o DIR/, two files: nodes.csv and relationships.csv.
    Csv,
}

impl ExportFormat {
    /// The format a file name implies.
    pub fn from_extension(ext: &str) -> Option<ExportFormat> {
        match ext.to_ascii_lowercase().as_str() {
            "ttl" | "turtle" => Some(ExportFormat::Ttl),
            "nt" => Some(ExportFormat::Nt),
            "nq" => Some(ExportFormat::Nq),
            "dot" | "gv" => Some(ExportFormat::Dot),
            "jsonld" => Some(ExportFormat::Jsonld),
            "graphml" => Some(ExportFormat::Graphml),
            "cyjs" | "cytoscape" => Some(ExportFormat::Cytoscape),
            "csv" => Some(ExportFormat::Csv),
            "jsonl" => Some(ExportFormat::Jsonl),
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
    #[error(transparent)]
    Json(#[from] serde_json::Error),
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
            let quads = sorted_quads(store)?;
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
        ExportFormat::Jsonld => {
            let quads = sorted_quads(store)?;
            let mut w = RdfSerializer::from_format(RdfFormat::JsonLd {
                profile: oxigraph::io::JsonLdProfileSet::empty(),
            })
            .for_writer(Vec::new());
            for q in &quads {
                w.serialize_quad(q)?;
            }
            // The expanded document under a context of kgpipe's prefixes, so
            // that tools which compact get short names.
            let graph: serde_json::Value = serde_json::from_slice(&w.finish()?)?;
            let context: serde_json::Map<String, serde_json::Value> = PREFIXES
                .iter()
                .map(|(p, iri)| (p.to_string(), serde_json::Value::from(*iri)))
                .collect();
            serde_json::to_writer(
                &mut *out,
                &serde_json::json!({"@context": context, "@graph": graph}),
            )?;
            writeln!(out)?;
        }
        ExportFormat::Dot => {
            let kg = KnowledgeGraph::from_store(store)?;
            write!(out, "{}", Dot::new(&kg, dot))?;
        }
        ExportFormat::Graphml => {
            let kg = KnowledgeGraph::from_store(store)?;
            write_graphml(&kg, out)?;
        }
        ExportFormat::Cytoscape => {
            let kg = KnowledgeGraph::from_store(store)?;
            serde_json::to_writer_pretty(&mut *out, &cytoscape(&kg))?;
            writeln!(out)?;
        }
        ExportFormat::Jsonl => write_jsonl(store, out)?,
        ExportFormat::Csv => {
            let kg = KnowledgeGraph::from_store(store)?;
            write_csv_nodes(&kg, out)?;
            writeln!(out)?;
            write_csv_edges(&kg, out)?;
        }
    }
    Ok(())
}

/// Every quad of the store, sorted, so that exports are byte-for-byte stable.
fn sorted_quads(store: &Store) -> Result<Vec<Quad>, ExportError> {
    let mut quads: Vec<Quad> = store.iter().collect::<Result<_, _>>()?;
    quads.sort_by_cached_key(|q| {
        (
            q.graph_name.to_string(),
            q.subject.to_string(),
            q.predicate.to_string(),
            q.object.to_string(),
        )
    });
    Ok(quads)
}

/// Options of the DOT export.
#[derive(Clone, Debug)]
pub struct DotOptions {
    pub font: String,
    /// Leave out entities with no relation.
    pub connected_only: bool,
    /// Only the neighbourhood of this entity (label or IRI) …
    pub focus: Option<String>,
    /// … up to this many hops.
    pub depth: usize,
    /// Only these predicates (all when empty).
    pub predicates: Vec<crate::model::Predicate>,
    /// Only relations at least this confident.
    pub min_confidence: f32,
}

impl Default for DotOptions {
    fn default() -> Self {
        DotOptions {
            font: "Noto Sans CJK SC".into(),
            connected_only: true,
            focus: None,
            depth: 1,
            predicates: Vec::new(),
            min_confidence: 0.0,
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
        let (nodes, edges) = self.kg.select(self.opts);
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
        let used: BTreeSet<EntityType> = nodes.iter().map(|&n| g[n].etype).collect();
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
        for &n in &nodes {
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
        for &e in &edges {
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

/// Escapes XML text and attribute values.
fn xml(s: &str) -> String {
    s.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&quot;")
}

/// GraphML with node attributes label, type, iri and edge attributes
/// predicate, confidence, evidence.
pub fn write_graphml(kg: &KnowledgeGraph, out: &mut dyn Write) -> std::io::Result<()> {
    let g = &kg.graph;
    writeln!(out, "<?xml version=\"1.0\" encoding=\"UTF-8\"?>")?;
    writeln!(
        out,
        "<graphml xmlns=\"http://graphml.graphdrawing.org/xmlns\">"
    )?;
    for (id, target, name, ty) in [
        ("label", "node", "label", "string"),
        ("type", "node", "type", "string"),
        ("iri", "node", "iri", "string"),
        ("predicate", "edge", "predicate", "string"),
        ("confidence", "edge", "confidence", "double"),
        ("evidence", "edge", "evidence", "int"),
    ] {
        writeln!(
            out,
            "  <key id=\"{id}\" for=\"{target}\" attr.name=\"{name}\" attr.type=\"{ty}\"/>"
        )?;
    }
    writeln!(out, "  <graph id=\"kgpipe\" edgedefault=\"directed\">")?;
    for n in g.node_indices() {
        let node = &g[n];
        writeln!(
            out,
            "    <node id=\"n{}\"><data key=\"label\">{}</data><data key=\"type\">{}</data><data key=\"iri\">{}</data></node>",
            n.index(),
            xml(&node.label),
            node.etype.name(),
            xml(&node.iri)
        )?;
    }
    for e in g.edge_indices() {
        let (a, b) = g.edge_endpoints(e).expect("edge exists");
        let edge = &g[e];
        writeln!(
            out,
            "    <edge id=\"e{}\" source=\"n{}\" target=\"n{}\"><data key=\"predicate\">{}</data><data key=\"confidence\">{:.3}</data><data key=\"evidence\">{}</data></edge>",
            e.index(),
            a.index(),
            b.index(),
            edge.predicate.name(),
            edge.confidence,
            edge.evidence
        )?;
    }
    writeln!(out, "  </graph>")?;
    writeln!(out, "</graphml>")
}

/// Cytoscape.js elements: `{"elements": {"nodes": [...], "edges": [...]}}`.
pub fn cytoscape(kg: &KnowledgeGraph) -> serde_json::Value {
    let g = &kg.graph;
    let nodes: Vec<serde_json::Value> = g
        .node_indices()
        .map(|n| serde_json::json!({"data": {"id": format!("n{}", n.index()), "label": g[n].label, "type": g[n].etype.name(), "iri": g[n].iri}}))
        .collect();
    let edges: Vec<serde_json::Value> = g
        .edge_indices()
        .map(|e| {
            let (a, b) = g.edge_endpoints(e).expect("edge exists");
            serde_json::json!({"data": {
                "id": format!("e{}", e.index()),
                "source": format!("n{}", a.index()),
                "target": format!("n{}", b.index()),
                "predicate": g[e].predicate.name(),
                "confidence": (g[e].confidence as f64 * 1000.0).round() / 1000.0,
                "evidence": g[e].evidence,
            }})
        })
        .collect();
    serde_json::json!({"elements": {"nodes": nodes, "edges": edges}})
}

/// A CSV field, quoted when it needs to be.
fn csv(s: &str) -> String {
    if s.contains([',', '"', '\n', '\r']) {
        format!("\"{}\"", s.replace('"', "\"\""))
    } else {
        s.to_string()
    }
}

/// Nodes with neo4j-admin import headers.
pub fn write_csv_nodes(kg: &KnowledgeGraph, out: &mut dyn Write) -> std::io::Result<()> {
    writeln!(out, "id:ID,name,iri,:LABEL")?;
    for n in kg.graph.node_indices() {
        let node = &kg.graph[n];
        writeln!(
            out,
            "n{},{},{},{}",
            n.index(),
            csv(&node.label),
            csv(&node.iri),
            node.etype.name()
        )?;
    }
    Ok(())
}

/// Relationships with neo4j-admin import headers.
pub fn write_csv_edges(kg: &KnowledgeGraph, out: &mut dyn Write) -> std::io::Result<()> {
    writeln!(out, ":START_ID,:END_ID,:TYPE,confidence:float,evidence:int")?;
    for e in kg.graph.edge_indices() {
        let (a, b) = kg.graph.edge_endpoints(e).expect("edge exists");
        let edge = &kg.graph[e];
        writeln!(
            out,
            "n{},n{},{},{:.3},{}",
            a.index(),
            b.index(),
            edge.predicate.name(),
            edge.confidence,
            edge.evidence
        )?;
    }
    Ok(())
}

fn lit(t: &Option<oxigraph::model::Term>) -> String {
    match t {
        Some(oxigraph::model::Term::Literal(l)) => l.value().to_string(),
        Some(oxigraph::model::Term::NamedNode(n)) => n.as_str().to_string(),
        Some(other) => other.to_string(),
        None => String::new(),
    }
}

fn num(t: &Option<oxigraph::model::Term>) -> usize {
    lit(t).parse().unwrap_or(0)
}

/// One JSON object per document: the research dataset.
pub fn write_jsonl(store: &Store, out: &mut dyn Write) -> Result<(), ExportError> {
    use serde_json::{Value, json};
    let docs = crate::query::select(
        store,
        "SELECT ?d ?id ?src ?hash ?text ?title ?date WHERE { GRAPH ?d { ?d a kgo:Document ; dcterms:identifier ?id ; \
         dcterms:source ?src ; kgo:contentHash ?hash ; kgo:text ?text OPTIONAL { ?d dcterms:title ?title } OPTIONAL { ?d dcterms:date ?date } } } ORDER BY ?id",
    )?;
    let mut mentions: std::collections::HashMap<String, Vec<Value>> = Default::default();
    for r in crate::query::select(
        store,
        "SELECT ?d ?e ?t ?s ?end ?rule ?coref WHERE { GRAPH ?d { ?m a kgo:Mention ; kgo:entity ?e ; kgo:start ?s ; kgo:end ?end ; \
         kgo:rule ?rule . ?e a ?t OPTIONAL { ?m kgo:coreference ?coref } } } ORDER BY ?d ?s ?end",
    )? {
        let ty = crate::store::class_of_iri(&lit(&r[2]))
            .map(|t| t.name())
            .unwrap_or("");
        mentions.entry(lit(&r[0])).or_default().push(json!({
            "start": num(&r[3]), "end": num(&r[4]), "entity": lit(&r[1]), "type": ty,
            "rule": lit(&r[5]), "coreference": r[6].is_some(),
        }));
    }
    let mut relations: std::collections::HashMap<String, Vec<Value>> = Default::default();
    for r in crate::query::select(
        store,
        "SELECT ?d ?s ?sl ?p ?o ?ol ?sentence ?start ?end ?rule ?c WHERE { GRAPH ?d { ?a a kgo:Assertion ; kgo:subject ?s ; \
         kgo:predicate ?p ; kgo:object ?o ; kgo:sentence ?sentence ; kgo:start ?start ; kgo:end ?end ; kgo:rule ?rule ; kgo:confidence ?c . \
         ?s rdfs:label ?sl OPTIONAL { ?o rdfs:label ?ol } } } ORDER BY ?d ?start ?s ?p ?o",
    )? {
        let is_entity = matches!(r[4], Some(oxigraph::model::Term::NamedNode(_)));
        let predicate = crate::store::predicate_of_iri(&lit(&r[3]))
            .map(|p| p.name())
            .unwrap_or("");
        let mut v = json!({
            "subject": lit(&r[1]), "subject_label": lit(&r[2]), "predicate": predicate,
            "sentence": lit(&r[6]), "start": num(&r[7]), "end": num(&r[8]), "rule": lit(&r[9]),
            "confidence": lit(&r[10]).parse::<f64>().unwrap_or(0.0),
        });
        if is_entity {
            v["object"] = json!(lit(&r[4]));
            v["object_label"] = json!(lit(&r[5]));
        } else {
            v["value"] = json!(lit(&r[4]));
        }
        relations.entry(lit(&r[0])).or_default().push(v);
    }
    for r in docs {
        let graph = lit(&r[0]);
        let text = lit(&r[4]);
        let chars: Vec<char> = text.chars().collect();
        let doc = crate::ingest::Document::new(lit(&r[1]), lit(&r[2]), text.clone());
        let sentences: Vec<Value> = doc
            .sentences
            .iter()
            .map(|s| {
                let (a, b) = (doc.char_offset(s.start), doc.char_offset(s.end));
                json!({"start": a, "end": b, "text": chars[a..b].iter().collect::<String>()})
            })
            .collect();
        let mut ms = mentions.remove(&graph).unwrap_or_default();
        for m in &mut ms {
            let (a, b) = (
                m["start"].as_u64().unwrap_or(0) as usize,
                m["end"].as_u64().unwrap_or(0) as usize,
            );
            m["text"] = json!(
                chars
                    .get(a..b.min(chars.len()))
                    .map(|c| c.iter().collect::<String>())
                    .unwrap_or_default()
            );
        }
        let line = json!({
            "id": lit(&r[1]), "source": lit(&r[2]), "content_hash": lit(&r[3]),
            "title": r[5].as_ref().map(|_| lit(&r[5])), "date": r[6].as_ref().map(|_| lit(&r[6])),
            "text": text, "sentences": sentences, "mentions": ms,
            "relations": relations.remove(&graph).unwrap_or_default(),
        });
        serde_json::to_writer(&mut *out, &line)?;
        writeln!(out)?;
    }
    Ok(())
}
