//! What a store operation can fail with: structured cases a caller can act on (and the CLI
//! turns into exit codes and hints), with no backend's error type in them.

/// What kind of thing an error is about.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    Experiment,
    Run,
    Artifact,
    Tag,
    Model,
    RegisteredModel,
    ModelVersion,
    /// A server did not say, or a file of a store.
    Other,
}

impl Kind {
    /// Returns the name used in messages.
    pub fn name(self) -> &'static str {
        match self {
            Kind::Experiment => "experiment",
            Kind::Run => "run",
            Kind::Artifact => "artifact",
            Kind::Tag => "tag",
            Kind::Model => "logged model",
            Kind::RegisteredModel => "registered model",
            Kind::ModelVersion => "model version",
            Kind::Other => "resource",
        }
    }
}

/// What a store operation can fail with; each variant maps to one exit code.
#[derive(Debug, thiserror::Error)]
pub enum StoreError {
    /// The thing named does not exist.
    #[error("{message}")]
    NotFound { kind: Kind, message: String },
    /// The name is taken; `id` is the existing one's, when known.
    #[error("{message}")]
    AlreadyExists {
        kind: Kind,
        message: String,
        id: Option<String>,
        deleted: bool,
    },
    /// The thing is deleted and cannot be changed until it is restored.
    #[error("{} `{id}` is deleted", kind.name())]
    Deleted { kind: Kind, id: String },
    /// The request is malformed: bad key, value, id, filter or page token.
    #[error("{0}")]
    Invalid(String),
    /// The request conflicts with stored state (changed param value).
    #[error("{0}")]
    Conflict(String),
    /// The store or one of its features is not supported by this build of mlf.
    #[error("{0}")]
    Unsupported(String),
    /// Stored data cannot be read as MLflow writes it.
    #[error("{0}")]
    Corrupt(String),
    /// The database refused the operation; `busy` when another process held it too long.
    #[error("database error: {message}")]
    Database { message: String, busy: bool },
    /// A file could not be read or written.
    #[error(transparent)]
    Io(#[from] std::io::Error),
    /// The server refused the credentials (HTTP 401/403).
    #[error("{0}")]
    Unauthorized(String),
    /// The server failed or answered something mlf cannot use.
    #[error("{0}")]
    Server(String),
    /// The server could not be reached (connection refused, timeout, TLS).
    #[error("{0}")]
    Transport(String),
}

impl StoreError {
    /// A "does not exist" error about a kind of thing.
    pub fn not_found(kind: Kind, message: impl Into<String>) -> StoreError {
        StoreError::NotFound {
            kind,
            message: message.into(),
        }
    }
}
