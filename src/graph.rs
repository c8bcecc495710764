//! Stage 5 — graph: the knowledge graph as a petgraph for analysis and
//! visual exports.
//!
//! In: the store (the source of truth: every document graph, merged). Out:
//! a [`KnowledgeGraph`]: one node per entity with its type and label, one
//! edge per relation with its combined confidence and evidence count, and
//! the attributes of each node. It must not know about jieba or rules.

use crate::model::{EntityType, Predicate};
use crate::query::{QueryError, select};
use crate::resolve::combine;
use crate::store::{class_of_iri, predicate_of_iri};
use oxigraph::model::Term;
use oxigraph::store::Store;
use petgraph::graph::{DiGraph, EdgeIndex, NodeIndex};
use petgraph::visit::EdgeRef;
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

impl KnowledgeGraph {
    /// Loads the graph from a store.
    pub fn from_store(store: &Store) -> Result<KnowledgeGraph, QueryError> {
        let mut kg = KnowledgeGraph::default();
        let mut entities: Vec<(String, EntityType, String)> = Vec::new();
        for r in select(
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
        for r in select(store, q)? {
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
        for r in select(store, "SELECT DISTINCT ?s ?p ?o WHERE { ?s ?p ?o }")? {
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

    /// The nodes and edges a view shows: edges filtered by predicate and
    /// confidence, nodes limited to the focus's neighbourhood, and (when
    /// asked) to those with an edge.
    pub fn select(&self, opts: &crate::export::DotOptions) -> (Vec<NodeIndex>, Vec<EdgeIndex>) {
        let g = &self.graph;
        let edge_ok = |e: EdgeIndex| {
            let w = &g[e];
            w.confidence >= opts.min_confidence
                && (opts.predicates.is_empty() || opts.predicates.contains(&w.predicate))
        };
        let within: Option<HashSet<NodeIndex>> =
            opts.focus.as_deref().map(|name| match self.find(name) {
                Some(start) => self.neighbourhood(start, opts.depth, &edge_ok),
                None => HashSet::new(),
            });
        let keep_node = |n: NodeIndex| within.as_ref().is_none_or(|w| w.contains(&n));
        let edges: Vec<EdgeIndex> = g
            .edge_indices()
            .filter(|&e| {
                let (a, b) = g.edge_endpoints(e).expect("edge exists");
                edge_ok(e) && keep_node(a) && keep_node(b)
            })
            .collect();
        let touched: HashSet<NodeIndex> = edges
            .iter()
            .flat_map(|&e| {
                let (a, b) = g.edge_endpoints(e).expect("edge exists");
                [a, b]
            })
            .collect();
        let nodes = g
            .node_indices()
            .filter(|&n| {
                keep_node(n)
                    && (!opts.connected_only
                        || touched.contains(&n)
                        || within.is_some() && touched.is_empty())
            })
            .collect();
        (nodes, edges)
    }

    /// Nodes within `depth` hops of `start`, edges in either direction.
    fn neighbourhood(
        &self,
        start: NodeIndex,
        depth: usize,
        edge_ok: &dyn Fn(EdgeIndex) -> bool,
    ) -> HashSet<NodeIndex> {
        let mut seen = HashSet::from([start]);
        let mut frontier = vec![start];
        for _ in 0..depth {
            let mut next = Vec::new();
            for n in frontier {
                for e in self
                    .graph
                    .edges_directed(n, petgraph::Direction::Outgoing)
                    .chain(self.graph.edges_directed(n, petgraph::Direction::Incoming))
                {
                    let other = if e.source() == n {
                        e.target()
                    } else {
                        e.source()
                    };
                    if edge_ok(e.id()) && seen.insert(other) {
                        next.push(other);
                    }
                }
            }
            frontier = next;
        }
        seen
    }

    /// Every relation of an entity: `(predicate, outgoing?, other node, confidence)`.
    pub fn neighbors(&self, n: NodeIndex) -> Vec<(Predicate, bool, NodeIndex, f32)> {
        let mut out: Vec<_> = self
            .graph
            .edges_directed(n, petgraph::Direction::Outgoing)
            .map(|e| {
                (
                    e.weight().predicate,
                    true,
                    e.target(),
                    e.weight().confidence,
                )
            })
            .chain(
                self.graph
                    .edges_directed(n, petgraph::Direction::Incoming)
                    .map(|e| {
                        (
                            e.weight().predicate,
                            false,
                            e.source(),
                            e.weight().confidence,
                        )
                    }),
            )
            .collect();
        out.sort_by(|a, b| {
            (a.0, !a.1, &self.graph[a.2].label).cmp(&(b.0, !b.1, &self.graph[b.2].label))
        });
        out
    }

    /// The shortest path between two entities, edges in either direction:
    /// `[(from, predicate, outgoing?, to)]`.
    pub fn path(
        &self,
        from: NodeIndex,
        to: NodeIndex,
    ) -> Option<Vec<(NodeIndex, Predicate, bool, NodeIndex)>> {
        let mut prev: HashMap<NodeIndex, (NodeIndex, Predicate, bool)> = HashMap::new();
        let mut seen = HashSet::from([from]);
        let mut queue = std::collections::VecDeque::from([from]);
        while let Some(n) = queue.pop_front() {
            if n == to {
                let mut steps = Vec::new();
                let mut at = to;
                while at != from {
                    let (p, pred, out) = prev[&at];
                    steps.push((p, pred, out, at));
                    at = p;
                }
                steps.reverse();
                return Some(steps);
            }
            for (pred, out, other, _) in self.neighbors(n) {
                if seen.insert(other) {
                    prev.insert(other, (n, pred, out));
                    queue.push_back(other);
                }
            }
        }
        None
    }

    /// PageRank of every node (damping 0.85), highest first.
    pub fn page_rank(&self) -> Vec<(NodeIndex, f64)> {
        let ranks = petgraph::algo::page_rank(&self.graph, 0.85_f64, 50);
        let mut out: Vec<(NodeIndex, f64)> = self.graph.node_indices().zip(ranks).collect();
        out.sort_by(|a, b| b.1.total_cmp(&a.1).then(a.0.cmp(&b.0)));
        out
    }

    /// The number of weakly connected components.
    pub fn components(&self) -> usize {
        petgraph::algo::connected_components(&self.graph)
    }

    pub fn node_count(&self) -> usize {
        self.graph.node_count()
    }

    pub fn edge_count(&self) -> usize {
        self.graph.edge_count()
    }
}
