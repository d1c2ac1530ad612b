//! Error answers of any shape (MLflow's `{error_code, message}`, FastAPI's `{detail}`, HTML,
//! plain text) turned into one readable line and a store error chosen by `error_code`.

use serde_json::Value;

use crate::store::{Kind, StoreError};

/// Collapses a non-JSON body (HTML, plain text) into one short line.
pub fn one_line(body: &str) -> String {
    let mut text = String::new();
    let mut in_tag = false;
    for c in body.chars() {
        match c {
            '<' => in_tag = true,
            '>' if in_tag => {
                in_tag = false;
                text.push(' ');
            }
            _ if in_tag => {}
            c if c.is_control() => text.push(' '),
            c => text.push(c),
        }
    }
    let words: Vec<&str> = text.split_whitespace().collect();
    let line = words.join(" ");
    if line.chars().count() > 200 {
        format!("{}…", line.chars().take(200).collect::<String>())
    } else if line.is_empty() {
        "(empty body)".into()
    } else {
        line
    }
}

/// Maps an error response to a store error: by `error_code` for MLflow's JSON errors, by
/// status for anything else.
pub fn error_from_response(status: u16, body: &str, url: &str) -> StoreError {
    let json: Option<Value> = serde_json::from_str(body).ok();
    let code = json
        .as_ref()
        .and_then(|j| j.get("error_code"))
        .and_then(Value::as_str)
        .map(str::to_string);
    let message = json
        .as_ref()
        .and_then(|j| j.get("message").or_else(|| j.get("detail")))
        .map(|m| {
            m.as_str()
                .map(str::to_string)
                .unwrap_or_else(|| m.to_string())
        })
        .map(|m| one_line(&m))
        .unwrap_or_else(|| {
            format!(
                "server returned HTTP {status} for {url}: {}",
                one_line(body)
            )
        });
    if let Some(code) = code {
        return match code.as_str() {
            "RESOURCE_DOES_NOT_EXIST" | "NOT_FOUND" => StoreError::not_found(Kind::Other, message),
            "RESOURCE_ALREADY_EXISTS" | "ALREADY_EXISTS" => StoreError::AlreadyExists {
                kind: Kind::Other,
                message,
                id: None,
                deleted: false,
            },
            "UNAUTHENTICATED" | "CUSTOMER_UNAUTHORIZED" | "PERMISSION_DENIED" => {
                StoreError::Unauthorized(message)
            }
            "INVALID_PARAMETER_VALUE" | "BAD_REQUEST" | "MALFORMED_REQUEST" | "INVALID_STATE" => {
                // A changed param value or a write to a deleted run is a conflict with stored
                // state (exit 1 on every store), not bad input.
                if message.contains("Changing param values is not allowed")
                    || message.contains("conflicting params")
                    || message.contains("must be in the 'active' state")
                    || message.contains("must be in 'active' state")
                {
                    StoreError::Conflict(message)
                } else {
                    StoreError::Invalid(message)
                }
            }
            _ => StoreError::Server(format!("{message} ({code}, HTTP {status})")),
        };
    }
    match status {
        401 | 403 => StoreError::Unauthorized(message),
        _ => StoreError::Server(message),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]

    fn maps_errors() {
        let e = error_from_response(
            404,
            r#"{"error_code":"RESOURCE_DOES_NOT_EXIST","message":"Run with id=x not found"}"#,
            "u",
        );
        assert!(
            matches!(e, StoreError::NotFound { message: ref m, .. } if m == "Run with id=x not found")
        );
        let e = error_from_response(
            400,
            r#"{"error_code":"INVALID_PARAMETER_VALUE","message":"Changing param values is not allowed. x"}"#,
            "u",
        );
        assert!(matches!(e, StoreError::Conflict(_)));
        let e = error_from_response(
            400,
            r#"{"error_code":"RESOURCE_ALREADY_EXISTS","message":"dup"}"#,
            "u",
        );
        assert!(matches!(e, StoreError::AlreadyExists { .. }));
        let e = error_from_response(
            403,
            "Invalid Host header - possible DNS rebinding attack detected",
            "u",
        );
        assert!(matches!(e, StoreError::Unauthorized(ref m) if m.contains("DNS rebinding")));
        let e = error_from_response(
            404,
            "<!doctype html><html><title>404 Not Found</title><h1>Not Found</h1></html>",
            "http://h/x",
        );
        assert!(
            matches!(e, StoreError::Server(ref m) if m.contains("404 Not Found") && !m.contains('<')),
            "{e}"
        );
        let e = error_from_response(500, r#"{"detail":"boom"}"#, "u");
        assert!(matches!(e, StoreError::Server(ref m) if m == "boom"));
    }

    #[test]

    fn one_line_is_short() {
        assert_eq!(one_line("  a\n\tb  "), "a b");
        assert!(one_line(&"x".repeat(500)).chars().count() <= 201);
    }
}
