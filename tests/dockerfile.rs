//! The container files, checked as text (there is no Docker engine in CI; hadolint lints the
//! Dockerfile's style, this file its meaning): the runtime stage runs the binary this package
//! builds, as a numeric non-root user, with exec-form ENTRYPOINT and HEALTHCHECK, its database
//! on the declared VOLUME, built with --locked; compose.yaml and .dockerignore agree with it.

use std::path::{Path, PathBuf};

use serde_json::Value;

const PACKAGE: &str = env!("CARGO_PKG_NAME");
const VERSION: &str = env!("CARGO_PKG_VERSION");
const RUST_VERSION: &str = env!("CARGO_PKG_RUST_VERSION");

fn read(name: &str) -> String {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join(name);
    std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

/// One Dockerfile instruction: keyword (upper case) and its arguments, continuation lines joined.
#[derive(Debug, Clone)]
struct Instruction {
    keyword: String,
    args: String,
}

fn parse(dockerfile: &str) -> Vec<Instruction> {
    let mut instructions = Vec::new();
    let mut pending = String::new();
    for line in dockerfile.lines() {
        let trimmed = line.trim();
        if pending.is_empty() && (trimmed.is_empty() || trimmed.starts_with('#')) {
            continue;
        }
        if trimmed.starts_with('#') {
            continue; // a comment inside a continued instruction
        }
        if let Some(head) = trimmed.strip_suffix('\\') {
            pending.push_str(head);
            pending.push(' ');
            continue;
        }
        pending.push_str(trimmed);
        let (keyword, args) = pending
            .split_once(char::is_whitespace)
            .unwrap_or((&pending, ""));
        instructions.push(Instruction {
            keyword: keyword.to_ascii_uppercase(),
            args: args.trim().to_owned(),
        });
        pending.clear();
    }
    assert!(
        pending.is_empty(),
        "the Dockerfile ends inside an instruction"
    );
    instructions
}

/// The stages: `FROM image [AS name]` and the instructions under it.
struct Stage {
    image: String,
    name: Option<String>,
    body: Vec<Instruction>,
}

fn stages(instructions: &[Instruction]) -> Vec<Stage> {
    let mut stages: Vec<Stage> = Vec::new();
    for instruction in instructions {
        if instruction.keyword == "FROM" {
            let words: Vec<&str> = instruction.args.split_whitespace().collect();
            let name = match words.as_slice() {
                [_, as_, name] if as_.eq_ignore_ascii_case("as") => Some(name.to_string()),
                _ => None,
            };
            stages.push(Stage {
                image: words.first().copied().unwrap_or_default().to_owned(),
                name,
                body: Vec::new(),
            });
        } else if let Some(stage) = stages.last_mut() {
            stage.body.push(instruction.clone());
        }
    }
    stages
}

impl Stage {
    fn all<'a>(&'a self, keyword: &str) -> impl Iterator<Item = &'a str> + use<'a> {
        let keyword = keyword.to_owned();
        self.body
            .iter()
            .filter(move |i| i.keyword == keyword)
            .map(|i| i.args.as_str())
    }

    /// The last instruction with `keyword` (the one that takes effect).
    fn last(&self, keyword: &str) -> Option<&str> {
        self.all(keyword).last()
    }

    /// `ENV`/`ARG`/`LABEL` pairs in `key=value` form, quotes removed.
    fn pairs(&self, keyword: &str) -> Vec<(String, String)> {
        self.all(keyword)
            .flat_map(split_words)
            .filter_map(|word| {
                let (key, value) = word.split_once('=')?;
                Some((key.to_owned(), value.trim_matches('"').to_owned()))
            })
            .collect()
    }

    fn value(&self, keyword: &str, key: &str) -> Option<String> {
        self.pairs(keyword)
            .into_iter()
            .rev()
            .find(|(k, _)| k == key)
            .map(|(_, v)| v)
    }
}

/// Splits on white space outside double quotes.
fn split_words(args: &str) -> Vec<String> {
    let mut words = Vec::new();
    let mut word = String::new();
    let mut quoted = false;
    for c in args.chars() {
        match c {
            '"' => {
                quoted = !quoted;
                word.push(c);
            }
            c if c.is_whitespace() && !quoted => {
                if !word.is_empty() {
                    words.push(std::mem::take(&mut word));
                }
            }
            c => word.push(c),
        }
    }
    if !word.is_empty() {
        words.push(word);
    }
    words
}

/// An exec-form argument list (`["a", "b"]`); `None` for the shell form.
fn exec_form(args: &str) -> Option<Vec<String>> {
    match serde_json::from_str::<Value>(args).ok()? {
        Value::Array(items) => items
            .into_iter()
            .map(|v| v.as_str().map(str::to_owned))
            .collect(),
        _ => None,
    }
}

/// `--flag=value` options in front of an instruction's arguments, and the rest.
fn options(args: &str) -> (Vec<(&str, &str)>, &str) {
    let mut rest = args.trim_start();
    let mut flags = Vec::new();
    while let Some(option) = rest.strip_prefix("--") {
        let end = option.find(char::is_whitespace).unwrap_or(option.len());
        let (flag, tail) = option.split_at(end);
        flags.push(flag.split_once('=').unwrap_or((flag, "")));
        rest = tail.trim_start();
    }
    (flags, rest)
}

/// A `major.minor` version as a comparable pair.
fn minor_version(text: &str) -> Option<(u32, u32)> {
    let version = text.split('-').next()?; // 1.95-slim-bookworm
    let mut parts = version.split('.');
    let major = parts.next()?.parse().ok()?;
    let minor = parts.next()?.parse().ok()?;
    Some((major, minor))
}

/// Everything wrong with the three files, one sentence each.
fn violations(dockerfile: &str, compose: &str, dockerignore: &str) -> Vec<String> {
    let mut wrong = Vec::new();
    let mut expect = |ok: bool, what: String| {
        if !ok {
            wrong.push(what);
        }
    };
    let instructions = parse(dockerfile);
    let stages = stages(&instructions);
    let Some(runtime) = stages.last() else {
        return vec!["no FROM".into()];
    };
    let binary = format!("/app/{PACKAGE}");
    let built = format!("/target/release/{PACKAGE}");

    // Non-root, by number (a name needs /etc/passwd and defeats runAsNonRoot checks).
    let user = runtime.last("USER").unwrap_or_default();
    let ids: Vec<Option<u32>> = user.split(':').map(|id| id.parse().ok()).collect();
    expect(
        !ids.is_empty() && ids.len() <= 2 && ids.iter().all(|id| id.is_some_and(|id| id != 0)),
        format!("the runtime USER must be numeric uid:gid other than 0, not {user:?}"),
    );

    // The entry point and the health check run the binary built from this package.
    let entrypoint = runtime.last("ENTRYPOINT").and_then(exec_form);
    expect(
        entrypoint.as_deref() == Some(std::slice::from_ref(&binary)),
        format!("ENTRYPOINT must be the exec form [\"{binary}\"], not {entrypoint:?}"),
    );
    expect(
        runtime.last("CMD").is_none(),
        "the runtime stage needs no CMD: the bot runs without arguments".into(),
    );
    let healthcheck = runtime.last("HEALTHCHECK").unwrap_or_default();
    let (flags, command) = options(healthcheck);
    let health_command = command
        .strip_prefix("CMD")
        .map(str::trim)
        .and_then(exec_form);
    expect(
        health_command == Some(vec![binary.clone(), "healthcheck".into()]),
        format!(
            "HEALTHCHECK must be CMD [\"{binary}\", \"healthcheck\"] (exec form), not {healthcheck:?}"
        ),
    );
    for (flag, value) in [
        ("interval", "30s"),
        ("timeout", "5s"),
        ("start-period", "30s"),
    ] {
        expect(
            flags.contains(&(flag, value)),
            format!("HEALTHCHECK --{flag}={value}"),
        );
    }
    expect(
        runtime.all("COPY").any(|args| {
            let (_, paths) = options(args);
            let paths: Vec<&str> = paths.split_whitespace().collect();
            matches!(paths.as_slice(), [from, to] if from.ends_with(&built) && *to == binary)
        }),
        format!("the runtime stage must COPY …{built} to {binary}"),
    );

    // The database is in the declared volume, which the runtime user owns.
    let database_url = runtime.value("ENV", "DATABASE_URL").unwrap_or_default();
    let data_dir = technified_bot::store::data_dir(&database_url);
    let volume = runtime.last("VOLUME").map(|v| {
        exec_form(v)
            .and_then(|v| v.into_iter().next())
            .unwrap_or_else(|| v.to_owned())
    });
    expect(
        data_dir.is_some() && data_dir.as_deref().map(Path::is_absolute) == Some(true),
        format!("DATABASE_URL must name a file by absolute path, not {database_url:?}"),
    );
    expect(
        data_dir.is_some() && data_dir == volume.as_ref().map(PathBuf::from),
        format!("VOLUME {volume:?} must be the folder of DATABASE_URL {database_url:?}"),
    );
    let volume = volume.unwrap_or_default();
    expect(
        runtime.all("COPY").any(|args| {
            let (flags, paths) = options(args);
            flags.contains(&("chown", user))
                && paths.split_whitespace().last() == Some(volume.as_str())
        }),
        format!("the runtime stage must COPY --chown={user} the folder {volume}"),
    );

    // The health listener is reachable from outside the container, on the exposed port.
    let http_addr = runtime.value("ENV", "HTTP_ADDR").unwrap_or_default();
    let exposed = runtime.last("EXPOSE").unwrap_or_default();
    expect(
        http_addr.starts_with("0.0.0.0:")
            && http_addr.rsplit(':').next() == Some(exposed.trim_end_matches("/tcp")),
        format!("HTTP_ADDR {http_addr:?} must be 0.0.0.0 on the EXPOSEd port {exposed:?}"),
    );

    // Reproducible builds of this package's binary, by a toolchain that can build it.
    let runs: Vec<&str> = stages.iter().flat_map(|s| s.all("RUN")).collect();
    let builds: Vec<&&str> = runs
        .iter()
        .filter(|r| r.contains("cargo build") || r.contains("cargo chef cook"))
        .collect();
    expect(
        builds.len() >= 2
            && builds
                .iter()
                .all(|r| r.contains("--locked") && r.contains("--release")),
        format!("cargo chef cook and cargo build must use --release --locked: {builds:?}"),
    );
    let build_line = format!("cargo build --release --locked --bin {PACKAGE}");
    expect(
        runs.iter().any(|r| r.contains(&build_line)),
        format!("a RUN must be exactly `{build_line}` (as .ci/run builds it)"),
    );
    let rust = stages
        .iter()
        .filter_map(|s| s.image.strip_prefix("rust:"))
        .collect::<Vec<_>>();
    expect(
        !rust.is_empty()
            && rust
                .iter()
                .all(|tag| minor_version(tag) >= minor_version(RUST_VERSION)),
        format!("the builder's rust image {rust:?} must be at least rust-version {RUST_VERSION}"),
    );
    expect(
        stages.iter().all(|s| {
            let names: Vec<&str> = stages.iter().filter_map(|s| s.name.as_deref()).collect();
            names.contains(&s.image.as_str())
                || (s.image.contains(':') && !s.image.ends_with(":latest"))
        }),
        "every base image needs a pinned tag (not latest)".into(),
    );

    // Labels.
    let labels = runtime.pairs("LABEL");
    for key in ["title", "description", "source", "licenses", "version"] {
        let key = format!("org.opencontainers.image.{key}");
        expect(
            labels.iter().any(|(k, _)| *k == key),
            format!("LABEL {key} is missing"),
        );
    }
    expect(
        runtime.value("ARG", "VERSION").as_deref() == Some(VERSION),
        format!("ARG VERSION must default to Cargo.toml's version {VERSION}"),
    );

    // compose.yaml runs the same image the same way.
    let compose_lines: Vec<&str> = compose.lines().map(str::trim).collect();
    let has = |line: &str| compose_lines.contains(&line);
    expect(
        has(&format!("test: [\"CMD\", \"{binary}\", \"healthcheck\"]")),
        "compose.yaml's healthcheck must run the same command".into(),
    );
    expect(
        compose_lines
            .iter()
            .any(|l| l.starts_with("- ") && l.ends_with(&format!(":{volume}"))),
        format!("compose.yaml must mount a volume on {volume}"),
    );
    expect(
        has(&format!("DATABASE_URL: {database_url}")),
        "compose.yaml must pin the image's DATABASE_URL over .env".into(),
    );
    expect(
        has(&format!("HTTP_ADDR: {http_addr}")),
        "compose.yaml must pin the image's HTTP_ADDR over .env".into(),
    );
    expect(
        has(&format!("- \"127.0.0.1:{exposed}:{exposed}\"")),
        "compose.yaml must publish the health port on loopback only".into(),
    );
    for line in ["build: .", "env_file: .env", "restart: unless-stopped"] {
        expect(has(line), format!("compose.yaml lacks `{line}`"));
    }

    // Secrets and local data stay out of the build context.
    let ignored: Vec<&str> = dockerignore.lines().map(str::trim).collect();
    for pattern in [
        "target/",
        ".git",
        ".env",
        "data/",
        "*.db",
        "**/encryption.key",
    ] {
        expect(
            ignored.contains(&pattern),
            format!(".dockerignore lacks {pattern}"),
        );
    }
    wrong
}

#[test]
fn the_container_files_hold_their_invariants() {
    let wrong = violations(
        &read("Dockerfile"),
        &read("compose.yaml"),
        &read(".dockerignore"),
    );
    assert!(wrong.is_empty(), "{}", wrong.join("\n"));
}

/// The checks catch drift: each edit below breaks exactly the invariant it names.
#[test]
fn the_checks_fail_on_drift() {
    let dockerfile = read("Dockerfile");
    let compose = read("compose.yaml");
    let dockerignore = read(".dockerignore");
    let edits: &[(&str, &str, &str)] = &[
        ("USER 65532:65532", "USER nonroot", "USER"),
        ("USER 65532:65532", "USER 0", "USER"),
        (
            r#"ENTRYPOINT ["/app/technified-bot"]"#,
            "ENTRYPOINT /app/technified-bot",
            "ENTRYPOINT",
        ),
        (
            r#"CMD ["/app/technified-bot", "healthcheck"]"#,
            r#"CMD ["/app/bot", "healthcheck"]"#,
            "HEALTHCHECK",
        ),
        (
            r#"CMD ["/app/technified-bot", "healthcheck"]"#,
            "CMD /app/technified-bot healthcheck",
            "HEALTHCHECK",
        ),
        ("VOLUME /data", "VOLUME /var/lib/bot", "VOLUME"),
        (
            "sqlite:///data/technified-bot.db \\",
            "sqlite://data/technified-bot.db \\",
            "absolute path",
        ),
        (
            "cargo build --release --locked",
            "cargo build --release",
            "--locked",
        ),
        ("--bin technified-bot \\", "--bin bot \\", "exactly"),
        ("ARG VERSION=0.1.0", "ARG VERSION=9.9.9", "VERSION"),
        ("EXPOSE 8080", "EXPOSE 9090", "EXPOSEd"),
        (
            "org.opencontainers.image.licenses",
            "org.example.licenses",
            "licenses",
        ),
    ];
    for (from, to, named) in edits {
        assert!(
            dockerfile.contains(from),
            "the Dockerfile no longer has {from:?}"
        );
        let wrong = violations(&dockerfile.replacen(from, to, 1), &compose, &dockerignore);
        assert!(
            wrong.iter().any(|w| w.contains(named)),
            "{from:?} -> {to:?} went unnoticed: {wrong:?}"
        );
    }
    let wrong = violations(
        &dockerfile,
        &compose.replace("bot-data:/data", "bot-data:/srv"),
        &dockerignore,
    );
    assert!(wrong.iter().any(|w| w.contains("volume")), "{wrong:?}");
    let wrong = violations(
        &dockerfile,
        &compose,
        &dockerignore.replace("**/encryption.key", ""),
    );
    assert!(
        wrong.iter().any(|w| w.contains("encryption.key")),
        "{wrong:?}"
    );
}

#[test]
fn the_parser_reads_continuations_options_and_exec_forms() {
    let parsed = parse(
        "FROM a:1 AS x\n# c\nENV A=1 \\\n    # inside\n    B=\"two words\"\nHEALTHCHECK --interval=30s CMD [\"/b\", \"h\"]\n",
    );
    let stage = &stages(&parsed)[0];
    assert_eq!(stage.name.as_deref(), Some("x"));
    assert_eq!(stage.value("ENV", "A").as_deref(), Some("1"));
    assert_eq!(stage.value("ENV", "B").as_deref(), Some("two words"));
    let (flags, rest) = options(stage.last("HEALTHCHECK").unwrap());
    assert_eq!(flags, [("interval", "30s")]);
    assert_eq!(
        exec_form(rest.strip_prefix("CMD").unwrap().trim()),
        Some(vec!["/b".to_owned(), "h".to_owned()])
    );
    assert_eq!(exec_form("/b h"), None);
    assert_eq!(minor_version("1.95-slim-bookworm"), Some((1, 95)));
    assert_eq!(minor_version("1.94"), Some((1, 94)));
    assert_eq!(minor_version("slim"), None);
}
