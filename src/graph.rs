//! Stage 5 — graph: the knowledge graph as a petgraph for analysis and
//! visual exports.
//!
//! In: the store (the source of truth: every document graph, merged). Out:
//! a [`KnowledgeGraph`]: one node per entity with its type and label, one
//! edge per relation with its combined confidence and evidence count, and
//! the attributes of each node. It must not know about jieba or rules.

use crate::model::{EntityType, Predicate};
use crate::query::{Answer, QueryError, evaluate};
use crate::resolve::combine;
use crate::store::{class_of_iri, predicate_of_iri};
use oxigraph::model::Term;
use oxigraph::store::Store;
use petgraph::graph::{DiGraph, NodeIndex};
use std::collections::{BTreeMap, HashMap, HashSet};

/// An entity.
#[derive(Clone, Debug, PartialEq)]
pub struct Node {
    pub iri: String,
    pub etype: EntityType,
    pub label: String,
}

/// A relation between two entities.
#[derive(Clone, Debug, PartialEq)]
pub struct Edge {
    pub predicate: Predicate,
    /// Combined over every piece of evidence in every document.
    pub confidence: f32,
    pub evidence: usize,
}

/// The whole graph.
#[derive(Debug, Default)]
pub struct KnowledgeGraph {
    pub graph: DiGraph<Node, Edge>,
    pub attributes: BTreeMap<NodeIndex, Vec<(Predicate, String)>>,
    index: HashMap<String, NodeIndex>,
}

fn iri(t: &Option<Term>) -> Option<&str> {
    match t {
        Some(Term::NamedNode(n)) => Some(n.as_str()),
        _ => None,
    }
}

fn text(t: &Option<Term>) -> Option<&str> {
    match t {
        Some(Term::Literal(l)) => Some(l.value()),
        _ => None,
    }
}

fn rows(store: &Store, q: &str) -> Result<Vec<Vec<Option<Term>>>, QueryError> {
    match evaluate(store, q)? {
        Answer::Solutions { rows, .. } => Ok(rows),
        _ => Ok(Vec::new()),
    }
}

impl KnowledgeGraph {
    /// Loads the graph from a store.
    pub fn from_store(store: &Store) -> Result<KnowledgeGraph, QueryError> {
        let mut kg = KnowledgeGraph::default();
        let mut entities: Vec<(String, EntityType, String)> = Vec::new();
        for r in rows(
            store,
            "SELECT DISTINCT ?e ?t ?l WHERE { ?e a ?t ; rdfs:label ?l }",
        )? {
            if let (Some(e), Some(t), Some(l)) =
                (iri(&r[0]), iri(&r[1]).and_then(class_of_iri), text(&r[2]))
            {
                entities.push((e.to_string(), t, l.to_string()));
            }
        }
        entities.sort_by(|a, b| a.0.cmp(&b.0));
        entities.dedup_by(|a, b| a.0 == b.0);
        for (e, t, l) in entities {
            let n = kg.graph.add_node(Node {
                iri: e.clone(),
                etype: t,
                label: l,
            });
            kg.index.insert(e, n);
        }
        // Evidence per triple, over all documents.
        let mut evidence: HashMap<(String, String, String), Vec<f32>> = HashMap::new();
        let mut seen = HashSet::new();
        let q = "SELECT ?a ?s ?p ?o ?c WHERE { ?a a kgo:Assertion ; kgo:subject ?s ; kgo:predicate ?p ; kgo:object ?o ; kgo:confidence ?c }";
        for r in rows(store, q)? {
            let (Some(a), Some(s), Some(p)) = (iri(&r[0]), iri(&r[1]), iri(&r[2])) else {
                continue;
            };
            if !seen.insert(a.to_string()) {
                continue;
            }
            let o = r[3].as_ref().map(|t| t.to_string()).unwrap_or_default();
            let c = text(&r[4]).and_then(|c| c.parse().ok()).unwrap_or(0.5);
            evidence
                .entry((s.to_string(), p.to_string(), o))
                .or_default()
                .push(c);
        }
        let mut triples: Vec<(String, String, Term)> = Vec::new();
        for r in rows(store, "SELECT DISTINCT ?s ?p ?o WHERE { ?s ?p ?o }")? {
            if let (Some(s), Some(p), Some(o)) = (iri(&r[0]), iri(&r[1]), r[2].clone())
                && predicate_of_iri(p).is_some()
            {
                triples.push((s.to_string(), p.to_string(), o));
            }
        }
        triples.sort_by(|a, b| (&a.0, &a.1, a.2.to_string()).cmp(&(&b.0, &b.1, b.2.to_string())));
        for (s, p, o) in triples {
            let Some(pred) = predicate_of_iri(&p) else {
                continue;
            };
            let Some(&si) = kg.index.get(&s) else {
                continue;
            };
            let ev = evidence.get(&(s.clone(), p.clone(), o.to_string()));
            match (&o, pred.is_attribute()) {
                (Term::NamedNode(on), false) => {
                    let Some(&oi) = kg.index.get(on.as_str()) else {
                        continue;
                    };
                    kg.graph.add_edge(
                        si,
                        oi,
                        Edge {
                            predicate: pred,
                            confidence: ev.map_or(0.5, |v| combine(v.iter().copied())),
                            evidence: ev.map_or(0, Vec::len),
                        },
                    );
                }
                (Term::Literal(l), true) => {
                    kg.attributes
                        .entry(si)
                        .or_default()
                        .push((pred, l.value().to_string()));
                }
                _ => {}
            }
        }
        Ok(kg)
    }

    /// Finds an entity by IRI, label, or the end of its IRI (case-insensitive).
    pub fn find(&self, name: &str) -> Option<NodeIndex> {
        if let Some(&n) = self.index.get(name) {
            return Some(n);
        }
        let folded = crate::lexicon::fold_key(name);
        self.graph
            .node_indices()
            .find(|&n| crate::lexicon::fold_key(&self.graph[n].label) == folded)
    }

    pub fn node_count(&self) -> usize {
        self.graph.node_count()
    }

    pub fn edge_count(&self) -> usize {
        self.graph.edge_count()
    }
}
