//! The test side: members running commands, clicking buttons, filling modals, and what they see.

use std::sync::Arc;
use std::time::Duration;

use serde_json::{Map, Value, json};

use super::DEFAULT_TIMEOUT;
use super::attachments::Files;
use super::fixtures::{self, EPHEMERAL, InteractionBase};
use super::ids::{interaction_token, next_snowflake};
use super::model::{Choice, FakeChannel, FakeGuild, Member};
use super::state::{Inner, InteractionRec, State};

// ----- creating interactions ----------------------------------------------------------------

/// Where and by whom an interaction is made.
struct Origin<'a> {
    guild_id: u64,
    channel_id: Option<u64>,
    member: &'a Member,
    kind: u8,
    name: String,
    parent: Option<u64>,
    source_message: Option<u64>,
}

/// Registers a new interaction and returns the common part of its payload.
fn new_interaction(s: &mut State, o: Origin<'_>) -> InteractionBase {
    let guild = s.guild(o.guild_id).unwrap_or_else(|| {
        panic!(
            "fake discord: guild {} was not added (call add_guild first)",
            o.guild_id
        )
    });
    let channel = match o.channel_id {
        Some(id) => guild
            .find_channel(id)
            .unwrap_or_else(|| panic!("fake discord: channel {id} is not in guild {}", o.guild_id)),
        None => guild
            .default_channel()
            .unwrap_or_else(|| panic!("fake discord: guild {} has no text channel", o.guild_id)),
    };
    let id = next_snowflake();
    let base = InteractionBase {
        id,
        application_id: s.app_id,
        token: interaction_token(id),
        guild_id: guild.id,
        guild_locale: guild.locale.clone(),
        channel: fixtures::interaction_channel(channel, guild.id, o.member.permissions),
        member: o.member.clone(),
        app_permissions: guild.bot_permissions_in(channel),
        locale: o.member.locale.clone(),
    };
    let channel_id = channel.id;
    // Whoever uses a command is a member of the guild from then on (REST lookups find them).
    if let Some(g) = s.guild_mut(o.guild_id)
        && g.find_member(o.member.user_id).is_none()
    {
        g.members.push(o.member.clone());
    }
    s.tokens.insert(base.token.clone(), id);
    s.interactions.insert(
        id,
        InteractionRec {
            id,
            token: base.token.clone(),
            kind: o.kind,
            created: tokio::time::Instant::now(),
            guild_id: o.guild_id,
            channel_id,
            member: o.member.clone(),
            name: o.name,
            parent: o.parent,
            source_message: o.source_message,
            callbacks: Vec::new(),
            answered_at: None,
            original: None,
            deferred: false,
            edits: 0,
            followups: Vec::new(),
        },
    );
    base
}

fn handle(inner: &Arc<Inner>, base: &InteractionBase, payload: Value) -> Interaction {
    Interaction {
        inner: Arc::clone(inner),
        id: base.id,
        token: base.token.clone(),
        payload,
    }
}

pub(crate) fn command(
    inner: &Arc<Inner>,
    guild_id: u64,
    channel_id: Option<u64>,
    member: &Member,
    path: &str,
    options: &Value,
) -> Interaction {
    inner.update(|s| {
        let (data, name) = command_data(s, guild_id, member, path, options, None);
        let base = new_interaction(
            s,
            Origin {
                guild_id,
                channel_id,
                member,
                kind: 2,
                name,
                parent: None,
                source_message: None,
            },
        );
        let payload = fixtures::interaction_command(&base, data);
        s.dispatch("INTERACTION_CREATE", payload.clone());
        handle(inner, &base, payload)
    })
}

/// A command exactly as given, unchecked against the registered tree: what a Discord client
/// with an outdated command list sends after the bot changed its commands.
pub(crate) fn stale_command(
    inner: &Arc<Inner>,
    guild_id: u64,
    member: &Member,
    name: &str,
    options: Value,
) -> Interaction {
    inner.update(|s| {
        let data = fixtures::command_data(next_snowflake(), name, None, options, None);
        let base = new_interaction(
            s,
            Origin {
                guild_id,
                channel_id: None,
                member,
                kind: 2,
                name: name.to_string(),
                parent: None,
                source_message: None,
            },
        );
        let payload = fixtures::interaction_command(&base, data);
        s.dispatch("INTERACTION_CREATE", payload.clone());
        handle(inner, &base, payload)
    })
}

pub(crate) async fn autocomplete(
    inner: &Arc<Inner>,
    guild_id: u64,
    member: &Member,
    path: &str,
    focused: &str,
    partial: &str,
    others: &Value,
) -> Vec<Choice> {
    let interaction = inner.update(|s| {
        let (data, name) =
            command_data(s, guild_id, member, path, others, Some((focused, partial)));
        let base = new_interaction(
            s,
            Origin {
                guild_id,
                channel_id: None,
                member,
                kind: 4,
                name,
                parent: None,
                source_message: None,
            },
        );
        let payload = fixtures::autocomplete(&base, data);
        s.dispatch("INTERACTION_CREATE", payload.clone());
        handle(inner, &base, payload)
    });
    let reply = interaction.reply(DEFAULT_TIMEOUT).await;
    assert_eq!(
        reply.kind(),
        8,
        "fake discord: /{path} autocomplete was answered with callback type {}, not 8",
        reply.kind()
    );
    reply.choices()
}

/// Builds a command's `data` from the registered tree; returns it and the command name.
fn command_data(
    s: &State,
    guild_id: u64,
    member: &Member,
    path: &str,
    given: &Value,
    focused: Option<(&str, &str)>,
) -> (Value, String) {
    let words: Vec<&str> = path.split_whitespace().collect();
    let Some((&name, rest)) = words.split_first() else {
        panic!("fake discord: empty command path")
    };
    let (cmd, scope) = find_command(s, guild_id, name);
    let guild = s
        .guild(guild_id)
        .unwrap_or_else(|| panic!("fake discord: guild {guild_id} was not added"));
    let given = match given {
        Value::Object(m) => m.clone(),
        Value::Null => Map::new(),
        other => panic!("fake discord: options for /{path} must be a JSON object, got {other}"),
    };
    let mut b = OptionBuilder {
        guild,
        files: &s.files,
        invoker: member,
        path,
        focused,
        resolved: Map::new(),
    };
    let options = b.level(&cmd, rest, &given);
    let resolved = (!b.resolved.is_empty()).then_some(Value::Object(b.resolved));
    let id = cmd["id"]
        .as_str()
        .and_then(|i| i.parse().ok())
        .unwrap_or_default();
    (
        fixtures::command_data(id, name, scope, Value::Array(options), resolved),
        name.to_string(),
    )
}

fn find_command(s: &State, guild_id: u64, name: &str) -> (Value, Option<u64>) {
    let scopes = [Some(guild_id), None];
    let found = scopes.iter().find_map(|scope| {
        s.commands
            .get(scope)?
            .iter()
            .find(|c| c["name"] == name && c["type"].as_u64().unwrap_or(1) == 1)
            .map(|c| (c.clone(), *scope))
    });
    found.unwrap_or_else(|| {
        let known: Vec<String> = scopes
            .iter()
            .filter_map(|scope| s.commands.get(scope))
            .flatten()
            .filter_map(|c| c["name"].as_str().map(|n| format!("/{n}")))
            .collect();
        if known.is_empty() {
            panic!("fake discord: /{name}: the bot has not registered any commands yet (call wait_commands_registered first)\n{}", s.report());
        }
        panic!("fake discord: /{name} is not registered for guild {guild_id}; registered: {}", known.join(", "));
    })
}

struct OptionBuilder<'a> {
    guild: &'a FakeGuild,
    files: &'a Files,
    invoker: &'a Member,
    path: &'a str,
    focused: Option<(&'a str, &'a str)>,
    resolved: Map<String, Value>,
}

fn names(options: &[Value]) -> String {
    let n: Vec<String> = options
        .iter()
        .filter_map(|o| o["name"].as_str().map(str::to_string))
        .collect();
    if n.is_empty() {
        "none".into()
    } else {
        n.join(", ")
    }
}

impl OptionBuilder<'_> {
    /// The options at one level: the subcommand (group) named next in the path, or the values.
    fn level(&mut self, node: &Value, rest: &[&str], given: &Map<String, Value>) -> Vec<Value> {
        let declared: &[Value] = node["options"].as_array().map_or(&[], Vec::as_slice);
        let path = self.path;
        if let Some((&sub, rest)) = rest.split_first() {
            let Some(opt) = declared
                .iter()
                .find(|o| o["name"] == sub && matches!(o["type"].as_u64(), Some(1 | 2)))
            else {
                panic!(
                    "fake discord: /{path}: `{sub}` is not a registered subcommand here; registered: {}",
                    names(declared)
                );
            };
            let inner = self.level(opt, rest, given);
            return vec![json!({"name": sub, "type": opt["type"], "options": inner})];
        }
        if declared
            .iter()
            .any(|o| matches!(o["type"].as_u64(), Some(1 | 2)))
        {
            panic!(
                "fake discord: /{path} needs a subcommand; registered: {}",
                names(declared)
            );
        }
        let mut known: Vec<&str> = given.keys().map(String::as_str).collect();
        known.extend(self.focused.map(|f| f.0));
        for key in known {
            if !declared.iter().any(|o| o["name"] == key) {
                panic!(
                    "fake discord: /{path} has no option `{key}`; registered: {}",
                    names(declared)
                );
            }
        }
        let mut out = Vec::new();
        for decl in declared {
            let name = decl["name"].as_str().unwrap_or_default();
            if let Some((_, partial)) = self.focused.filter(|f| f.0 == name) {
                // While typing, Discord sends the raw text whatever the option's type.
                out.push(
                    json!({"name": name, "type": decl["type"], "value": partial, "focused": true}),
                );
            } else if let Some(v) = given.get(name) {
                let value = self.convert(decl, v);
                out.push(json!({"name": name, "type": decl["type"], "value": value}));
            } else if decl["required"].as_bool() == Some(true) && self.focused.is_none() {
                panic!(
                    "fake discord: /{path}: required option `{name}` is missing (Discord's client would not send this)"
                );
            }
        }
        out
    }

    fn convert(&mut self, decl: &Value, v: &Value) -> Value {
        let name = decl["name"].as_str().unwrap_or_default();
        let path = self.path;
        let bad = |what: &str| -> ! {
            panic!("fake discord: /{path}: option `{name}` is {what}, got {v}")
        };
        let value = match decl["type"].as_u64() {
            Some(3) => json!(match v {
                Value::String(s) => s.clone(),
                Value::Number(n) => n.to_string(),
                _ => bad("a string"),
            }),
            Some(4) => json!(match v {
                Value::Number(n) => n.as_i64().unwrap_or_else(|| bad("an integer")),
                Value::String(s) => s
                    .trim()
                    .parse::<i64>()
                    .unwrap_or_else(|_| bad("an integer")),
                _ => bad("an integer"),
            }),
            Some(10) => json!(match v {
                Value::Number(n) => n.as_f64().unwrap_or_else(|| bad("a number")),
                Value::String(s) => s.trim().parse::<f64>().unwrap_or_else(|_| bad("a number")),
                _ => bad("a number"),
            }),
            Some(5) => json!(match v {
                Value::Bool(b) => *b,
                Value::String(s) if s == "true" || s == "false" => s == "true",
                _ => bad("a boolean"),
            }),
            Some(kind @ 6..=9) => {
                let id = match v {
                    Value::String(s) => s
                        .trim()
                        .trim_start_matches("<@")
                        .trim_start_matches(['!', '&', '#'])
                        .trim_end_matches('>')
                        .parse::<u64>()
                        .ok(),
                    Value::Number(n) => n.as_u64(),
                    _ => None,
                }
                .unwrap_or_else(|| bad("an id"));
                self.resolve(kind, id);
                json!(id.to_string())
            }
            Some(11) => {
                let id = match v {
                    Value::String(s) => s.parse::<u64>().ok(),
                    Value::Number(n) => n.as_u64(),
                    _ => None,
                };
                let Some((id, attachment)) = id.and_then(|id| Some((id, self.files.json(id)?)))
                else {
                    bad("the id of a file made with FakeDiscord::attachment")
                };
                let mut attachments = self.resolved.remove("attachments").unwrap_or(json!({}));
                attachments[id.to_string()] = attachment.clone();
                self.resolved.insert("attachments".into(), attachments);
                json!(id.to_string())
            }
            other => panic!("fake discord: /{path}: option `{name}` has unknown type {other:?}"),
        };
        self.check_declared_limits(decl, &value);
        value
    }

    /// Discord's client only sends declared choices and values within min/max.
    fn check_declared_limits(&self, decl: &Value, value: &Value) {
        let name = decl["name"].as_str().unwrap_or_default();
        let path = self.path;
        if let Some(choices) = decl["choices"].as_array().filter(|c| !c.is_empty())
            && !choices.iter().any(|c| {
                c["value"] == *value
                    || c["value"]
                        .as_f64()
                        .is_some_and(|f| Some(f) == value.as_f64())
            })
        {
            let allowed: Vec<String> = choices.iter().map(|c| c["value"].to_string()).collect();
            panic!(
                "fake discord: /{path}: option `{name}` must be one of the registered choices [{}], got {value}",
                allowed.join(", ")
            );
        }
        if let Some(n) = value.as_f64() {
            let lo = decl["min_value"].as_f64();
            let hi = decl["max_value"].as_f64();
            if lo.is_some_and(|lo| n < lo) || hi.is_some_and(|hi| n > hi) {
                panic!(
                    "fake discord: /{path}: option `{name}` = {n} is outside the registered range {lo:?}..={hi:?}"
                );
            }
        }
        if let Some(s) = value.as_str().filter(|_| decl["type"] == 3) {
            let len = s.chars().count() as u64;
            let lo = decl["min_length"].as_u64();
            let hi = decl["max_length"].as_u64();
            if lo.is_some_and(|lo| len < lo) || hi.is_some_and(|hi| len > hi) {
                panic!(
                    "fake discord: /{path}: option `{name}` has length {len}, outside the registered {lo:?}..={hi:?}"
                );
            }
        }
    }

    /// Adds the `resolved` entry Discord sends for user, channel, role and mentionable options.
    fn resolve(&mut self, kind: u64, id: u64) {
        let entry = |r: &mut Map<String, Value>, key: &str| -> Map<String, Value> {
            r.remove(key)
                .and_then(|v| v.as_object().cloned())
                .unwrap_or_default()
        };
        let role = self.guild.roles.iter().find(|r| r.id == id);
        match (kind, role) {
            (8, Some(role)) | (9, Some(role)) => {
                let mut roles = entry(&mut self.resolved, "roles");
                roles.insert(id.to_string(), fixtures::role(role));
                self.resolved.insert("roles".into(), Value::Object(roles));
            }
            (8, None) => panic!(
                "fake discord: /{}: role {id} is not in guild {}",
                self.path, self.guild.id
            ),
            (7, _) => {
                let channel = self
                    .guild
                    .find_channel(id)
                    .cloned()
                    .unwrap_or_else(|| FakeChannel::text(id, &format!("channel-{id}")));
                let mut channels = entry(&mut self.resolved, "channels");
                channels.insert(
                    id.to_string(),
                    fixtures::interaction_channel(
                        &channel,
                        self.guild.id,
                        self.invoker.permissions,
                    ),
                );
                self.resolved
                    .insert("channels".into(), Value::Object(channels));
            }
            _ => {
                let member = if id == self.invoker.user_id {
                    self.invoker.clone()
                } else {
                    self.guild
                        .find_member(id)
                        .cloned()
                        .unwrap_or_else(|| Member::new(id, &format!("user{id}")))
                };
                let mut users = entry(&mut self.resolved, "users");
                users.insert(id.to_string(), fixtures::member_user(&member));
                self.resolved.insert("users".into(), Value::Object(users));
                let mut m = fixtures::member(&member, true);
                if let Some(o) = m.as_object_mut() {
                    o.remove("user");
                }
                let mut members = entry(&mut self.resolved, "members");
                members.insert(id.to_string(), m);
                self.resolved
                    .insert("members".into(), Value::Object(members));
            }
        }
    }
}

// ----- the interaction handle ---------------------------------------------------------------

/// An interaction the fake sent the bot; waits on what the bot did with it.
pub struct Interaction {
    inner: Arc<Inner>,
    id: u64,
    token: String,
    payload: Value,
}

impl std::fmt::Debug for Interaction {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Interaction")
            .field("id", &self.id)
            .field("payload", &self.payload)
            .finish()
    }
}

fn rec(s: &State, id: u64) -> &InteractionRec {
    s.interactions
        .get(&id)
        .expect("fake discord: interaction is registered")
}

/// The message ids where this interaction's answer can appear: `@original` and follow-ups, and
/// for a modal submit also the follow-ups sent after it on the interaction that opened the modal
/// (poise answers there).
fn answer_ids(s: &State, id: u64) -> Vec<u64> {
    let r = rec(s, id);
    let mut ids: Vec<u64> = r
        .original
        .into_iter()
        .chain(r.followups.iter().copied())
        .collect();
    if let Some(parent) = r.parent.and_then(|p| s.interactions.get(&p)) {
        ids.extend(parent.followups.iter().copied().filter(|m| *m > id));
    }
    ids.retain(|m| s.messages.get(m).is_some_and(|sm| !sm.deleted));
    ids
}

/// The message the member sees once the bot has answered: see [`Interaction::final_message`].
fn final_message_id(s: &State, id: u64) -> Option<u64> {
    let r = rec(s, id);
    let first = r.callbacks.first()?;
    let t = first["type"].as_u64().unwrap_or(0);
    let followup = || {
        answer_ids(s, id)
            .into_iter()
            .find(|m| Some(*m) != r.original)
    };
    match t {
        4 | 7 => r.original,
        5 => (!r.deferred).then_some(r.original).flatten(),
        6 => {
            if r.edits > 0 {
                r.original
            } else {
                followup()
            }
        }
        9 => panic!(
            "fake discord: /{} answered with a modal (callback type 9); call submit_modal and read the submit's final_message",
            r.name
        ),
        other => panic!(
            "fake discord: /{} answered with callback type {other}, which shows no message",
            r.name
        ),
    }
}

impl Interaction {
    pub fn id(&self) -> u64 {
        self.id
    }

    pub fn token(&self) -> &str {
        &self.token
    }

    /// The INTERACTION_CREATE payload the bot got.
    pub fn payload(&self) -> &Value {
        &self.payload
    }

    /// Expires this interaction's token (webhook calls then get 401 50027).
    pub fn expire_token(&self) {
        self.inner.update(|s| {
            s.expired_tokens.insert(self.token.clone());
        });
    }

    /// Waits for the bot's first callback (the interaction response).
    pub async fn reply(&self, timeout: Duration) -> Reply {
        let body = self
            .inner
            .wait_for(
                timeout,
                &format!("a callback for interaction {}", self.id),
                |s| rec(s, self.id).callbacks.first().cloned(),
            )
            .await;
        Reply { body }
    }

    /// The first message the member sees as this interaction's answer, in its current state:
    /// - callback 4 (message) or 7 (update): that message;
    /// - callback 5 (deferred): `@original` once edited or replaced by the first follow-up;
    /// - callback 6 (deferred update): the component's message once edited, else the first
    ///   follow-up (for a modal submit, also a follow-up sent after it on the command that
    ///   opened the modal).
    ///
    /// Later edits (an amber "retrying" reply turning green) are seen with [`Self::wait_edit`]
    /// or [`Self::wait_message`]. Panics for a modal or autocomplete answer.
    pub async fn final_message(&self, timeout: Duration) -> SeenMessage {
        let id = self
            .inner
            .wait_for(
                timeout,
                &format!("the answer to interaction {}", self.id),
                |s| final_message_id(s, self.id),
            )
            .await;
        SeenMessage::load(&self.inner, id)
    }

    /// Waits until `@original` was edited `n` times in total; returns it.
    pub async fn wait_edit(&self, n: usize, timeout: Duration) -> SeenMessage {
        let id = self
            .inner
            .wait_for(
                timeout,
                &format!("{n} edit(s) of interaction {}'s @original", self.id),
                |s| {
                    let r = rec(s, self.id);
                    (r.edits >= n).then_some(r.original).flatten()
                },
            )
            .await;
        SeenMessage::load(&self.inner, id)
    }

    /// Waits until one of this interaction's messages (original or follow-up) satisfies `pred`.
    pub async fn wait_message(
        &self,
        timeout: Duration,
        what: &str,
        pred: impl Fn(&SeenMessage) -> bool,
    ) -> SeenMessage {
        let inner = Arc::clone(&self.inner);
        self.inner
            .wait_for(timeout, &format!("{what} (interaction {})", self.id), |s| {
                answer_ids(s, self.id)
                    .into_iter()
                    .map(|m| SeenMessage {
                        inner: Arc::clone(&inner),
                        json: s.messages[&m].json.clone(),
                    })
                    .find(|m| pred(m))
            })
            .await
    }

    /// The `@original` message, if there is one.
    pub fn original(&self) -> Option<SeenMessage> {
        let id = rec(&self.inner.lock(), self.id).original?;
        Some(SeenMessage::load(&self.inner, id))
    }

    /// Follow-ups sent with this interaction's token, oldest first, in their current state.
    pub fn followups(&self) -> Vec<SeenMessage> {
        let ids = rec(&self.inner.lock(), self.id).followups.clone();
        seen(&self.inner, &ids)
    }

    /// Waits until at least `n` follow-ups were sent with this token; returns them.
    pub async fn wait_followups(&self, n: usize, timeout: Duration) -> Vec<SeenMessage> {
        let ids = self
            .inner
            .wait_for(
                timeout,
                &format!("{n} follow-up(s) of interaction {}", self.id),
                |s| {
                    let f = &rec(s, self.id).followups;
                    (f.len() >= n).then(|| f.clone())
                },
            )
            .await;
        seen(&self.inner, &ids)
    }

    /// The member submits the modal the bot opened in answer to this interaction, filling
    /// `fields` (input custom_id, value); other inputs are sent empty. Waits for the modal;
    /// panics clearly if the bot answered otherwise, if a field is unknown, or if Discord's
    /// client would refuse the values (required input empty, length outside min/max). The
    /// submit reaches the bot after the member's reaction time ([`super::FakeDiscord::reaction_time`]).
    pub async fn submit_modal(&self, fields: &[(&str, &str)]) -> Interaction {
        let reply = self.reply(DEFAULT_TIMEOUT).await;
        let (name, member, guild_id, channel_id, source, shown_at) = {
            let s = self.inner.lock();
            let r = rec(&s, self.id);
            let shown_at = r.answered_at.unwrap_or_else(tokio::time::Instant::now);
            (
                r.name.clone(),
                r.member.clone(),
                r.guild_id,
                r.channel_id,
                r.source_message,
                shown_at,
            )
        };
        if !reply.is_modal() {
            panic!(
                "fake discord: no modal to submit: the bot answered /{name} with callback type {}: {}",
                reply.kind(),
                reply.body
            );
        }
        let inputs = reply.modal_inputs();
        for (key, _) in fields {
            if !inputs.iter().any(|i| i["custom_id"] == *key) {
                let ids: Vec<String> = inputs.iter().map(|i| i["custom_id"].to_string()).collect();
                panic!(
                    "fake discord: the modal {:?} has no input `{key}`; its inputs: {}",
                    reply.data()["title"],
                    ids.join(", ")
                );
            }
        }
        let mut values: Vec<(String, String)> = Vec::new();
        for input in &inputs {
            let id = input["custom_id"].as_str().unwrap_or_default();
            let value = fields
                .iter()
                .find(|(k, _)| *k == id)
                .map_or("", |(_, v)| *v);
            let len = value.chars().count() as u64;
            let required = input["required"].as_bool().unwrap_or(true);
            let min = input["min_length"].as_u64().unwrap_or(0);
            let max = input["max_length"].as_u64().unwrap_or(4000);
            if (required && value.is_empty()) || (!value.is_empty() && (len < min || len > max)) {
                panic!(
                    "fake discord: Discord would not submit input `{id}` of length {len} (required: {required}, length {min}..={max})"
                );
            }
            values.push((id.to_string(), value.to_string()));
        }
        let custom_id = reply.data()["custom_id"]
            .as_str()
            .unwrap_or_default()
            .to_string();
        let pairs: Vec<(&str, &str)> = values
            .iter()
            .map(|(k, v)| (k.as_str(), v.as_str()))
            .collect();
        let inner = &self.inner;
        inner.update(|s| {
            let message = source
                .and_then(|m| s.messages.get(&m))
                .map(|m| m.json.clone());
            let origin = Origin {
                guild_id,
                channel_id: Some(channel_id),
                member: &member,
                kind: 5,
                name,
                parent: Some(self.id),
                source_message: source,
            };
            let base = new_interaction(s, origin);
            let payload = fixtures::modal_submit(&base, &custom_id, &pairs, message.as_ref());
            s.dispatch_to_collector(payload.clone(), shown_at);
            handle(inner, &base, payload)
        })
    }
}

// ----- what the member sees -----------------------------------------------------------------

/// The bot's first callback for an interaction (its `type` and `data`).
#[derive(Clone, Debug)]
pub struct Reply {
    body: Value,
}

impl Reply {
    /// Callback type: 4 message, 5 deferred, 6 deferred update, 7 update, 8 autocomplete, 9 modal.
    pub fn kind(&self) -> u64 {
        self.body["type"].as_u64().unwrap_or(0)
    }

    /// The whole callback body.
    pub fn body(&self) -> &Value {
        &self.body
    }

    pub fn data(&self) -> &Value {
        &self.body["data"]
    }

    pub fn is_deferred(&self) -> bool {
        matches!(self.kind(), 5 | 6)
    }

    pub fn is_modal(&self) -> bool {
        self.kind() == 9
    }

    pub fn modal_title(&self) -> Option<String> {
        self.data()["title"].as_str().map(str::to_string)
    }

    /// The modal's text inputs, in order (whether in action rows or labels).
    pub fn modal_inputs(&self) -> Vec<Value> {
        let mut out = Vec::new();
        collect_components(self.data(), 4, &mut out);
        out
    }

    /// (custom_id, label) of each modal text input.
    pub fn modal_fields(&self) -> Vec<(String, String)> {
        self.modal_inputs()
            .iter()
            .map(|i| {
                (
                    i["custom_id"].as_str().unwrap_or_default().to_string(),
                    i["label"].as_str().unwrap_or_default().to_string(),
                )
            })
            .collect()
    }

    /// Autocomplete suggestions (callback 8).
    pub fn choices(&self) -> Vec<Choice> {
        self.data()["choices"]
            .as_array()
            .map(|a| {
                a.iter()
                    .map(|c| Choice {
                        name: c["name"].as_str().unwrap_or_default().to_string(),
                        value: c["value"].clone(),
                    })
                    .collect()
            })
            .unwrap_or_default()
    }
}

/// A message as the member sees it (a snapshot; [`SeenMessage::refresh`] re-reads it).
#[derive(Clone)]
pub struct SeenMessage {
    pub(super) inner: Arc<Inner>,
    pub(super) json: Value,
}

impl std::fmt::Debug for SeenMessage {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "SeenMessage({})", self.json)
    }
}

pub(crate) fn seen(inner: &Arc<Inner>, ids: &[u64]) -> Vec<SeenMessage> {
    ids.iter().map(|id| SeenMessage::load(inner, *id)).collect()
}

pub(crate) fn channel_message_ids(s: &State, channel_id: u64) -> Vec<u64> {
    s.message_order
        .iter()
        .copied()
        .filter(|id| {
            let m = &s.messages[id];
            m.channel_id == channel_id
                && !m.deleted
                && m.json["flags"].as_u64().unwrap_or(0) & EPHEMERAL == 0
        })
        .collect()
}

impl SeenMessage {
    fn load(inner: &Arc<Inner>, id: u64) -> Self {
        let json = inner
            .lock()
            .messages
            .get(&id)
            .map(|m| m.json.clone())
            .expect("fake discord: message exists");
        Self {
            inner: Arc::clone(inner),
            json,
        }
    }

    pub fn id(&self) -> u64 {
        self.json["id"]
            .as_str()
            .and_then(|s| s.parse().ok())
            .unwrap_or_default()
    }

    pub fn channel_id(&self) -> u64 {
        self.json["channel_id"]
            .as_str()
            .and_then(|s| s.parse().ok())
            .unwrap_or_default()
    }

    /// The message object as Discord would return it.
    pub fn json(&self) -> &Value {
        &self.json
    }

    /// The message in its current state.
    pub fn refresh(&self) -> SeenMessage {
        SeenMessage::load(&self.inner, self.id())
    }

    pub fn is_edited(&self) -> bool {
        !self.json["edited_timestamp"].is_null()
    }

    /// Ids of users mentioned in the content.
    pub fn mentions(&self) -> Vec<u64> {
        self.json["mentions"]
            .as_array()
            .map(|a| {
                a.iter()
                    .filter_map(|u| u["id"].as_str()?.parse().ok())
                    .collect()
            })
            .unwrap_or_default()
    }

    /// `member` clicks the button `custom_id` on this message (as it is now). Panics if the
    /// message has no such button or it is disabled. The click reaches the bot after the
    /// member's reaction time ([`super::FakeDiscord::reaction_time`]).
    pub fn click(&self, member: &Member, custom_id: &str) -> Interaction {
        let inner = &self.inner;
        let mid = self.id();
        inner.update(|s| {
            let stored = s.messages.get(&mid).expect("fake discord: message exists");
            let current = stored.json.clone();
            let channel_id = stored.channel_id;
            let shown_at = stored.updated_at;
            let mut buttons = Vec::new();
            collect_components(&current, 2, &mut buttons);
            match buttons.iter().find(|b| b["custom_id"] == custom_id) {
                Some(b) if b["disabled"].as_bool() == Some(true) => {
                    panic!("fake discord: button `{custom_id}` is disabled on message {mid}")
                }
                Some(_) => {}
                None => {
                    let ids: Vec<String> = buttons.iter().map(|b| b["custom_id"].to_string()).collect();
                    panic!("fake discord: message {mid} has no button `{custom_id}`; its buttons: [{}]", ids.join(", "));
                }
            }
            let guild_id = s.guild_of_channel(channel_id).map(|g| g.id).unwrap_or_else(|| panic!("fake discord: channel {channel_id} is in no guild"));
            let name = current["interaction_metadata"]["name"].as_str().unwrap_or_default().to_string();
            let origin = Origin { guild_id, channel_id: Some(channel_id), member, kind: 3, name, parent: None, source_message: Some(mid) };
            let base = new_interaction(s, origin);
            let payload = fixtures::component(&base, &current, custom_id, 2);
            s.dispatch_to_collector(payload.clone(), shown_at);
            handle(inner, &base, payload)
        })
    }
}

/// Collects components of `kind` anywhere under `v` (rows, sections, labels, containers).
fn collect_components(v: &Value, kind: u64, out: &mut Vec<Value>) {
    match v {
        Value::Object(map) => {
            // `style` or `custom_id` tells a component from a message, whose `type` is unrelated.
            let component = map.contains_key("custom_id") || map.contains_key("style");
            if component && map.get("type").and_then(Value::as_u64) == Some(kind) {
                out.push(v.clone());
            }
            for key in ["components", "component", "accessory"] {
                if let Some(child) = map.get(key) {
                    collect_components(child, kind, out);
                }
            }
        }
        Value::Array(items) => items.iter().for_each(|i| collect_components(i, kind, out)),
        _ => {}
    }
}

/// Readers shared by [`Reply`] (its `data`) and [`SeenMessage`].
macro_rules! message_readers {
    ($ty:ty, |$s:ident| $msg:expr) => {
        impl $ty {
            fn message_json(&self) -> &Value {
                let $s = self;
                $msg
            }

            /// The text content ("" when none).
            pub fn content(&self) -> &str {
                self.message_json()["content"].as_str().unwrap_or_default()
            }

            pub fn embeds(&self) -> Vec<Value> {
                self.message_json()["embeds"]
                    .as_array()
                    .cloned()
                    .unwrap_or_default()
            }

            /// The first embed's title.
            pub fn embed_title(&self) -> Option<String> {
                self.message_json()["embeds"][0]["title"]
                    .as_str()
                    .map(str::to_string)
            }

            /// Titles, descriptions, field names and values, footers and author names of all
            /// embeds as one lowercase string, for assertions on meaning rather than wording.
            pub fn embed_text(&self) -> String {
                let mut parts: Vec<&str> = Vec::new();
                for e in self.message_json()["embeds"]
                    .as_array()
                    .into_iter()
                    .flatten()
                {
                    parts.extend(
                        [&e["author"]["name"], &e["title"], &e["description"]]
                            .into_iter()
                            .filter_map(Value::as_str),
                    );
                    for f in e["fields"].as_array().into_iter().flatten() {
                        parts.extend(
                            [&f["name"], &f["value"]]
                                .into_iter()
                                .filter_map(Value::as_str),
                        );
                    }
                    parts.extend(e["footer"]["text"].as_str());
                }
                parts.join("\n").to_lowercase()
            }

            /// Content and embed text as one lowercase string.
            pub fn text(&self) -> String {
                format!("{}\n{}", self.content().to_lowercase(), self.embed_text())
            }

            /// The first embed's color.
            pub fn color(&self) -> Option<u32> {
                self.message_json()["embeds"][0]["color"]
                    .as_u64()
                    .map(|c| c as u32)
            }

            pub fn ephemeral(&self) -> bool {
                self.message_json()["flags"]
                    .as_u64()
                    .is_some_and(|f| f & EPHEMERAL != 0)
            }

            /// (custom_id, label, disabled) of every button, in order.
            pub fn buttons(&self) -> Vec<(String, String, bool)> {
                let mut out = Vec::new();
                collect_components(self.message_json(), 2, &mut out);
                out.iter()
                    .map(|b| {
                        let s = |k: &str| b[k].as_str().unwrap_or_default().to_string();
                        (
                            s("custom_id"),
                            s("label"),
                            b["disabled"].as_bool().unwrap_or(false),
                        )
                    })
                    .collect()
            }
        }
    };
}

message_readers!(Reply, |r| &r.body["data"]);
message_readers!(SeenMessage, |m| &m.json);
