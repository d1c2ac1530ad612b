//! End-to-end tests: the real `mlf` binary in temp folders, and interop with the real Python
//! MLflow. One test binary, to keep link time down.

mod cloud;
mod common;
mod concurrency;
mod config;
mod conformance;
mod crash;
mod errors;
mod exact;
mod exec;
mod experiments;
mod faults;
mod fields;
mod filestore;
mod generated;
mod hostile;
mod interop;
mod metrics;
mod models;
mod plots;
mod reference;
mod registry;
mod registry_models;
mod remote;
mod search;
mod search_mlflow;
mod search_models_cases;
mod search_models_mlflow;
mod sync;
mod tls;
mod transfers;
mod usability;
mod watch;
