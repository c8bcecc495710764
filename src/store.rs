//! Stage 6 — store: the graph as RDF in oxigraph, per ONTOLOGY.md.
//!
//! In: [`DocGraph`]s. Out: quads in an oxigraph store — on disk (RocksDB)
//! or in memory — one named graph per document, holding the document's
//! metadata, the type and labels of every entity it mentions, its facts as
//! direct triples and one `kgo:Assertion` per piece of evidence. Writing a
//! document again replaces its graph in one transaction: no duplicates,
//! nothing stale. The project ontology lives in its own graph.

use crate::model::{DateValue, EntityKey, EntityType, Object, Predicate, Value};
use crate::resolve::DocGraph;
use oxigraph::io::RdfFormat;
use oxigraph::model::vocab::{rdf, rdfs, xsd};
use oxigraph::model::{GraphName, GraphNameRef, Literal, NamedNode, NamedNodeRef, Quad, Term};
use oxigraph::store::Store;
use sha2::{Digest, Sha256};
use std::path::Path;

pub const SCHEMA: &str = "http://schema.org/";
pub const KGO: &str = "https://w3id.org/kgpipe/ontology#";
pub const KGR: &str = "https://w3id.org/kgpipe/resource/";
pub const SKOS: &str = "http://www.w3.org/2004/02/skos/core#";
pub const OWL: &str = "http://www.w3.org/2002/07/owl#";
pub const PROV: &str = "http://www.w3.org/ns/prov#";
pub const DCTERMS: &str = "http://purl.org/dc/terms/";
pub const WIKIDATA: &str = "http://www.wikidata.org/entity/";
pub const ONTOLOGY_GRAPH: &str = "https://w3id.org/kgpipe/ontology";
const ONTOLOGY_TTL: &str = include_str!("../resources/ontology.ttl");

/// The prefixes every serialisation and query of kgpipe knows.
pub const PREFIXES: [(&str, &str); 11] = [
    ("schema", SCHEMA),
    ("kgo", KGO),
    ("kgr", KGR),
    ("rdf", "http://www.w3.org/1999/02/22-rdf-syntax-ns#"),
    ("rdfs", "http://www.w3.org/2000/01/rdf-schema#"),
    ("xsd", "http://www.w3.org/2001/XMLSchema#"),
    ("skos", SKOS),
    ("owl", OWL),
    ("prov", PROV),
    ("dcterms", DCTERMS),
    ("wd", WIKIDATA),
];

/// Errors of the store.
#[derive(Debug, thiserror::Error)]
pub enum StoreError {
    #[error("cannot open the store at {path}: {source} (is another kgpipe using it?)")]
    Open {
        path: String,
        source: oxigraph::store::StorageError,
    },
    #[error("store: {0}")]
    Storage(#[from] oxigraph::store::StorageError),
    #[error("store: cannot load the ontology: {0}")]
    Load(#[from] oxigraph::store::LoaderError),
}

/// The IRI of a class or predicate.
pub fn class_iri(t: EntityType) -> String {
    match t {
        EntityType::AIModel => format!("{KGO}AIModel"),
        other => format!("{SCHEMA}{}", other.name()),
    }
}

pub fn predicate_iri(p: Predicate) -> String {
    match p {
        Predicate::Ceo
        | Predicate::Chairman
        | Predicate::DistilledFrom
        | Predicate::MetWith
        | Predicate::PartnerOf
        | Predicate::CompetitorOf
        | Predicate::ParameterCount
        | Predicate::UserCount => format!("{KGO}{}", p.name()),
        _ => format!("{SCHEMA}{}", p.name()),
    }
}

/// Reads a class IRI back.
pub fn class_of_iri(iri: &str) -> Option<EntityType> {
    EntityType::ALL.into_iter().find(|t| class_iri(*t) == iri)
}

/// Reads a predicate IRI back.
pub fn predicate_of_iri(iri: &str) -> Option<Predicate> {
    Predicate::ALL
        .into_iter()
        .find(|p| predicate_iri(*p) == iri)
}

/// Makes a name safe as an IRI path segment, keeping it readable: spaces
/// become `_`, characters IRIs forbid are percent-encoded, CJK stays.
pub fn iri_segment(name: &str) -> String {
    let mut out = String::with_capacity(name.len());
    for c in name.chars() {
        match c {
            ' ' => out.push('_'),
            c if c.is_ascii_alphanumeric() || "-._~!$&'()*+,;=:@".contains(c) => out.push(c),
            c if !c.is_ascii() && !c.is_control() && !c.is_whitespace() => out.push(c),
            c => {
                let mut buf = [0u8; 4];
                for b in c.encode_utf8(&mut buf).bytes() {
                    out.push_str(&format!("%{b:02X}"));
                }
            }
        }
    }
    out
}

/// Where entity and document IRIs are minted.
#[derive(Clone, Debug)]
pub struct Minter {
    pub base: String,
}

impl Default for Minter {
    fn default() -> Self {
        Minter {
            base: KGR.to_string(),
        }
    }
}

impl Minter {
    /// One IRI per canonical name and type, the same in every run.
    pub fn entity(&self, k: &EntityKey) -> NamedNode {
        NamedNode::new_unchecked(format!(
            "{}{}/{}",
            self.base,
            k.etype.name(),
            iri_segment(&k.name)
        ))
    }

    pub fn document(&self, id: &str) -> NamedNode {
        NamedNode::new_unchecked(format!("{}doc/{}", self.base, iri_segment(id)))
    }

    /// A node named by a hash of what identifies it (assertions, mentions).
    fn node(&self, kind: &str, parts: &[&str]) -> NamedNode {
        let mut h = Sha256::new();
        for p in parts {
            h.update(p.as_bytes());
            h.update([0]);
        }
        let digest = h.finalize();
        let hex: String = digest[..10].iter().map(|b| format!("{b:02x}")).collect();
        NamedNode::new_unchecked(format!("{}{kind}/{hex}", self.base))
    }
}

fn lang_of(s: &str) -> &'static str {
    if s.chars().any(|c| ('\u{3400}'..='\u{9FFF}').contains(&c)) {
        "zh"
    } else {
        "en"
    }
}

fn label(s: &str) -> Literal {
    Literal::new_language_tagged_literal_unchecked(s, lang_of(s))
}

/// The typed literal of a value.
pub fn literal(v: &Value) -> Literal {
    match v {
        Value::Date(d) => {
            let dt = match d {
                DateValue::Year(_) => xsd::G_YEAR,
                DateValue::YearMonth(..) => xsd::G_YEAR_MONTH,
                DateValue::Day(..) => xsd::DATE,
            };
            Literal::new_typed_literal(d.to_string(), dt)
        }
        Value::Amount { .. } => Literal::new_typed_literal(v.lexical(), xsd::DECIMAL),
    }
}

fn nn(iri: &str) -> NamedNode {
    NamedNode::new_unchecked(iri)
}

/// Collects the quads of one document graph.
struct Quads {
    graph: GraphName,
    out: Vec<Quad>,
}

impl Quads {
    fn add(&mut self, s: &NamedNode, p: &str, o: impl Into<Term>) {
        self.out
            .push(Quad::new(s.clone(), nn(p), o.into(), self.graph.clone()));
    }

    /// Where a mention or an assertion was read: document, offsets, rule.
    fn span(&mut self, node: &NamedNode, doc: &NamedNode, start: usize, end: usize, rule: &str) {
        self.add(node, &format!("{PROV}wasDerivedFrom"), doc.clone());
        self.add(
            node,
            &format!("{KGO}start"),
            Literal::new_typed_literal(start.to_string(), xsd::INTEGER),
        );
        self.add(
            node,
            &format!("{KGO}end"),
            Literal::new_typed_literal(end.to_string(), xsd::INTEGER),
        );
        self.add(
            node,
            &format!("{KGO}rule"),
            Literal::new_simple_literal(rule),
        );
    }
}

/// The quads of one document, in its own graph.
pub fn document_quads(g: &DocGraph, minter: &Minter) -> Vec<Quad> {
    let doc = minter.document(&g.meta.id);
    let mut q = Quads {
        graph: GraphName::NamedNode(doc.clone()),
        out: Vec::new(),
    };
    let rdf_type = rdf::TYPE.as_str();
    q.add(&doc, rdf_type, nn(&format!("{KGO}Document")));
    q.add(
        &doc,
        &format!("{DCTERMS}identifier"),
        Literal::new_simple_literal(&g.meta.id),
    );
    q.add(
        &doc,
        &format!("{DCTERMS}source"),
        Literal::new_simple_literal(&g.meta.source),
    );
    if let Some(t) = &g.meta.title {
        q.add(&doc, &format!("{DCTERMS}title"), label(t));
    }
    if let Some(d) = g.meta.date {
        q.add(&doc, &format!("{DCTERMS}date"), literal(&Value::Date(d)));
    }
    q.add(
        &doc,
        &format!("{KGO}contentHash"),
        Literal::new_simple_literal(&g.meta.content_hash),
    );
    q.add(
        &doc,
        &format!("{KGO}text"),
        Literal::new_simple_literal(&g.meta.text),
    );
    for e in &g.entities {
        let s = minter.entity(&e.key);
        q.add(&s, rdf_type, nn(&class_iri(e.key.etype)));
        q.add(&s, rdfs::LABEL.as_str(), label(&e.key.name));
        for a in &e.aliases {
            q.add(&s, &format!("{SKOS}altLabel"), label(a));
        }
        if let Some(id) = &e.wikidata {
            q.add(&s, &format!("{OWL}sameAs"), nn(&format!("{WIKIDATA}{id}")));
        }
        for m in &e.mentions {
            let node = minter.node(
                "mention",
                &[
                    &g.meta.id,
                    &m.start.to_string(),
                    &m.end.to_string(),
                    s.as_str(),
                ],
            );
            q.add(&node, rdf_type, nn(&format!("{KGO}Mention")));
            q.add(&node, &format!("{KGO}entity"), s.clone());
            q.span(&node, &doc, m.start, m.end, m.rule);
            if m.coref {
                q.add(
                    &node,
                    &format!("{KGO}coreference"),
                    Literal::new_typed_literal("true", xsd::BOOLEAN),
                );
            }
        }
    }
    for f in &g.facts {
        let s = minter.entity(&f.subject);
        let p = nn(&predicate_iri(f.predicate));
        let o: Term = match &f.object {
            Object::Entity(k) => minter.entity(k).into(),
            Object::Value(v) => literal(v).into(),
        };
        q.add(&s, p.as_str(), o.clone());
        for sup in &f.support {
            let (start, end) = (sup.start.to_string(), sup.end.to_string());
            let a = minter.node(
                "assertion",
                &[
                    &g.meta.id,
                    s.as_str(),
                    p.as_str(),
                    &o.to_string(),
                    &start,
                    &end,
                    &sup.rule,
                ],
            );
            q.add(&a, rdf_type, nn(&format!("{KGO}Assertion")));
            q.add(&a, &format!("{KGO}subject"), s.clone());
            q.add(&a, &format!("{KGO}predicate"), p.clone());
            q.add(&a, &format!("{KGO}object"), o.clone());
            q.add(&a, &format!("{KGO}sentence"), label(&sup.sentence));
            q.span(&a, &doc, sup.start, sup.end, &sup.rule);
            q.add(
                &a,
                &format!("{KGO}confidence"),
                Literal::new_typed_literal(format!("{:.3}", sup.confidence), xsd::DOUBLE),
            );
        }
    }
    q.out
}

/// An oxigraph store holding kgpipe graphs.
pub struct KgStore {
    pub store: Store,
    pub minter: Minter,
}

impl KgStore {
    /// Opens (or creates) an on-disk store and makes sure the ontology is in it.
    pub fn open(path: &Path) -> Result<KgStore, StoreError> {
        let store = Store::open(path).map_err(|source| StoreError::Open {
            path: path.display().to_string(),
            source,
        })?;
        KgStore::with(store)
    }

    /// Opens an existing on-disk store without writing to it.
    pub fn open_read_only(path: &Path) -> Result<KgStore, StoreError> {
        let store = Store::open_read_only(path).map_err(|source| StoreError::Open {
            path: path.display().to_string(),
            source,
        })?;
        Ok(KgStore {
            store,
            minter: Minter::default(),
        })
    }

    /// A store in memory.
    pub fn in_memory() -> Result<KgStore, StoreError> {
        KgStore::with(Store::new()?)
    }

    fn with(store: Store) -> Result<KgStore, StoreError> {
        let kg = KgStore {
            store,
            minter: Minter::default(),
        };
        kg.load_ontology()?;
        Ok(kg)
    }

    fn load_ontology(&self) -> Result<(), StoreError> {
        let g = NamedNodeRef::new_unchecked(ONTOLOGY_GRAPH);
        let mut t = self.store.start_transaction()?;
        t.clear_graph(g)?;
        t.commit()?;
        self.store.load_from_reader(
            oxigraph::io::RdfParser::from_format(RdfFormat::Turtle).with_default_graph(g),
            ONTOLOGY_TTL.as_bytes(),
        )?;
        Ok(())
    }

    /// The content hash stored for a document, if it is in the store.
    pub fn content_hash(&self, id: &str) -> Result<Option<String>, StoreError> {
        let doc = self.minter.document(id);
        let p = nn(&format!("{KGO}contentHash"));
        let found = self
            .store
            .quads_for_pattern(
                Some(doc.as_ref().into()),
                Some(p.as_ref()),
                None,
                Some(GraphNameRef::NamedNode(doc.as_ref())),
            )
            .next()
            .transpose()?;
        Ok(found.and_then(|q| match q.object {
            Term::Literal(l) => Some(l.value().to_string()),
            _ => None,
        }))
    }

    /// Replaces a document's graph with `g`, in one transaction.
    pub fn replace_document(&self, g: &DocGraph) -> Result<usize, StoreError> {
        self.replace_documents(std::slice::from_ref(g))
    }

    /// Replaces the graphs of several documents in one transaction: all of
    /// them are written, or none. Returns the number of quads written.
    pub fn replace_documents(&self, graphs: &[DocGraph]) -> Result<usize, StoreError> {
        let mut t = self.store.start_transaction()?;
        let mut n = 0;
        for g in graphs {
            let quads = document_quads(g, &self.minter);
            let doc = self.minter.document(&g.meta.id);
            t.clear_graph(GraphNameRef::NamedNode(doc.as_ref()))?;
            for q in &quads {
                t.insert(q);
            }
            n += quads.len();
        }
        t.commit()?;
        Ok(n)
    }

    /// Removes a document and everything only it said. Returns whether it was there.
    pub fn remove_document(&self, id: &str) -> Result<bool, StoreError> {
        let doc = self.minter.document(id);
        let there = self.store.contains_named_graph(doc.as_ref())?;
        if there {
            let mut t = self.store.start_transaction()?;
            t.remove_named_graph(doc.as_ref())?;
            t.commit()?;
        }
        Ok(there)
    }

    /// The identifiers of the documents in the store, sorted.
    pub fn documents(&self) -> Result<Vec<String>, StoreError> {
        let p = nn(&format!("{DCTERMS}identifier"));
        let mut ids: Vec<String> = self
            .store
            .quads_for_pattern(None, Some(p.as_ref()), None, None)
            .filter_map(|q| match q.map(|q| q.object) {
                Ok(Term::Literal(l)) => Some(Ok(l.value().to_string())),
                Ok(_) => None,
                Err(e) => Some(Err(e)),
            })
            .collect::<Result<_, _>>()?;
        ids.sort();
        ids.dedup();
        Ok(ids)
    }

    pub fn flush(&self) -> Result<(), StoreError> {
        self.store.flush()?;
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn iris_are_readable_and_valid() {
        let m = Minter::default();
        let k = EntityKey {
            etype: EntityType::Person,
            name: "Sam Altman".into(),
        };
        assert_eq!(
            m.entity(&k).as_str(),
            "https://w3id.org/kgpipe/resource/Person/Sam_Altman"
        );
        let k = EntityKey {
            etype: EntityType::CreativeWork,
            name: "寿司之神 <1> 50%".into(),
        };
        let iri = m.entity(&k).into_string();
        assert!(NamedNode::new(iri.clone()).is_ok(), "{iri}");
        assert!(iri.ends_with("寿司之神_%3C1%3E_50%25"), "{iri}");
    }

    #[test]
    fn predicates_and_classes_round_trip() {
        for p in Predicate::ALL {
            assert_eq!(predicate_of_iri(&predicate_iri(p)), Some(p));
        }
        for t in EntityType::ALL {
            assert_eq!(class_of_iri(&class_iri(t)), Some(t));
        }
    }
}
