//! Operations: what commands do that is neither parsing arguments nor printing. Nothing here
//! knows clap or the output layer; progress and warnings go through callbacks.

pub mod bulk;
pub mod compare;
pub mod exec;
pub mod ingest;
pub mod migrate;
pub mod model_uri;
pub mod plot;
pub mod register;
pub mod start_run;
pub mod sync;
pub mod transfer;
pub mod watch;
