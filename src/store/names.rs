//! Random run names of the form `<adjective>-<noun>-<n>`, as MLflow gives unnamed runs.

const ADJECTIVES: &[&str] = &[
    "agile", "amber", "ample", "bold", "brave", "bright", "brisk", "calm", "clever", "cool",
    "crisp", "curious", "daring", "deft", "eager", "easy", "fair", "fancy", "fast", "fierce",
    "fond", "frank", "gentle", "glad", "golden", "grand", "happy", "hardy", "honest", "humble",
    "jolly", "keen", "kind", "lively", "loyal", "lucky", "merry", "mighty", "modest", "neat",
    "nimble", "noble", "plucky", "polite", "proud", "quick", "quiet", "rapid", "rare", "ready",
    "shy", "silent", "sleek", "smart", "snappy", "solid", "steady", "sunny", "swift", "tidy",
    "upbeat", "vivid", "warm", "wise", "witty", "zesty",
];

const NOUNS: &[&str] = &[
    "ant", "badger", "bass", "bat", "bear", "bee", "bird", "bison", "boar", "calf", "carp", "cat",
    "colt", "crab", "crane", "crow", "deer", "dog", "dove", "duck", "eel", "elk", "finch", "fish",
    "fly", "fox", "frog", "gnat", "goat", "goose", "hare", "hawk", "hen", "heron", "horse", "jay",
    "koala", "lamb", "lark", "lion", "lynx", "mink", "mole", "moth", "mouse", "newt", "owl", "ox",
    "panda", "pig", "pony", "ram", "robin", "seal", "shrew", "skunk", "sloth", "snail", "snake",
    "squid", "stag", "swan", "toad", "trout", "whale", "wolf", "wren", "yak", "zebra",
];

/// Returns a random run name such as `brave-owl-417`.
pub fn random_run_name() -> String {
    let bytes = *uuid::Uuid::new_v4().as_bytes();
    let n = |i: usize| u16::from_le_bytes([bytes[i], bytes[i + 1]]) as usize;
    format!(
        "{}-{}-{}",
        ADJECTIVES[n(0) % ADJECTIVES.len()],
        NOUNS[n(2) % NOUNS.len()],
        n(4) % 1000
    )
}

/// Returns the name of a run being created, as MLflow's stores pick it: the `run_name`
/// argument, else a `mlflow.runName` tag among the tags, else a random name; the argument and
/// the tag must agree when both are given.
pub fn for_new_run(req: &super::CreateRun) -> super::Result<String> {
    let tag_name = req
        .tags
        .iter()
        .rev()
        .find(|t| t.key == RUN_NAME_TAG)
        .map(|t| t.value.clone());
    if let (Some(a), Some(b)) = (&req.run_name, &tag_name) {
        if a != b {
            return Err(super::StoreError::Invalid(format!(
                "the run name `{a}` and the `{RUN_NAME_TAG}` tag `{b}` differ; give one of them"
            )));
        }
    }
    Ok(req
        .run_name
        .clone()
        .or(tag_name)
        .unwrap_or_else(random_run_name))
}

/// Returns the tags a run is created with: the requested ones, with `mlflow.runName` set to
/// the run's name.
pub fn tags_of_new_run(req: &super::CreateRun, name: &str) -> Vec<crate::model::Tag> {
    let mut tags: Vec<crate::model::Tag> = req
        .tags
        .iter()
        .filter(|t| t.key != RUN_NAME_TAG)
        .cloned()
        .collect();
    tags.push(crate::model::Tag::new(RUN_NAME_TAG, name));
    tags
}

/// Returns the user of a run being created: the one given, its `mlflow.user` tag, else
/// `unknown`.
pub fn user_of_new_run(req: &super::CreateRun) -> String {
    if let Some(user) = &req.user_id {
        return user.clone();
    }
    req.tags
        .iter()
        .rev()
        .find(|t| t.key == USER_TAG)
        .map(|t| t.value.clone())
        .unwrap_or_else(|| "unknown".into())
}

/// The run-name system tag; setting it renames the run.
pub const RUN_NAME_TAG: &str = "mlflow.runName";
/// The user system tag; its value becomes `user_id` at creation.
pub const USER_TAG: &str = "mlflow.user";

#[cfg(test)]
mod tests {
    #[test]
    fn names_have_three_parts_and_fit() {
        for _ in 0..100 {
            let name = super::random_run_name();
            assert_eq!(name.split('-').count(), 3, "{name}");
            assert!(name.len() <= 20, "{name}");
        }
    }
}
