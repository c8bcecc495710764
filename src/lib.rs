#![doc = include_str!("../README.md")]
//!
//! # Architecture
//!
//! One module per pipeline stage; see `ARCHITECTURE.md` for a walk
//! through them.

pub mod analyse;
pub mod eval;
pub mod export;
pub mod extract;
pub mod graph;
pub mod ingest;
pub mod lexicon;
pub mod model;
pub mod pipeline;
pub mod query;
pub mod resolve;
pub mod serve;
pub mod store;

pub use extract::{Extractor, Settings};
pub use ingest::Document;
pub use lexicon::Lexicon;
pub use store::KgStore;

/// Builds an extractor from the built-in dictionary and rules.
pub fn default_extractor() -> Result<Extractor, Box<dyn std::error::Error + Send + Sync>> {
    let lexicon = Lexicon::builtin()?;
    let rules = extract::rules::RuleSet::builtin()?;
    Ok(Extractor::new(lexicon, rules, Settings::default()))
}
