//! The people, guilds and failures a test sets up on the fake Discord.

use std::time::Duration;

use serde_json::{Value, json};

use super::ids::next_snowflake;

/// Permission bits as Discord defines them (a few the bot cares about) and the computed sets.
pub mod permissions {
    pub const CREATE_INSTANT_INVITE: u64 = 1 << 0;
    pub const KICK_MEMBERS: u64 = 1 << 1;
    pub const BAN_MEMBERS: u64 = 1 << 2;
    /// The bit itself. A member or bot holding it has every permission; [`super::Member::permissions`]
    /// and [`super::FakeGuild::bot_permissions`] compute that for you.
    pub const ADMINISTRATOR: u64 = 1 << 3;
    pub const MANAGE_CHANNELS: u64 = 1 << 4;
    pub const MANAGE_GUILD: u64 = 1 << 5;
    pub const ADD_REACTIONS: u64 = 1 << 6;
    pub const VIEW_AUDIT_LOG: u64 = 1 << 7;
    pub const VIEW_CHANNEL: u64 = 1 << 10;
    pub const SEND_MESSAGES: u64 = 1 << 11;
    pub const MANAGE_MESSAGES: u64 = 1 << 13;
    pub const EMBED_LINKS: u64 = 1 << 14;
    pub const ATTACH_FILES: u64 = 1 << 15;
    pub const READ_MESSAGE_HISTORY: u64 = 1 << 16;
    pub const MENTION_EVERYONE: u64 = 1 << 17;
    pub const USE_EXTERNAL_EMOJIS: u64 = 1 << 18;
    pub const CHANGE_NICKNAME: u64 = 1 << 26;
    pub const MANAGE_ROLES: u64 = 1 << 28;
    pub const USE_APPLICATION_COMMANDS: u64 = 1 << 31;
    pub const SEND_MESSAGES_IN_THREADS: u64 = 1 << 38;
    pub const MODERATE_MEMBERS: u64 = 1 << 40;
    /// Every permission bit Discord defines today (bits 0 to 52): what an administrator gets.
    pub const ALL: u64 = (1 << 53) - 1;
    /// What a plain member gets from a fresh guild's `@everyone` role.
    pub const DEFAULT_MEMBER: u64 = CREATE_INSTANT_INVITE
        | ADD_REACTIONS
        | VIEW_CHANNEL
        | SEND_MESSAGES
        | EMBED_LINKS
        | ATTACH_FILES
        | READ_MESSAGE_HISTORY
        | USE_EXTERNAL_EMOJIS
        | CHANGE_NICKNAME
        | USE_APPLICATION_COMMANDS
        | SEND_MESSAGES_IN_THREADS;
    /// What a bot invited with the usual scopes gets on top of `@everyone`.
    pub const DEFAULT_BOT: u64 = DEFAULT_MEMBER | MANAGE_MESSAGES;

    /// Discord's rule: the administrator bit implies every permission.
    pub fn computed(bits: u64) -> u64 {
        if bits & ADMINISTRATOR != 0 { ALL } else { bits }
    }
}

/// A guild member who uses the bot, with permissions as Discord computes them for the
/// interaction (`member.permissions` is the full computed bitset, not the roles' raw bits).
#[derive(Clone, Debug, PartialEq)]
pub struct Member {
    pub user_id: u64,
    pub username: String,
    pub global_name: Option<String>,
    pub nick: Option<String>,
    pub roles: Vec<u64>,
    /// Computed permissions sent in interactions.
    pub permissions: u64,
    pub bot: bool,
    /// ISO 8601 join time.
    pub joined_at: String,
    /// The language of the member's Discord client, sent as each interaction's `locale`.
    pub locale: String,
}

impl Member {
    /// A plain member: `@everyone`'s default permissions, no extra roles.
    pub fn new(user_id: u64, username: &str) -> Self {
        Self {
            user_id,
            username: username.to_string(),
            global_name: Some(capitalized(username)),
            nick: None,
            roles: Vec::new(),
            permissions: permissions::DEFAULT_MEMBER,
            bot: false,
            joined_at: "2024-03-01T12:00:00.000000+00:00".to_string(),
            locale: "en-US".to_string(),
        }
    }

    /// The member's Discord language (`de`, `pt-BR`, …).
    pub fn locale(mut self, locale: &str) -> Self {
        self.locale = locale.to_string();
        self
    }

    /// Adds `bits` to the member's default permissions, as a role granting them would;
    /// [`permissions::ADMINISTRATOR`] yields every permission, as Discord computes it.
    pub fn permissions(mut self, bits: u64) -> Self {
        self.permissions = permissions::computed(permissions::DEFAULT_MEMBER | bits);
        self
    }

    /// Sets the computed permissions exactly (e.g. `0` for a member who may do nothing).
    pub fn exact_permissions(mut self, bits: u64) -> Self {
        self.permissions = permissions::computed(bits);
        self
    }

    pub fn roles(mut self, roles: &[u64]) -> Self {
        self.roles = roles.to_vec();
        self
    }

    pub fn nick(mut self, nick: &str) -> Self {
        self.nick = Some(nick.to_string());
        self
    }

    /// The `<@id>` mention of this member.
    pub fn mention(&self) -> String {
        format!("<@{}>", self.user_id)
    }
}

fn capitalized(s: &str) -> String {
    let mut c = s.chars();
    c.next()
        .map_or_else(String::new, |f| f.to_uppercase().chain(c).collect())
}

/// A role in a [`FakeGuild`].
#[derive(Clone, Debug, PartialEq)]
pub struct FakeRole {
    pub id: u64,
    pub name: String,
    pub permissions: u64,
    pub position: u32,
    pub color: u32,
    pub managed: bool,
    /// Set for a bot's managed role.
    pub bot_id: Option<u64>,
}

impl FakeRole {
    pub fn new(id: u64, name: &str, permissions: u64) -> Self {
        Self {
            id,
            name: name.to_string(),
            permissions,
            position: 1,
            color: 0,
            managed: false,
            bot_id: None,
        }
    }

    /// The role's place in the hierarchy (higher is more powerful; `@everyone` is 0). Discord
    /// lets the bot act on a member only when the member's highest role is below the bot's.
    pub fn position(mut self, position: u32) -> Self {
        self.position = position;
        self
    }
}

/// A permission overwrite on a channel: `kind` 0 = role, 1 = member.
#[derive(Clone, Debug, PartialEq)]
pub struct Overwrite {
    pub id: u64,
    pub kind: u8,
    pub allow: u64,
    pub deny: u64,
}

/// A guild channel; text channels by default.
#[derive(Clone, Debug, PartialEq)]
pub struct FakeChannel {
    pub id: u64,
    pub name: String,
    /// Discord channel type: 0 text, 2 voice, 4 category, 5 announcement.
    pub kind: u8,
    pub position: u32,
    pub parent_id: Option<u64>,
    pub topic: Option<String>,
    pub overwrites: Vec<Overwrite>,
    /// Filled by [`Self::deny_bot`]/[`Self::allow_bot`]: overwrites for the bot member, whose
    /// user id is only known once the guild is added to a [`super::FakeDiscord`].
    pub(crate) bot_allow: u64,
    pub(crate) bot_deny: u64,
}

impl FakeChannel {
    pub fn text(id: u64, name: &str) -> Self {
        Self {
            id,
            name: name.to_string(),
            kind: 0,
            position: 0,
            parent_id: None,
            topic: None,
            overwrites: Vec::new(),
            bot_allow: 0,
            bot_deny: 0,
        }
    }

    /// Denies the bot these permissions here (e.g. `SEND_MESSAGES` to make posting fail with
    /// 50013 Missing Permissions).
    pub fn deny_bot(mut self, bits: u64) -> Self {
        self.bot_deny |= bits;
        self
    }

    pub fn allow_bot(mut self, bits: u64) -> Self {
        self.bot_allow |= bits;
        self
    }

    pub fn overwrite(mut self, overwrite: Overwrite) -> Self {
        self.overwrites.push(overwrite);
        self
    }
}

/// A guild the bot is in. [`FakeGuild::new`] gives `@everyone`, a `#general` text channel and a
/// managed bot role; add more with the builder methods.
#[derive(Clone, Debug, PartialEq)]
pub struct FakeGuild {
    pub id: u64,
    pub name: String,
    pub owner_id: u64,
    pub locale: String,
    pub channels: Vec<FakeChannel>,
    /// Includes `@everyone` (id = guild id) and the bot's managed role.
    pub roles: Vec<FakeRole>,
    pub members: Vec<Member>,
    /// The bot's managed role id; its permissions are [`Self::bot_permissions`].
    pub bot_role_id: u64,
}

impl FakeGuild {
    /// The server's preferred locale, sent with `GUILD_CREATE` and in interactions.
    pub fn locale(mut self, locale: &str) -> Self {
        self.locale = locale.to_string();
        self
    }

    pub fn new(id: u64, name: &str) -> Self {
        let bot_role_id = next_snowflake();
        let mut bot_role = FakeRole::new(bot_role_id, "Technified", permissions::DEFAULT_BOT);
        bot_role.managed = true;
        Self {
            id,
            name: name.to_string(),
            owner_id: next_snowflake(),
            locale: "en-US".to_string(),
            channels: vec![FakeChannel::text(next_snowflake(), "general")],
            roles: vec![
                FakeRole::new(id, "@everyone", permissions::DEFAULT_MEMBER).position(0),
                bot_role,
            ],
            members: Vec::new(),
            bot_role_id,
        }
    }

    /// Adds a channel (the first text channel is where commands are used by default).
    pub fn channel(mut self, channel: FakeChannel) -> Self {
        self.channels.push(channel);
        self
    }

    /// Replaces all channels (e.g. to drop the default `#general`).
    pub fn channels(mut self, channels: Vec<FakeChannel>) -> Self {
        self.channels = channels;
        self
    }

    pub fn role(mut self, role: FakeRole) -> Self {
        self.roles.push(role);
        self
    }

    pub fn member(mut self, member: Member) -> Self {
        self.members.push(member);
        self
    }

    pub fn owner(mut self, user_id: u64) -> Self {
        self.owner_id = user_id;
        self
    }

    /// The bot role's permissions (guild-wide, before channel overwrites).
    pub fn bot_permissions(mut self, bits: u64) -> Self {
        let id = self.bot_role_id;
        if let Some(r) = self.roles.iter_mut().find(|r| r.id == id) {
            r.permissions = bits;
        }
        self
    }

    /// The bot role's place in the role hierarchy (default 1): the bot may only ban members
    /// whose highest role is below it.
    pub fn bot_role_position(mut self, position: u32) -> Self {
        let id = self.bot_role_id;
        if let Some(r) = self.roles.iter_mut().find(|r| r.id == id) {
            r.position = position;
        }
        self
    }

    /// The first text channel: where [`super::FakeDiscord::command`] invokes commands.
    pub fn default_channel(&self) -> Option<&FakeChannel> {
        self.channels.iter().find(|c| c.kind == 0)
    }

    pub fn find_channel(&self, id: u64) -> Option<&FakeChannel> {
        self.channels.iter().find(|c| c.id == id)
    }

    pub(crate) fn find_member(&self, user_id: u64) -> Option<&Member> {
        self.members.iter().find(|m| m.user_id == user_id)
    }

    /// The bot's guild-wide permissions (`@everyone` and the bot role, administrator meaning
    /// all): what guild routes such as bans and the audit log check.
    pub fn bot_guild_permissions(&self) -> u64 {
        let base = self
            .roles
            .iter()
            .filter(|r| r.id == self.id || r.id == self.bot_role_id)
            .fold(0, |acc, r| acc | r.permissions);
        permissions::computed(base)
    }

    /// The position of the highest of these roles (0, `@everyone`'s, when none is in the guild).
    pub(crate) fn highest_position(&self, role_ids: &[u64]) -> u32 {
        self.roles
            .iter()
            .filter(|r| role_ids.contains(&r.id))
            .map(|r| r.position)
            .max()
            .unwrap_or(0)
    }

    /// The bot's permissions in `channel`, computed like Discord does (base from `@everyone` and
    /// the bot role, administrator shortcut, then `@everyone`, role and member overwrites).
    pub fn bot_permissions_in(&self, channel: &FakeChannel) -> u64 {
        let base = self.bot_guild_permissions();
        if base & permissions::ADMINISTRATOR != 0 {
            return permissions::ALL;
        }
        let mut perms = base;
        for o in channel
            .overwrites
            .iter()
            .filter(|o| o.kind == 0 && o.id == self.id)
        {
            perms = (perms & !o.deny) | o.allow;
        }
        let (mut allow, mut deny) = (0, 0);
        for o in channel
            .overwrites
            .iter()
            .filter(|o| o.kind == 0 && o.id == self.bot_role_id)
        {
            allow |= o.allow;
            deny |= o.deny;
        }
        perms = (perms & !deny) | allow;
        (perms & !channel.bot_deny) | channel.bot_allow
    }
}

/// A failure the fake answers with instead of serving a request.
#[derive(Clone, Debug, PartialEq)]
pub enum DiscordFault {
    /// HTTP status, Discord error code and message, e.g. `Status(404, 10062, "Unknown interaction")`.
    /// Code 50035 gets an `errors` object like Discord's.
    Status(u16, u32, String),
    /// HTTP status and a raw JSON body.
    Body(u16, Value),
    /// 429 with `Retry-After` and Discord's rate-limit body.
    RateLimited { retry_after: Duration, global: bool },
}

impl DiscordFault {
    /// 400 50035 Invalid Form Body.
    pub fn invalid_form_body() -> Self {
        Self::Status(400, 50035, "Invalid Form Body".into())
    }
    /// 404 10062 Unknown interaction (the 3-second window was missed).
    pub fn unknown_interaction() -> Self {
        Self::Status(404, 10062, "Unknown interaction".into())
    }
    /// 403 50013 Missing Permissions.
    pub fn missing_permissions() -> Self {
        Self::Status(403, 50013, "Missing Permissions".into())
    }
    /// 403 50001 Missing Access.
    pub fn missing_access() -> Self {
        Self::Status(403, 50001, "Missing Access".into())
    }
    /// 404 10015 Unknown Webhook.
    pub fn unknown_webhook() -> Self {
        Self::Status(404, 10015, "Unknown Webhook".into())
    }
    /// 401 50027 Invalid Webhook Token.
    pub fn invalid_webhook_token() -> Self {
        Self::Status(401, 50027, "Invalid Webhook Token".into())
    }
    /// 400 40060 Interaction has already been acknowledged.
    pub fn already_acknowledged() -> Self {
        Self::Status(
            400,
            40060,
            "Interaction has already been acknowledged.".into(),
        )
    }
    /// 500 with Discord's generic body.
    pub fn server_error() -> Self {
        Self::Body(
            500,
            json!({"message": "500: Internal Server Error", "code": 0}),
        )
    }
    pub fn rate_limited(retry_after: Duration) -> Self {
        Self::RateLimited {
            retry_after,
            global: false,
        }
    }

    pub(crate) fn status(&self) -> u16 {
        match self {
            Self::Status(s, _, _) | Self::Body(s, _) => *s,
            Self::RateLimited { .. } => 429,
        }
    }

    pub(crate) fn body(&self) -> Value {
        match self {
            Self::Status(_, 50035, message) => json!({
                "message": message,
                "code": 50035,
                "errors": {"_errors": [{"code": "BASE_TYPE_BAD_REQUEST", "message": "Invalid Form Body"}]}
            }),
            Self::Status(_, code, message) => json!({"message": message, "code": code}),
            Self::Body(_, body) => body.clone(),
            Self::RateLimited {
                retry_after,
                global,
            } => json!({
                "message": "You are being rate limited.",
                "retry_after": retry_after.as_secs_f64(),
                "global": global,
            }),
        }
    }
}

/// One REST call the bot made.
#[derive(Clone, Debug, PartialEq)]
pub struct RecordedRequest {
    pub method: String,
    /// Path as sent, with the `/api/v10` prefix.
    pub path: String,
    pub query: Option<String>,
    /// The JSON body, if any.
    pub body: Option<Value>,
    /// What the fake answered: status and JSON body.
    pub status: u16,
    pub response: Option<Value>,
    /// Time since the fake started.
    pub at: Duration,
}

impl std::fmt::Display for RecordedRequest {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(
            f,
            "{:>7.3}s {} {} -> {}",
            self.at.as_secs_f64(),
            self.method,
            self.path,
            self.status
        )
    }
}

/// An autocomplete suggestion the bot returned.
#[derive(Clone, Debug, PartialEq)]
pub struct Choice {
    pub name: String,
    pub value: Value,
}
