//! Request and response types, and tolerant readers for the shapes Technified's docs show.
//!
//! Technified's API docs disagree across generations: Roblox IDs come as numbers or
//! numeric strings, bindings use [NEW] or [OLD] field names, batch results come as a map or
//! an array. Responses are therefore read from `serde_json::Value` field by field, taking the
//! first of several known names, instead of with strict derives. Requests are derived: their
//! shape is ours to choose, and the same JSON is used on the wire and in the retry queue.
//!
//! Long on purpose (about 480 lines of code, the rest unit tests): every response shape of
//! every endpoint shares the tolerant field helpers at the bottom, and the tests beside them
//! pin each example from Technified's docs, so a reader change and the example it must still
//! read sit in one file.

use std::collections::HashMap;

use serde::{Deserialize, Serialize};
use serde_json::{Map, Value};

/// A Discord member's verified Roblox account in one guild (lookup responses).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Link {
    pub discord_id: u64,
    pub roblox_id: u64,
    /// Empty when the response did not name the account ([OLD] batch results).
    pub roblox_username: String,
    /// Absent in [OLD] responses, where being returned meant being verified.
    pub verified: bool,
}

/// A role binding as listed by `GET /bindings/list`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Binding {
    /// Numeric in [OLD], possibly a string elsewhere; kept as text.
    pub id: String,
    /// The type as Technified named it, e.g. `group_rank`.
    pub binding_type: String,
    /// `None` when the type is unknown to this bot or its fields are missing.
    pub rule: Option<BindingRule>,
    pub discord_role_id: u64,
    pub priority: Option<i64>,
    /// Enrichment added by [NEW]: the Discord role's name.
    pub role_name: Option<String>,
    /// Enrichment added by [NEW]: the Roblox group's name, for group bindings.
    pub group_name: Option<String>,
}

/// What a binding matches, serialised as Technified documents `POST /bindings/add`
/// (`binding_type` plus the type's fields).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "binding_type", rename_all = "snake_case")]
pub enum BindingRule {
    GroupRank {
        #[serde(rename = "roblox_group_id")]
        group_id: u64,
        min_rank: u8,
        max_rank: u8,
    },
    Gamepass {
        #[serde(rename = "roblox_gamepass_id")]
        gamepass_id: u64,
    },
    Asset {
        #[serde(rename = "roblox_asset_id")]
        asset_id: u64,
    },
    Badge {
        #[serde(rename = "roblox_badge_id")]
        badge_id: u64,
    },
    AccountAge {
        #[serde(rename = "account_age_platform")]
        platform: AgePlatform,
        #[serde(rename = "account_age_min_days")]
        min_days: u32,
    },
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum AgePlatform {
    Discord,
    Roblox,
}

/// Body of `POST /bindings/add` without `guild_id` (the client adds it from the key).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct NewBinding {
    #[serde(with = "id_as_string")]
    pub discord_role_id: u64,
    #[serde(flatten)]
    pub rule: BindingRule,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub priority: Option<i64>,
}

/// Technified's verdict on whether a member matches a binding.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct BindingTest {
    /// `None` when the answer carried only an explanation.
    pub matches: Option<bool>,
    /// Human-readable, e.g. `User rank 12 is below minimum 50`.
    pub explanation: String,
    /// The member's rank in the binding's group, when Technified gave it.
    pub rank: Option<u32>,
}

/// Ban or mute status of a Roblox user (`ban-status` / `mute-status`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PunishmentStatus {
    pub active: bool,
    pub info: Option<PunishmentInfo>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PunishmentInfo {
    pub reason: String,
    /// `banned_by` / `muted_by`: the moderator's Roblox ID as Technified sent it.
    pub by: Option<String>,
    /// Unix seconds.
    pub created_at: Option<i64>,
    /// Unix seconds; `None` for permanent punishments.
    pub expires_at: Option<i64>,
    pub is_permanent: bool,
}

/// Body of a ban or mute. IDs are sent as strings, as the docs declare.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Punish {
    #[serde(with = "id_as_string")]
    pub roblox_id: u64,
    pub reason: String,
    #[serde(with = "id_as_string")]
    pub moderator_roblox_id: u64,
    /// `5m`, `1h`, `7d`, ... or `permanent`; omitted means permanent.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub duration: Option<String>,
}

/// Seconds in a Technified duration: a whole number with `s`, `m`, `h`, `d` or `w` (`30m`,
/// `7d`). `None` for anything else, `permanent` included.
pub fn duration_secs(text: &str) -> Option<u64> {
    let unit = text.chars().last()?;
    let digits = &text[..text.len() - unit.len_utf8()];
    if digits.is_empty() || !digits.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    let amount: u64 = digits.parse().ok()?;
    let per_unit = match unit {
        's' => 1,
        'm' => 60,
        'h' => 3_600,
        'd' => 86_400,
        'w' => 604_800,
        _ => return None,
    };
    amount.checked_mul(per_unit)
}

/// Body of an unban or unmute.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Lift {
    #[serde(with = "id_as_string")]
    pub roblox_id: u64,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub reason: Option<String>,
}

/// Shield's answer for one Roblox user.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ShieldCheck {
    pub flagged: bool,
    pub flag: Option<ShieldFlag>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ShieldFlag {
    pub roblox_id: Option<u64>,
    pub roblox_username: String,
    pub reason: String,
    pub category: String,
    pub source: String,
    /// Unix seconds.
    pub flagged_at: Option<i64>,
}

// ---- readers -------------------------------------------------------------------------------

impl Link {
    /// Reads a lookup's `data`.
    pub(crate) fn from_data(data: &Value) -> Option<Link> {
        let object = data.as_object()?;
        Some(Link {
            discord_id: id_field(object, &["discord_id"])?,
            roblox_id: id_field(object, &["roblox_id"])?,
            roblox_username: string_field(object, &["roblox_username", "username"])
                .unwrap_or_default(),
            verified: bool_field(object, &["verified"]).unwrap_or(true),
        })
    }
}

/// Reads a batch lookup's `data` into one entry per requested ID, in the order asked.
/// Accepts the [NEW] map `{results: {"<id>": link|null}}` and the [OLD] array
/// `{results: [{discord_id, verified, roblox_id}]}`; IDs missing from the answer are `None`,
/// and so are entries marked `verified: false`.
pub(crate) fn batch_from_data(data: &Value, asked: &[u64]) -> Option<Vec<(u64, Option<Link>)>> {
    let results = match data {
        Value::Object(object) => object.get("results").unwrap_or(data),
        other => other,
    };
    let mut found: HashMap<u64, Option<Link>> = HashMap::new();
    match results {
        Value::Object(map) => {
            for (key, value) in map {
                let discord_id = key.trim().parse::<u64>().ok()?;
                found.insert(discord_id, batch_entry(value, Some(discord_id))?);
            }
        }
        Value::Array(items) => {
            for item in items {
                let discord_id = id_field(item.as_object()?, &["discord_id"])?;
                found.insert(discord_id, batch_entry(item, Some(discord_id))?);
            }
        }
        _ => return None,
    }
    Some(
        asked
            .iter()
            .map(|id| (*id, found.get(id).cloned().flatten()))
            .collect(),
    )
}

/// `Some(None)` for "not linked", `None` for an entry that cannot be read.
fn batch_entry(value: &Value, discord_id: Option<u64>) -> Option<Option<Link>> {
    let object = match value {
        Value::Null => return Some(None),
        Value::Object(object) => object,
        _ => return None,
    };
    if bool_field(object, &["verified"]) == Some(false) {
        return Some(None);
    }
    let Some(roblox_id) = id_field(object, &["roblox_id"]) else {
        // [OLD] arrays may list an unverified member without an account.
        return Some(None);
    };
    Some(Some(Link {
        discord_id: id_field(object, &["discord_id"]).or(discord_id)?,
        roblox_id,
        roblox_username: string_field(object, &["roblox_username", "username"]).unwrap_or_default(),
        verified: true,
    }))
}

/// Reads `GET /bindings/list`'s `data`: `{bindings: [...]}` or the array itself. Entries
/// without an ID or role are skipped (and counted in the second value) rather than hiding
/// every other binding behind one odd row.
pub(crate) fn bindings_from_data(data: &Value) -> Option<(Vec<Binding>, usize)> {
    let items = match data {
        Value::Array(items) => items,
        Value::Object(object) => object.get("bindings")?.as_array()?,
        _ => return None,
    };
    let bindings: Vec<Binding> = items.iter().filter_map(Binding::from_item).collect();
    let skipped = items.len() - bindings.len();
    Some((bindings, skipped))
}

impl Binding {
    fn from_item(item: &Value) -> Option<Binding> {
        let object = item.as_object()?;
        let id = text_field(object, &["id", "binding_id", "_id"])?;
        let binding_type = string_field(object, &["binding_type", "type"]).unwrap_or_default();
        Some(Binding {
            rule: BindingRule::from_fields(&binding_type, object),
            id,
            binding_type,
            discord_role_id: id_field(object, &["discord_role_id", "role_id"])?,
            priority: int_field(object, &["priority"]),
            role_name: string_field(object, &["role_name", "discord_role_name"]),
            group_name: string_field(object, &["group_name", "roblox_group_name"]),
        })
    }
}

impl BindingRule {
    fn from_fields(binding_type: &str, object: &Map<String, Value>) -> Option<BindingRule> {
        let rank = |names: &[&str]| {
            id_field(object, names)
                .or_else(|| id_field(object, &["rank"]))
                .and_then(|r| u8::try_from(r).ok())
        };
        match binding_type {
            "group_rank" | "group" => Some(BindingRule::GroupRank {
                group_id: id_field(object, &["roblox_group_id", "group_id"])?,
                // [OLD] had one `rank`; read it as an exact rank (min = max).
                min_rank: rank(&["min_rank"])?,
                max_rank: rank(&["max_rank"])?,
            }),
            "gamepass" => Some(BindingRule::Gamepass {
                gamepass_id: id_field(object, &["roblox_gamepass_id", "gamepass_id"])?,
            }),
            "asset" => Some(BindingRule::Asset {
                asset_id: id_field(object, &["roblox_asset_id", "asset_id"])?,
            }),
            "badge" => Some(BindingRule::Badge {
                badge_id: id_field(object, &["roblox_badge_id", "badge_id"])?,
            }),
            "account_age" => Some(BindingRule::AccountAge {
                platform: match string_field(object, &["account_age_platform", "platform"])?
                    .to_ascii_lowercase()
                    .as_str()
                {
                    "discord" => AgePlatform::Discord,
                    "roblox" => AgePlatform::Roblox,
                    _ => return None,
                },
                min_days: u32::try_from(id_field(object, &["account_age_min_days", "min_days"])?)
                    .ok()?,
            }),
            _ => None,
        }
    }
}

impl BindingTest {
    /// The response shape is undocumented: take the first of the likely names, and fall
    /// back to the envelope's `message` for the explanation.
    pub(crate) fn from_data(data: &Value, message: Option<&str>) -> Option<BindingTest> {
        let empty = Map::new();
        let object = data.as_object().unwrap_or(&empty);
        let matches = bool_field(object, &["matches", "match", "matched", "would_match"]);
        let explanation = string_field(object, &["explanation", "reason", "message"])
            .or_else(|| message.map(str::to_owned));
        if matches.is_none() && explanation.is_none() {
            return None;
        }
        Some(BindingTest {
            matches,
            explanation: explanation.unwrap_or_default(),
            rank: id_field(object, &["rank", "user_rank", "group_rank"])
                .and_then(|r| u32::try_from(r).ok()),
        })
    }
}

/// A Roblox ban or mute: which status endpoint a [`PunishmentStatus`] comes from, and which
/// fields name it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Punishment {
    Ban,
    Mute,
}

impl PunishmentStatus {
    pub(crate) fn from_data(data: &Value, punishment: Punishment) -> Option<PunishmentStatus> {
        let object = data.as_object()?;
        let (flag, info) = match punishment {
            Punishment::Ban => ("banned", "ban_info"),
            Punishment::Mute => ("muted", "mute_info"),
        };
        let info = match object.get(info) {
            Some(Value::Object(info)) => Some(PunishmentInfo::from_object(info)),
            _ => None,
        };
        Some(PunishmentStatus {
            active: bool_field(object, &[flag, "active"])?,
            info,
        })
    }
}

impl PunishmentInfo {
    fn from_object(object: &Map<String, Value>) -> PunishmentInfo {
        let expires_at = int_field(object, &["expires_at"]);
        PunishmentInfo {
            reason: string_field(object, &["reason"]).unwrap_or_default(),
            by: text_field(object, &["banned_by", "muted_by", "moderator_roblox_id"]),
            created_at: int_field(object, &["created_at"]),
            is_permanent: bool_field(object, &["is_permanent"]).unwrap_or(expires_at.is_none()),
            expires_at,
        }
    }
}

impl ShieldCheck {
    pub(crate) fn from_data(data: &Value) -> Option<ShieldCheck> {
        let object = data.as_object()?;
        let flag = match object.get("flag") {
            Some(Value::Object(flag)) => Some(ShieldFlag {
                roblox_id: id_field(flag, &["roblox_id"]),
                roblox_username: string_field(flag, &["roblox_username"]).unwrap_or_default(),
                reason: string_field(flag, &["reason"]).unwrap_or_default(),
                category: string_field(flag, &["category"]).unwrap_or_default(),
                source: string_field(flag, &["source"]).unwrap_or_default(),
                flagged_at: int_field(flag, &["flagged_at"]),
            }),
            _ => None,
        };
        Some(ShieldCheck {
            flagged: bool_field(object, &["flagged"])?,
            flag,
        })
    }
}

// ---- field helpers -------------------------------------------------------------------------

/// The first of `names` present and not null.
fn field<'a>(object: &'a Map<String, Value>, names: &[&str]) -> Option<&'a Value> {
    names
        .iter()
        .find_map(|name| object.get(*name).filter(|value| !value.is_null()))
}

/// A non-negative integer given as a number or a numeric string.
fn as_id(value: &Value) -> Option<u64> {
    match value {
        Value::Number(n) => n.as_u64().or_else(|| {
            // Integral floats up to 2^53 are exact; Roblox IDs fit.
            n.as_f64()
                .filter(|f| f.fract() == 0.0 && *f >= 0.0 && *f <= 9_007_199_254_740_992.0)
                .map(|f| f as u64)
        }),
        Value::String(s) => s.trim().parse::<u64>().ok(),
        _ => None,
    }
}

fn id_field(object: &Map<String, Value>, names: &[&str]) -> Option<u64> {
    field(object, names).and_then(as_id)
}

fn int_field(object: &Map<String, Value>, names: &[&str]) -> Option<i64> {
    match field(object, names)? {
        Value::Number(n) => n.as_i64(),
        Value::String(s) => s.trim().parse().ok(),
        _ => None,
    }
}

fn string_field(object: &Map<String, Value>, names: &[&str]) -> Option<String> {
    field(object, names)?.as_str().map(str::to_owned)
}

/// A string, or a number rendered as text (IDs).
fn text_field(object: &Map<String, Value>, names: &[&str]) -> Option<String> {
    match field(object, names)? {
        Value::String(s) => Some(s.clone()),
        Value::Number(n) => Some(n.to_string()),
        _ => None,
    }
}

fn bool_field(object: &Map<String, Value>, names: &[&str]) -> Option<bool> {
    match field(object, names)? {
        Value::Bool(b) => Some(*b),
        Value::String(s) if s.eq_ignore_ascii_case("true") => Some(true),
        Value::String(s) if s.eq_ignore_ascii_case("false") => Some(false),
        _ => None,
    }
}

/// Serialises a `u64` ID as a JSON string (as the docs declare Discord IDs and the
/// moderation bodies' Roblox IDs) and reads it back from a string or a number.
mod id_as_string {
    use serde::{Deserialize, Deserializer, Serializer, de::Error};
    use serde_json::Value;

    pub fn serialize<S: Serializer>(id: &u64, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_str(id)
    }

    pub fn deserialize<'de, D: Deserializer<'de>>(deserializer: D) -> Result<u64, D::Error> {
        let value = Value::deserialize(deserializer)?;
        super::as_id(&value).ok_or_else(|| D::Error::custom("expected an ID"))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::technified::error::read_response;
    use proptest::prelude::*;
    use serde_json::json;
    use std::time::SystemTime;

    /// The `data` of a documented success example, through the real envelope reader.
    fn data(body: &str) -> (Option<String>, Value) {
        let success = read_response(200, None, body.as_bytes(), SystemTime::UNIX_EPOCH)
            .expect("documented example must read as success");
        (success.message, success.data)
    }

    fn shedletsky() -> Link {
        Link {
            discord_id: 123456789012345678,
            roblox_id: 261,
            roblox_username: "Shedletsky".into(),
            verified: true,
        }
    }

    #[test]
    fn lookup_new_example() {
        let (message, data) = data(
            r#"{ "status": "success", "code": 200, "message": "User found",
                "data": { "discord_id": "123456789012345678", "roblox_id": 261,
                          "roblox_username": "Shedletsky", "verified": true } }"#,
        );
        assert_eq!(message.as_deref(), Some("User found"));
        assert_eq!(Link::from_data(&data), Some(shedletsky()));
    }

    #[test]
    fn lookup_old_example_and_string_ids() {
        let (_, data) = data(
            r#"{ "status": "success", "code": 200,
                "data": { "discord_id": "123456789012345678", "roblox_id": "261",
                          "roblox_username": "Shedletsky", "verified_at": "2026-04-12T18:33:21Z" } }"#,
        );
        assert_eq!(Link::from_data(&data), Some(shedletsky()));
        let numeric_discord = json!({"discord_id": 123456789012345678u64, "roblox_id": 261.0,
            "roblox_username": "Shedletsky", "verified": false});
        let link = Link::from_data(&numeric_discord).unwrap();
        assert_eq!(
            (link.discord_id, link.roblox_id, link.verified),
            (123456789012345678, 261, false)
        );
        assert_eq!(
            Link::from_data(&json!({"discord_id": "x", "roblox_id": 1})),
            None
        );
        assert_eq!(
            Link::from_data(&json!({"discord_id": "1", "roblox_id": -1})),
            None
        );
        assert_eq!(
            Link::from_data(&json!({"discord_id": "1", "roblox_id": 1.5})),
            None
        );
    }

    #[test]
    fn batch_new_map_example_in_asked_order() {
        let (message, data) = data(
            r#"{ "status": "success", "code": 200, "message": "Batch lookup complete",
                "data": { "results": { "123456789012345678": { "discord_id": "123456789012345678",
                    "roblox_id": 261, "roblox_username": "Shedletsky", "verified": true },
                    "234567890123456789": null } } }"#,
        );
        assert_eq!(message.as_deref(), Some("Batch lookup complete"));
        let asked = [234567890123456789, 123456789012345678, 5];
        assert_eq!(
            batch_from_data(&data, &asked),
            Some(vec![
                (234567890123456789, None),
                (123456789012345678, Some(shedletsky())),
                (5, None),
            ])
        );
    }

    #[test]
    fn batch_old_array_example() {
        let (_, data) = data(
            r#"{ "status": "success", "code": 200, "data": { "results": [
                { "discord_id": "123456789012345678", "verified": true, "roblox_id": 261 },
                { "discord_id": "234567890123456789", "verified": false, "roblox_id": null } ] } }"#,
        );
        let asked = [123456789012345678, 234567890123456789];
        let results = batch_from_data(&data, &asked).unwrap();
        assert_eq!(results[1], (234567890123456789, None));
        let link = results[0].1.clone().unwrap();
        assert_eq!((link.discord_id, link.roblox_id), (123456789012345678, 261));
        assert_eq!(link.roblox_username, "");
    }

    #[test]
    fn batch_map_value_without_discord_id_takes_the_key() {
        let data = json!({"results": {"42": {"roblox_id": "7", "roblox_username": "a"}}});
        let results = batch_from_data(&data, &[42]).unwrap();
        assert_eq!(
            results[0].1.as_ref().map(|l| (l.discord_id, l.roblox_id)),
            Some((42, 7))
        );
        assert_eq!(batch_from_data(&json!({"results": "nope"}), &[1]), None);
        assert_eq!(
            batch_from_data(&json!({"results": {"not-an-id": null}}), &[1]),
            None
        );
        assert_eq!(batch_from_data(&json!({"results": {"1": 5}}), &[1]), None);
    }

    #[test]
    fn bindings_old_example() {
        let (_, data) = data(
            r#"{ "status": "success", "code": 200, "data": { "bindings": [
                { "id": 12, "type": "group_rank", "group_id": 7384293, "rank": 200,
                  "role_id": "987654321098765432" } ] } }"#,
        );
        let (bindings, skipped) = bindings_from_data(&data).unwrap();
        assert_eq!(skipped, 0);
        assert_eq!(
            bindings,
            vec![Binding {
                id: "12".into(),
                binding_type: "group_rank".into(),
                rule: Some(BindingRule::GroupRank {
                    group_id: 7384293,
                    min_rank: 200,
                    max_rank: 200
                }),
                discord_role_id: 987654321098765432,
                priority: None,
                role_name: None,
                group_name: None,
            }]
        );
    }

    #[test]
    fn bindings_new_names_every_type_and_bare_array() {
        let data = json!([
            {"id": "b1", "binding_type": "group_rank", "roblox_group_id": "7384293",
             "min_rank": 50, "max_rank": 100, "discord_role_id": "1", "priority": 2,
             "role_name": "Member", "group_name": "Fans"},
            {"id": "b2", "binding_type": "gamepass", "roblox_gamepass_id": 11, "discord_role_id": "2"},
            {"id": "b3", "binding_type": "asset", "roblox_asset_id": 12, "discord_role_id": "3"},
            {"id": "b4", "binding_type": "badge", "roblox_badge_id": 13, "discord_role_id": "4"},
            {"id": "b5", "binding_type": "account_age", "account_age_platform": "Roblox",
             "account_age_min_days": 30, "discord_role_id": "5"},
            {"id": "b6", "binding_type": "premium", "discord_role_id": "6"},
            {"id": "b7", "binding_type": "group_rank", "roblox_group_id": 1, "min_rank": 300,
             "max_rank": 5, "discord_role_id": "7"},
            {"binding_type": "badge", "discord_role_id": "8"},
            {"id": "b9", "binding_type": "badge"},
        ]);
        let (bindings, skipped) = bindings_from_data(&data).unwrap();
        assert_eq!(skipped, 2);
        let rules: Vec<_> = bindings.iter().map(|b| b.rule.clone()).collect();
        assert_eq!(
            rules,
            [
                Some(BindingRule::GroupRank {
                    group_id: 7384293,
                    min_rank: 50,
                    max_rank: 100
                }),
                Some(BindingRule::Gamepass { gamepass_id: 11 }),
                Some(BindingRule::Asset { asset_id: 12 }),
                Some(BindingRule::Badge { badge_id: 13 }),
                Some(BindingRule::AccountAge {
                    platform: AgePlatform::Roblox,
                    min_days: 30
                }),
                None,
                None,
            ]
        );
        assert_eq!(bindings[0].priority, Some(2));
        assert_eq!(bindings[0].role_name.as_deref(), Some("Member"));
        assert_eq!(bindings[0].group_name.as_deref(), Some("Fans"));
        assert_eq!(bindings[5].binding_type, "premium");
        assert_eq!(bindings_from_data(&json!({"other": []})), None);
    }

    #[test]
    fn new_binding_serialises_as_documented() {
        let binding = NewBinding {
            discord_role_id: 987654321098765432,
            rule: BindingRule::GroupRank {
                group_id: 7384293,
                min_rank: 50,
                max_rank: 100,
            },
            priority: Some(1),
        };
        let json = serde_json::to_value(&binding).unwrap();
        assert_eq!(
            json,
            json!({"discord_role_id": "987654321098765432", "binding_type": "group_rank",
                   "roblox_group_id": 7384293, "min_rank": 50, "max_rank": 100, "priority": 1})
        );
        assert_eq!(serde_json::from_value::<NewBinding>(json).unwrap(), binding);
        let cases = [
            (
                BindingRule::Gamepass { gamepass_id: 1 },
                json!({"binding_type": "gamepass", "roblox_gamepass_id": 1}),
            ),
            (
                BindingRule::Asset { asset_id: 2 },
                json!({"binding_type": "asset", "roblox_asset_id": 2}),
            ),
            (
                BindingRule::Badge { badge_id: 3 },
                json!({"binding_type": "badge", "roblox_badge_id": 3}),
            ),
            (
                BindingRule::AccountAge {
                    platform: AgePlatform::Discord,
                    min_days: 7,
                },
                json!({"binding_type": "account_age", "account_age_platform": "discord", "account_age_min_days": 7}),
            ),
        ];
        for (rule, mut expected) in cases {
            let binding = NewBinding {
                discord_role_id: 5,
                rule,
                priority: None,
            };
            expected["discord_role_id"] = json!("5");
            let json = serde_json::to_value(&binding).unwrap();
            assert_eq!(json, expected);
            assert_eq!(serde_json::from_value::<NewBinding>(json).unwrap(), binding);
        }
    }

    #[test]
    fn binding_test_shapes() {
        let data = json!({"matches": false, "explanation": "User rank 12 is below minimum 50", "rank": 12});
        assert_eq!(
            BindingTest::from_data(&data, Some("ok")),
            Some(BindingTest {
                matches: Some(false),
                explanation: "User rank 12 is below minimum 50".into(),
                rank: Some(12)
            })
        );
        let reason_only = json!({"match": true, "reason": "in range", "user_rank": "75"});
        let test = BindingTest::from_data(&reason_only, None).unwrap();
        assert_eq!((test.matches, test.rank), (Some(true), Some(75)));
        assert_eq!(test.explanation, "in range");
        let message_only =
            BindingTest::from_data(&Value::Null, Some("User is not verified")).unwrap();
        assert_eq!(message_only.explanation, "User is not verified");
        assert_eq!(message_only.matches, None);
        assert_eq!(BindingTest::from_data(&json!({}), None), None);
    }

    #[test]
    fn ban_and_mute_status_examples() {
        let (message, banned) = data(
            r#"{ "status": "success", "code": 200, "message": "User is banned", "data": {
                "banned": true, "ban_info": { "reason": "Exploiting", "banned_by": "987654321",
                "created_at": 1746712921, "expires_at": null, "is_permanent": true } } }"#,
        );
        assert_eq!(message.as_deref(), Some("User is banned"));
        assert_eq!(
            PunishmentStatus::from_data(&banned, Punishment::Ban),
            Some(PunishmentStatus {
                active: true,
                info: Some(PunishmentInfo {
                    reason: "Exploiting".into(),
                    by: Some("987654321".into()),
                    created_at: Some(1746712921),
                    expires_at: None,
                    is_permanent: true,
                })
            })
        );
        let (_, not_banned) = data(
            r#"{ "status": "success", "code": 200, "message": "User is not banned", "data": { "banned": false } }"#,
        );
        assert_eq!(
            PunishmentStatus::from_data(&not_banned, Punishment::Ban),
            Some(PunishmentStatus {
                active: false,
                info: None
            })
        );
        let (_, muted) = data(
            r#"{ "status": "success", "code": 200, "message": "User is muted", "data": {
                "muted": true, "mute_info": { "reason": "Spam", "muted_by": 987654321,
                "created_at": 1746712921, "expires_at": 1746799321, "is_permanent": false } } }"#,
        );
        let status = PunishmentStatus::from_data(&muted, Punishment::Mute).unwrap();
        let info = status.info.unwrap();
        assert!(status.active);
        assert_eq!(info.by.as_deref(), Some("987654321"));
        assert_eq!(info.expires_at, Some(1746799321));
        assert!(!info.is_permanent);
        // A mute reply read as a ban reply lacks `banned`: unreadable, not "not banned".
        assert_eq!(PunishmentStatus::from_data(&muted, Punishment::Ban), None);
        let no_permanent_flag = json!({"banned": true, "ban_info": {"reason": "x"}});
        let info = PunishmentStatus::from_data(&no_permanent_flag, Punishment::Ban)
            .unwrap()
            .info
            .unwrap();
        assert!(info.is_permanent);
    }

    #[test]
    fn shield_examples() {
        let (message, flagged) = data(
            r#"{ "status": "success", "code": 200, "data": { "flagged": true, "flag": {
                "roblox_id": "261", "roblox_username": "Shedletsky", "reason": "Condo participation",
                "category": "condo", "source": "technified", "flagged_at": 1746712921 } } }"#,
        );
        assert_eq!(message, None);
        assert_eq!(
            ShieldCheck::from_data(&flagged),
            Some(ShieldCheck {
                flagged: true,
                flag: Some(ShieldFlag {
                    roblox_id: Some(261),
                    roblox_username: "Shedletsky".into(),
                    reason: "Condo participation".into(),
                    category: "condo".into(),
                    source: "technified".into(),
                    flagged_at: Some(1746712921),
                })
            })
        );
        let (_, clean) =
            data(r#"{ "status": "success", "code": 200, "data": { "flagged": false } }"#);
        assert_eq!(
            ShieldCheck::from_data(&clean),
            Some(ShieldCheck {
                flagged: false,
                flag: None
            })
        );
        assert_eq!(ShieldCheck::from_data(&json!([])), None);
    }

    #[test]
    fn punish_and_lift_bodies_send_ids_as_strings() {
        let punish = Punish {
            roblox_id: 261,
            reason: "Exploiting".into(),
            moderator_roblox_id: 987654321,
            duration: Some("7d".into()),
        };
        let json = serde_json::to_value(&punish).unwrap();
        assert_eq!(
            json,
            json!({"roblox_id": "261", "reason": "Exploiting", "moderator_roblox_id": "987654321", "duration": "7d"})
        );
        assert_eq!(serde_json::from_value::<Punish>(json).unwrap(), punish);
        let permanent = Punish {
            duration: None,
            ..punish
        };
        assert!(
            serde_json::to_value(&permanent)
                .unwrap()
                .get("duration")
                .is_none()
        );
        let lift = Lift {
            roblox_id: 261,
            reason: None,
        };
        assert_eq!(
            serde_json::to_value(&lift).unwrap(),
            json!({"roblox_id": "261"})
        );
        let from_number: Lift =
            serde_json::from_value(json!({"roblox_id": 261, "reason": "appeal"})).unwrap();
        assert_eq!(from_number.reason.as_deref(), Some("appeal"));
    }

    /// Arbitrary JSON biased towards the field names the readers look for.
    fn arb_json() -> impl Strategy<Value = Value> {
        let leaf = prop_oneof![
            Just(Value::Null),
            any::<bool>().prop_map(Value::from),
            any::<i64>().prop_map(Value::from),
            any::<u64>().prop_map(Value::from),
            any::<f64>().prop_filter_map("finite", |f| serde_json::Number::from_f64(f)
                .map(Value::Number)),
            "[0-9]{0,21}".prop_map(Value::from),
            "\\PC{0,12}".prop_map(Value::from),
        ];
        let names = proptest::sample::select(vec![
            "results",
            "bindings",
            "discord_id",
            "roblox_id",
            "roblox_username",
            "verified",
            "banned",
            "ban_info",
            "muted",
            "mute_info",
            "banned_by",
            "expires_at",
            "is_permanent",
            "flagged",
            "flag",
            "flagged_at",
            "id",
            "binding_type",
            "type",
            "discord_role_id",
            "role_id",
            "roblox_group_id",
            "group_id",
            "min_rank",
            "max_rank",
            "rank",
            "account_age_platform",
            "account_age_min_days",
            "priority",
            "matches",
            "explanation",
            "1",
            "2",
        ]);
        let key = prop_oneof![names.prop_map(str::to_owned), "\\PC{0,6}"];
        leaf.prop_recursive(4, 64, 8, move |inner| {
            prop_oneof![
                proptest::collection::vec(inner.clone(), 0..6).prop_map(Value::Array),
                proptest::collection::vec((key.clone(), inner), 0..8)
                    .prop_map(|fields| Value::Object(fields.into_iter().collect())),
            ]
        })
    }

    proptest! {
        #[test]
        fn ids_read_from_numbers_and_strings(id in any::<u64>()) {
            prop_assert_eq!(as_id(&json!(id)), Some(id));
            prop_assert_eq!(as_id(&json!(id.to_string())), Some(id));
        }

        #[test]
        fn readers_never_panic(value in arb_json()) {
            let _ = Link::from_data(&value);
            if let Some(results) = batch_from_data(&value, &[1, 2]) {
                prop_assert_eq!(results.len(), 2);
            }
            let _ = bindings_from_data(&value);
            let _ = BindingTest::from_data(&value, None);
            let _ = PunishmentStatus::from_data(&value, Punishment::Ban);
            let _ = PunishmentStatus::from_data(&value, Punishment::Mute);
            let _ = ShieldCheck::from_data(&value);
        }

        #[test]
        fn envelopes_around_any_data_never_panic(
            data in arb_json(),
            status in 100u16..600,
            error in any::<bool>(),
        ) {
            let kind = if error { "error" } else { "success" };
            let envelope = json!({"status": kind, "code": status, "data": data});
            let body = envelope.to_string();
            let _ = read_response(status, None, body.as_bytes(), SystemTime::UNIX_EPOCH);
        }
    }
}
