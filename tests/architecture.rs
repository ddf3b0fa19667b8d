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

/// Where sentences may not be written: the Discord layer and the commands, outside the
/// wording module (`src/discord/text/` formats messages of `locales/`) and `lang.rs`.
const WORDING_FREE: &[&str] = &["src/discord", "commands", "src/bot.rs"];

/// Calls whose string literals are for the log or a developer, never a member.
const FOR_THE_LOG: &[&str] = &[
    "tracing::",
    "debug!(",
    "info!(",
    "warn!(",
    "error!(",
    "#[error(",
    ".expect(",
    "panic!(",
    "unreachable!(",
    // ban sync's account of what it did with an event, for its log line
    "Step::Nothing(",
];

/// Literals that read as words but are not sentences for a member, with why.
const NOT_WORDING: &[(&str, &str)] = &[
    // Technified's own message, matched to tell a fault of the bot apart
    ("src/discord/errors.rs", "Guild ID required"),
    // ban sync's account of what it did with an event, for its log line
    ("src/discord/ban_sync/mod.rs", "store error"),
    ("src/discord/ban_sync/mod.rs", "no log channel"),
    ("src/discord/ban_sync/mod.rs", "no key"),
    ("src/discord/ban_sync/mod.rs", "member not verified"),
    ("src/discord/ban_sync/mod.rs", "lookup failed"),
];

#[test]
fn sentences_are_only_in_the_translation_files() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut found = Vec::new();
    for room in WORDING_FREE {
        for file in rust_files(&root.join(room)) {
            let name = file
                .strip_prefix(root)
                .unwrap_or(&file)
                .display()
                .to_string();
            if name.starts_with("src/discord/text/") || name == "src/discord/lang.rs" {
                continue;
            }
            let source = std::fs::read_to_string(&file).expect("source file readable");
            let code = without_comments(source.split("#[cfg(test)]").next().unwrap_or_default());
            for literal in sentences(&without_calls(&code, FOR_THE_LOG)) {
                if !NOT_WORDING.contains(&(name.as_str(), literal.as_str())) {
                    found.push(format!("{name}: \"{literal}\""));
                }
            }
        }
    }
    assert!(
        found.is_empty(),
        "sentences outside locales/ (give each a message in locales/en-US.ftl and every \
         other language, and a function in src/discord/text/):\n{}",
        found.join("\n")
    );
}

/// `code` without the argument lists of the calls that start with one of `calls`.
fn without_calls(code: &str, calls: &[&str]) -> String {
    let mut out = String::with_capacity(code.len());
    let mut rest = code;
    while let Some((at, call)) = calls
        .iter()
        .filter_map(|call| rest.find(call).map(|at| (at, call)))
        .min()
    {
        out.push_str(&rest[..at]);
        let after = &rest[at + call.len()..];
        let Some(open) = after.find('(').filter(|_| !call.ends_with('(')).or(Some(0)) else {
            break;
        };
        let (mut depth, mut end) = (i32::from(call.ends_with('(')), after.len());
        for (i, c) in after.char_indices().skip(open) {
            match c {
                '(' => depth += 1,
                ')' => {
                    depth -= 1;
                    if depth == 0 {
                        end = i + 1;
                        break;
                    }
                }
                _ => {}
            }
        }
        rest = &after[end..];
    }
    out.push_str(rest);
    out
}

/// `source` without its `//` comments, string literals kept whole (a URL's `//` included).
fn without_comments(source: &str) -> String {
    // A quote as a char literal opens no string.
    let source = source.replace("'\"'", "' '");
    let (mut out, mut in_string, mut escaped) = (String::new(), false, false);
    let mut chars = source.chars().peekable();
    while let Some(c) = chars.next() {
        if !in_string && c == '/' && chars.peek() == Some(&'/') {
            chars.by_ref().take_while(|&c| c != '\n').for_each(drop);
            out.push('\n');
            continue;
        }
        match c {
            '\\' if in_string && !escaped => escaped = true,
            '"' if !escaped => in_string = !in_string,
            _ => escaped = false,
        }
        out.push(c);
    }
    out
}

/// The string literals of `code` that read as words: two or more, with a space between.
fn sentences(code: &str) -> Vec<String> {
    let mut found = Vec::new();
    let mut rest = code;
    while let Some(start) = rest.find('"') {
        let body = &rest[start + 1..];
        let mut end = body.len();
        let mut escaped = false;
        for (i, c) in body.char_indices() {
            match c {
                '\\' if !escaped => escaped = true,
                '"' if !escaped => {
                    end = i;
                    break;
                }
                _ => escaped = false,
            }
        }
        let literal = &body[..end];
        let words = literal
            .split(' ')
            .filter(|word| word.chars().filter(|c| c.is_alphabetic()).count() >= 2)
            .count();
        if words >= 2 && !literal.contains('{') || words >= 3 {
            found.push(literal.to_owned());
        }
        rest = body.get(end + 1..).unwrap_or_default();
    }
    found
}

#[test]
fn the_wording_check_sees_sentences_but_not_log_lines() {
    let code = "tracing::warn!(x = 1, \"could not post\");\nlet a = \"You may not\";\nlet b = \"<@{id}>\";";
    assert_eq!(
        sentences(&without_calls(code, FOR_THE_LOG)),
        ["You may not"]
    );
}
