//! The pipeline end to end: ingest → extract → resolve → store, with a
//! summary of what was done.
//!
//! In: loaded documents, an extractor and a store. Out: the store updated
//! (new documents added, changed ones replaced, unchanged ones skipped) and
//! a [`Summary`]. Extraction runs in parallel; writes go to the store one
//! document at a time, each in its own transaction, so a failure never
//! loses what was already stored.

use crate::extract::Extractor;
use crate::ingest::{Document, Problem};
use crate::model::{EntityKey, EntityType, Predicate};
use crate::resolve::{DocGraph, resolve};
use crate::store::{KgStore, StoreError};
use std::collections::{BTreeMap, BTreeSet};
use std::fmt;
use std::time::Duration;

/// Documents written per store transaction.
const BATCH: usize = 256;

/// What a run did.
#[derive(Debug, Default)]
pub struct Summary {
    pub documents: usize,
    pub unchanged: usize,
    pub sentences: usize,
    pub entities: BTreeMap<EntityType, usize>,
    pub relations: BTreeMap<Predicate, usize>,
    pub quads: usize,
    pub problems: Vec<Problem>,
    pub bytes: u64,
    pub elapsed: Duration,
}

impl fmt::Display for Summary {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let secs = self.elapsed.as_secs_f64().max(1e-9);
        writeln!(
            f,
            "documents  {} extracted, {} unchanged, {} skipped with problems",
            self.documents,
            self.unchanged,
            self.problems.len()
        )?;
        writeln!(f, "sentences  {}", self.sentences)?;
        let ents: usize = self.entities.values().sum();
        let by_type: Vec<String> = self
            .entities
            .iter()
            .map(|(t, n)| format!("{t} {n}"))
            .collect();
        writeln!(f, "entities   {ents} ({})", by_type.join(", "))?;
        let rels: usize = self.relations.values().sum();
        let by_pred: Vec<String> = self
            .relations
            .iter()
            .map(|(p, n)| format!("{p} {n}"))
            .collect();
        writeln!(f, "facts      {rels} ({})", by_pred.join(", "))?;
        writeln!(f, "quads      {} written", self.quads)?;
        write!(
            f,
            "time       {:.2} s, {:.2} MB/s",
            secs,
            self.bytes as f64 / 1e6 / secs
        )
    }
}

/// Extracts `docs` into `store`. Documents whose content hash is already
/// stored are skipped unless `force`.
pub fn extract_into(
    store: &KgStore,
    docs: Vec<Document>,
    extractor: &Extractor,
    force: bool,
    progress: &(dyn Fn() + Sync),
) -> Result<(Summary, Vec<DocGraph>), StoreError> {
    let started = std::time::Instant::now();
    let mut summary = Summary::default();
    let mut todo = Vec::new();
    for d in docs {
        if !force && store.content_hash(&d.id)?.as_deref() == Some(d.content_hash.as_str()) {
            summary.unchanged += 1;
            progress();
        } else {
            todo.push(d);
        }
    }
    let extractions = extractor.extract_all(&todo, progress);
    let mut graphs = Vec::with_capacity(todo.len());
    let mut entities: BTreeSet<EntityKey> = BTreeSet::new();
    for (doc, ex) in todo.iter().zip(&extractions) {
        let g = resolve(doc, ex);
        summary.documents += 1;
        summary.sentences += doc.sentences.len();
        summary.bytes += doc.text.len() as u64;
        entities.extend(g.entities.iter().map(|e| e.key.clone()));
        for f in &g.facts {
            *summary.relations.entry(f.predicate).or_default() += 1;
        }
        graphs.push(g);
    }
    // Documents go to the store in batches, each batch one transaction: a
    // failure loses at most the batch at hand, never what is already stored.
    for batch in graphs.chunks(BATCH) {
        summary.quads += store.replace_documents(batch)?;
    }
    for k in entities {
        *summary.entities.entry(k.etype).or_default() += 1;
    }
    store.flush()?;
    summary.elapsed = started.elapsed();
    Ok((summary, graphs))
}
