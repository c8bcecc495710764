//! Stage 7c — serve: the SPARQL 1.1 Protocol over HTTP.
//!
//! In: HTTP requests. Out: query results. `GET /query?query=…`, `POST /query`
//! form-encoded (`query=…`) or with an `application/sparql-query` body;
//! SELECT and ASK answer as SPARQL JSON, XML, CSV or TSV and CONSTRUCT and
//! DESCRIBE as Turtle, N-Triples or JSON-LD, by `Accept`. Updates
//! (`POST /update`) are refused unless allowed. Every query runs within a
//! timeout and a result limit; one log line per request goes to stderr.

use crate::query::{Answer, Limits, QueryError, ResultFormat, evaluate_with, write_answer};
use crate::store::PREFIXES;
use oxigraph::io::{RdfFormat, RdfSerializer};
use oxigraph::store::Store;
use std::io::Read;
use std::sync::Arc;
use std::time::{Duration, Instant};
use tiny_http::{Header, Method, Request, Response, Server};

/// How the server behaves.
#[derive(Clone, Debug)]
pub struct ServeOptions {
    pub allow_update: bool,
    pub limits: Limits,
    /// `Access-Control-Allow-Origin` to send, if any.
    pub cors: Option<String>,
    pub threads: usize,
}

impl Default for ServeOptions {
    fn default() -> Self {
        ServeOptions {
            allow_update: false,
            limits: Limits {
                timeout: Some(Duration::from_secs(30)),
                max_results: Some(10_000),
            },
            cors: None,
            threads: 4,
        }
    }
}

/// A running server; [`Handle::stop`] ends it.
pub struct Handle {
    server: Arc<Server>,
    workers: Vec<std::thread::JoinHandle<()>>,
}

impl Handle {
    /// The address it listens on.
    pub fn addr(&self) -> String {
        self.server.server_addr().to_string()
    }

    /// Stops accepting requests, lets those in progress finish, and returns.
    pub fn stop(self) {
        for _ in 0..self.workers.len() {
            self.server.unblock();
        }
        for w in self.workers {
            let _ = w.join();
        }
    }
}

/// Starts serving `store` on `bind` with worker threads.
pub fn start(store: Store, bind: &str, opts: ServeOptions) -> Result<Handle, String> {
    if let Some(origin) = &opts.cors {
        let printable = !origin.is_empty() && origin.bytes().all(|b| (0x20..0x7f).contains(&b));
        if !printable
            || Header::from_bytes("Access-Control-Allow-Origin", origin.as_bytes()).is_err()
        {
            return Err(format!(
                "--cors {origin:?} is not a valid header value (printable ASCII, e.g. '*' or 'https://example.org')"
            ));
        }
    }
    let server = Arc::new(Server::http(bind).map_err(|e| format!("cannot listen on {bind}: {e}"))?);
    let store = Arc::new(store);
    let opts = Arc::new(opts);
    let workers = (0..opts.threads.max(1))
        .map(|_| {
            let (server, store, opts) = (server.clone(), store.clone(), opts.clone());
            std::thread::spawn(move || {
                while let Ok(req) = server.recv() {
                    handle(req, &store, &opts);
                }
            })
        })
        .collect();
    Ok(Handle { server, workers })
}

/// A header; names and values here are ours or were checked at start.
/// A header. Every name and value is either written here or was checked
/// when the server started (--cors), so it is valid ASCII.
fn header(name: &str, value: &str) -> Header {
    Header::from_bytes(name.as_bytes(), value.as_bytes())
        .expect("headers are built from checked ASCII")
}

fn handle(mut req: Request, store: &Store, opts: &ServeOptions) {
    let started = Instant::now();
    let method = req.method().clone();
    let url = req.url().to_string();
    let (status, body, content_type, extra) = route(&mut req, store, opts);
    let bytes = body.len();
    let mut resp = Response::from_data(body)
        .with_status_code(status)
        .with_header(header("Content-Type", &content_type));
    if let Some(origin) = &opts.cors {
        resp.add_header(header("Access-Control-Allow-Origin", origin));
        resp.add_header(header("Access-Control-Allow-Methods", "GET, POST, OPTIONS"));
        resp.add_header(header(
            "Access-Control-Allow-Headers",
            "Content-Type, Accept",
        ));
    }
    for (k, v) in extra {
        resp.add_header(header(k, &v));
    }
    let path = url.split('?').next().unwrap_or("");
    let _ = req.respond(resp);
    eprintln!(
        "{method} {path} {status} {bytes}B {:.1}ms",
        started.elapsed().as_secs_f64() * 1000.0
    );
}

type Reply = (u16, Vec<u8>, String, Vec<(&'static str, String)>);

fn text(status: u16, msg: impl Into<String>) -> Reply {
    (
        status,
        msg.into().into_bytes(),
        "text/plain; charset=utf-8".into(),
        Vec::new(),
    )
}

fn param(query: &str, name: &str) -> Option<String> {
    form_urlencoded::parse(query.as_bytes())
        .find(|(k, _)| k == name)
        .map(|(_, v)| v.into_owned())
}

/// The body of a request, up to 10 MiB of UTF-8.
fn read_body(req: &mut Request) -> Option<String> {
    let mut body = String::new();
    req.as_reader()
        .take(10 << 20)
        .read_to_string(&mut body)
        .ok()?;
    Some(body)
}

fn route(req: &mut Request, store: &Store, opts: &ServeOptions) -> Reply {
    let url = req.url().to_string();
    let (path, qs) = url.split_once('?').unwrap_or((&url, ""));
    let content_type = req
        .headers()
        .iter()
        .find(|h| h.field.equiv("Content-Type"))
        .map(|h| h.value.as_str().to_ascii_lowercase())
        .unwrap_or_default();
    let accept = req
        .headers()
        .iter()
        .find(|h| h.field.equiv("Accept"))
        .map(|h| h.value.as_str().to_string())
        .unwrap_or_default();
    match (req.method(), path) {
        (Method::Options, _) => (204, Vec::new(), "text/plain".into(), Vec::new()),
        (Method::Get, "/") => text(
            200,
            "kgpipe SPARQL endpoint: GET or POST /query (SPARQL 1.1 Protocol)\n",
        ),
        (Method::Get, "/query" | "/sparql") => match param(qs, "query") {
            Some(q) => answer(&q, &accept, store, opts),
            None => text(400, "missing ?query= parameter"),
        },
        (Method::Post, "/query" | "/sparql") => {
            let Some(body) = read_body(req) else {
                return text(400, "the request body is not UTF-8 or is over 10 MiB");
            };
            let q = if content_type.starts_with("application/sparql-query") {
                Some(body)
            } else if content_type.starts_with("application/x-www-form-urlencoded") {
                param(&body, "query")
            } else {
                return text(
                    415,
                    "POST a query as application/sparql-query or form-encoded query=",
                );
            };
            match q {
                Some(q) => answer(&q, &accept, store, opts),
                None => text(400, "missing query= in the form"),
            }
        }
        (Method::Post, "/update") => {
            if !opts.allow_update {
                return text(
                    403,
                    "updates are disabled; start the server with --allow-update",
                );
            }
            let Some(body) = read_body(req) else {
                return text(400, "the request body is not UTF-8 or is over 10 MiB");
            };
            let u = if content_type.starts_with("application/sparql-update") {
                Some(body)
            } else {
                param(&body, "update")
            };
            let Some(u) = u else {
                return text(400, "missing update");
            };
            match store.update(u.as_str()) {
                Ok(()) => text(204, ""),
                Err(e) => text(400, format!("update failed: {e}")),
            }
        }
        _ => text(404, "not found: use /query"),
    }
}

/// Picks a result format from an Accept header.
fn negotiate_results(accept: &str) -> (ResultFormat, &'static str) {
    let a = accept.to_ascii_lowercase();
    if a.contains("application/sparql-results+xml") || a.contains("application/xml") {
        (ResultFormat::Xml, "application/sparql-results+xml")
    } else if a.contains("text/csv") {
        (ResultFormat::Csv, "text/csv; charset=utf-8")
    } else if a.contains("text/tab-separated-values") {
        (
            ResultFormat::Tsv,
            "text/tab-separated-values; charset=utf-8",
        )
    } else {
        (ResultFormat::Json, "application/sparql-results+json")
    }
}

fn negotiate_graph(accept: &str) -> (RdfFormat, &'static str) {
    let a = accept.to_ascii_lowercase();
    if a.contains("application/n-triples") {
        (RdfFormat::NTriples, "application/n-triples")
    } else if a.contains("application/ld+json") {
        (
            RdfFormat::JsonLd {
                profile: oxigraph::io::JsonLdProfileSet::empty(),
            },
            "application/ld+json",
        )
    } else {
        (RdfFormat::Turtle, "text/turtle; charset=utf-8")
    }
}

fn answer(q: &str, accept: &str, store: &Store, opts: &ServeOptions) -> Reply {
    let (result, truncated) = match evaluate_with(store, q, &opts.limits) {
        Ok(r) => r,
        Err(QueryError::Syntax(e)) => return text(400, format!("SPARQL syntax error: {e}")),
        Err(e) => {
            let msg = e.to_string();
            let status = if msg.to_ascii_lowercase().contains("cancel") {
                503
            } else {
                500
            };
            return text(status, format!("query failed: {msg}"));
        }
    };
    let mut body = Vec::new();
    let ct = match &result {
        Answer::Graph(triples) => {
            let (format, ct) = negotiate_graph(accept);
            let mut ser = RdfSerializer::from_format(format);
            for (p, iri) in PREFIXES {
                ser = ser.with_prefix(p, iri).expect("valid prefix IRIs");
            }
            let mut w = ser.for_writer(&mut body);
            for t in triples {
                if w.serialize_triple(t).is_err() {
                    return text(500, "cannot serialize the graph");
                }
            }
            if w.finish().is_err() {
                return text(500, "cannot serialize the graph");
            }
            ct
        }
        _ => {
            let (format, ct) = negotiate_results(accept);
            if let Err(e) = write_answer(&result, format, &mut body) {
                return text(500, format!("cannot write results: {e}"));
            }
            ct
        }
    };
    let extra = if truncated {
        vec![(
            "X-Kgpipe-Truncated",
            format!("results cut at {}", opts.limits.max_results.unwrap_or(0)),
        )]
    } else {
        Vec::new()
    };
    (200, body, ct.to_string(), extra)
}
