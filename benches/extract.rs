//! Throughput of extraction and of writing to the store, on the sample corpus.
//!
//! `cargo bench --bench extract`. Each benchmark checks its result, so that
//! it measures real work; figures go into BENCHMARKS.md.

use criterion::{Criterion, Throughput, criterion_group, criterion_main};
use kgpipe::ingest::{self, TextEncoding};
use kgpipe::{KgStore, default_extractor};
use std::hint::black_box;
use std::path::PathBuf;

fn corpus() -> Vec<kgpipe::Document> {
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("corpus");
    let loaded = ingest::load(&[dir], TextEncoding::Auto);
    assert!(loaded.problems.is_empty(), "{:?}", loaded.problems);
    loaded.documents
}

fn bench(c: &mut Criterion) {
    let docs = corpus();
    let bytes: u64 = docs.iter().map(|d| d.text.len() as u64).sum();
    let extractor = default_extractor().expect("built-in knowledge is valid");

    let mut g = c.benchmark_group("extract");
    g.throughput(Throughput::Bytes(bytes));
    g.bench_function("sample_corpus_parallel", |b| {
        b.iter(|| {
            let out = extractor.extract_all(black_box(&docs), &|| {});
            assert!(out.iter().map(|e| e.assertions.len()).sum::<usize>() > 20);
            out
        })
    });
    g.bench_function("sample_corpus_one_thread", |b| {
        b.iter(|| {
            let out: Vec<_> = docs
                .iter()
                .map(|d| extractor.extract(black_box(d)))
                .collect();
            assert!(out.iter().map(|e| e.assertions.len()).sum::<usize>() > 20);
            out
        })
    });
    g.finish();

    let graphs: Vec<_> = docs
        .iter()
        .zip(extractor.extract_all(&docs, &|| {}))
        .map(|(d, e)| kgpipe::resolve::resolve(d, &e))
        .collect();
    let mut g = c.benchmark_group("store");
    g.throughput(Throughput::Bytes(bytes));
    g.bench_function("replace_sample_corpus_on_disk", |b| {
        let tmp = tempfile::TempDir::new().expect("temp dir");
        let store = KgStore::open(&tmp.path().join("store")).expect("store opens");
        b.iter(|| {
            let quads: usize = graphs
                .iter()
                .map(|g| store.replace_document(g).expect("write"))
                .sum();
            assert!(quads > 100);
            quads
        })
    });
    g.finish();
}

criterion_group! {
    name = benches;
    config = Criterion::default().sample_size(20);
    targets = bench
}
criterion_main!(benches);
