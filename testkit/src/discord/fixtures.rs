//! The JSON payloads the fake Discord sends, as public builders: the fake itself uses exactly
//! these, so a bot-side test that deserializes each into serenity's types keeps them honest.

use serde_json::{Value, json};

use super::ids::{iso_now, iso_timestamp_of_snowflake, next_snowflake};
use super::model::{FakeChannel, FakeGuild, FakeRole, Member, permissions};

/// Discord's default upload limit, sent in every interaction (`attachment_size_limit`).
pub const ATTACHMENT_SIZE_LIMIT: u64 = 10 * 1024 * 1024;
/// Gateway heartbeat interval the fake announces in HELLO, in milliseconds.
pub const HEARTBEAT_INTERVAL_MS: u64 = 41_250;
/// Ephemeral message flag.
pub const EPHEMERAL: u64 = 1 << 6;
/// The "Bot is thinking..." flag of a deferred response.
pub const LOADING: u64 = 1 << 7;

/// A user object.
pub fn user(id: u64, username: &str, global_name: Option<&str>, bot: bool) -> Value {
    let mut u = json!({
        "id": id.to_string(),
        "username": username,
        "discriminator": if bot { "1234" } else { "0" },
        "global_name": global_name,
        "avatar": null,
        "public_flags": 0,
        "flags": 0,
        "banner": null,
        "accent_color": null,
        "avatar_decoration_data": null,
        "collectibles": null,
        "primary_guild": null,
    });
    if bot {
        u["bot"] = json!(true);
    }
    u
}

/// The user object of a member.
pub fn member_user(m: &Member) -> Value {
    user(m.user_id, &m.username, m.global_name.as_deref(), m.bot)
}

/// A guild member object with its user; `permissions` is only present in interactions.
pub fn member(m: &Member, with_permissions: bool) -> Value {
    let mut v = json!({
        "user": member_user(m),
        "nick": m.nick,
        "avatar": null,
        "banner": null,
        "roles": m.roles.iter().map(u64::to_string).collect::<Vec<_>>(),
        "joined_at": m.joined_at,
        "premium_since": null,
        "deaf": false,
        "mute": false,
        "flags": 0,
        "pending": false,
        "communication_disabled_until": null,
        "unusual_dm_activity_until": null,
    });
    if with_permissions {
        v["permissions"] = json!(m.permissions.to_string());
    }
    v
}

/// A role object.
pub fn role(r: &FakeRole) -> Value {
    let mut v = json!({
        "id": r.id.to_string(),
        "name": r.name,
        "color": r.color,
        "colors": {"primary_color": r.color, "secondary_color": null, "tertiary_color": null},
        "hoist": false,
        "icon": null,
        "unicode_emoji": null,
        "position": r.position,
        "permissions": r.permissions.to_string(),
        "managed": r.managed,
        "mentionable": false,
        "flags": 0,
    });
    if let Some(bot_id) = r.bot_id {
        v["tags"] = json!({"bot_id": bot_id.to_string()});
    }
    v
}

/// A guild channel object as REST and GUILD_CREATE carry it, with the bot's overwrites (if the
/// test set any) as a member overwrite for `bot_user_id`.
pub fn channel(c: &FakeChannel, guild_id: u64, bot_user_id: u64) -> Value {
    let mut overwrites: Vec<Value> = c
        .overwrites
        .iter()
        .map(|o| json!({"id": o.id.to_string(), "type": o.kind, "allow": o.allow.to_string(), "deny": o.deny.to_string()}))
        .collect();
    if c.bot_allow != 0 || c.bot_deny != 0 {
        overwrites.push(json!({
            "id": bot_user_id.to_string(), "type": 1,
            "allow": c.bot_allow.to_string(), "deny": c.bot_deny.to_string(),
        }));
    }
    json!({
        "id": c.id.to_string(),
        "type": c.kind,
        "guild_id": guild_id.to_string(),
        "name": c.name,
        "position": c.position,
        "parent_id": c.parent_id.map(|p| p.to_string()),
        "topic": c.topic,
        "nsfw": false,
        "last_message_id": null,
        "rate_limit_per_user": 0,
        "flags": 0,
        "permission_overwrites": overwrites,
    })
}

/// The partial channel an interaction carries, with the invoking member's permissions there.
pub fn interaction_channel(c: &FakeChannel, guild_id: u64, member_permissions: u64) -> Value {
    json!({
        "id": c.id.to_string(),
        "type": c.kind,
        "guild_id": guild_id.to_string(),
        "name": c.name,
        "position": c.position,
        "parent_id": c.parent_id.map(|p| p.to_string()),
        "topic": c.topic,
        "nsfw": false,
        "last_message_id": null,
        "rate_limit_per_user": 0,
        "flags": 0,
        "permissions": member_permissions.to_string(),
    })
}

/// The application object of `GET /oauth2/applications/@me`.
pub fn application(app_id: u64, bot_user: &Value, owner: &Value) -> Value {
    json!({
        "id": app_id.to_string(),
        "name": bot_user["username"],
        "icon": null,
        "description": "Technified for this server",
        "summary": "",
        "type": null,
        "hook": true,
        "bot_public": false,
        "bot_require_code_grant": false,
        "verify_key": "9f8e7d6c5b4a39281706f5e4d3c2b1a09f8e7d6c5b4a39281706f5e4d3c2b1a0",
        "flags": 0,
        "owner": owner,
        "team": null,
        "bot": bot_user,
        "rpc_origins": [],
        "redirect_uris": [],
        "interactions_endpoint_url": null,
        "role_connections_verification_url": null,
        "tags": [],
        "install_params": {"scopes": ["bot", "applications.commands"], "permissions": permissions::DEFAULT_BOT.to_string()},
        "integration_types_config": {"0": {}},
        "approximate_guild_count": 1,
        "is_monetized": false,
    })
}

/// READY's `d`: the bot user, its application and the guilds (unavailable until GUILD_CREATE).
pub fn ready(
    app_id: u64,
    bot_user: &Value,
    guild_ids: &[u64],
    session_id: &str,
    resume_gateway_url: &str,
    shard: [u32; 2],
) -> Value {
    json!({
        "v": 10,
        "user": {
            "verified": true,
            "mfa_enabled": false,
            "email": null,
            "locale": "en-US",
            "premium_type": 0,
            "id": bot_user["id"],
            "username": bot_user["username"],
            "discriminator": bot_user["discriminator"],
            "global_name": bot_user["global_name"],
            "avatar": null,
            "bot": true,
            "flags": 0,
            "public_flags": 0,
        },
        "user_settings": {},
        "guilds": guild_ids.iter().map(|id| json!({"id": id.to_string(), "unavailable": true})).collect::<Vec<_>>(),
        "presences": [],
        "private_channels": [],
        "relationships": [],
        "guild_join_requests": [],
        "geo_ordered_rtc_regions": ["rotterdam", "frankfurt"],
        "session_id": session_id,
        "session_type": "normal",
        "resume_gateway_url": resume_gateway_url,
        "shard": shard,
        "application": {"id": app_id.to_string(), "flags": 0},
        "auth": {},
        "_trace": ["[\"fake-discord\",{\"micros\":1}]"],
    })
}

/// GUILD_DELETE's `d`, an unavailable guild object. Discord sets `unavailable: true` when the
/// guild went down (an outage) and leaves the field out when the bot was removed from it
/// (Discord's gateway docs, "Guild Delete").
pub fn guild_delete(guild_id: u64, outage: bool) -> Value {
    if outage {
        json!({"id": guild_id.to_string(), "unavailable": true})
    } else {
        json!({"id": guild_id.to_string()})
    }
}

/// GUILD_CREATE's `d`: everything serenity's `Guild` needs, with the bot as a member.
pub fn guild_create(g: &FakeGuild, bot_user: &Value) -> Value {
    let bot_id: u64 = bot_user["id"]
        .as_str()
        .and_then(|s| s.parse().ok())
        .unwrap_or_default();
    let mut members: Vec<Value> = g.members.iter().map(|m| member(m, false)).collect();
    let mut bot_member = member(&Member::new(bot_id, "bot").roles(&[g.bot_role_id]), false);
    bot_member["user"] = bot_user.clone();
    members.push(bot_member);
    let roles: Vec<Value> = g
        .roles
        .iter()
        .map(|r| {
            let mut r = r.clone();
            if r.id == g.bot_role_id {
                r.bot_id = Some(bot_id);
            }
            role(&r)
        })
        .collect();
    let mut guild = json!({
        "id": g.id.to_string(),
        "name": g.name,
        "icon": null,
        "icon_hash": null,
        "splash": null,
        "discovery_splash": null,
        "owner_id": g.owner_id.to_string(),
        "afk_channel_id": null,
        "afk_timeout": 300,
        "widget_enabled": false,
        "widget_channel_id": null,
        "verification_level": 1,
        "default_message_notifications": 1,
        "explicit_content_filter": 2,
        "roles": roles,
        "emojis": [],
        "features": [],
        "mfa_level": 0,
        "application_id": null,
        "system_channel_id": g.default_channel().map(|c| c.id.to_string()),
        "system_channel_flags": 0,
        "rules_channel_id": null,
        "max_presences": null,
        "max_members": 500_000,
        "vanity_url_code": null,
        "description": null,
        "banner": null,
        "premium_tier": 0,
        "premium_subscription_count": 0,
        "preferred_locale": g.locale,
        "public_updates_channel_id": null,
        "max_video_channel_users": 25,
        "max_stage_video_channel_users": 50,
        "nsfw_level": 0,
        "stickers": [],
        "premium_progress_bar_enabled": false,
        "safety_alerts_channel_id": null,
        "incidents_data": null,
    });
    // Gateway-only fields (a second literal: one would exceed serde_json's macro recursion).
    let extra = json!({
        "joined_at": iso_timestamp_of_snowflake(g.bot_role_id),
        "large": false,
        "unavailable": false,
        "member_count": members.len(),
        "voice_states": [],
        "members": members,
        "channels": g.channels.iter().map(|c| channel(c, g.id, bot_id)).collect::<Vec<_>>(),
        "threads": [],
        "presences": [],
        "stage_instances": [],
        "guild_scheduled_events": [],
        "soundboard_sounds": [],
        "embedded_activities": [],
        "lazy": true,
        "version": 1,
    });
    if let (Some(obj), Value::Object(extra)) = (guild.as_object_mut(), extra) {
        obj.extend(extra);
    }
    guild
}

/// The guild object of `GET /guilds/{id}` (no gateway-only fields).
pub fn guild(g: &FakeGuild, bot_user: &Value) -> Value {
    let mut v = guild_create(g, bot_user);
    if let Some(obj) = v.as_object_mut() {
        for key in [
            "joined_at",
            "large",
            "unavailable",
            "member_count",
            "voice_states",
            "members",
            "channels",
            "threads",
            "presences",
            "stage_instances",
            "guild_scheduled_events",
            "soundboard_sounds",
            "embedded_activities",
            "lazy",
        ] {
            obj.remove(key);
        }
    }
    v
}

/// A message object as Discord returns it for a body the bot sent (`content`, `embeds`,
/// `components`, `flags`, `tts`). Users mentioned as `<@id>` in the content are listed in
/// `mentions`.
pub fn message(id: u64, channel_id: u64, author: &Value, body: &Value) -> Value {
    let mut m = json!({
        "id": id.to_string(),
        "channel_id": channel_id.to_string(),
        "author": author,
        "content": "",
        "timestamp": iso_timestamp_of_snowflake(id),
        "edited_timestamp": null,
        "tts": body["tts"].as_bool().unwrap_or(false),
        "mention_everyone": false,
        "mentions": [],
        "mention_roles": [],
        "attachments": [],
        "embeds": [],
        "pinned": false,
        "type": 0,
        "flags": 0,
        "components": [],
    });
    apply_edit(&mut m, body);
    m["edited_timestamp"] = Value::Null;
    if body["flags"].as_u64().is_some_and(|f| f & EPHEMERAL != 0) {
        m["flags"] = json!(m["flags"].as_u64().unwrap_or(0) | EPHEMERAL);
    }
    m
}

/// Applies a create or edit body to a stored message the way Discord does: present fields
/// replace, `null` clears, absent fields stay.
pub fn apply_edit(m: &mut Value, body: &Value) {
    if let Some(content) = body.get("content") {
        m["content"] = json!(content.as_str().unwrap_or_default());
        m["mentions"] = Value::Array(mentioned_users(content.as_str().unwrap_or_default()));
    }
    if let Some(embeds) = body.get("embeds") {
        let embeds: Vec<Value> = embeds
            .as_array()
            .map(|a| {
                a.iter()
                    .map(|e| {
                        let mut e = e.clone();
                        if e.get("type").is_none_or(Value::is_null) {
                            e["type"] = json!("rich");
                        }
                        e
                    })
                    .collect()
            })
            .unwrap_or_default();
        m["embeds"] = Value::Array(embeds);
    }
    if let Some(components) = body.get("components") {
        m["components"] = if components.is_null() {
            json!([])
        } else {
            components.clone()
        };
    }
    if let Some(attachments) = body.get("attachments") {
        m["attachments"] = if attachments.is_null() {
            json!([])
        } else {
            attachments.clone()
        };
    }
    if let Some(flags) = body.get("flags").and_then(Value::as_u64) {
        // A sender may only change these (suppress embeds, suppress notifications, components
        // v2); ephemeral is fixed at creation.
        let settable = (1 << 2) | (1 << 12) | (1 << 15);
        let kept = m["flags"].as_u64().unwrap_or(0) & !settable;
        m["flags"] = json!(kept | (flags & settable));
    }
    m["edited_timestamp"] = json!(iso_now());
}

fn mentioned_users(content: &str) -> Vec<Value> {
    let mut out: Vec<Value> = Vec::new();
    for part in content.split("<@").skip(1) {
        let part = part.strip_prefix('!').unwrap_or(part);
        let Some(end) = part.find('>') else { continue };
        if let Ok(id) = part[..end].parse::<u64>() {
            let u = user(id, &format!("user{id}"), None, false);
            if !out.iter().any(|o| o["id"] == u["id"]) {
                out.push(u);
            }
        }
    }
    out
}

/// What every interaction the fake sends has in common.
#[derive(Clone, Debug)]
pub struct InteractionBase {
    pub id: u64,
    pub application_id: u64,
    pub token: String,
    pub guild_id: u64,
    pub guild_locale: String,
    /// The partial channel object ([`interaction_channel`]).
    pub channel: Value,
    pub member: Member,
    /// The bot's computed permissions in the channel.
    pub app_permissions: u64,
    pub locale: String,
}

impl InteractionBase {
    /// A self-consistent example (fresh ids), for fixture tests.
    pub fn sample() -> Self {
        let guild = FakeGuild::new(next_snowflake(), "Sample Guild");
        let channel = guild
            .default_channel()
            .cloned()
            .unwrap_or_else(|| FakeChannel::text(next_snowflake(), "general"));
        let member = Member::new(next_snowflake(), "alice").permissions(permissions::MANAGE_GUILD);
        let id = next_snowflake();
        Self {
            id,
            application_id: next_snowflake(),
            token: super::ids::interaction_token(id),
            guild_id: guild.id,
            guild_locale: guild.locale.clone(),
            channel: interaction_channel(&channel, guild.id, member.permissions),
            app_permissions: guild.bot_permissions_in(&channel),
            member,
            locale: "en-US".into(),
        }
    }
}

/// An interaction of `kind` (2 command, 3 component, 4 autocomplete, 5 modal submit).
pub fn interaction(base: &InteractionBase, kind: u8, data: Value) -> Value {
    json!({
        "id": base.id.to_string(),
        "application_id": base.application_id.to_string(),
        "type": kind,
        "data": data,
        "guild": {"id": base.guild_id.to_string(), "locale": base.guild_locale, "features": []},
        "guild_id": base.guild_id.to_string(),
        "channel": base.channel,
        "channel_id": base.channel["id"],
        "member": member(&base.member, true),
        "token": base.token,
        "version": 1,
        "app_permissions": base.app_permissions.to_string(),
        "locale": base.locale,
        "guild_locale": base.guild_locale,
        "entitlements": [],
        "entitlement_sku_ids": [],
        "authorizing_integration_owners": {"0": base.guild_id.to_string()},
        "context": 0,
        "attachment_size_limit": ATTACHMENT_SIZE_LIMIT,
    })
}

/// The `data` of a chat-input command interaction. `options` as Discord nests them
/// (subcommand group → subcommand → values); `resolved` for user/role/channel options.
pub fn command_data(
    command_id: u64,
    name: &str,
    guild_id: Option<u64>,
    options: Value,
    resolved: Option<Value>,
) -> Value {
    let mut d = json!({"id": command_id.to_string(), "name": name, "type": 1, "options": options});
    if let Some(g) = guild_id {
        d["guild_id"] = json!(g.to_string());
    }
    if let Some(r) = resolved {
        d["resolved"] = r;
    }
    d
}

/// A slash-command interaction (type 2).
pub fn interaction_command(base: &InteractionBase, data: Value) -> Value {
    interaction(base, 2, data)
}

/// An autocomplete interaction (type 4); `data` as for a command, with `focused: true` on the
/// option being typed and its partial value as a string.
pub fn autocomplete(base: &InteractionBase, data: Value) -> Value {
    interaction(base, 4, data)
}

/// A modal submit (type 5) for the modal `custom_id` with `fields` as (input custom_id, value);
/// `message` when the modal was opened from a component on that message.
pub fn modal_submit(
    base: &InteractionBase,
    custom_id: &str,
    fields: &[(&str, &str)],
    message: Option<&Value>,
) -> Value {
    let rows: Vec<Value> = fields
        .iter()
        .map(|(id, value)| json!({"type": 1, "id": 0, "components": [{"type": 4, "id": 0, "custom_id": id, "value": value}]}))
        .collect();
    let mut v = interaction(base, 5, json!({"custom_id": custom_id, "components": rows}));
    if let Some(m) = message {
        v["message"] = m.clone();
    }
    v
}

/// A message component interaction (type 3), e.g. a button click (`component_type` 2).
pub fn component(
    base: &InteractionBase,
    message: &Value,
    custom_id: &str,
    component_type: u8,
) -> Value {
    let mut v = interaction(
        base,
        3,
        json!({"custom_id": custom_id, "component_type": component_type}),
    );
    v["message"] = message.clone();
    v
}

// ----- moderation and files -------------------------------------------------------------------

/// An attachment object: in a message, or (`ephemeral`) in an interaction's
/// `resolved.attachments`.
pub fn attachment(
    id: u64,
    filename: &str,
    content_type: Option<&str>,
    size: u64,
    url: &str,
    ephemeral: bool,
) -> Value {
    let mut a = json!({
        "id": id.to_string(),
        "filename": filename,
        "size": size,
        "url": url,
        "proxy_url": url,
    });
    if let Some(c) = content_type {
        a["content_type"] = json!(c);
    }
    if ephemeral {
        a["ephemeral"] = json!(true);
    }
    a
}

/// The `d` of GUILD_BAN_ADD, GUILD_BAN_REMOVE and GUILD_MEMBER_REMOVE (one shape).
pub fn guild_user_event(guild_id: u64, user: &Value) -> Value {
    json!({"guild_id": guild_id.to_string(), "user": user})
}

/// A ban object (`GET /guilds/{guild}/bans/{user}`).
pub fn ban(user: &Value, reason: Option<&str>) -> Value {
    json!({"user": user, "reason": reason})
}

/// An audit-log entry of a member action (`action_type` 22 ban, 23 unban) by `executor`.
/// Discord leaves `reason` out when none was given; ban entries carry no `changes`.
pub fn audit_log_entry(
    id: u64,
    action_type: u64,
    executor: u64,
    target: u64,
    reason: Option<&str>,
) -> Value {
    let mut e = json!({
        "id": id.to_string(),
        "action_type": action_type,
        "user_id": executor.to_string(),
        "target_id": target.to_string(),
    });
    if let Some(r) = reason {
        e["reason"] = json!(r);
    }
    e
}

/// The `d` of GUILD_AUDIT_LOG_ENTRY_CREATE: the entry plus `guild_id`.
pub fn audit_log_entry_create(guild_id: u64, entry: &Value) -> Value {
    let mut d = entry.clone();
    d["guild_id"] = json!(guild_id.to_string());
    d
}

/// `GET /guilds/{guild}/audit-logs`: the entries and the users they name.
pub fn audit_logs(entries: &[Value], users: &[Value]) -> Value {
    json!({
        "audit_log_entries": entries,
        "users": users,
        "integrations": [],
        "webhooks": [],
        "guild_scheduled_events": [],
        "threads": [],
        "application_commands": [],
        "auto_moderation_rules": [],
    })
}
