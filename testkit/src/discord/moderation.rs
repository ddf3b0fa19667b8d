//! Bans and the audit log: bans a moderator makes from outside the bot, the ban and audit-log
//! REST routes with Discord's refusals, and the GUILD_MODERATION gateway events both cause.

use std::time::Duration;

use serde_json::Value;

use super::FakeDiscord;
use super::fixtures;
use super::ids::next_snowflake;
use super::model::{Member, permissions};
use super::rest::{Answer, Extras, error, no_content, ok, parse_id};
use super::state::State;
use crate::conformance::Violation;

/// Gateway intent bits (IDENTIFY's `intents`) that decide who receives the events here.
pub mod intents {
    /// GUILD_MEMBER_ADD/UPDATE/REMOVE (privileged).
    pub const GUILD_MEMBERS: u64 = 1 << 1;
    /// GUILD_BAN_ADD, GUILD_BAN_REMOVE and GUILD_AUDIT_LOG_ENTRY_CREATE.
    pub const GUILD_MODERATION: u64 = 1 << 2;
}

/// Audit-log action types (Discord's "Audit Log Events").
pub mod audit_action {
    pub const MEMBER_BAN_ADD: u64 = 22;
    pub const MEMBER_BAN_REMOVE: u64 = 23;
}

/// When a moderator's GUILD_AUDIT_LOG_ENTRY_CREATE reaches the bot, relative to the
/// GUILD_BAN_ADD/REMOVE of the same action: Discord promises no order, and the entry event is
/// only sent to bots allowed to view the audit log. The entry is in the audit log either way.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum AuditEvent {
    AfterBanEvent,
    BeforeBanEvent,
    NotSent,
}

/// A ban as the fake keeps it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct FakeBan {
    pub user_id: u64,
    pub reason: Option<String>,
}

#[derive(Default)]
pub(crate) struct Moderation {
    bans: Vec<BanRec>,
    /// Oldest first.
    audit_log: Vec<AuditRec>,
}

struct BanRec {
    guild_id: u64,
    user: Value,
    ban: FakeBan,
}

struct AuditRec {
    guild_id: u64,
    id: u64,
    action: u64,
    executor: u64,
    entry: Value,
    /// The executor's and the target's user objects (the audit log's `users`).
    users: [Value; 2],
}

/// A ban or an unban about to happen: who, by whom, why.
struct Action {
    guild_id: u64,
    target: Value,
    executor: Value,
    reason: Option<String>,
}

fn id_of(user: &Value) -> u64 {
    user["id"]
        .as_str()
        .and_then(|i| i.parse().ok())
        .unwrap_or_default()
}

impl FakeDiscord {
    /// `moderator` bans `user_id` in Discord's own interface, not through the bot: the ban is
    /// recorded with `reason`, a member is removed (GUILD_MEMBER_REMOVE), and the bot gets
    /// GUILD_BAN_ADD and, as `audit` says, GUILD_AUDIT_LOG_ENTRY_CREATE (only if it may view
    /// the audit log). Sessions without the GUILD_MODERATION intent get neither, as on
    /// Discord. Returns the audit-log entry id. Panics if the user is already banned.
    pub fn ban_as_moderator(
        &self,
        guild_id: u64,
        moderator: &Member,
        user_id: u64,
        reason: Option<&str>,
        audit: AuditEvent,
    ) -> u64 {
        self.inner
            .update(|s| s.moderator_ban(guild_id, moderator, user_id, reason, audit))
    }

    /// Like [`Self::ban_as_moderator`], lifting the ban (GUILD_BAN_REMOVE, action type 23).
    /// Panics if the user is not banned.
    pub fn unban_as_moderator(
        &self,
        guild_id: u64,
        moderator: &Member,
        user_id: u64,
        reason: Option<&str>,
        audit: AuditEvent,
    ) -> u64 {
        self.inner
            .update(|s| s.moderator_unban(guild_id, moderator, user_id, reason, audit))
    }

    /// The guild's bans, oldest first.
    pub fn bans(&self, guild_id: u64) -> Vec<FakeBan> {
        self.inner.lock().moderation.bans(guild_id)
    }

    /// The guild's audit-log entries, newest first (as Discord lists them).
    pub fn audit_log(&self, guild_id: u64) -> Vec<Value> {
        self.inner.lock().moderation.entries(guild_id)
    }

    /// Waits until `user_id` is banned in the guild (by anyone); returns the ban.
    pub async fn wait_banned(&self, guild_id: u64, user_id: u64, timeout: Duration) -> FakeBan {
        self.inner
            .wait_for(
                timeout,
                &format!("user {user_id} to be banned in guild {guild_id}"),
                |s| {
                    s.moderation
                        .bans(guild_id)
                        .into_iter()
                        .find(|b| b.user_id == user_id)
                },
            )
            .await
    }
}

impl Moderation {
    pub(crate) fn bans(&self, guild_id: u64) -> Vec<FakeBan> {
        self.bans
            .iter()
            .filter(|b| b.guild_id == guild_id)
            .map(|b| b.ban.clone())
            .collect()
    }

    /// The guild's audit-log entries, newest first, as `GET .../audit-logs` lists them.
    pub(crate) fn entries(&self, guild_id: u64) -> Vec<Value> {
        self.audit_log
            .iter()
            .rev()
            .filter(|e| e.guild_id == guild_id)
            .map(|e| e.entry.clone())
            .collect()
    }

    fn find(&self, guild_id: u64, user_id: u64) -> Option<usize> {
        self.bans
            .iter()
            .position(|b| b.guild_id == guild_id && b.ban.user_id == user_id)
    }
}

impl State {
    /// A user object for `user_id`: the member's, the bot's, or a generic one for a user who
    /// is not in the guild (Discord lets a guild ban any account).
    fn user_object(&self, guild_id: u64, user_id: u64) -> Value {
        if user_id == self.bot_user_id {
            return self.bot_user.clone();
        }
        self.guild(guild_id)
            .and_then(|g| g.find_member(user_id))
            .map_or_else(
                || fixtures::user(user_id, &format!("user{user_id}"), None, false),
                fixtures::member_user,
            )
    }

    fn bot_may_view_audit_log(&self, guild_id: u64) -> bool {
        self.guild(guild_id)
            .is_some_and(|g| g.bot_guild_permissions() & permissions::VIEW_AUDIT_LOG != 0)
    }

    /// Records the ban, removes the member, writes the audit-log entry and queues the events
    /// in the order asked. Returns the audit-log entry id.
    fn ban(&mut self, action: Action, audit: AuditEvent) -> u64 {
        let user_id = id_of(&action.target);
        let guild_id = action.guild_id;
        if let Some(g) = self.guild_mut(guild_id)
            && g.find_member(user_id).is_some()
        {
            g.members.retain(|m| m.user_id != user_id);
            let removed = fixtures::guild_user_event(guild_id, &action.target);
            self.dispatch_for_intent("GUILD_MEMBER_REMOVE", removed, intents::GUILD_MEMBERS);
        }
        self.moderation.bans.push(BanRec {
            guild_id,
            user: action.target.clone(),
            ban: FakeBan {
                user_id,
                reason: action.reason.clone(),
            },
        });
        self.record(action, audit_action::MEMBER_BAN_ADD, "GUILD_BAN_ADD", audit)
    }

    fn unban(&mut self, action: Action, audit: AuditEvent) -> u64 {
        let user_id = id_of(&action.target);
        if let Some(i) = self.moderation.find(action.guild_id, user_id) {
            self.moderation.bans.remove(i);
        }
        self.record(
            action,
            audit_action::MEMBER_BAN_REMOVE,
            "GUILD_BAN_REMOVE",
            audit,
        )
    }

    /// Writes the audit-log entry of a ban or unban and queues its events.
    fn record(&mut self, action: Action, kind: u64, event: &str, audit: AuditEvent) -> u64 {
        let id = next_snowflake();
        let executor = id_of(&action.executor);
        let entry = fixtures::audit_log_entry(
            id,
            kind,
            executor,
            id_of(&action.target),
            action.reason.as_deref(),
        );
        let ban_event = fixtures::guild_user_event(action.guild_id, &action.target);
        let entry_event = fixtures::audit_log_entry_create(action.guild_id, &entry);
        let entry_sent =
            audit != AuditEvent::NotSent && self.bot_may_view_audit_log(action.guild_id);
        let entry_first = audit == AuditEvent::BeforeBanEvent;
        let moderation = intents::GUILD_MODERATION;
        if entry_sent && entry_first {
            self.dispatch_for_intent(
                "GUILD_AUDIT_LOG_ENTRY_CREATE",
                entry_event.clone(),
                moderation,
            );
        }
        self.dispatch_for_intent(event, ban_event, moderation);
        if entry_sent && !entry_first {
            self.dispatch_for_intent("GUILD_AUDIT_LOG_ENTRY_CREATE", entry_event, moderation);
        }
        self.moderation.audit_log.push(AuditRec {
            guild_id: action.guild_id,
            id,
            action: kind,
            executor,
            entry,
            users: [action.executor, action.target],
        });
        id
    }

    // ----- driver -------------------------------------------------------------------------

    /// A moderator bans `user_id` in Discord's own interface (the bot is not involved).
    pub(crate) fn moderator_ban(
        &mut self,
        guild_id: u64,
        moderator: &Member,
        user_id: u64,
        reason: Option<&str>,
        audit: AuditEvent,
    ) -> u64 {
        let action = self.moderator_action(guild_id, moderator, user_id, reason);
        if self.moderation.find(guild_id, user_id).is_some() {
            panic!("fake discord: user {user_id} is already banned in guild {guild_id}");
        }
        self.ban(action, audit)
    }

    pub(crate) fn moderator_unban(
        &mut self,
        guild_id: u64,
        moderator: &Member,
        user_id: u64,
        reason: Option<&str>,
        audit: AuditEvent,
    ) -> u64 {
        let action = self.moderator_action(guild_id, moderator, user_id, reason);
        if self.moderation.find(guild_id, user_id).is_none() {
            panic!("fake discord: user {user_id} is not banned in guild {guild_id}");
        }
        self.unban(action, audit)
    }

    fn moderator_action(
        &mut self,
        guild_id: u64,
        moderator: &Member,
        user_id: u64,
        reason: Option<&str>,
    ) -> Action {
        let g = self
            .guild_mut(guild_id)
            .unwrap_or_else(|| panic!("fake discord: guild {guild_id} was not added"));
        if g.find_member(moderator.user_id).is_none() {
            g.members.push(moderator.clone());
        }
        let target = self
            .moderation
            .find(guild_id, user_id)
            .map(|i| self.moderation.bans[i].user.clone())
            .unwrap_or_else(|| self.user_object(guild_id, user_id));
        Action {
            guild_id,
            target,
            executor: fixtures::member_user(moderator),
            reason: reason.map(str::to_string),
        }
    }

    // ----- REST ---------------------------------------------------------------------------

    /// `PUT`, `DELETE` and `GET /guilds/{guild}/bans/{user}`.
    pub(super) fn ban_route(
        &mut self,
        method: &str,
        path: &str,
        guild: &str,
        user: &str,
        extras: &Extras,
    ) -> Answer {
        let Some(g) = parse_id(guild).and_then(|id| self.guild(id)) else {
            return error(404, 10004, "Unknown Guild");
        };
        let guild_id = g.id;
        let Some(user_id) = parse_id(user) else {
            return error(404, 10013, "Unknown User");
        };
        if g.bot_guild_permissions() & permissions::BAN_MEMBERS == 0 {
            return error(403, 50013, "Missing Permissions");
        }
        let banned = self.moderation.find(guild_id, user_id);
        match (method, banned) {
            ("GET", Some(i)) => {
                let b = &self.moderation.bans[i];
                ok(fixtures::ban(&b.user, b.ban.reason.as_deref()))
            }
            ("GET" | "DELETE", None) => error(404, 10026, "Unknown Ban"),
            ("DELETE", Some(_)) => {
                let action = self.bot_action(guild_id, user_id, extras);
                self.unban(action, AuditEvent::AfterBanEvent);
                no_content()
            }
            ("PUT", _) => self.bot_ban(method, path, guild_id, user_id, banned, extras),
            _ => error(405, 0, "405: Method Not Allowed"),
        }
    }

    /// Checks the bot's `PUT .../bans/{user}` as Discord does, then bans.
    fn bot_ban(
        &mut self,
        method: &str,
        path: &str,
        guild_id: u64,
        user_id: u64,
        banned: Option<usize>,
        extras: &Extras,
    ) -> Answer {
        let mut found = Vec::new();
        let seconds = query_param(extras, "delete_message_seconds");
        if let Some(s) = seconds.filter(|s| s.parse::<u32>().map_or(true, |s| s > 604_800)) {
            found.push((
                "?delete_message_seconds".to_string(),
                format!("{s} is not 0 to 604800"),
            ));
        }
        if let Some(reason) = &extras.audit_reason {
            let len = reason.chars().count();
            if !(1..=512).contains(&len) {
                found.push((
                    "X-Audit-Log-Reason".to_string(),
                    format!("length {len}, not 1 to 512"),
                ));
            }
        }
        if !found.is_empty() {
            return self.reject_found(method, path, found);
        }
        let Some(g) = self.guild(guild_id) else {
            return error(404, 10004, "Unknown Guild");
        };
        let outranks = g
            .find_member(user_id)
            .is_some_and(|m| g.highest_position(&m.roles) >= g.highest_position(&[g.bot_role_id]));
        if user_id == g.owner_id || outranks {
            return error(403, 50013, "Missing Permissions");
        }
        // Banning a banned user again changes nothing and is not an error.
        if banned.is_none() {
            let action = self.bot_action(guild_id, user_id, extras);
            self.ban(action, AuditEvent::AfterBanEvent);
        }
        no_content()
    }

    fn bot_action(&self, guild_id: u64, user_id: u64, extras: &Extras) -> Action {
        let target = self
            .moderation
            .find(guild_id, user_id)
            .map(|i| self.moderation.bans[i].user.clone())
            .unwrap_or_else(|| self.user_object(guild_id, user_id));
        Action {
            guild_id,
            target,
            executor: self.bot_user.clone(),
            reason: extras.audit_reason.clone(),
        }
    }

    /// `GET /guilds/{guild}/audit-logs` with the `action_type`, `user_id` (who acted), `before`
    /// and `limit` (1 to 100, default 50) filters; needs VIEW_AUDIT_LOG.
    pub(super) fn audit_log_route(&mut self, path: &str, guild: &str, extras: &Extras) -> Answer {
        let Some(g) = parse_id(guild).and_then(|id| self.guild(id)) else {
            return error(404, 10004, "Unknown Guild");
        };
        if g.bot_guild_permissions() & permissions::VIEW_AUDIT_LOG == 0 {
            return error(403, 50013, "Missing Permissions");
        }
        let guild_id = g.id;
        let number = |key: &str| query_param(extras, key).map(|v| v.parse::<u64>().ok());
        let limit = number("limit")
            .unwrap_or(Some(50))
            .filter(|l| (1..=100).contains(l));
        let Some(limit) = limit else {
            return self.reject(vec![Violation {
                method: "GET".into(),
                path: path.into(),
                pointer: "?limit".into(),
                message: "must be 1 to 100".into(),
            }]);
        };
        let (action, user, before) = (number("action_type"), number("user_id"), number("before"));
        let matches =
            |wanted: Option<Option<u64>>, have: u64| wanted.is_none_or(|w| w == Some(have));
        let entries: Vec<&AuditRec> = self
            .moderation
            .audit_log
            .iter()
            .rev()
            .filter(|e| e.guild_id == guild_id)
            .filter(|e| matches(action, e.action) && matches(user, e.executor))
            .filter(|e| before.flatten().is_none_or(|b| e.id < b))
            .take(limit as usize)
            .collect();
        let mut users: Vec<Value> = Vec::new();
        for u in entries.iter().flat_map(|e| &e.users) {
            if !users.iter().any(|seen| seen["id"] == u["id"]) {
                users.push(u.clone());
            }
        }
        let entries: Vec<Value> = entries.iter().map(|e| e.entry.clone()).collect();
        ok(fixtures::audit_logs(&entries, &users))
    }
}

/// A query parameter's value, as sent.
fn query_param(extras: &Extras, key: &str) -> Option<String> {
    let query = extras.query.as_deref()?;
    form_urlencoded::parse(query.as_bytes())
        .find(|(k, _)| k == key)
        .map(|(_, v)| v.into_owned())
}
