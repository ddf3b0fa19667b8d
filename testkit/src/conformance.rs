//! Checks every JSON body the bot sends Discord against Discord's OpenAPI spec (the request schema
//! of the matching path and method) and against the documented limits the spec does not encode
//! (embed totals, command naming and nesting rules, modal and button limits, ...).
//!
//! The spec is read at run time from `../shared/discord/openapi.json` relative to the workspace
//! root and never copied into the repository. When it is missing, a notice is printed once and only
//! the limits are checked; with `CI=true` a missing spec is a hard failure.
//!
//! Own validator instead of a JSON Schema crate: the spec uses a small keyword subset, and for its
//! large `anyOf`/`oneOf` unions (callbacks, components, options) we want the error of the branch
//! the body was meant to be (same `type`), with the JSON pointer of the broken field, rather than
//! "not valid under any of the schemas" at the union's root.

use std::collections::{BTreeMap, BTreeSet, HashMap, HashSet};
use std::fmt;
use std::path::{Path, PathBuf};
use std::sync::{Mutex, OnceLock};

use regex::Regex;
use serde_json::{Map, Value};

/// One rule the bot broke in one request.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Violation {
    /// HTTP method, upper case.
    pub method: String,
    /// Request path as sent, e.g. `/api/v10/interactions/1/tok/callback`.
    pub path: String,
    /// JSON pointer of the offending field in the body (`""` = the whole body).
    pub pointer: String,
    /// What is wrong, e.g. `length 300 > 256`.
    pub message: String,
}

impl fmt::Display for Violation {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let pointer = if self.pointer.is_empty() {
            "(body)"
        } else {
            &self.pointer
        };
        write!(
            f,
            "{} {}: {}: {}",
            self.method, self.path, pointer, self.message
        )
    }
}

/// A field-level problem before it is tied to a request: (JSON pointer, message).
pub type Problem = (String, String);

/// Checks one request body: the spec's request schema for this path and method (when the spec is
/// available) and Discord's documented limits. `path` may carry the `/api/v10` prefix.
pub fn check_request(method: &str, path: &str, body: &Value) -> Vec<Violation> {
    let method = method.to_ascii_uppercase();
    let mut problems = Vec::new();
    if let Some(spec) = spec() {
        problems.extend(spec.check(&method, path, body));
    }
    problems.extend(check_limits(&method, path, body));
    let mut seen = HashSet::new();
    problems
        .into_iter()
        // One report per field: where the spec and a limit agree, the spec's wording wins.
        .filter(|(pointer, _)| seen.insert(pointer.clone()))
        .map(|(pointer, message)| Violation {
            method: method.clone(),
            path: path.to_string(),
            pointer,
            message,
        })
        .collect()
}

/// Where the spec is expected: `<workspace root>/../shared/discord/openapi.json`.
pub fn spec_path() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../shared/discord/openapi.json")
}

/// The parsed spec, loaded once per process; `None` when the file is absent outside CI.
pub fn spec() -> Option<&'static Spec> {
    static SPEC: OnceLock<Option<Spec>> = OnceLock::new();
    SPEC.get_or_init(|| {
        let ci = std::env::var("CI").is_ok_and(|v| v == "true");
        load_spec(&spec_path(), ci)
    })
    .as_ref()
}

/// Reads the spec; a missing file is a notice, or a panic when `required` (CI).
fn load_spec(path: &Path, required: bool) -> Option<Spec> {
    match std::fs::read(path) {
        Ok(bytes) => {
            let doc: Value = serde_json::from_slice(&bytes).unwrap_or_else(|e| {
                panic!("conformance: {} is not valid JSON: {e}", path.display())
            });
            Some(Spec::new(doc))
        }
        Err(e) if required => panic!(
            "conformance: Discord's OpenAPI spec is required in CI but {} cannot be read: {e}",
            path.display()
        ),
        Err(e) => {
            eprintln!(
                "notice: conformance: {} not found ({e}); checking Discord's documented limits only, not the OpenAPI schema",
                path.display()
            );
            None
        }
    }
}

/// Discord's OpenAPI document with its paths indexed for matching request paths.
pub struct Spec {
    doc: Value,
    /// Path templates split into segments; `None` stands for a `{parameter}`.
    templates: Vec<(String, Vec<Option<String>>)>,
    patterns: Mutex<HashMap<String, Regex>>,
}

impl Spec {
    /// Wraps a parsed OpenAPI document.
    pub fn new(doc: Value) -> Self {
        let templates = doc["paths"]
            .as_object()
            .map(|paths| {
                paths
                    .keys()
                    .map(|t| {
                        let segs = segments(t)
                            .map(|s| (!s.starts_with('{')).then(|| s.to_string()))
                            .collect();
                        (t.clone(), segs)
                    })
                    .collect()
            })
            .unwrap_or_default();
        Self {
            doc,
            templates,
            patterns: Mutex::new(HashMap::new()),
        }
    }

    /// The spec path template a request path falls under (most literal segments wins, so
    /// `/messages/@original` beats `/messages/{message_id}`).
    pub fn template_for(&self, path: &str) -> Option<&str> {
        let segs: Vec<&str> = segments(strip_api_prefix(path)).collect();
        self.templates
            .iter()
            .filter(|(_, t)| {
                t.len() == segs.len()
                    && t.iter()
                        .zip(&segs)
                        .all(|(t, s)| t.as_deref().is_none_or(|t| t == *s))
            })
            .max_by_key(|(_, t)| t.iter().filter(|s| s.is_some()).count())
            .map(|(name, _)| name.as_str())
    }

    /// The JSON request schema of `method` on the template matching `path`.
    pub fn request_schema(&self, method: &str, path: &str) -> Option<&Value> {
        let template = self.template_for(path)?;
        let schema = &self.doc["paths"][template][method.to_ascii_lowercase()]["requestBody"]["content"]
            ["application/json"]["schema"];
        (!schema.is_null()).then_some(schema)
    }

    /// The JSON schema of the `status` response of `method` on the template matching `path`.
    pub fn response_schema(&self, method: &str, path: &str, status: u16) -> Option<&Value> {
        let template = self.template_for(path)?;
        let schema = &self.doc["paths"][template][method.to_ascii_lowercase()]["responses"]
            [status.to_string()]["content"]["application/json"]["schema"];
        (!schema.is_null()).then_some(schema)
    }

    /// The schema `components/schemas/{name}` (e.g. `AuditLogEntryResponse`).
    pub fn component(&self, name: &str) -> Option<&Value> {
        self.doc["components"]["schemas"].get(name)
    }

    /// Checks any value against a schema of this spec: what the fake answers (with
    /// [`Self::response_schema`]) or sends on the gateway (with [`Self::component`]).
    pub fn check_schema(&self, schema: &Value, value: &Value) -> Vec<Problem> {
        let mut out = Vec::new();
        self.validate(schema, value, "", 0, &mut out);
        out
    }

    fn check(&self, method: &str, path: &str, body: &Value) -> Vec<Problem> {
        match self.request_schema(method, path) {
            Some(schema) => self.check_schema(schema, body),
            None => Vec::new(),
        }
    }

    fn resolve<'a>(&'a self, reference: &str) -> &'a Value {
        let pointer = reference.strip_prefix('#').unwrap_or_else(|| {
            panic!("conformance: only local $ref are supported, got {reference}")
        });
        self.doc
            .pointer(pointer)
            .unwrap_or_else(|| panic!("conformance: dangling $ref {reference}"))
    }

    fn matches_pattern(&self, pattern: &str, s: &str) -> bool {
        let mut cache = self.patterns.lock().unwrap_or_else(|e| e.into_inner());
        cache
            .entry(pattern.to_string())
            .or_insert_with(|| {
                Regex::new(pattern)
                    .unwrap_or_else(|e| panic!("conformance: bad pattern {pattern}: {e}"))
            })
            .is_match(s)
    }

    fn validate(
        &self,
        schema: &Value,
        value: &Value,
        ptr: &str,
        depth: usize,
        out: &mut Vec<Problem>,
    ) {
        // Guards against a reference cycle that never descends into the value.
        if depth > 64 {
            return;
        }
        let Some(schema) = schema.as_object() else {
            if schema == &Value::Bool(false) {
                out.push((ptr.to_string(), "no value is allowed here".into()));
            }
            return;
        };
        if let Some(Value::String(r)) = schema.get("$ref") {
            self.validate(self.resolve(r), value, ptr, depth + 1, out);
        }
        // Discord reads a snowflake sent as a JSON number: its docs and serenity send upload
        // references as `"attachments": [{"id": 0, ...}]`.
        let snowflake_number =
            schema.get("format").and_then(Value::as_str) == Some("snowflake") && value.is_u64();
        if let Some(t) = schema.get("type")
            && !snowflake_number
            && !type_matches(t, value)
        {
            out.push((
                ptr.to_string(),
                format!("expected {}, got {}", type_names(t), kind_of(value)),
            ));
            return;
        }
        if let Some(c) = schema.get("const")
            && !same_value(c, value)
        {
            out.push((
                ptr.to_string(),
                format!("{} is not {}", short(value), short(c)),
            ));
        }
        if let Some(Value::Array(allowed)) = schema.get("enum")
            && !allowed.iter().any(|a| same_value(a, value))
        {
            out.push((
                ptr.to_string(),
                format!(
                    "{} is not one of {}",
                    short(value),
                    short(&Value::Array(allowed.clone()))
                ),
            ));
        }
        if let Some(Value::Array(all)) = schema.get("allOf") {
            for s in all {
                self.validate(s, value, ptr, depth + 1, out);
            }
        }
        for (keyword, exactly_one) in [("anyOf", false), ("oneOf", true)] {
            if let Some(Value::Array(branches)) = schema.get(keyword) {
                self.validate_union(branches, exactly_one, value, ptr, depth, out);
            }
        }
        match value {
            Value::String(s) => self.validate_string(schema, s, ptr, out),
            Value::Number(n) => {
                if let Some(f) = n.as_f64() {
                    validate_number(schema, f, &n.to_string(), ptr, out);
                }
            }
            Value::Array(items) => self.validate_array(schema, items, ptr, depth, out),
            Value::Object(map) => self.validate_object(schema, map, ptr, depth, out),
            Value::Null | Value::Bool(_) => {}
        }
    }

    fn validate_string(
        &self,
        schema: &Map<String, Value>,
        s: &str,
        ptr: &str,
        out: &mut Vec<Problem>,
    ) {
        // A numeric string standing in for an integer (see `type_matches`) has numeric bounds.
        if schema_allows(schema, "integer") && !schema_allows(schema, "string") {
            if let Ok(n) = s.parse::<f64>() {
                validate_number(schema, n, s, ptr, out);
            }
            return;
        }
        let len = s.chars().count();
        if let Some(max) = schema.get("maxLength").and_then(Value::as_u64)
            && len as u64 > max
        {
            out.push((ptr.to_string(), format!("length {len} > {max}")));
        }
        if let Some(min) = schema.get("minLength").and_then(Value::as_u64)
            && (len as u64) < min
        {
            out.push((ptr.to_string(), format!("length {len} < {min}")));
        }
        if let Some(Value::String(p)) = schema.get("pattern")
            && !self.matches_pattern(p, s)
        {
            out.push((
                ptr.to_string(),
                format!("{} does not match {p}", short(&Value::from(s))),
            ));
        }
    }

    fn validate_array(
        &self,
        schema: &Map<String, Value>,
        items: &[Value],
        ptr: &str,
        depth: usize,
        out: &mut Vec<Problem>,
    ) {
        let n = items.len() as u64;
        if let Some(max) = schema.get("maxItems").and_then(Value::as_u64)
            && n > max
        {
            out.push((ptr.to_string(), format!("{n} items > {max}")));
        }
        if let Some(min) = schema.get("minItems").and_then(Value::as_u64)
            && n < min
        {
            out.push((ptr.to_string(), format!("{n} items < {min}")));
        }
        if schema.get("uniqueItems") == Some(&Value::Bool(true)) {
            let dup = items
                .iter()
                .enumerate()
                .any(|(i, a)| items[..i].iter().any(|b| same_value(a, b)));
            if dup {
                out.push((ptr.to_string(), "items are not unique".into()));
            }
        }
        if let Some(item_schema) = schema.get("items") {
            for (i, item) in items.iter().enumerate() {
                self.validate(item_schema, item, &format!("{ptr}/{i}"), depth + 1, out);
            }
        }
    }

    fn validate_object(
        &self,
        schema: &Map<String, Value>,
        map: &Map<String, Value>,
        ptr: &str,
        depth: usize,
        out: &mut Vec<Problem>,
    ) {
        if let Some(Value::Array(required)) = schema.get("required") {
            for key in required.iter().filter_map(Value::as_str) {
                if !map.contains_key(key) {
                    out.push((
                        format!("{ptr}/{}", escape(key)),
                        "required field is missing".into(),
                    ));
                }
            }
        }
        let n = map.len() as u64;
        if let Some(max) = schema.get("maxProperties").and_then(Value::as_u64)
            && n > max
        {
            out.push((ptr.to_string(), format!("{n} properties > {max}")));
        }
        if let Some(min) = schema.get("minProperties").and_then(Value::as_u64)
            && n < min
        {
            out.push((ptr.to_string(), format!("{n} properties < {min}")));
        }
        let props = schema.get("properties").and_then(Value::as_object);
        for (key, v) in map {
            let child = format!("{ptr}/{}", escape(key));
            match props.and_then(|p| p.get(key)) {
                Some(s) => self.validate(s, v, &child, depth + 1, out),
                None => match schema.get("additionalProperties") {
                    Some(Value::Bool(false)) => out.push((child, "unknown field".into())),
                    Some(s @ Value::Object(_)) => self.validate(s, v, &child, depth + 1, out),
                    _ => {}
                },
            }
        }
    }

    fn validate_union(
        &self,
        branches: &[Value],
        exactly_one: bool,
        value: &Value,
        ptr: &str,
        depth: usize,
        out: &mut Vec<Problem>,
    ) {
        let results: Vec<Vec<Problem>> = branches
            .iter()
            .map(|b| {
                let mut errs = Vec::new();
                self.validate(b, value, ptr, depth + 1, &mut errs);
                errs
            })
            .collect();
        let matching = results.iter().filter(|e| e.is_empty()).count();
        if matching == 1 || (matching > 1 && !exactly_one) {
            return;
        }
        if matching > 1 {
            out.push((
                ptr.to_string(),
                format!("matches {matching} alternatives of a oneOf, expected exactly one"),
            ));
            return;
        }
        // An enum written as `oneOf` of `const`s: name the allowed values.
        let consts: Option<Vec<Value>> = branches.iter().map(|b| b.get("const").cloned()).collect();
        if let Some(consts) = consts {
            out.push((
                ptr.to_string(),
                format!(
                    "{} is not one of {}",
                    short(value),
                    short(&Value::Array(consts))
                ),
            ));
            return;
        }
        // Report the branch the body was meant to be: one whose errors are not about the value's
        // own kind or its `type` discriminator, with the fewest errors.
        let type_ptr = format!("{ptr}/type");
        let best = results
            .into_iter()
            .filter(|errs| errs.iter().all(|(p, _)| p != ptr && *p != type_ptr))
            .min_by_key(Vec::len);
        match best {
            Some(errs) => out.extend(errs),
            None => out.push((
                ptr.to_string(),
                format!(
                    "{} matches none of the {} allowed shapes",
                    kind_of(value),
                    branches.len()
                ),
            )),
        }
    }
}

fn validate_number(
    schema: &Map<String, Value>,
    n: f64,
    shown: &str,
    ptr: &str,
    out: &mut Vec<Problem>,
) {
    if let Some(max) = schema.get("maximum").and_then(Value::as_f64)
        && n > max
    {
        out.push((
            ptr.to_string(),
            format!("{shown} > maximum {}", schema["maximum"]),
        ));
    }
    if let Some(min) = schema.get("minimum").and_then(Value::as_f64)
        && n < min
    {
        out.push((
            ptr.to_string(),
            format!("{shown} < minimum {}", schema["minimum"]),
        ));
    }
}

fn schema_allows(schema: &Map<String, Value>, name: &str) -> bool {
    match schema.get("type") {
        Some(Value::String(t)) => t == name,
        Some(Value::Array(ts)) => ts.iter().any(|t| t == name),
        _ => false,
    }
}

fn type_matches(t: &Value, value: &Value) -> bool {
    match t {
        Value::String(name) => one_type_matches(name, value),
        Value::Array(names) => names
            .iter()
            .filter_map(Value::as_str)
            .any(|n| one_type_matches(n, value)),
        _ => true,
    }
}

fn one_type_matches(name: &str, value: &Value) -> bool {
    match name {
        "null" => value.is_null(),
        "boolean" => value.is_boolean(),
        "string" => value.is_string(),
        "array" => value.is_array(),
        "object" => value.is_object(),
        "number" => value.is_number(),
        // Discord documents permission bitsets (e.g. `default_member_permissions`) as strings and
        // parses numeric strings for integer fields; serenity sends them that way, the spec says
        // integer. Accept a plain decimal string where an integer is expected.
        "integer" => match value {
            Value::Number(n) => {
                n.is_i64() || n.is_u64() || n.as_f64().is_some_and(|f| f.fract() == 0.0)
            }
            Value::String(s) => {
                !s.is_empty() && s.len() <= 20 && s.bytes().all(|b| b.is_ascii_digit())
            }
            _ => false,
        },
        _ => true,
    }
}

/// JSON equality where `1` and `1.0` are the same number.
fn same_value(a: &Value, b: &Value) -> bool {
    match (a, b) {
        (Value::Number(x), Value::Number(y)) => match (x.as_i64(), y.as_i64()) {
            (Some(x), Some(y)) => x == y,
            _ => x.as_f64() == y.as_f64(),
        },
        _ => a == b,
    }
}

fn type_names(t: &Value) -> String {
    match t {
        Value::Array(ts) => ts
            .iter()
            .filter_map(Value::as_str)
            .collect::<Vec<_>>()
            .join(" or "),
        Value::String(s) => s.clone(),
        other => other.to_string(),
    }
}

fn kind_of(v: &Value) -> &'static str {
    match v {
        Value::Null => "null",
        Value::Bool(_) => "boolean",
        Value::Number(n) if n.is_i64() || n.is_u64() => "integer",
        Value::Number(_) => "number",
        Value::String(_) => "string",
        Value::Array(_) => "array",
        Value::Object(_) => "object",
    }
}

/// A value for an error message, cut so a 5000-character string does not flood the output.
fn short(v: &Value) -> String {
    let s = v.to_string();
    if s.chars().count() > 80 {
        format!("{}…", s.chars().take(77).collect::<String>())
    } else {
        s
    }
}

/// JSON pointer escaping of one key (RFC 6901).
fn escape(key: &str) -> String {
    key.replace('~', "~0").replace('/', "~1")
}

fn strip_api_prefix(path: &str) -> &str {
    let path = path.split('?').next().unwrap_or(path);
    path.strip_prefix("/api/v10")
        .or_else(|| path.strip_prefix("/api"))
        .unwrap_or(path)
}

fn segments(path: &str) -> impl Iterator<Item = &str> {
    path.split('/').filter(|s| !s.is_empty())
}

// ---------------------------------------------------------------------------------------------
// Discord's documented limits that the spec does not encode (or encodes differently).
// Sources: Discord developer docs, "Embed Limits", "Message Components", "Application Commands"
// (naming, limits, nesting) and "Receiving and Responding" (autocomplete).

/// Message content limit (the spec allows 4000 on some routes: that is the Nitro user limit).
pub const CONTENT_MAX: usize = 2000;
/// Sum of all embed titles, descriptions, field names and values, footers and author names.
pub const EMBED_TOTAL_MAX: usize = 6000;
/// Combined characters of a command's names, descriptions and choice values.
pub const COMMAND_TOTAL_MAX: usize = 8000;

/// Checks only Discord's documented limits (no spec needed).
pub fn check_limits(method: &str, path: &str, body: &Value) -> Vec<Problem> {
    let segs: Vec<&str> = segments(strip_api_prefix(path)).collect();
    let mut out = Vec::new();
    match (method, segs.as_slice()) {
        ("POST", ["interactions", _, _, "callback"]) => callback_limits(body, &mut out),
        ("POST", ["webhooks", _, _]) | ("POST", ["channels", _, "messages"]) => {
            message_limits(body, "", true, &mut out)
        }
        ("PATCH", ["webhooks", _, _, "messages", _])
        | ("PATCH", ["channels", _, "messages", _]) => message_limits(body, "", false, &mut out),
        ("PUT", ["applications", _, "commands"])
        | ("PUT", ["applications", _, "guilds", _, "commands"]) => commands_limits(body, &mut out),
        ("POST" | "PATCH", ["applications", _, "commands", ..])
        | ("POST" | "PATCH", ["applications", _, "guilds", _, "commands", ..]) => {
            command_limits(body, "", &mut out)
        }
        _ => {}
    }
    out
}

fn len_of(v: &Value) -> usize {
    v.as_str().map_or(0, |s| s.chars().count())
}

fn max_len(v: &Value, ptr: String, max: usize, out: &mut Vec<Problem>) {
    let n = len_of(v);
    if n > max {
        out.push((ptr, format!("length {n} > {max}")));
    }
}

fn len_between(v: &Value, ptr: String, min: usize, max: usize, out: &mut Vec<Problem>) {
    if !v.is_string() {
        out.push((
            ptr,
            format!("must be a string of {min} to {max} characters"),
        ));
        return;
    }
    let n = len_of(v);
    if n > max {
        out.push((ptr, format!("length {n} > {max}")));
    } else if n < min {
        out.push((ptr, format!("length {n} < {min}")));
    }
}

fn array<'a>(v: &'a Value, key: &str) -> &'a [Value] {
    v.get(key)
        .and_then(Value::as_array)
        .map_or(&[], Vec::as_slice)
}

fn callback_limits(body: &Value, out: &mut Vec<Problem>) {
    let data = &body["data"];
    match body["type"].as_u64() {
        Some(4) => message_limits(data, "/data", true, out),
        Some(7) if !data.is_null() => message_limits(data, "/data", false, out),
        Some(8) => autocomplete_limits(data, out),
        Some(9) => modal_limits(data, out),
        _ => {}
    }
}

/// Limits of a message body (create when `create`, else an edit where every field is optional).
fn message_limits(msg: &Value, ptr: &str, create: bool, out: &mut Vec<Problem>) {
    if create {
        let has = |k: &str| match msg.get(k) {
            Some(Value::String(s)) => !s.is_empty(),
            Some(Value::Array(a)) => !a.is_empty(),
            Some(Value::Null) | None => false,
            Some(_) => true,
        };
        if ![
            "content",
            "embeds",
            "components",
            "attachments",
            "sticker_ids",
            "poll",
        ]
        .iter()
        .any(|k| has(k))
        {
            out.push((
                ptr.to_string(),
                "empty message: needs content, embeds, components or attachments (Discord 50006)"
                    .into(),
            ));
        }
    }
    max_len(&msg["content"], format!("{ptr}/content"), CONTENT_MAX, out);
    let embeds = array(msg, "embeds");
    if embeds.len() > 10 {
        out.push((
            format!("{ptr}/embeds"),
            format!("{} items > 10", embeds.len()),
        ));
    }
    let mut total = 0;
    for (i, e) in embeds.iter().enumerate() {
        let p = format!("{ptr}/embeds/{i}");
        max_len(&e["title"], format!("{p}/title"), 256, out);
        max_len(&e["description"], format!("{p}/description"), 4096, out);
        max_len(&e["footer"]["text"], format!("{p}/footer/text"), 2048, out);
        max_len(&e["author"]["name"], format!("{p}/author/name"), 256, out);
        total += len_of(&e["title"])
            + len_of(&e["description"])
            + len_of(&e["footer"]["text"])
            + len_of(&e["author"]["name"]);
        let fields = array(e, "fields");
        if fields.len() > 25 {
            out.push((
                format!("{p}/fields"),
                format!("{} items > 25", fields.len()),
            ));
        }
        for (j, f) in fields.iter().enumerate() {
            // Discord rejects empty field names and values although the spec allows them.
            len_between(&f["name"], format!("{p}/fields/{j}/name"), 1, 256, out);
            len_between(&f["value"], format!("{p}/fields/{j}/value"), 1, 1024, out);
            total += len_of(&f["name"]) + len_of(&f["value"]);
        }
    }
    if total > EMBED_TOTAL_MAX {
        out.push((
            format!("{ptr}/embeds"),
            format!("embeds total {total} characters > {EMBED_TOTAL_MAX}"),
        ));
    }
    components_limits(msg, ptr, out);
}

fn components_limits(msg: &Value, ptr: &str, out: &mut Vec<Problem>) {
    let components = array(msg, "components");
    // Components V2 (flag 1 << 15) lays components out freely; the row limits are for classic ones.
    let v2 = msg["flags"].as_u64().is_some_and(|f| f & (1 << 15) != 0);
    if !v2 && components.len() > 5 {
        out.push((
            format!("{ptr}/components"),
            format!("{} action rows > 5", components.len()),
        ));
    }
    let mut ids: HashMap<String, String> = HashMap::new();
    for (i, row) in components.iter().enumerate() {
        let rp = format!("{ptr}/components/{i}");
        if row["type"] != 1 {
            continue;
        }
        let children = array(row, "components");
        if children.is_empty() || children.len() > 5 {
            out.push((
                format!("{rp}/components"),
                format!(
                    "{} components in an action row, allowed 1 to 5",
                    children.len()
                ),
            ));
        }
        let has_select = children
            .iter()
            .any(|c| matches!(c["type"].as_u64(), Some(3 | 5..=8)));
        if has_select && children.len() > 1 {
            out.push((
                format!("{rp}/components"),
                "a select menu must be alone in its action row".into(),
            ));
        }
        for (j, c) in children.iter().enumerate() {
            let cp = format!("{rp}/components/{j}");
            match c["type"].as_u64() {
                Some(2) => button_limits(c, &cp, out),
                Some(3 | 5..=8) => {
                    max_len(&c["placeholder"], format!("{cp}/placeholder"), 150, out);
                    let options = array(c, "options");
                    if c["type"] == 3 && (options.is_empty() || options.len() > 25) {
                        out.push((
                            format!("{cp}/options"),
                            format!("{} options, allowed 1 to 25", options.len()),
                        ));
                    }
                }
                _ => {}
            }
            if let Some(id) = c["custom_id"].as_str() {
                len_between(&c["custom_id"], format!("{cp}/custom_id"), 1, 100, out);
                if let Some(first) = ids.insert(id.to_string(), cp.clone()) {
                    out.push((
                        format!("{cp}/custom_id"),
                        format!("custom_id {id:?} already used at {first}"),
                    ));
                }
            }
        }
    }
}

fn button_limits(c: &Value, cp: &str, out: &mut Vec<Problem>) {
    max_len(&c["label"], format!("{cp}/label"), 80, out);
    match c["style"].as_u64() {
        Some(5) => {
            if c["url"].as_str().is_none_or(str::is_empty) {
                out.push((format!("{cp}/url"), "a link button needs a url".into()));
            }
            if !c["custom_id"].is_null() {
                out.push((
                    format!("{cp}/custom_id"),
                    "a link button cannot have a custom_id".into(),
                ));
            }
        }
        Some(6) => {}
        _ => {
            if c["custom_id"].as_str().is_none() {
                out.push((
                    format!("{cp}/custom_id"),
                    "required field is missing".into(),
                ));
            }
        }
    }
    if c["label"].is_null() && c["emoji"].is_null() && c["style"] != 6 {
        out.push((cp.to_string(), "a button needs a label or an emoji".into()));
    }
}

fn modal_limits(data: &Value, out: &mut Vec<Problem>) {
    len_between(&data["title"], "/data/title".into(), 1, 45, out);
    len_between(&data["custom_id"], "/data/custom_id".into(), 1, 100, out);
    let rows = array(data, "components");
    if rows.is_empty() || rows.len() > 5 {
        out.push((
            "/data/components".into(),
            format!("{} components in a modal, allowed 1 to 5", rows.len()),
        ));
    }
    let mut ids = HashSet::new();
    for (i, row) in rows.iter().enumerate() {
        let rp = format!("/data/components/{i}");
        // Classic modals wrap each input in an action row; newer ones in a label (type 18).
        let inputs: Vec<(String, &Value)> = match row["type"].as_u64() {
            Some(1) => {
                let children = array(row, "components");
                if children.len() != 1 {
                    out.push((
                        format!("{rp}/components"),
                        format!(
                            "{} inputs in a modal row, allowed exactly 1",
                            children.len()
                        ),
                    ));
                }
                children
                    .iter()
                    .enumerate()
                    .map(|(j, c)| (format!("{rp}/components/{j}"), c))
                    .collect()
            }
            Some(18) => {
                len_between(&row["label"], format!("{rp}/label"), 1, 45, out);
                vec![(format!("{rp}/component"), &row["component"])]
            }
            _ => Vec::new(),
        };
        for (cp, c) in inputs {
            if c["type"] != 4 {
                continue;
            }
            len_between(&c["custom_id"], format!("{cp}/custom_id"), 1, 100, out);
            if row["type"] == 1 {
                len_between(&c["label"], format!("{cp}/label"), 1, 45, out);
            }
            max_len(&c["placeholder"], format!("{cp}/placeholder"), 100, out);
            max_len(&c["value"], format!("{cp}/value"), 4000, out);
            let min = c["min_length"].as_i64();
            let max = c["max_length"].as_i64();
            if min.is_some_and(|m| !(0..=4000).contains(&m)) {
                out.push((
                    format!("{cp}/min_length"),
                    format!("{} outside 0..=4000", c["min_length"]),
                ));
            }
            if max.is_some_and(|m| !(1..=4000).contains(&m)) {
                out.push((
                    format!("{cp}/max_length"),
                    format!("{} outside 1..=4000", c["max_length"]),
                ));
            }
            if let (Some(min), Some(max)) = (min, max)
                && min > max
            {
                out.push((
                    format!("{cp}/min_length"),
                    format!("min_length {min} > max_length {max}"),
                ));
            }
            if let Some(id) = c["custom_id"].as_str()
                && !ids.insert(id.to_string())
            {
                out.push((
                    format!("{cp}/custom_id"),
                    format!("custom_id {id:?} used twice in the modal"),
                ));
            }
        }
    }
}

fn autocomplete_limits(data: &Value, out: &mut Vec<Problem>) {
    let choices = array(data, "choices");
    if choices.len() > 25 {
        out.push((
            "/data/choices".into(),
            format!("{} items > 25", choices.len()),
        ));
    }
    for (i, c) in choices.iter().enumerate() {
        choice_limits(c, &format!("/data/choices/{i}"), out);
    }
}

fn choice_limits(c: &Value, p: &str, out: &mut Vec<Problem>) {
    len_between(&c["name"], format!("{p}/name"), 1, 100, out);
    localization_limits(c, p, label_ok, out);
    if c["value"].is_string() {
        max_len(&c["value"], format!("{p}/value"), 100, out);
    }
}

fn commands_limits(body: &Value, out: &mut Vec<Problem>) {
    let Some(commands) = body.as_array() else {
        out.push((
            String::new(),
            format!("expected an array of commands, got {}", kind_of(body)),
        ));
        return;
    };
    let mut per_type: BTreeMap<u64, usize> = BTreeMap::new();
    let mut names: HashMap<(u64, String), usize> = HashMap::new();
    for (i, cmd) in commands.iter().enumerate() {
        let kind = cmd["type"].as_u64().unwrap_or(1);
        *per_type.entry(kind).or_default() += 1;
        if let Some(name) = cmd["name"].as_str()
            && let Some(first) = names.insert((kind, name.to_string()), i)
        {
            out.push((
                format!("/{i}/name"),
                format!("command name {name:?} already used by /{first}"),
            ));
        }
        command_limits(cmd, &format!("/{i}"), out);
    }
    for &kind in per_type.keys() {
        let same_kind: Vec<_> = commands
            .iter()
            .enumerate()
            .filter(|(_, c)| c["type"].as_u64().unwrap_or(1) == kind)
            .collect();
        localized_names_unique(&same_kind, "", out);
    }
    for (kind, n) in per_type {
        let max = if kind == 1 { 100 } else { 15 };
        if n > max {
            out.push((
                String::new(),
                format!("{n} commands of type {kind} > {max}"),
            ));
        }
    }
}

/// Discord's locales: the keys a `name_localizations` or `description_localizations` map may use.
pub const LOCALES: &[&str] = &[
    "id", "da", "de", "en-GB", "en-US", "es-ES", "es-419", "fr", "hr", "it", "lt", "hu", "nl",
    "no", "pl", "pt-BR", "ro", "fi", "sv-SE", "vi", "tr", "cs", "el", "bg", "ru", "uk", "hi", "th",
    "zh-CN", "ja", "zh-TW", "ko",
];

/// The localisations of `v`'s `name` (or `description`): (locale, text).
fn localizations<'a>(v: &'a Value, key: &str) -> impl Iterator<Item = (&'a String, &'a Value)> {
    v[format!("{key}_localizations")]
        .as_object()
        .into_iter()
        .flatten()
}

/// A localised name or description follows the rule of the field it stands for, under a key
/// that is one of Discord's locales. `name_ok` is the rule for names (chat-input names differ
/// from choice labels).
fn localization_limits(
    v: &Value,
    p: &str,
    name_ok: fn(&Value, String, &mut Vec<Problem>),
    out: &mut Vec<Problem>,
) {
    for key in ["name", "description"] {
        for (locale, text) in localizations(v, key) {
            let lp = format!("{p}/{key}_localizations/{}", escape(locale));
            if !LOCALES.contains(&locale.as_str()) {
                out.push((lp.clone(), format!("{locale:?} is not a Discord locale")));
            }
            if key == "name" {
                name_ok(text, lp, out);
            } else {
                len_between(text, lp, 1, 100, out);
            }
        }
    }
}

fn chat_name_ok(name: &Value, ptr: String, out: &mut Vec<Problem>) {
    let name = name.as_str().unwrap_or_default();
    if !valid_chat_name(name) {
        out.push((
            ptr,
            format!("{name:?} is not a valid name (1-32 lowercase letters, digits, - or _)"),
        ));
    }
}

fn label_ok(label: &Value, ptr: String, out: &mut Vec<Problem>) {
    len_between(label, ptr, 1, 100, out);
}

/// Names are unique among siblings in every language: a member whose client is in `de` sees
/// each sibling's German name, or its default name where it has none.
fn localized_names_unique(siblings: &[(usize, &Value)], p: &str, out: &mut Vec<Problem>) {
    let locales: BTreeSet<&String> = siblings
        .iter()
        .flat_map(|(_, s)| localizations(s, "name").map(|(locale, _)| locale))
        .collect();
    for locale in locales {
        let mut seen: HashMap<&str, usize> = HashMap::new();
        for &(i, sibling) in siblings {
            let name = sibling["name_localizations"][locale.as_str()]
                .as_str()
                .or(sibling["name"].as_str())
                .unwrap_or_default();
            if let Some(first) = seen.insert(name, i) {
                out.push((
                    format!("{p}/{i}/name_localizations/{}", escape(locale)),
                    format!("{locale} name {name:?} already used by {p}/{first}"),
                ));
            }
        }
    }
}

/// Discord's naming rule for chat-input commands and options: 1-32 of letters, digits, `-` and
/// `_` (Unicode letters and digits allowed), lowercase where a lowercase form exists.
pub fn valid_chat_name(name: &str) -> bool {
    let n = name.chars().count();
    (1..=32).contains(&n)
        && name
            .chars()
            .all(|c| c == '-' || c == '_' || c.is_alphanumeric())
        && name
            .chars()
            .all(|c| c.to_lowercase().eq(std::iter::once(c)))
}

fn command_limits(cmd: &Value, p: &str, out: &mut Vec<Problem>) {
    let kind = cmd["type"].as_u64().unwrap_or(1);
    let name = cmd["name"].as_str().unwrap_or_default();
    if kind == 1 {
        if !valid_chat_name(name) {
            out.push((
                format!("{p}/name"),
                format!(
                    "{name:?} is not a valid command name (1-32 lowercase letters, digits, - or _)"
                ),
            ));
        }
        len_between(&cmd["description"], format!("{p}/description"), 1, 100, out);
        localization_limits(cmd, p, chat_name_ok, out);
    } else {
        len_between(&cmd["name"], format!("{p}/name"), 1, 32, out);
        if len_of(&cmd["description"]) > 0 {
            out.push((
                format!("{p}/description"),
                "user and message commands must have an empty description".into(),
            ));
        }
    }
    let total = localized_len(cmd, "name")
        + localized_len(cmd, "description")
        + options_len(array(cmd, "options"));
    if total > COMMAND_TOTAL_MAX {
        out.push((
            p.to_string(),
            format!("command totals {total} characters > {COMMAND_TOTAL_MAX}"),
        ));
    }
    options_limits(array(cmd, "options"), &format!("{p}/options"), 0, out);
}

/// The longest of a field and its localizations: what Discord counts toward the total.
fn localized_len(v: &Value, key: &str) -> usize {
    let own = len_of(&v[key]);
    let loc = v[format!("{key}_localizations")]
        .as_object()
        .map_or(0, |m| m.values().map(len_of).max().unwrap_or(0));
    own.max(loc)
}

fn options_len(options: &[Value]) -> usize {
    options
        .iter()
        .map(|o| {
            localized_len(o, "name")
                + localized_len(o, "description")
                + array(o, "choices")
                    .iter()
                    .map(|c| localized_len(c, "name") + len_of(&c["value"]))
                    .sum::<usize>()
                + options_len(array(o, "options"))
        })
        .sum()
}

/// `level` 0 = directly under the command, 1 = under a subcommand group or subcommand.
fn options_limits(options: &[Value], p: &str, level: u8, out: &mut Vec<Problem>) {
    if options.len() > 25 {
        out.push((p.to_string(), format!("{} items > 25", options.len())));
    }
    let subs = options
        .iter()
        .filter(|o| matches!(o["type"].as_u64(), Some(1 | 2)))
        .count();
    if subs > 0 && subs < options.len() {
        out.push((
            p.to_string(),
            "subcommands and groups cannot be mixed with plain options".into(),
        ));
    }
    let siblings: Vec<_> = options.iter().enumerate().collect();
    localized_names_unique(&siblings, p, out);
    let mut names = HashSet::new();
    let mut optional_seen = false;
    for (i, o) in options.iter().enumerate() {
        let op = format!("{p}/{i}");
        let name = o["name"].as_str().unwrap_or_default();
        if !valid_chat_name(name) {
            out.push((
                format!("{op}/name"),
                format!(
                    "{name:?} is not a valid option name (1-32 lowercase letters, digits, - or _)"
                ),
            ));
        }
        if !names.insert(name.to_string()) {
            out.push((
                format!("{op}/name"),
                format!("option name {name:?} used twice"),
            ));
        }
        len_between(&o["description"], format!("{op}/description"), 1, 100, out);
        localization_limits(o, &op, chat_name_ok, out);
        let kind = o["type"].as_u64().unwrap_or(0);
        match kind {
            1 | 2 => {
                if kind == 2 && level > 0 {
                    out.push((
                        format!("{op}/type"),
                        "a subcommand group can only sit directly under a command".into(),
                    ));
                }
                let children = array(o, "options");
                if kind == 2 && children.iter().any(|c| c["type"] != 1) {
                    out.push((
                        format!("{op}/options"),
                        "a subcommand group may only contain subcommands".into(),
                    ));
                }
                if kind == 1
                    && children
                        .iter()
                        .any(|c| matches!(c["type"].as_u64(), Some(1 | 2)))
                {
                    out.push((
                        format!("{op}/options"),
                        "a subcommand cannot contain subcommands or groups".into(),
                    ));
                }
                options_limits(children, &format!("{op}/options"), level + 1, out);
            }
            _ => {
                let required = o["required"].as_bool().unwrap_or(false);
                if required && optional_seen {
                    out.push((
                        format!("{op}/required"),
                        "required options must come before optional ones".into(),
                    ));
                }
                optional_seen |= !required;
                let choices = array(o, "choices");
                if choices.len() > 25 {
                    out.push((
                        format!("{op}/choices"),
                        format!("{} items > 25", choices.len()),
                    ));
                }
                if !choices.is_empty() && o["autocomplete"].as_bool() == Some(true) {
                    out.push((
                        format!("{op}/autocomplete"),
                        "an option with choices cannot use autocomplete".into(),
                    ));
                }
                for (j, c) in choices.iter().enumerate() {
                    choice_limits(c, &format!("{op}/choices/{j}"), out);
                }
                for (lo, hi) in [("min_value", "max_value"), ("min_length", "max_length")] {
                    if let (Some(a), Some(b)) = (o[lo].as_f64(), o[hi].as_f64())
                        && a > b
                    {
                        out.push((
                            format!("{op}/{lo}"),
                            format!("{lo} {} > {hi} {}", o[lo], o[hi]),
                        ));
                    }
                }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn a_missing_spec_is_skipped_locally_and_fatal_in_ci() {
        let missing = Path::new("/nonexistent/openapi.json");
        assert!(load_spec(missing, false).is_none());
        let ci = std::panic::catch_unwind(|| load_spec(missing, true));
        assert!(ci.is_err(), "CI must not run without the spec");
    }

    #[test]
    fn chat_names_follow_discords_rule() {
        assert!(valid_chat_name("lookup"));
        assert!(valid_chat_name("group-rank"));
        assert!(valid_chat_name("ban_status2"));
        assert!(valid_chat_name("ключ"));
        assert!(!valid_chat_name("Lookup"));
        assert!(!valid_chat_name("has space"));
        assert!(!valid_chat_name(""));
        assert!(!valid_chat_name(&"a".repeat(33)));
    }

    #[test]
    fn localized_names_and_descriptions_follow_discords_rules() {
        let path = "/api/v10/applications/1/guilds/2/commands";
        let option = |name: &str, de: &str| json!({"type": 3, "name": name, "description": "d", "name_localizations": {"de": de}});
        let good = json!([{
            "name": "roblox", "description": "Roblox", "type": 1,
            "name_localizations": {"de": "roblox", "es-419": "roblox"},
            "description_localizations": {"de": "Roblox-Sperren"},
            "options": [{"type": 1, "name": "ban", "description": "Ban",
                "name_localizations": {"de": "sperren", "tr": "yasakla"},
                "options": [
                    option("reason", "grund"),
                    {"type": 4, "name": "mode", "description": "d", "choices": [
                        {"name": "off", "value": 0, "name_localizations": {"de": "Aus"}}
                    ]},
                ]}]
        }]);
        assert_eq!(check_limits("PUT", path, &good), Vec::<Problem>::new());

        let mut bad = good.clone();
        bad[0]["name_localizations"] = json!({"german": "roblox", "fr": "Roblox"});
        bad[0]["description_localizations"] = json!({"de": "x".repeat(101)});
        bad[0]["options"][0]["options"][1] = option("duration", "grund");
        bad[0]["options"][0]["options"][1]["choices"] = json!([]);
        let problems = check_limits("PUT", path, &bad);
        let pointers: Vec<&str> = problems.iter().map(|(p, _)| p.as_str()).collect();
        assert_eq!(
            pointers,
            [
                "/0/name_localizations/fr",
                "/0/name_localizations/german",
                "/0/description_localizations/de",
                "/0/options/0/options/1/name_localizations/de",
            ],
            "{problems:?}"
        );
    }

    #[test]
    fn union_errors_point_into_the_intended_branch() {
        let spec = Spec::new(json!({
            "paths": {"/x/{id}": {"post": {"requestBody": {"content": {"application/json": {"schema": {
                "anyOf": [
                    {"type": "object", "properties": {"type": {"type": "integer", "enum": [1]}}, "required": ["type"]},
                    {"type": "object", "properties": {
                        "type": {"type": "integer", "enum": [2]},
                        "data": {"oneOf": [{"type": "null"}, {"$ref": "#/components/schemas/D"}]}
                    }, "required": ["type"]}
                ]
            }}}}}}},
            "components": {"schemas": {"D": {"type": "object", "properties": {
                "title": {"type": ["string", "null"], "maxLength": 3},
                "kind": {"type": "integer", "oneOf": [{"const": 1}, {"const": 2}]}
            }}}}
        }));
        assert_eq!(spec.template_for("/api/v10/x/9"), Some("/x/{id}"));
        let problems = spec.check(
            "POST",
            "/api/v10/x/9",
            &json!({"type": 2, "data": {"title": "abcd"}}),
        );
        assert_eq!(
            problems,
            vec![("/data/title".to_string(), "length 4 > 3".to_string())]
        );
        let problems = spec.check("POST", "/x/9", &json!({"type": 2, "data": {"kind": 3}}));
        assert_eq!(
            problems,
            vec![(
                "/data/kind".to_string(),
                "3 is not one of [1,2]".to_string()
            )]
        );
        let problems = spec.check("POST", "/x/9", &json!({"type": 3}));
        assert_eq!(
            problems,
            vec![(
                String::new(),
                "object matches none of the 2 allowed shapes".to_string()
            )]
        );
        assert!(
            spec.check("POST", "/x/9", &json!({"type": 2, "data": null}))
                .is_empty()
        );
    }

    #[test]
    fn numeric_strings_count_as_integers_with_bounds() {
        let spec = Spec::new(json!({
            "paths": {"/p": {"put": {"requestBody": {"content": {"application/json": {"schema": {
                "type": "object", "properties": {"perm": {"type": ["integer", "null"], "minimum": 0, "maximum": 100}}
            }}}}}}}
        }));
        assert!(spec.check("PUT", "/p", &json!({"perm": "32"})).is_empty());
        assert_eq!(spec.check("PUT", "/p", &json!({"perm": "320"})).len(), 1);
        assert_eq!(
            spec.check("PUT", "/p", &json!({"perm": "x"}))[0].1,
            "expected integer or null, got string"
        );
    }

    #[test]
    fn embed_total_and_empty_fields_are_limits() {
        let long = "x".repeat(4000);
        let body = json!({"embeds": [
            {"description": long.clone()},
            {"description": long, "fields": [{"name": "", "value": "v"}]}
        ]});
        let problems = check_limits("POST", "/api/v10/channels/1/messages", &body);
        assert!(
            problems.contains(&(
                "/embeds".into(),
                "embeds total 8001 characters > 6000".into()
            )),
            "{problems:?}"
        );
        assert!(
            problems.contains(&("/embeds/1/fields/0/name".into(), "length 0 < 1".into())),
            "{problems:?}"
        );
    }
}
