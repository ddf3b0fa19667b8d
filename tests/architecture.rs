//! The rules of docs/architecture.md that keep the rooms apart, checked on the sources: a room
//! that starts to import what it must not fails here, naming the file and the line.

use std::path::{Path, PathBuf};

/// One never-rule: no source file under `room` (a folder, or one file) may name any of
/// `forbidden` outside comments.
struct Rule {
    room: &'static str,
    forbidden: &'static [&'static str],
    why: &'static str,
}

const RULES: &[Rule] = &[
    Rule {
        room: "src/technified",
        forbidden: &[
            "serenity",
            "poise",
            "sqlx",
            "crate::discord",
            "crate::commands",
            "crate::store",
            "crate::retry",
            "crate::app",
        ],
        why: "the Technified client knows HTTP and Technified's API only",
    },
    Rule {
        room: "src/store",
        forbidden: &[
            "serenity",
            "poise",
            "crate::discord",
            "crate::commands",
            "crate::retry",
            "crate::app",
        ],
        why: "the store keeps rows; it never reaches up into the engine or Discord",
    },
    Rule {
        room: "src/retry",
        forbidden: &[
            "serenity",
            "poise",
            "sqlx",
            "crate::discord",
            "crate::commands",
            "crate::app",
        ],
        why: "the retry engine reports through its Reporter trait and queries through the store",
    },
    Rule {
        room: "src/discord",
        forbidden: &["crate::commands", "crate::bot", "crate::app", "sqlx"],
        why: "the Discord layer serves the commands; the framework that lists them is src/bot.rs",
    },
    Rule {
        room: "src/discord/text",
        forbidden: &[
            "crate::",
            "super::super",
            "serenity",
            "poise",
            "Operation",
            "Job",
            "Punishment",
            "BindingRule",
        ],
        why: "the wording module holds sentences with holes: plain values in, text out; \
              views/ picks the sentence for typed data",
    },
    Rule {
        room: "commands",
        forbidden: &["sqlx", "crate::app"],
        why: "commands are thin: they call the core and never touch SQL",
    },
];

#[test]
fn no_room_imports_what_it_must_not() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut broken = Vec::new();
    for rule in RULES {
        let files = rust_files(&root.join(rule.room));
        assert!(!files.is_empty(), "{} holds no Rust file", rule.room);
        for file in files {
            let source = std::fs::read_to_string(&file).expect("source file readable");
            for (number, line) in source.lines().enumerate() {
                let code = without_comment(line);
                for word in rule.forbidden.iter().filter(|word| code.contains(*word)) {
                    broken.push(format!(
                        "{}:{}: names `{word}` ({})",
                        file.strip_prefix(root).unwrap_or(&file).display(),
                        number + 1,
                        rule.why
                    ));
                }
            }
        }
    }
    assert!(broken.is_empty(), "rooms crossed:\n{}", broken.join("\n"));
}

#[test]
fn the_check_sees_code_but_not_comments() {
    assert_eq!(
        without_comment("use poise::serenity_prelude; // serenity"),
        "use poise::serenity_prelude; "
    );
    assert_eq!(without_comment("//! see crate::retry::policy"), "");
    assert_eq!(without_comment("    /// [`crate::discord`]"), "    ");
}

/// The part of a line before a `//` comment (the sources keep `//` out of string literals
/// wherever a rule's words could follow it).
fn without_comment(line: &str) -> &str {
    line.split_once("//").map_or(line, |(code, _)| code)
}

fn rust_files(dir: &Path) -> Vec<PathBuf> {
    if dir.is_file() {
        return vec![dir.to_path_buf()];
    }
    let mut files = Vec::new();
    let mut pending = vec![dir.to_path_buf()];
    while let Some(dir) = pending.pop() {
        for entry in std::fs::read_dir(&dir).expect("room folder readable") {
            let path = entry.expect("folder entry readable").path();
            if path.is_dir() {
                pending.push(path);
            } else if path.extension().is_some_and(|ext| ext == "rs") {
                files.push(path);
            }
        }
    }
    files
}
