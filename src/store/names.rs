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
