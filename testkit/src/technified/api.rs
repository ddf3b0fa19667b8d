//! Routing, authentication, guild targeting and the endpoints.

use axum::http::{HeaderMap, header};
use serde_json::{Map, Value, json};

use super::reply::Reply;
use super::state::{
    Group, Kind, Now, Problems, Store, Target, field, loose_id, missing, parse_duration, strict_id,
};

const MISSING_KEY: &str = "Missing API key";
const INVALID_KEY: &str = "Invalid API key for this guild";
const GUILD_MISMATCH: &str = "API key does not match target guild";
const GUILD_REQUIRED: &str = "Guild ID required for API key (use route :guildId or X-Guild-ID)";
/// Assumption: the real text for an unverified user is UNKNOWN.
const USER_NOT_FOUND: &str = "User not found";
/// Assumption: the real text is UNKNOWN.
const BINDING_NOT_FOUND: &str = "Binding not found";
const BATCH_LOOKUP_MAX: usize = 25;
const SHIELD_BATCH_MAX: usize = 200;

/// The parts of a request the API looks at.
pub(super) struct ApiRequest<'a> {
    pub(super) method: &'a str,
    /// Path after `/api/v1`; `None` when the request was not under it.
    pub(super) path: Option<&'a str>,
    pub(super) query: Option<&'a str>,
    pub(super) headers: &'a HeaderMap,
    pub(super) body: &'a [u8],
}

enum Route<'a> {
    LookupDiscord(&'a str),
    LookupRoblox(&'a str),
    LookupStatus,
    BindingsList,
    BindingsAdd,
    BindingsRemove,
    BindingsTest,
    Status(Kind, &'a str, &'a str),
    Punish(Kind, &'a str),
    Lift(Kind, &'a str),
    ShieldCheck(&'a str),
    ShieldBatch,
    Ws(&'a str),
}

/// Where a route names its guild (as Technified documents each route).
enum Targeting<'a> {
    Path(&'a str),
    Header,
    Body,
    /// Shield: a global list, no guild.
    Global,
}

impl<'a> Route<'a> {
    fn parse(method: &str, path: &'a str) -> Option<Route<'a>> {
        let segments: Vec<&'a str> = path.strip_prefix('/')?.split('/').collect();
        Some(match (method, segments.as_slice()) {
            ("GET", ["lookup", "discord", id]) => Route::LookupDiscord(id),
            ("GET", ["lookup", "roblox", id]) => Route::LookupRoblox(id),
            ("POST", ["lookup", "status"]) => Route::LookupStatus,
            ("GET", ["bindings", "list"]) => Route::BindingsList,
            ("POST", ["bindings", "add"]) => Route::BindingsAdd,
            ("POST", ["bindings", "remove"]) => Route::BindingsRemove,
            ("POST", ["bindings", "test"]) => Route::BindingsTest,
            ("GET", ["moderation", guild, "ban-status", id]) => Route::Status(Kind::Ban, guild, id),
            ("GET", ["moderation", guild, "mute-status", id]) => {
                Route::Status(Kind::Mute, guild, id)
            }
            ("POST", ["moderation", guild, "roblox", action]) => match *action {
                "ban" => Route::Punish(Kind::Ban, guild),
                "mute" => Route::Punish(Kind::Mute, guild),
                "unban" => Route::Lift(Kind::Ban, guild),
                "unmute" => Route::Lift(Kind::Mute, guild),
                _ => return None,
            },
            ("GET", ["shield", "check", id]) => Route::ShieldCheck(id),
            ("POST", ["shield", "batch"]) => Route::ShieldBatch,
            ("GET", ["ws", "guilds", guild, "roblox"]) => Route::Ws(guild),
            _ => return None,
        })
    }

    fn group(&self) -> Group {
        match self {
            Route::LookupDiscord(_) | Route::LookupRoblox(_) | Route::LookupStatus => Group::Lookup,
            Route::BindingsList => Group::BindingsRead,
            Route::BindingsAdd | Route::BindingsRemove | Route::BindingsTest => {
                Group::BindingsWrite
            }
            Route::Status(Kind::Ban, ..) => Group::BanStatus,
            Route::Status(Kind::Mute, ..) => Group::MuteStatus,
            Route::Punish(..) | Route::Lift(..) => Group::ModerationWrite,
            Route::ShieldCheck(_) | Route::ShieldBatch => Group::Shield,
            Route::Ws(_) => Group::Ws,
        }
    }

    fn targeting(&self) -> Targeting<'a> {
        match *self {
            Route::LookupDiscord(_) | Route::LookupRoblox(_) | Route::BindingsList => {
                Targeting::Header
            }
            Route::LookupStatus
            | Route::BindingsAdd
            | Route::BindingsRemove
            | Route::BindingsTest => Targeting::Body,
            Route::Status(_, guild, _)
            | Route::Punish(_, guild)
            | Route::Lift(_, guild)
            | Route::Ws(guild) => Targeting::Path(guild),
            Route::ShieldCheck(_) | Route::ShieldBatch => Targeting::Global,
        }
    }
}

impl Store {
    /// Answers one API request, start to end (faults were handled by the caller).
    pub(super) fn respond(&mut self, req: &ApiRequest, now: Now) -> Reply {
        self.route(req, now).unwrap_or_else(|refusal| refusal)
    }

    fn route(&mut self, req: &ApiRequest, now: Now) -> Result<Reply, Reply> {
        // Assumption: unknown routes answer 404 "Not found" before authentication.
        let route = req
            .path
            .and_then(|path| Route::parse(req.method, path))
            .ok_or_else(|| Reply::error(404, "Not found"))?;
        let key = api_key(req.headers).ok_or_else(|| Reply::error(401, MISSING_KEY))?;
        let guild = self
            .key_guild(key)
            .ok_or_else(|| Reply::error(401, INVALID_KEY))?;
        self.admit(key, route.group(), now.instant)
            .map_err(Reply::rate_limited)?;
        if let (Targeting::Global, Some(status)) = (route.targeting(), self.shield_offline) {
            // Assumption: how the suspended Shield answers is UNKNOWN.
            return Err(Reply::error(status, "Shield is suspended"));
        }
        match route.targeting() {
            Targeting::Path(target) if strict_id(target) != Some(guild) => {
                return Err(Reply::error(403, GUILD_MISMATCH));
            }
            Targeting::Header => {
                let target = req
                    .headers
                    .get("x-guild-id")
                    .and_then(|v| v.to_str().ok())
                    .map(str::trim)
                    .filter(|v| !v.is_empty())
                    .ok_or_else(|| Reply::error(400, GUILD_REQUIRED))?;
                if strict_id(target) != Some(guild) {
                    return Err(Reply::error(403, GUILD_MISMATCH));
                }
            }
            _ => {}
        }
        let body = match req.method {
            "POST" => json_object(req)?,
            _ => Map::new(),
        };
        if let Targeting::Body = route.targeting() {
            match field(&body, "guild_id") {
                None => return Err(Reply::error(400, GUILD_REQUIRED)),
                Some(Value::String(target)) if strict_id(target) == Some(guild) => {}
                Some(Value::String(_)) => return Err(Reply::error(403, GUILD_MISMATCH)),
                // Assumption: the docs type guild_id as a string; a number is refused.
                Some(_) => return Err(Reply::error(400, "guild_id must be a string")),
            }
        }
        match route {
            Route::LookupDiscord(id) => {
                let id = strict_id(id).ok_or_else(|| Reply::error(400, "Invalid Discord ID"))?;
                found(self.link_by_discord(guild, id))
            }
            Route::LookupRoblox(id) => {
                let id = strict_id(id).ok_or_else(|| Reply::error(400, "Invalid Roblox ID"))?;
                found(self.link_by_roblox(guild, id))
            }
            Route::LookupStatus => self.batch_lookup(guild, &body),
            Route::BindingsList => Ok(Reply::ok(
                None,
                json!({ "bindings": self.bindings_json(guild) }),
            )),
            Route::BindingsAdd => {
                let id = self.add_binding(guild, &body)?;
                Ok(Reply::ok(None, self.binding_by_id(guild, id)))
            }
            Route::BindingsRemove => self.remove_binding(guild, &body),
            Route::BindingsTest => self.test_binding(guild, &body),
            Route::Status(kind, _, id) => self.status(kind, guild, id, req.query, now),
            Route::Punish(kind, _) => self.punish_request(kind, guild, &body, now),
            Route::Lift(kind, _) => self.lift_request(kind, guild, &body, now),
            Route::ShieldCheck(id) => {
                let id = strict_id(id).ok_or_else(|| Reply::error(400, "Invalid Roblox ID"))?;
                Ok(Reply::ok(
                    None,
                    match self.flag_json(id, true) {
                        Some(flag) => json!({ "flagged": true, "flag": flag }),
                        None => json!({ "flagged": false }),
                    },
                ))
            }
            Route::ShieldBatch => self.shield_batch(&body),
            Route::Ws(_) => Err(websocket(req.headers)),
        }
    }

    fn batch_lookup(&self, guild: u64, body: &Map<String, Value>) -> Result<Reply, Reply> {
        // Assumption: behaviour with both or neither list is UNKNOWN; both give 400.
        let (name, ids) = match (field(body, "discord_ids"), field(body, "roblox_ids")) {
            (Some(_), Some(_)) => {
                return Err(Reply::error(
                    400,
                    "Pass either discord_ids or roblox_ids, not both",
                ));
            }
            (None, None) => return Err(Reply::error(400, "discord_ids or roblox_ids is required")),
            (Some(ids), None) => ("discord_ids", ids),
            (None, Some(ids)) => ("roblox_ids", ids),
        };
        let by_discord = name == "discord_ids";
        let ids = ids
            .as_array()
            .ok_or_else(|| Reply::error(400, &format!("{name} must be an array")))?;
        if ids.len() > BATCH_LOOKUP_MAX {
            // Assumption: the 400's text is UNKNOWN.
            return Err(Reply::error(400, "Too many IDs (max 25)"));
        }
        // Keys are the IDs as passed (strings for Discord, numbers rendered for Roblox).
        let ids = ids
            .iter()
            .map(|v| match by_discord {
                true => v.as_str().and_then(|s| Some((s.to_owned(), strict_id(s)?))),
                false => v.as_u64().map(|n| (n.to_string(), n)),
            })
            .collect::<Option<Vec<_>>>()
            .ok_or_else(|| match by_discord {
                true => Reply::error(400, "discord_ids must be an array of ID strings"),
                false => Reply::error(400, "roblox_ids must be an array of numbers"),
            })?;
        if self.batch_array {
            let results: Vec<Value> = ids
                .iter()
                .map(|(key, id)| match by_discord {
                    true => json!({ "discord_id": key,
                                    "verified": self.roblox_of(guild, *id).is_some(),
                                    "roblox_id": self.roblox_of(guild, *id) }),
                    false => {
                        json!({ "discord_id": self.discord_of(guild, *id).map(|d| d.to_string()),
                                     "verified": self.discord_of(guild, *id).is_some(),
                                     "roblox_id": id })
                    }
                })
                .collect();
            return Ok(Reply::ok(None, json!({ "results": results })));
        }
        let results: Map<String, Value> = ids
            .into_iter()
            .map(|(key, id)| {
                let link = match by_discord {
                    true => self.link_by_discord(guild, id),
                    false => self.link_by_roblox(guild, id),
                };
                (key, link.unwrap_or(Value::Null))
            })
            .collect();
        Ok(Reply::ok(
            Some("Batch lookup complete"),
            json!({ "results": results }),
        ))
    }

    fn binding_by_id(&self, guild: u64, id: u64) -> Value {
        self.bindings
            .get(&guild)
            .and_then(|list| list.iter().find(|b| b.id == id))
            .map_or(Value::Null, |b| self.binding_json(b))
    }

    /// `POST /bindings/remove {guild_id, id}`; answers the removed binding.
    fn remove_binding(&mut self, guild: u64, body: &Map<String, Value>) -> Result<Reply, Reply> {
        let id = binding_id(body, "id")?;
        let list = self.bindings.entry(guild).or_default();
        let index = list
            .iter()
            .position(|b| b.id == id)
            .ok_or_else(|| Reply::error(404, BINDING_NOT_FOUND))?;
        let removed = list.remove(index);
        Ok(Reply::ok(None, self.binding_json(&removed)))
    }

    /// `POST /bindings/test {guild_id, binding_id, discord_id}`.
    fn test_binding(&self, guild: u64, body: &Map<String, Value>) -> Result<Reply, Reply> {
        let id = binding_id(body, "binding_id")?;
        let discord_id = field(body, "discord_id").ok_or_else(|| missing("discord_id"))?;
        let discord_id = discord_id
            .as_str()
            .and_then(strict_id)
            .ok_or_else(|| Reply::error(400, "discord_id must be a Discord ID string"))?;
        let binding = self
            .bindings
            .get(&guild)
            .and_then(|list| list.iter().find(|b| b.id == id))
            .ok_or_else(|| Reply::error(404, BINDING_NOT_FOUND))?;
        let Target::GroupRank { group, min, max } = binding.target else {
            // Assumption: the docs describe testing group bindings only.
            return Err(Reply::error(422, "Only group_rank bindings can be tested"));
        };
        let roblox_id = self
            .roblox_of(guild, discord_id)
            .ok_or_else(|| Reply::error(404, USER_NOT_FOUND))?;
        let rank = self
            .group_ranks
            .get(&(roblox_id, group))
            .copied()
            .unwrap_or(0);
        // The first text is the docs' example; the others follow its pattern (assumption).
        let explanation = if rank < min {
            format!("User rank {rank} is below minimum {min}")
        } else if rank > max {
            format!("User rank {rank} is above maximum {max}")
        } else {
            format!("User rank {rank} is within {min}-{max}")
        };
        Ok(Reply::ok(
            None,
            json!({ "matches": (min..=max).contains(&rank), "explanation": explanation, "rank": rank }),
        ))
    }

    /// `GET /moderation/:guildId/ban-status/:id` and `mute-status`. Place-specific bans are
    /// not modelled, so `place_id` is only validated.
    fn status(
        &mut self,
        kind: Kind,
        guild: u64,
        id: &str,
        query: Option<&str>,
        now: Now,
    ) -> Result<Reply, Reply> {
        let roblox_id = strict_id(id).ok_or_else(|| Reply::error(400, "Invalid Roblox ID"))?;
        if query_param(query, "place_id").is_some_and(|p| strict_id(p).is_none()) {
            return Err(Reply::error(400, "place_id must be a number"));
        }
        let no_cache = matches!(query_param(query, "no_cache"), Some("true" | "1"));
        let cache_key = (kind, guild, roblox_id);
        let ttl = self.cache_ttl;
        if !no_cache
            && let Some((at, data, message)) = self.status_cache.get(&cache_key)
            && now.instant.duration_since(*at) < ttl
        {
            return Ok(Reply::ok(Some(*message), data.clone()));
        }
        let active = self.active_one(kind, guild, roblox_id, now.instant);
        let message = match (kind, active.is_some()) {
            (Kind::Ban, true) => "User is banned",
            (Kind::Ban, false) => "User is not banned",
            (Kind::Mute, true) => "User is muted",
            (Kind::Mute, false) => "User is not muted",
        };
        let data = status_json(kind, active.as_ref());
        if !ttl.is_zero() {
            self.status_cache
                .insert(cache_key, (now.instant, data.clone(), message));
        }
        Ok(Reply::ok(Some(message), data))
    }

    /// `POST /moderation/:guildId/roblox/ban` and `mute`. Missing fields give 400; present
    /// but invalid ones 422. Assumption: response `data` is the new status (as ban-status)
    /// with code 200 and no message; undocumented extra fields are accepted and ignored.
    fn punish_request(
        &mut self,
        kind: Kind,
        guild: u64,
        body: &Map<String, Value>,
        now: Now,
    ) -> Result<Reply, Reply> {
        let roblox_id = field(body, "roblox_id").ok_or_else(|| missing("roblox_id"))?;
        let reason = field(body, "reason").ok_or_else(|| missing("reason"))?;
        let moderator =
            field(body, "moderator_roblox_id").ok_or_else(|| missing("moderator_roblox_id"))?;
        let mut problems = Problems::default();
        let roblox_id = roblox_user(&mut problems, "roblox_id", roblox_id);
        let moderator = roblox_user(&mut problems, "moderator_roblox_id", moderator);
        let reason = reason.as_str().filter(|r| !r.trim().is_empty());
        if reason.is_none() {
            problems.add("reason", "must be a non-empty string");
        }
        let duration = match field(body, "duration") {
            None => Some(None),
            Some(v) => {
                let valid = v
                    .as_str()
                    .filter(|d| *d == "permanent" || parse_duration(d).is_some());
                if valid.is_none() {
                    problems.add(
                        "duration",
                        "must look like 30s, 5m, 1h, 7d, 2w or be permanent",
                    );
                }
                valid.map(Some)
            }
        };
        let (Some(roblox_id), Some(moderator), Some(reason), Some(duration)) =
            (roblox_id, moderator, reason, duration)
        else {
            return Err(problems.into_reply());
        };
        let record = self
            .punish(kind, guild, roblox_id, reason, moderator, duration, now)
            .map_err(|()| problems.into_reply())?;
        Ok(Reply::ok(None, status_json(kind, Some(&record))))
    }

    /// `POST /moderation/:guildId/roblox/unban` and `unmute`: 404 without an active one.
    fn lift_request(
        &mut self,
        kind: Kind,
        guild: u64,
        body: &Map<String, Value>,
        now: Now,
    ) -> Result<Reply, Reply> {
        let roblox_id = field(body, "roblox_id").ok_or_else(|| missing("roblox_id"))?;
        let mut problems = Problems::default();
        let roblox_id = roblox_user(&mut problems, "roblox_id", roblox_id);
        if field(body, "reason").is_some_and(|r| !r.is_string()) {
            problems.add("reason", "must be a string");
        }
        let Some(roblox_id) = roblox_id.filter(|_| problems.is_empty()) else {
            return Err(problems.into_reply());
        };
        if !self.lift(kind, guild, roblox_id, now.instant) {
            // Assumption: the 404's text is UNKNOWN.
            return Err(match kind {
                Kind::Ban => Reply::error(404, "User is not banned"),
                Kind::Mute => Reply::error(404, "User is not muted"),
            });
        }
        Ok(Reply::ok(None, status_json(kind, None)))
    }

    /// `POST /shield/batch {roblox_ids}`: only flagged users are listed.
    fn shield_batch(&self, body: &Map<String, Value>) -> Result<Reply, Reply> {
        let ids = field(body, "roblox_ids").ok_or_else(|| missing("roblox_ids"))?;
        let ids = ids
            .as_array()
            .and_then(|ids| ids.iter().map(Value::as_u64).collect::<Option<Vec<_>>>())
            .ok_or_else(|| Reply::error(400, "roblox_ids must be an array of numbers"))?;
        if ids.len() > SHIELD_BATCH_MAX {
            // Assumption: over-limit behaviour is UNKNOWN.
            return Err(Reply::error(400, "Too many IDs (max 200)"));
        }
        let flagged: Vec<Value> = ids
            .into_iter()
            .filter_map(|id| self.flag_json(id, false))
            .collect();
        Ok(Reply::ok(None, json!({ "flagged": flagged })))
    }
}

/// The key from `X-API-Key`, `Authorization: ApiKey k` or `Authorization: Bearer k`.
fn api_key(headers: &HeaderMap) -> Option<&str> {
    let non_empty = |k: &str| !k.is_empty();
    if let Some(key) = headers
        .get("x-api-key")
        .and_then(|v| v.to_str().ok())
        .map(str::trim)
        .filter(|k| non_empty(k))
    {
        return Some(key);
    }
    let (scheme, key) = headers
        .get(header::AUTHORIZATION)?
        .to_str()
        .ok()?
        .trim()
        .split_once(' ')?;
    let known = scheme.eq_ignore_ascii_case("apikey") || scheme.eq_ignore_ascii_case("bearer");
    Some(key.trim()).filter(|k| known && non_empty(k))
}

/// A POST body as a JSON object; an empty body is an empty object.
fn json_object(req: &ApiRequest) -> Result<Map<String, Value>, Reply> {
    if req.body.is_empty() {
        return Ok(Map::new());
    }
    let is_json = req
        .headers
        .get(header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .is_some_and(|ct| ct.to_ascii_lowercase().starts_with("application/json"));
    if !is_json {
        // Assumption: the errors table lists "wrong content type" under 400; text UNKNOWN.
        return Err(Reply::error(400, "Content-Type must be application/json"));
    }
    match serde_json::from_slice(req.body) {
        Ok(Value::Object(body)) => Ok(body),
        Ok(_) => Err(Reply::error(400, "Request body must be a JSON object")),
        Err(_) => Err(Reply::error(400, "Invalid JSON body")),
    }
}

fn query_param<'a>(query: Option<&'a str>, name: &str) -> Option<&'a str> {
    query?
        .split('&')
        .map(|pair| pair.split_once('=').unwrap_or((pair, "")))
        .find(|(key, _)| *key == name)
        .map(|(_, value)| value)
}

/// `"User found"` with the link, or the 404.
fn found(link: Option<Value>) -> Result<Reply, Reply> {
    link.map(|link| Reply::ok(Some("User found"), link))
        .ok_or_else(|| Reply::error(404, USER_NOT_FOUND))
}

/// A binding ID field: a number or a numeric string (the routes using it are inferred, so
/// the fake is lenient about the type).
fn binding_id(body: &Map<String, Value>, name: &str) -> Result<u64, Reply> {
    let value = field(body, name).ok_or_else(|| missing(name))?;
    loose_id(value).ok_or_else(|| Reply::error(400, &format!("{name} must be a binding ID")))
}

/// A Roblox user ID sent as a string or a number (the docs show both).
fn roblox_user(problems: &mut Problems, name: &str, value: &Value) -> Option<u64> {
    let id = loose_id(value);
    if id.is_none() {
        problems.add(name, "must be a Roblox user ID (string or number)");
    }
    id
}

/// `{banned, ban_info?}` or `{muted, mute_info?}` as ban-status and mute-status answer.
fn status_json(kind: Kind, active: Option<&super::Punishment>) -> Value {
    let (flag, info, by) = match kind {
        Kind::Ban => ("banned", "ban_info", "banned_by"),
        Kind::Mute => ("muted", "mute_info", "muted_by"),
    };
    let mut out = json!({ flag: active.is_some() });
    if let Some(p) = active {
        out[info] = json!({
            "reason": p.reason,
            by: p.by,
            "created_at": p.created_at,
            "expires_at": p.expires_at,
            "is_permanent": p.is_permanent,
        });
    }
    out
}

/// The WebSocket route: 426 over plain HTTP (documented); a real handshake gets 501, since
/// no event of it is documented (assumption).
fn websocket(headers: &HeaderMap) -> Reply {
    let upgrade = headers
        .get(header::UPGRADE)
        .and_then(|v| v.to_str().ok())
        .is_some_and(|v| v.eq_ignore_ascii_case("websocket"));
    match upgrade {
        true => Reply::error(501, "WebSocket events are not modelled by this fake"),
        false => Reply::error(426, "Expected WebSocket upgrade"),
    }
}
