//! The fake's data: keys, links, bindings, punishments, Shield flags, quotas, faults and the
//! request log. Plain data behind one mutex; handlers never await while holding it.

use std::collections::{HashMap, HashSet, VecDeque};

use serde_json::{Map, Value, json};
use tokio::time::{Duration, Instant};

use super::reply::Reply;
use super::{Fault, Punishment, Recorded};

/// Quota window: no 60 s span may hold more than the quota's requests (Technified's "per
/// minute"; `FakeTechnified::set_quota_window` shortens it for a benchmark).
const WINDOW: Duration = Duration::from_secs(60);

/// The clock as one reading: tokio time and the matching unix seconds.
#[derive(Clone, Copy)]
pub(super) struct Now {
    pub(super) instant: Instant,
    pub(super) unix: u64,
}

/// A per-key rate-limit bucket (Technified's documented quotas).
#[derive(Clone, Copy, PartialEq, Eq, Hash, Debug)]
pub(super) enum Group {
    Lookup,
    BindingsRead,
    BindingsWrite,
    BanStatus,
    MuteStatus,
    ModerationWrite,
    Shield,
    Ws,
}

impl Group {
    pub(super) const ALL: [Group; 8] = [
        Group::Lookup,
        Group::BindingsRead,
        Group::BindingsWrite,
        Group::BanStatus,
        Group::MuteStatus,
        Group::ModerationWrite,
        Group::Shield,
        Group::Ws,
    ];

    pub(super) fn name(self) -> &'static str {
        match self {
            Group::Lookup => "lookup",
            Group::BindingsRead => "bindings_read",
            Group::BindingsWrite => "bindings_write",
            Group::BanStatus => "ban_status",
            Group::MuteStatus => "mute_status",
            Group::ModerationWrite => "moderation_write",
            Group::Shield => "shield",
            Group::Ws => "ws",
        }
    }

    pub(super) fn from_name(name: &str) -> Option<Group> {
        Group::ALL.into_iter().find(|g| g.name() == name)
    }

    fn default_quota(self) -> usize {
        match self {
            Group::Lookup => 60,
            Group::BindingsRead => 100,
            Group::BindingsWrite => 30,
            Group::BanStatus | Group::MuteStatus | Group::Shield => 300,
            Group::ModerationWrite => 50,
            Group::Ws => 10,
        }
    }
}

/// `"METHOD /path-prefix"`, `"* /prefix"` or `"/prefix"`.
#[derive(Debug)]
pub(super) struct RouteMatcher {
    method: Option<String>,
    prefix: String,
}

impl RouteMatcher {
    pub(super) fn parse(route: &str) -> RouteMatcher {
        let (method, prefix) = match route.trim().split_once(' ') {
            Some((method, prefix)) => (
                (method != "*").then(|| method.to_ascii_uppercase()),
                prefix.trim(),
            ),
            None => (None, route.trim()),
        };
        assert!(
            prefix.starts_with('/'),
            "route {route:?} must look like \"GET /lookup/discord\""
        );
        RouteMatcher {
            method,
            prefix: prefix.to_owned(),
        }
    }

    pub(super) fn matches(&self, method: &str, path: &str) -> bool {
        self.method.as_deref().is_none_or(|m| m == method) && path.starts_with(&self.prefix)
    }
}

/// Ban or mute: they behave alike.
#[derive(Clone, Copy, PartialEq, Eq, Hash, Debug)]
pub(super) enum Kind {
    Ban,
    Mute,
}

/// A verification link.
struct Link {
    discord_id: u64,
    roblox_id: u64,
    username: String,
}

impl Link {
    /// The \[NEW\] lookup object: exactly these four fields for API keys.
    fn json(&self) -> Value {
        json!({
            "discord_id": self.discord_id.to_string(),
            "roblox_id": self.roblox_id,
            "roblox_username": self.username,
            "verified": true,
        })
    }
}

/// What a binding matches on; two bindings with equal specs are duplicates (409).
/// Assumption: `priority` is not part of the identity; a group binding's identity includes
/// its rank range, so one role can take several ranges of one group.
#[derive(Clone, PartialEq, Eq, Debug)]
pub(super) enum Target {
    GroupRank { group: u64, min: u8, max: u8 },
    Gamepass(u64),
    Asset(u64),
    Badge(u64),
    AccountAge { platform: String, min_days: u64 },
}

pub(super) struct Binding {
    pub(super) id: u64,
    pub(super) role: u64,
    pub(super) target: Target,
    pub(super) priority: i64,
}

struct Stored {
    record: Punishment,
    /// `None` when permanent.
    expires: Option<Instant>,
}

struct Flag {
    username: String,
    reason: String,
    category: String,
    flagged_at: u64,
}

#[derive(Default)]
pub(super) struct Store {
    /// key -> (guild, active).
    pub(super) keys: HashMap<String, (u64, bool)>,
    links: HashMap<u64, Vec<Link>>,
    pub(super) bindings: HashMap<u64, Vec<Binding>>,
    next_binding_id: u64,
    pub(super) role_names: HashMap<u64, String>,
    pub(super) group_names: HashMap<u64, String>,
    /// (roblox user, group) -> rank.
    pub(super) group_ranks: HashMap<(u64, u64), u8>,
    pub(super) invalid_ids: HashSet<u64>,
    punishments: HashMap<(Kind, u64, u64), Stored>,
    pub(super) cache_ttl: Duration,
    /// (kind, guild, roblox user) -> (cached at, data, message).
    pub(super) status_cache: HashMap<(Kind, u64, u64), (Instant, Value, &'static str)>,
    flags: HashMap<u64, Flag>,
    pub(super) shield_offline: Option<u16>,
    pub(super) batch_array: bool,
    pub(super) quotas: HashMap<Group, usize>,
    /// The span each quota counts over, when a benchmark scaled it down from [`WINDOW`].
    pub(super) quota_window: Option<Duration>,
    /// (key, group) -> arrival times of admitted requests inside the window.
    windows: HashMap<(String, Group), VecDeque<Instant>>,
    pub(super) rate_limited: usize,
    /// (route, fault, uses left).
    pub(super) faults: Vec<(RouteMatcher, Fault, usize)>,
    /// (sequence number, request).
    pub(super) requests: Vec<(u64, Recorded)>,
    next_seq: u64,
}

impl Store {
    /// Logs an arriving request and takes the fault scripted for it, if any.
    pub(super) fn begin(&mut self, recorded: Recorded) -> (u64, Option<Fault>) {
        let fault = self
            .faults
            .iter_mut()
            .find(|(route, _, left)| *left > 0 && route.matches(&recorded.method, &recorded.path))
            .map(|(_, fault, left)| {
                *left -= 1;
                fault.clone()
            });
        self.faults.retain(|(_, _, left)| *left > 0);
        self.next_seq += 1;
        self.requests.push((self.next_seq, recorded));
        (self.next_seq, fault)
    }

    /// The guild of an active key.
    pub(super) fn key_guild(&self, key: &str) -> Option<u64> {
        self.keys
            .get(key)
            .filter(|(_, active)| *active)
            .map(|(guild, _)| *guild)
    }

    /// Admits a request into its sliding window, or returns the whole seconds (rounded up)
    /// until the window has room.
    pub(super) fn admit(&mut self, key: &str, group: Group, now: Instant) -> Result<(), u64> {
        let limit = self
            .quotas
            .get(&group)
            .copied()
            .unwrap_or(group.default_quota());
        let span = self.quota_window.unwrap_or(WINDOW);
        let window = self.windows.entry((key.to_owned(), group)).or_default();
        while window
            .front()
            .is_some_and(|&t| now.duration_since(t) >= span)
        {
            window.pop_front();
        }
        if window.len() < limit {
            window.push_back(now);
            return Ok(());
        }
        self.rate_limited += 1;
        // Room appears when the entry that keeps the count at `limit` leaves the window;
        // with a zero quota there is never room, so a full window is the honest answer.
        let wait = match limit {
            0 => span,
            _ => window[window.len() - limit] + span - now,
        };
        Err(wait.as_nanos().div_ceil(1_000_000_000).max(1) as u64)
    }

    pub(super) fn link(&mut self, guild: u64, discord_id: u64, roblox_id: u64, username: &str) {
        let links = self.links.entry(guild).or_default();
        links.retain(|l| l.discord_id != discord_id && l.roblox_id != roblox_id);
        links.push(Link {
            discord_id,
            roblox_id,
            username: username.to_owned(),
        });
    }

    pub(super) fn unlink(&mut self, guild: u64, discord_id: u64) {
        if let Some(links) = self.links.get_mut(&guild) {
            links.retain(|l| l.discord_id != discord_id);
        }
    }

    fn find_link(&self, guild: u64, by: impl Fn(&Link) -> bool) -> Option<&Link> {
        self.links.get(&guild)?.iter().find(|l| by(l))
    }

    /// The lookup object of a verified Discord member.
    pub(super) fn link_by_discord(&self, guild: u64, discord_id: u64) -> Option<Value> {
        self.find_link(guild, |l| l.discord_id == discord_id)
            .map(Link::json)
    }

    /// The lookup object of a verified Roblox account.
    pub(super) fn link_by_roblox(&self, guild: u64, roblox_id: u64) -> Option<Value> {
        self.find_link(guild, |l| l.roblox_id == roblox_id)
            .map(Link::json)
    }

    /// The Roblox account of a verified Discord member.
    pub(super) fn roblox_of(&self, guild: u64, discord_id: u64) -> Option<u64> {
        self.find_link(guild, |l| l.discord_id == discord_id)
            .map(|l| l.roblox_id)
    }

    /// The Discord member of a verified Roblox account.
    pub(super) fn discord_of(&self, guild: u64, roblox_id: u64) -> Option<u64> {
        self.find_link(guild, |l| l.roblox_id == roblox_id)
            .map(|l| l.discord_id)
    }

    pub(super) fn bindings_json(&self, guild: u64) -> Vec<Value> {
        self.bindings
            .get(&guild)
            .map(|list| list.iter().map(|b| self.binding_json(b)).collect())
            .unwrap_or_default()
    }

    /// A binding in the \[NEW\] field names; fields of other types are `null`.
    pub(super) fn binding_json(&self, b: &Binding) -> Value {
        let mut out = json!({
            "id": b.id,
            "discord_role_id": b.role.to_string(),
            "roblox_group_id": null, "min_rank": null, "max_rank": null,
            "roblox_gamepass_id": null, "roblox_asset_id": null, "roblox_badge_id": null,
            "account_age_platform": null, "account_age_min_days": null,
            "priority": b.priority,
            "role_name": self.role_names.get(&b.role),
            "group_name": null,
        });
        let (kind, fields) = match &b.target {
            Target::GroupRank { group, min, max } => {
                out["group_name"] = json!(self.group_names.get(group));
                (
                    "group_rank",
                    json!({ "roblox_group_id": group, "min_rank": min, "max_rank": max }),
                )
            }
            Target::Gamepass(id) => ("gamepass", json!({ "roblox_gamepass_id": id })),
            Target::Asset(id) => ("asset", json!({ "roblox_asset_id": id })),
            Target::Badge(id) => ("badge", json!({ "roblox_badge_id": id })),
            Target::AccountAge { platform, min_days } => (
                "account_age",
                json!({ "account_age_platform": platform, "account_age_min_days": min_days }),
            ),
        };
        out["binding_type"] = kind.into();
        if let (Some(out), Value::Object(fields)) = (out.as_object_mut(), fields) {
            out.extend(fields);
        }
        out
    }

    /// Validates and stores a binding (a `POST /bindings/add` body); the error is the reply.
    pub(super) fn add_binding(
        &mut self,
        guild: u64,
        body: &Map<String, Value>,
    ) -> Result<u64, Reply> {
        let (role, target, priority) = parse_binding(body)?;
        let checked = match &target {
            Target::GroupRank { group, .. } => Some(("group", *group)),
            Target::Gamepass(id) => Some(("gamepass", *id)),
            Target::Asset(id) => Some(("asset", *id)),
            Target::Badge(id) => Some(("badge", *id)),
            Target::AccountAge { .. } => None,
        };
        if let Some((what, id)) = checked.filter(|(_, id)| self.invalid_ids.contains(id)) {
            // Assumption: message text UNKNOWN.
            return Err(Reply::error(
                400,
                &format!("Invalid Roblox {what} ID: {id}"),
            ));
        }
        let list = self.bindings.entry(guild).or_default();
        if list.iter().any(|b| b.role == role && b.target == target) {
            // Assumption: message text UNKNOWN.
            return Err(Reply::error(409, "Binding already exists"));
        }
        self.next_binding_id += 1;
        let id = self.next_binding_id;
        list.push(Binding {
            id,
            role,
            target,
            priority,
        });
        Ok(id)
    }

    /// Stores a ban or mute, replacing an existing one. `Err` on a bad duration.
    #[expect(
        clippy::too_many_arguments,
        reason = "one argument per field of the request"
    )]
    pub(super) fn punish(
        &mut self,
        kind: Kind,
        guild: u64,
        roblox_id: u64,
        reason: &str,
        by: u64,
        duration: Option<&str>,
        now: Now,
    ) -> Result<Punishment, ()> {
        let length = match duration {
            None | Some("permanent") => None,
            Some(text) => Some(parse_duration(text).ok_or(())?),
        };
        let record = Punishment {
            roblox_id,
            reason: reason.to_owned(),
            by: by.to_string(),
            created_at: now.unix,
            expires_at: length.map(|l| now.unix + l.as_secs()),
            is_permanent: length.is_none(),
            duration: duration.map(str::to_owned),
        };
        self.punishments.insert(
            (kind, guild, roblox_id),
            Stored {
                record: record.clone(),
                expires: length.map(|l| now.instant + l),
            },
        );
        Ok(record)
    }

    /// The active ban or mute of a user; an expired one is forgotten.
    pub(super) fn active_one(
        &mut self,
        kind: Kind,
        guild: u64,
        roblox_id: u64,
        now: Instant,
    ) -> Option<Punishment> {
        let key = (kind, guild, roblox_id);
        let stored = self.punishments.get(&key)?;
        if stored.expires.is_some_and(|at| at <= now) {
            self.punishments.remove(&key);
            return None;
        }
        Some(stored.record.clone())
    }

    /// Lifts an active ban or mute; `false` when there was none.
    pub(super) fn lift(&mut self, kind: Kind, guild: u64, roblox_id: u64, now: Instant) -> bool {
        self.active_one(kind, guild, roblox_id, now).is_some()
            && self.punishments.remove(&(kind, guild, roblox_id)).is_some()
    }

    pub(super) fn active(&self, kind: Kind, guild: u64, now: Now) -> Vec<Punishment> {
        let mut out: Vec<Punishment> = self
            .punishments
            .iter()
            .filter(|((k, g, _), s)| {
                *k == kind && *g == guild && s.expires.is_none_or(|at| at > now.instant)
            })
            .map(|(_, s)| s.record.clone())
            .collect();
        out.sort_by_key(|p| p.roblox_id);
        out
    }

    pub(super) fn flag(
        &mut self,
        roblox_id: u64,
        username: &str,
        reason: &str,
        category: &str,
        flagged_at: u64,
    ) {
        self.flags.insert(
            roblox_id,
            Flag {
                username: username.to_owned(),
                reason: reason.to_owned(),
                category: category.to_owned(),
                flagged_at,
            },
        );
    }

    /// The Shield `flag` object, with `flagged_at` (single check) or without (batch), as the
    /// docs' examples show.
    pub(super) fn flag_json(&self, roblox_id: u64, with_time: bool) -> Option<Value> {
        let flag = self.flags.get(&roblox_id)?;
        let mut out = json!({
            "roblox_id": roblox_id.to_string(),
            "roblox_username": flag.username,
            "reason": flag.reason,
            "category": flag.category,
            "source": "technified",
        });
        if with_time {
            out["flagged_at"] = flag.flagged_at.into();
        }
        Some(out)
    }
}

/// `<n>s|m|h|d|w` with n > 0. Assumption: the grammar beyond `5m`, `1h`, `7d`, `permanent`
/// is UNKNOWN; combinations such as `1h30m` are refused.
pub(super) fn parse_duration(text: &str) -> Option<Duration> {
    let unit = match text.chars().last()? {
        's' => 1,
        'm' => 60,
        'h' => 3600,
        'd' => 86_400,
        'w' => 604_800,
        _ => return None,
    };
    let digits = &text[..text.len() - 1];
    if digits.is_empty() || !digits.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    let n: u64 = digits.parse().ok().filter(|&n| n > 0)?;
    n.checked_mul(unit).map(Duration::from_secs)
}

/// A JSON number, or a string of digits, as a Roblox-style ID.
pub(super) fn loose_id(value: &Value) -> Option<u64> {
    match value {
        Value::Number(n) => n.as_u64(),
        Value::String(s) => strict_id(s),
        _ => None,
    }
}

/// A string of digits as an ID.
pub(super) fn strict_id(text: &str) -> Option<u64> {
    if text.is_empty() || !text.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    text.parse().ok()
}

/// `null` counts as absent, as most JSON APIs treat it.
pub(super) fn field<'a>(body: &'a Map<String, Value>, name: &str) -> Option<&'a Value> {
    body.get(name).filter(|v| !v.is_null())
}

/// A 400 for a missing field. Assumption: message text UNKNOWN.
pub(super) fn missing(name: &str) -> Reply {
    Reply::error(400, &format!("Missing required field: {name}"))
}

/// Collects rule violations for one 422.
#[derive(Default)]
pub(super) struct Problems(Vec<Value>);

impl Problems {
    pub(super) fn add(&mut self, field: &str, message: &str) {
        self.0.push(json!({ "field": field, "message": message }));
    }

    pub(super) fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    /// Assumption: message "Validation failed"; `details` an array of `{field, message}`.
    pub(super) fn into_reply(self) -> Reply {
        Reply::error_with_details(422, "Validation failed", Value::Array(self.0))
    }
}

/// Parses a `POST /bindings/add` body: missing common fields give 400 (the errors table's
/// "missing field"); anything else that breaks a rule gives 422 with every problem.
fn parse_binding(body: &Map<String, Value>) -> Result<(u64, Target, i64), Reply> {
    let role = field(body, "discord_role_id").ok_or_else(|| missing("discord_role_id"))?;
    let kind = field(body, "binding_type").ok_or_else(|| missing("binding_type"))?;
    let mut problems = Problems::default();
    let role = role.as_str().and_then(strict_id);
    if role.is_none() {
        problems.add("discord_role_id", "must be a Discord role ID string");
    }
    let number = |problems: &mut Problems, name: &str| -> Option<u64> {
        match field(body, name) {
            None => {
                problems.add(name, "is required for this binding_type");
                None
            }
            Some(v) => {
                let n = v.as_u64();
                if n.is_none() {
                    problems.add(name, "must be a non-negative integer");
                }
                n
            }
        }
    };
    let rank = |problems: &mut Problems, name: &str| -> Option<u8> {
        let n = number(problems, name)?;
        let rank = u8::try_from(n).ok();
        if rank.is_none() {
            problems.add(name, "must be between 0 and 255");
        }
        rank
    };
    let target = match kind.as_str() {
        Some("group_rank") => {
            let group = number(&mut problems, "roblox_group_id");
            let min = rank(&mut problems, "min_rank");
            let max = rank(&mut problems, "max_rank");
            if let (Some(min), Some(max)) = (min, max)
                && min > max
            {
                problems.add("max_rank", "must be at least min_rank");
            }
            group
                .zip(min.zip(max))
                .map(|(group, (min, max))| Target::GroupRank { group, min, max })
        }
        Some("gamepass") => number(&mut problems, "roblox_gamepass_id").map(Target::Gamepass),
        Some("asset") => number(&mut problems, "roblox_asset_id").map(Target::Asset),
        Some("badge") => number(&mut problems, "roblox_badge_id").map(Target::Badge),
        Some("account_age") => {
            let platform = match field(body, "account_age_platform") {
                None => {
                    problems.add("account_age_platform", "is required for this binding_type");
                    None
                }
                Some(v) => {
                    let platform = v.as_str().filter(|p| matches!(*p, "discord" | "roblox"));
                    if platform.is_none() {
                        problems.add("account_age_platform", "must be discord or roblox");
                    }
                    platform
                }
            };
            let min_days = number(&mut problems, "account_age_min_days");
            platform
                .zip(min_days)
                .map(|(platform, min_days)| Target::AccountAge {
                    platform: platform.to_owned(),
                    min_days,
                })
        }
        _ => {
            problems.add(
                "binding_type",
                "must be one of group_rank, gamepass, asset, badge, account_age",
            );
            None
        }
    };
    // Assumption: an omitted priority is 0.
    let priority = match field(body, "priority") {
        None => Some(0),
        Some(v) => {
            let p = v.as_i64();
            if p.is_none() {
                problems.add("priority", "must be an integer");
            }
            p
        }
    };
    match (role, target, priority) {
        (Some(role), Some(target), Some(priority)) if problems.is_empty() => {
            Ok((role, target, priority))
        }
        _ => Err(problems.into_reply()),
    }
}
