//! Scoring against gold annotations, as `tools/kgscore.py` of the shared
//! folder does, so that a user without Python gets the same numbers.
//!
//! In: the store and gold JSON files (entities with aliases, relations,
//! attributes, and `optional_*` lists that count neither way). Out: a
//! [`Report`] with micro-averaged precision, recall and F1 for entities,
//! relations and attributes, per entity type and per predicate, and what
//! was missed or spurious. Names match after folding width and case and
//! dropping spaces and quotes.

use crate::model::{EntityType, Predicate};
use crate::query::{QueryError, select};
use crate::store::{class_of_iri, predicate_of_iri};
use oxigraph::model::Term;
use oxigraph::store::Store;
use serde::Deserialize;
use std::collections::{BTreeMap, BTreeSet, HashMap};
use std::fmt;
use std::path::Path;

/// A problem reading gold files.
#[derive(Debug, thiserror::Error)]
pub enum EvalError {
    #[error("{path}: {message}")]
    Gold { path: String, message: String },
    #[error(transparent)]
    Query(#[from] QueryError),
}

#[derive(Deserialize)]
struct GoldFile {
    entities: Vec<GoldEntity>,
    #[serde(default)]
    optional_entities: Vec<String>,
    #[serde(default)]
    relations: Vec<GoldRel>,
    #[serde(default)]
    optional_relations: Vec<GoldRel>,
    #[serde(default)]
    attributes: Vec<GoldAttr>,
    #[serde(default)]
    optional_attributes: Vec<GoldAttr>,
}

#[derive(Deserialize)]
struct GoldEntity {
    name: String,
    #[serde(rename = "type")]
    etype: String,
    #[serde(default)]
    aliases: Vec<String>,
}

#[derive(Deserialize)]
struct GoldRel {
    s: String,
    p: String,
    o: String,
}

#[derive(Deserialize)]
struct GoldAttr {
    s: String,
    p: String,
    v: String,
}

/// Folds a name for matching: width and case folded, spaces and quotes dropped.
pub fn norm(name: &str) -> String {
    name.chars()
        .map(crate::ingest::fold_char)
        .flat_map(char::to_lowercase)
        .filter(|c| !c.is_whitespace() && !"《》“”\"'「」『』".contains(*c))
        .collect()
}

/// Gold entities merged across files by shared names.
#[derive(Default)]
pub struct Gold {
    cluster_of: HashMap<String, usize>,
    types: Vec<EntityType>,
    display: Vec<String>,
    optional: BTreeSet<String>,
    relations: BTreeSet<(usize, Predicate, usize)>,
    optional_relations: BTreeSet<(usize, Predicate, usize)>,
    attributes: Vec<(usize, Predicate, String)>,
    optional_attributes: Vec<(usize, Predicate, String)>,
}

fn key(s: usize, p: Predicate, o: usize) -> (usize, Predicate, usize) {
    if p.is_symmetric() && o < s {
        (o, p, s)
    } else {
        (s, p, o)
    }
}

impl Gold {
    /// Reads every `*.json` of a folder, sorted.
    pub fn from_dir(dir: &Path) -> Result<Gold, EvalError> {
        let mut paths: Vec<_> = std::fs::read_dir(dir)
            .map_err(|e| EvalError::Gold {
                path: dir.display().to_string(),
                message: e.to_string(),
            })?
            .filter_map(|e| e.ok().map(|e| e.path()))
            .filter(|p| p.extension().is_some_and(|e| e == "json"))
            .collect();
        paths.sort();
        if paths.is_empty() {
            return Err(EvalError::Gold {
                path: dir.display().to_string(),
                message: "no .json gold files".into(),
            });
        }
        Gold::from_files(&paths)
    }

    pub fn from_files(paths: &[std::path::PathBuf]) -> Result<Gold, EvalError> {
        let mut files = Vec::new();
        for p in paths {
            let err = |message: String| EvalError::Gold {
                path: p.display().to_string(),
                message,
            };
            let text = std::fs::read_to_string(p).map_err(|e| err(e.to_string()))?;
            let f: GoldFile =
                serde_json::from_str(&text).map_err(|e| err(format!("line {}: {e}", e.line())))?;
            files.push((p.display().to_string(), f));
        }
        let mut g = Gold::default();
        for (path, f) in &files {
            for e in &f.entities {
                let t = EntityType::parse(&e.etype).ok_or_else(|| EvalError::Gold {
                    path: path.clone(),
                    message: format!("unknown type {:?} of {:?}", e.etype, e.name),
                })?;
                let names: Vec<&String> = std::iter::once(&e.name).chain(&e.aliases).collect();
                let cid = names
                    .iter()
                    .find_map(|n| g.cluster_of.get(&norm(n)).copied())
                    .unwrap_or_else(|| {
                        g.display.push(e.name.clone());
                        g.types.push(t);
                        g.display.len() - 1
                    });
                for n in names {
                    g.cluster_of.entry(norm(n)).or_insert(cid);
                }
            }
            g.optional
                .extend(f.optional_entities.iter().map(|n| norm(n)));
        }
        for (path, f) in &files {
            let pred = |p: &str| {
                Predicate::parse(p).ok_or_else(|| EvalError::Gold {
                    path: path.clone(),
                    message: format!("unknown predicate {p:?}"),
                })
            };
            for (list, dest) in [
                (&f.relations, &mut g.relations),
                (&f.optional_relations, &mut g.optional_relations),
            ] {
                for r in list {
                    let p = pred(&r.p)?;
                    if let (Some(&s), Some(&o)) =
                        (g.cluster_of.get(&norm(&r.s)), g.cluster_of.get(&norm(&r.o)))
                    {
                        dest.insert(key(s, p, o));
                    }
                }
            }
            for (list, dest) in [
                (&f.attributes, &mut g.attributes),
                (&f.optional_attributes, &mut g.optional_attributes),
            ] {
                for a in list {
                    let p = pred(&a.p)?;
                    if let Some(&s) = g.cluster_of.get(&norm(&a.s)) {
                        dest.push((s, p, a.v.clone()));
                    }
                }
            }
        }
        let clustered: BTreeSet<String> = g.cluster_of.keys().cloned().collect();
        g.optional = &g.optional - &clustered;
        Ok(g)
    }
}

/// Precision, recall and F1 from counts.
#[derive(Clone, Copy, Debug, Default, PartialEq)]
pub struct Prf {
    pub tp: usize,
    pub fp: usize,
    pub fn_: usize,
}

impl Prf {
    pub fn precision(&self) -> f64 {
        if self.tp + self.fp == 0 {
            0.0
        } else {
            self.tp as f64 / (self.tp + self.fp) as f64
        }
    }
    pub fn recall(&self) -> f64 {
        if self.tp + self.fn_ == 0 {
            0.0
        } else {
            self.tp as f64 / (self.tp + self.fn_) as f64
        }
    }
    pub fn f1(&self) -> f64 {
        let (p, r) = (self.precision(), self.recall());
        if p + r == 0.0 {
            0.0
        } else {
            2.0 * p * r / (p + r)
        }
    }
}

impl fmt::Display for Prf {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "P={:.3} R={:.3} F1={:.3}  (tp {} fp {} fn {})",
            self.precision(),
            self.recall(),
            self.f1(),
            self.tp,
            self.fp,
            self.fn_
        )
    }
}

/// The scores.
#[derive(Debug, Default)]
pub struct Report {
    pub entities: Prf,
    pub type_correct: usize,
    pub relations: Prf,
    pub attributes: Prf,
    pub facts: Prf,
    pub by_type: BTreeMap<EntityType, Prf>,
    pub by_predicate: BTreeMap<Predicate, Prf>,
    pub missed_entities: Vec<String>,
    pub spurious_entities: Vec<String>,
    pub missed_facts: Vec<String>,
    pub spurious_facts: Vec<String>,
}

impl Report {
    pub fn type_accuracy(&self) -> f64 {
        if self.entities.tp == 0 {
            0.0
        } else {
            self.type_correct as f64 / self.entities.tp as f64
        }
    }
}

impl fmt::Display for Report {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        writeln!(
            f,
            "entities    {}  type accuracy {}/{}",
            self.entities, self.type_correct, self.entities.tp
        )?;
        writeln!(f, "relations   {}", self.relations)?;
        writeln!(f, "attributes  {}", self.attributes)?;
        writeln!(f, "facts       {}", self.facts)?;
        writeln!(f, "\nby entity type")?;
        for (t, p) in &self.by_type {
            writeln!(f, "  {:<20} {p}", t.name())?;
        }
        writeln!(f, "\nby predicate")?;
        for (pr, p) in &self.by_predicate {
            writeln!(f, "  {:<20} {p}", pr.name())?;
        }
        for (title, items) in [
            ("missed entities", &self.missed_entities),
            ("spurious entities", &self.spurious_entities),
            ("missed facts", &self.missed_facts),
            ("spurious facts", &self.spurious_facts),
        ] {
            if !items.is_empty() {
                writeln!(f, "\n{title} ({}): {}", items.len(), items.join("; "))?;
            }
        }
        Ok(())
    }
}

fn values_equal(p: Predicate, got: &str, want: &str) -> bool {
    if p.takes_date() {
        return got.trim() == want.trim();
    }
    match (got.parse::<f64>(), want.parse::<f64>()) {
        (Ok(g), Ok(w)) => (g - w).abs() <= 0.01 * w.abs(),
        _ => false,
    }
}

/// Scores the store against gold.
pub fn score(store: &Store, gold: &Gold) -> Result<Report, EvalError> {
    let rows = select(store, "SELECT DISTINCT ?s ?p ?o WHERE { ?s ?p ?o }")?;
    let mut labels: BTreeMap<String, BTreeSet<String>> = BTreeMap::new();
    let mut shown: BTreeMap<String, String> = BTreeMap::new();
    let mut types: BTreeMap<String, BTreeSet<EntityType>> = BTreeMap::new();
    let mut triples = Vec::new();
    for r in &rows {
        let (Some(Term::NamedNode(s)), Some(Term::NamedNode(p)), Some(o)) = (&r[0], &r[1], &r[2])
        else {
            continue;
        };
        let (s, p) = (s.as_str().to_string(), p.as_str());
        match (p, o) {
            (
                "http://www.w3.org/2000/01/rdf-schema#label"
                | "http://www.w3.org/2004/02/skos/core#altLabel",
                Term::Literal(l),
            ) => {
                labels.entry(s.clone()).or_default().insert(norm(l.value()));
                if p.ends_with("label") && !p.contains("altLabel") {
                    shown.insert(s, l.value().to_string());
                }
            }
            ("http://www.w3.org/1999/02/22-rdf-syntax-ns#type", Term::NamedNode(c)) => {
                if let Some(t) = class_of_iri(c.as_str()) {
                    types.entry(s).or_default().insert(t);
                }
            }
            _ => {
                if let Some(pred) = predicate_of_iri(p) {
                    triples.push((s, pred, o.clone()));
                }
            }
        }
    }
    let software = |t: &EntityType| t.is_made();
    let mut report = Report::default();
    let mut node_cluster: HashMap<String, Option<usize>> = HashMap::new(); // None = optional
    let mut found = BTreeSet::new();
    for (node, ts) in &types {
        let names = labels.get(node).cloned().unwrap_or_default();
        let hits: BTreeSet<usize> = names
            .iter()
            .filter_map(|n| gold.cluster_of.get(n).copied())
            .collect();
        let out_type = *ts.iter().next().expect("typed");
        // (a company 小冰公司 that the text also called 小冰 is the gold's
        // company, not its chatbot 小冰: a gold entity of the node's own
        // type first)
        let typed = hits.iter().find(|&&c| ts.contains(&gold.types[c]));
        if let Some(&cid) = typed.or(hits.iter().next()) {
            node_cluster.insert(node.clone(), Some(cid));
            let want = gold.types[cid];
            if !found.insert(cid) {
                report.entities.fp += 1;
                report.by_type.entry(out_type).or_default().fp += 1;
                report
                    .spurious_entities
                    .push(format!("{} (duplicate)", gold.display[cid]));
                continue;
            }
            report.by_type.entry(want).or_default().tp += 1;
            if ts.contains(&want) || (software(&want) && ts.iter().any(software)) {
                report.type_correct += 1;
            }
        } else if names.iter().any(|n| gold.optional.contains(n)) {
            node_cluster.insert(node.clone(), None);
        } else {
            report.entities.fp += 1;
            report.by_type.entry(out_type).or_default().fp += 1;
            report
                .spurious_entities
                .push(shown.get(node).cloned().unwrap_or_else(|| node.clone()));
        }
    }
    report.entities.tp = found.len();
    for (cid, t) in gold.types.iter().enumerate() {
        if !found.contains(&cid) {
            report.entities.fn_ += 1;
            report.by_type.entry(*t).or_default().fn_ += 1;
            report.missed_entities.push(gold.display[cid].clone());
        }
    }
    let name_of = |n: &str| shown.get(n).cloned().unwrap_or_else(|| n.to_string());
    let mut predicted = BTreeSet::new();
    let mut attr_hit = BTreeSet::new();
    let mut attr_fp = BTreeSet::new();
    for (s, p, o) in &triples {
        let cs = node_cluster.get(s).copied();
        if cs == Some(None) {
            continue;
        }
        match o {
            Term::NamedNode(on) if !p.is_attribute() => {
                let co = node_cluster.get(on.as_str()).copied();
                if co == Some(None) {
                    continue;
                }
                match (cs.flatten(), co.flatten()) {
                    (Some(a), Some(b)) => {
                        predicted.insert(key(a, *p, b));
                    }
                    _ => {
                        report.relations.fp += 1;
                        report.by_predicate.entry(*p).or_default().fp += 1;
                        report.spurious_facts.push(format!(
                            "{} {p} {}",
                            name_of(s),
                            name_of(on.as_str())
                        ));
                    }
                }
            }
            Term::Literal(l) if p.is_attribute() => {
                let cs = cs.flatten();
                let hit = gold.attributes.iter().position(|(gs, gp, gv)| {
                    Some(*gs) == cs && gp == p && values_equal(*p, l.value(), gv)
                });
                match hit {
                    Some(i) => {
                        attr_hit.insert(i);
                    }
                    None => {
                        let optional = gold.optional_attributes.iter().any(|(gs, gp, gv)| {
                            Some(*gs) == cs && gp == p && values_equal(*p, l.value(), gv)
                        });
                        if !optional && attr_fp.insert((name_of(s), *p, l.value().to_string())) {
                            report.by_predicate.entry(*p).or_default().fp += 1;
                        }
                    }
                }
            }
            _ => {}
        }
    }
    for k in &predicted {
        let (s, p, o) = *k;
        if gold.relations.contains(k) {
            report.relations.tp += 1;
            report.by_predicate.entry(p).or_default().tp += 1;
        } else if !gold.optional_relations.contains(k) {
            report.relations.fp += 1;
            report.by_predicate.entry(p).or_default().fp += 1;
            report
                .spurious_facts
                .push(format!("{} {p} {}", gold.display[s], gold.display[o]));
        }
    }
    for k in gold.relations.difference(&predicted) {
        report.relations.fn_ += 1;
        report.by_predicate.entry(k.1).or_default().fn_ += 1;
        report.missed_facts.push(format!(
            "{} {} {}",
            gold.display[k.0], k.1, gold.display[k.2]
        ));
    }
    report.attributes.tp = attr_hit.len();
    report.attributes.fp = attr_fp.len();
    for (i, (s, p, v)) in gold.attributes.iter().enumerate() {
        if attr_hit.contains(&i) {
            report.by_predicate.entry(*p).or_default().tp += 1;
        } else {
            report.attributes.fn_ += 1;
            report.by_predicate.entry(*p).or_default().fn_ += 1;
            report
                .missed_facts
                .push(format!("{} {p} {v}", gold.display[*s]));
        }
    }
    for (s, p, v) in attr_fp {
        report.spurious_facts.push(format!("{s} {p} {v}"));
    }
    report.facts = Prf {
        tp: report.relations.tp + report.attributes.tp,
        fp: report.relations.fp + report.attributes.fp,
        fn_: report.relations.fn_ + report.attributes.fn_,
    };
    Ok(report)
}
