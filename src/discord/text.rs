//! Every sentence a Discord user reads, in one place (English for now). Handlers and the error
//! mapping pick a text from here, so a translation by Discord locale only touches this module.
//! Its length is the number of sentences the bot says; it is meant to become one translation
//! file per language, grouped by feature.

/// A title and the sentence under it.
pub struct Notice {
    pub title: String,
    pub body: String,
}

fn notice(title: impl Into<String>, body: impl Into<String>) -> Notice {
    Notice {
        title: title.into(),
        body: body.into(),
    }
}

pub const WHERE_KEYS_ARE: &str =
    "Create one in the Technified dashboard: Settings, API Keys (the full key is shown only once).";

// --- Failures (red) --------------------------------------------------------------------------

pub fn not_connected() -> Notice {
    notice(
        "This server is not connected yet",
        "An admin (Manage Server) runs /setup with this server's Technified API key.",
    )
}

pub fn key_unreadable() -> Notice {
    notice(
        "The saved key cannot be read",
        "The bot's ENCRYPTION_KEY changed since the key was saved. An admin runs /setup again.",
    )
}

pub fn key_rejected() -> Notice {
    notice(
        "The saved API key was rejected",
        format!("It was revoked or is wrong. {WHERE_KEYS_ARE} Then run /setup."),
    )
}

pub fn key_other_guild() -> Notice {
    notice(
        "This key belongs to another server",
        format!("Technified refused it for this server. {WHERE_KEYS_ARE} Then run /setup."),
    )
}

pub fn internal_fault(request_id: &str) -> Notice {
    notice(
        "Something went wrong inside the bot",
        format!(
            "This is a fault of the bot, not yours. Please report it with request ID {request_id}."
        ),
    )
}

pub fn input_rejected(technified_says: &str) -> Notice {
    notice(
        "Technified did not accept that",
        format!("Technified says: {technified_says}. Check the values and try again."),
    )
}

pub fn not_verified() -> Notice {
    notice(
        "Not verified",
        "That user is not verified with Technified in this server.",
    )
}

pub fn no_active_ban() -> Notice {
    notice(
        "No active ban",
        "That user has no active ban, so there is nothing to lift.",
    )
}

pub fn no_active_mute() -> Notice {
    notice(
        "No active mute",
        "That user has no active mute, so there is nothing to lift.",
    )
}

pub fn not_found() -> Notice {
    notice(
        "Not found",
        "That item does not exist (or this server is not set up on Technified yet).",
    )
}

pub fn already_exists() -> Notice {
    notice(
        "Already exists",
        "That already exists on Technified (for example the same binding).",
    )
}

pub fn gave_up(attempts: u32) -> Notice {
    notice(
        "Technified is still having trouble",
        format!("Gave up after {attempts} attempts. Nothing was lost; try again in a few minutes."),
    )
}

pub fn shield_offline() -> Notice {
    notice(
        "Shield is offline",
        "Technified has suspended Shield, so flags cannot be checked right now.",
    )
}

pub fn moderator_not_verified() -> Notice {
    notice(
        "You are not verified",
        "Roblox actions are recorded under the moderator's Roblox account. Verify with Technified in this server, then try again.",
    )
}

pub fn invalid_input(what: &str) -> Notice {
    notice("Please check your input", what)
}

pub fn missing_permission(permission: &str) -> Notice {
    notice(
        "You cannot use this",
        format!("It needs the {permission} permission in this server."),
    )
}

pub fn guild_only() -> Notice {
    notice(
        "Servers only",
        "This command works inside a server, not in direct messages.",
    )
}

pub fn option_unreadable() -> Notice {
    notice(
        "Please check your input",
        "One of the options could not be read (for example a channel or user the bot cannot see). Pick it again from Discord's list.",
    )
}

pub fn command_outdated() -> Notice {
    notice(
        "This command has changed",
        "Discord showed you an older version of this command. Wait a minute (or restart Discord) and run it again.",
    )
}

pub fn permissions_unknown() -> Notice {
    notice(
        "Your permissions could not be checked",
        "Discord did not say what you may do here. Try again in a moment.",
    )
}

pub fn not_here() -> Notice {
    notice(
        "You cannot use this here",
        "This command is not available to you in this place. /help lists what you can use.",
    )
}

pub fn cooldown(again_unix: i64) -> Notice {
    notice(
        "Slow down",
        format!("You can run this command again <t:{again_unix}:R>."),
    )
}

pub const THIS_CHANNEL: &str = "this channel";

pub fn discord_refused(what: &str) -> Notice {
    notice("Discord refused that", what)
}

pub fn bot_missing_permission(permission: &str, place: &str) -> Notice {
    notice(
        "The bot lacks a permission",
        format!("Give the bot the {permission} permission in {place}, then try again."),
    )
}

pub fn unexpected() -> Notice {
    notice(
        "Something went wrong inside the bot",
        "This is a fault of the bot, not yours. The details are in the bot's log.",
    )
}

pub fn queue_full(max_waiting: i64) -> Notice {
    notice(
        "Too many writes are waiting: not queued",
        format!(
            "This server already has {max_waiting} writes waiting for Technified, so this one was not queued. Run the command again once /jobs shows fewer."
        ),
    )
}

pub fn timed_out() -> Notice {
    notice(
        "Timed out",
        "Nothing was changed. Run the command again when you are ready.",
    )
}

// --- Working on it (amber) ------------------------------------------------------------------

pub fn retrying(attempt: u32, next_try_unix: i64) -> Notice {
    notice(
        "Technified is having trouble",
        format!(
            "Technified (or Discord or Roblox behind it) did not answer properly. Retrying automatically: attempt {attempt}, next try <t:{next_try_unix}:R>."
        ),
    )
}

pub fn rate_limited(next_try_unix: i64) -> Notice {
    notice(
        "Technified is rate-limiting this server",
        format!("Retrying automatically at <t:{next_try_unix}:T> (<t:{next_try_unix}:R>)."),
    )
}

/// A read not sent because this server's calls of its kind are booked for longer than a
/// member should wait.
pub fn rate_limited_until(free_unix: i64) -> Notice {
    notice(
        "Rate-limited",
        format!(
            "This server has used its Technified calls of this kind for now: rate-limited until <t:{free_unix}:T> (<t:{free_unix}:R>). Try again then."
        ),
    )
}

pub fn lookup_cooldown(uses: u32, window_secs: u64, free_unix: i64) -> Notice {
    notice(
        "Slow down",
        format!(
            "Each member can run {uses} lookups every {window_secs} seconds. Try again <t:{free_unix}:R>."
        ),
    )
}

pub fn write_not_retried() -> Notice {
    notice(
        "Technified is having trouble",
        "Technified (or Discord or Roblox behind it) did not answer properly, so this change may not have been applied. Check its status in a minute before trying again.",
    )
}

pub fn key_staged() -> Notice {
    notice(
        "Key saved, not yet verified",
        "Technified did not answer, so the new key waits to be checked automatically; the current key stays in use, queued writes included, until Technified accepts the new one. /key status shows the key in use.",
    )
}

pub fn key_checking() -> Notice {
    notice(
        "Key saved, not yet verified",
        "Technified did not answer, so the key is stored as not yet verified. It will be checked automatically; /key status shows the result.",
    )
}
pub const CANCEL: &str = "Cancel";

// --- Setup and key ---------------------------------------------------------------------------

pub const SETUP_MODAL_TITLE: &str = "Connect Technified";
pub const SETUP_KEY_LABEL: &str = "API key";
pub const SETUP_KEY_PLACEHOLDER: &str = "technified_<server ID>_…";
pub const CONNECTED_TITLE: &str = "Connected to Technified";

pub fn key_malformed(problem: &str) -> Notice {
    notice(
        "That is not a Technified API key",
        format!(
            "A key looks like technified_<server ID>_<random letters> ({problem}). {WHERE_KEYS_ARE}"
        ),
    )
}

pub fn key_for_other_server(owner_guild: u64) -> Notice {
    notice(
        "This key belongs to another server",
        format!(
            "It was made for the server with ID {owner_guild}. Create a key for this server in its Technified dashboard (Settings, API Keys) and run /setup again. Nothing was saved."
        ),
    )
}

pub fn connected(masked: &str) -> String {
    format!("Technified accepted the key `{masked}`. It is stored encrypted; /key status shows it.")
}

pub fn key_remove_question(masked: &str) -> Notice {
    notice(
        "Remove the saved key?",
        format!(
            "The bot will forget `{masked}` and stop calling Technified for this server until /setup is run again."
        ),
    )
}

pub const REMOVE: &str = "Remove";
pub const KEPT: &str = "Kept";
pub const KEY_KEPT: &str = "The key was not removed.";
pub const REMOVED: &str = "Removed";
pub fn key_removed(ended: usize) -> String {
    let writes = match ended {
        0 => String::new(),
        1 => " 1 write waiting in the queue was ended without being sent.".to_owned(),
        n => format!(" {n} writes waiting in the queue were ended without being sent."),
    };
    format!(
        "The key is forgotten.{writes} Revoke it in the Technified dashboard too if it may have leaked."
    )
}
pub const KEY_STATUS_TITLE: &str = "Technified API key";
pub const SET_BY: &str = "Set by";
pub const STATE: &str = "State";
pub const VERIFIED_YES: &str = "accepted by Technified";
pub const VERIFIED_PENDING: &str = "not yet verified";
pub const LAST_SUCCESS: &str = "Last successful call";
pub const LAST_ERROR: &str = "Last error";
pub const PENDING_RETRIES: &str = "Pending retries";
pub const NEVER: &str = "never";
pub const NONE: &str = "none";
pub const NO_ANSWER: &str = "no answer";

// --- Settings --------------------------------------------------------------------------------

pub const SAVED: &str = "Saved";
pub const LOG_CHANNEL_TEST_TITLE: &str = "Technified bot log";

pub fn log_channel_test(by: u64) -> String {
    format!("<@{by}> chose this channel for the bot's audit lines and late results.")
}

pub fn log_channel_set(channel: u64) -> String {
    format!("Audit lines and late results will go to <#{channel}>.")
}

// --- Lookups and Shield ----------------------------------------------------------------------

pub const VERIFIED: &str = "Verified";
pub const DISCORD: &str = "Discord";
pub const ROBLOX: &str = "Roblox";
pub const ROBLOX_ID: &str = "Roblox ID";
pub const NOT_VERIFIED_SHORT: &str = "not verified";
pub const REASON: &str = "Reason";
pub const CATEGORY: &str = "Category";
pub const SOURCE: &str = "Source";

pub fn batch_title(verified: usize, asked: usize) -> String {
    format!("{verified} of {asked} verified")
}

pub fn shield_flagged(roblox_id: u64) -> Notice {
    notice(
        "Flagged by Shield",
        format!("Roblox account {roblox_id} is on Technified's Shield list."),
    )
}

pub fn shield_clear(roblox_id: u64) -> String {
    format!("Roblox account {roblox_id} is not flagged by Shield")
}

// --- Help ------------------------------------------------------------------------------------

pub const HELP_TITLE: &str = "Technified bot commands";
pub const HELP_FOOTER: &str = "/help <command> shows a command's options and who can use it.";
pub const OPTIONAL_MARK: &str = " (optional)";
pub const WHO: &str = "Who";
pub const EVERYONE: &str = "everyone";

pub fn unknown_command(name: &str) -> Notice {
    notice(
        "No such command",
        format!("There is no command called /{name}. /help lists them all."),
    )
}

// --- Roblox moderation -----------------------------------------------------------------------

pub const BAN_CONFIRM: &str = "Ban permanently";
pub const CANCELLED: &str = "Cancelled";
pub const NOTHING_CHANGED: &str = "Nothing was changed.";
pub const BY_ROBLOX: &str = "By (Roblox)";
pub const SINCE: &str = "Since";
pub const UNTIL: &str = "Until";
pub const PERMANENT: &str = "permanent";

pub fn permanent_ban_question(roblox_id: u64, reason: &str) -> Notice {
    notice(
        "Ban permanently?",
        format!(
            "Roblox account {roblox_id} will be banned from this server's games with no end date. Reason: {reason}"
        ),
    )
}

pub fn not_banned(roblox_id: u64) -> String {
    format!("Roblox account {roblox_id} is not banned")
}

pub fn not_muted(roblox_id: u64) -> String {
    format!("Roblox account {roblox_id} is not muted")
}

pub fn banned(roblox_id: u64) -> Notice {
    notice("Banned", format!("Roblox account {roblox_id} is banned."))
}

pub fn muted(roblox_id: u64) -> Notice {
    notice("Muted", format!("Roblox account {roblox_id} is muted."))
}

// --- What a write does, in one line ----------------------------------------------------------
// Past tense once it is done (the green reply), the action as asked while it waits or when it
// failed (the amber and red replies, `/jobs`, audit lines). `reason` is already echoed.

/// The verb of a write's summary: past tense once it is done, else the action as asked.
fn verb(done: bool, past: &'static str, asked: &'static str) -> &'static str {
    if done { past } else { asked }
}

fn length(duration: Option<&str>) -> String {
    duration.map_or_else(|| "permanently".to_owned(), |d| format!("for {d}"))
}

pub fn ban_summary(roblox_id: u64, duration: Option<&str>, reason: &str, done: bool) -> String {
    let verb = verb(done, "Banned", "Ban");
    let length = length(duration);
    format!("{verb} Roblox account {roblox_id} {length}: {reason}")
}

pub fn mute_summary(roblox_id: u64, duration: Option<&str>, reason: &str, done: bool) -> String {
    let verb = verb(done, "Muted", "Mute");
    let length = length(duration);
    format!("{verb} Roblox account {roblox_id} {length}: {reason}")
}

pub fn unban_summary(roblox_id: u64, done: bool) -> String {
    let verb = verb(done, "Lifted", "Lift");
    format!("{verb} the ban of Roblox account {roblox_id}")
}

pub fn unmute_summary(roblox_id: u64, done: bool) -> String {
    let verb = verb(done, "Lifted", "Lift");
    format!("{verb} the mute of Roblox account {roblox_id}")
}

pub fn binding_added(role: u64, target: &str, done: bool) -> String {
    let verb = verb(done, "Added", "Add");
    format!("{verb} a binding: <@&{role}> for {target}")
}

pub fn binding_removed(id: &str, done: bool) -> String {
    let verb = verb(done, "Removed", "Remove");
    format!("{verb} binding {id}")
}

pub fn key_check_summary(done: bool) -> String {
    format!("{} the saved API key", verb(done, "Verified", "Verify"))
}

// --- Both bans (/roblox ban discord:true) ----------------------------------------------------

pub const DISCORD_BAN_NEEDS_PERMANENT: &str = "A Discord ban has no end date, so discord:true goes with a permanent ban only. Leave out the duration (or give `permanent`), or ban on Discord yourself.";

/// The permanent-ban question, with what will happen on Discord under it.
pub fn both_bans_question(roblox_id: u64, reason: &str, discord_line: &str) -> Notice {
    let question = permanent_ban_question(roblox_id, reason);
    notice(question.title, format!("{}\n{discord_line}", question.body))
}

/// Who a Discord ban is about while nobody knows who that is.
pub const THE_LINKED_MEMBER: &str = "the linked member";

/// The Discord half of a ban on both: the line above the Roblox ban's embed (and in the
/// confirmation question, while it is only planned). `status` is one of the sentences below.
pub fn discord_ban_line(status: &str) -> String {
    format!("**Discord:** {status}")
}

pub fn discord_will_ban_member(user: u64) -> String {
    format!("<@{user}> will be banned from this server too.")
}

pub fn discord_will_ban_absent(user: u64) -> String {
    format!("<@{user}> is not in this server now and will be banned from it, so they cannot join.")
}

pub fn discord_banned_member(user: u64) -> String {
    format!("banned <@{user}> from this server.")
}

pub fn discord_banned_absent(user: u64) -> String {
    format!("banned <@{user}>. They are not in this server now; the ban keeps them from joining.")
}

/// A Discord ban not sent, and why (one of the refusals below).
pub fn discord_not_banned(why: &str) -> String {
    format!("not banned: {why}")
}

pub fn refused_not_linked(roblox_id: u64) -> String {
    format!("no Discord account is linked to Roblox account {roblox_id} in this server.")
}

/// `who`: a mention, or [`THE_LINKED_MEMBER`].
pub fn refused_owner(who: &str) -> String {
    format!("{who} owns this server, and nobody can ban a server's owner.")
}

pub const REFUSED_BOT_LACKS_BAN_MEMBERS: &str = "the bot lacks the Ban Members permission. Give the bot's role Ban Members in Server Settings, Roles.";

pub fn refused_not_below_bot(who: &str) -> String {
    format!(
        "{who}'s highest role is not below the bot's, and Discord lets the bot ban only members below it. Move the bot's role above theirs in Server Settings, Roles."
    )
}

pub fn refused_not_below_moderator(who: &str) -> String {
    format!(
        "{who}'s highest role is not below yours, and Discord lets members ban only members below them."
    )
}

/// `detail`: the failure as Technified or Discord gave it.
pub fn discord_lookup_failed(detail: &str) -> String {
    format!("not banned: the linked Discord account could not be looked up ({detail}).")
}

pub fn discord_check_failed(who: &str, detail: &str) -> String {
    format!(
        "not banned: the roles of {who} and of the bot could not be read from Discord to check the ban ({detail})."
    )
}

pub fn discord_ban_failed(who: &str, detail: &str) -> String {
    format!("failed: the ban of {who} did not go through ({detail}).")
}

/// Discord's audit log names the bot as the one who banned: the reason says who asked.
pub fn discord_ban_audit_reason(
    moderator_name: &str,
    moderator_id: u64,
    roblox_id: u64,
    reason: &str,
) -> String {
    format!(
        "{moderator_name} ({moderator_id}) with /roblox ban of Roblox account {roblox_id}: {reason}"
    )
}

/// The audit line's "what" of a Discord ban; `reason` is already echoed.
pub fn discord_ban_summary(user: u64, roblox_id: u64, reason: &str) -> String {
    format!("Ban Discord member <@{user}> (linked to Roblox account {roblox_id}): {reason}")
}

/// A Discord error as Discord put it.
pub fn discord_said(message: &str, code: isize) -> String {
    format!("Discord says: {message}, code {code}")
}

// --- Audit lines -----------------------------------------------------------------------------

pub const AUDIT_DONE: &str = "done";

pub fn audit_failed(why: &str) -> String {
    format!("failed ({why})")
}

/// `case` is the moderation case the write is, when it is one.
pub fn audit_line(member: u64, what: &str, case: Option<i64>, outcome: &str) -> String {
    match case {
        Some(number) => format!("<@{member}>: {what} · {}: {outcome}", case_title(number)),
        None => format!("<@{member}>: {what}: {outcome}"),
    }
}

// --- Bindings --------------------------------------------------------------------------------

pub const NO_BINDINGS: &str = "This server has no bindings yet. Add one with /bindings add.";
pub const PRIORITY: &str = "priority";
pub const BINDING_MATCHES: &str = "Matches";
pub const BINDING_NO_MATCH: &str = "Does not match";
pub const BINDING_RESULT: &str = "Binding test";
pub const GROUP_RANK: &str = "Group rank";
pub const PREVIOUS: &str = "Previous";
pub const NEXT: &str = "Next";

pub fn bindings_title(total: usize) -> String {
    match total {
        1 => "1 binding".to_owned(),
        n => format!("{n} bindings"),
    }
}

pub fn page(current: usize, of: usize) -> String {
    format!("Page {current} of {of}")
}

/// What a binding matches, in words.
pub fn target_group_rank(group_id: u64, min_rank: u8, max_rank: u8) -> String {
    format!("group {group_id}, ranks {min_rank} to {max_rank}")
}

pub fn target_gamepass(gamepass_id: u64) -> String {
    format!("game pass {gamepass_id}")
}

pub fn target_asset(asset_id: u64) -> String {
    format!("asset {asset_id}")
}

pub fn target_badge(badge_id: u64) -> String {
    format!("badge {badge_id}")
}

/// `platform` is [`DISCORD`] or [`ROBLOX`].
pub fn target_account_age(platform: &str, min_days: u32) -> String {
    format!("{platform} account at least {min_days} days old")
}

pub fn target_in_group(target: &str, group: &str) -> String {
    format!("{target} ({group})")
}

/// A binding of a type this version does not know.
pub fn target_of_type(binding_type: &str) -> String {
    format!("{binding_type} binding")
}

// --- /doctor ---------------------------------------------------------------------------------

/// One checklist line: what was checked, what was found, and how to fix it when it failed.
pub struct Check {
    pub ok: bool,
    pub what: String,
    pub found: String,
    pub fix: Option<String>,
}

fn passed(what: &str, found: impl Into<String>) -> Check {
    Check {
        ok: true,
        what: what.into(),
        found: found.into(),
        fix: None,
    }
}

fn failed(what: &str, found: impl Into<String>, fix: impl Into<String>) -> Check {
    Check {
        ok: false,
        what: what.into(),
        found: found.into(),
        fix: Some(fix.into()),
    }
}

pub const DOCTOR_TITLE: &str = "Checklist";
pub const FIX: &str = "Fix";

pub fn check_key_missing() -> Check {
    failed(
        "API key",
        "no key saved",
        "An admin runs /setup with this server's Technified API key.",
    )
}

pub fn check_key_unreadable() -> Check {
    failed(
        "API key",
        "saved, but cannot be decrypted with this ENCRYPTION_KEY",
        "Run /setup again, or restore the encryption.key that was used to save it.",
    )
}

pub fn check_key_present(masked: &str) -> Check {
    passed("API key", format!("saved: `{masked}`"))
}

pub fn check_key_accepted() -> Check {
    passed("Key accepted", "yes")
}

pub fn check_key_refused(status: u16) -> Check {
    failed(
        "Key accepted",
        format!("no (HTTP {status})"),
        format!(
            "The key was revoked or belongs to another server. {WHERE_KEYS_ARE} Then run /setup."
        ),
    )
}

pub fn check_key_not_checked_paced() -> Check {
    passed(
        "Key accepted",
        "not checked now (this server's calls are rate-limited)",
    )
}

pub fn check_key_accepted_rate_limited() -> Check {
    passed("Key accepted", "yes (rate-limited right now)")
}

pub fn check_api_reachable(latency_ms: u64) -> Check {
    passed("Technified API", format!("reachable, {latency_ms} ms"))
}

/// How Technified failed to answer the doctor's read.
pub enum ApiTrouble {
    Timeout,
    NoConnection,
    Status(u16),
}

pub fn check_api_trouble(trouble: ApiTrouble) -> Check {
    let found = match trouble {
        ApiTrouble::Timeout => "no answer within the timeout".to_owned(),
        ApiTrouble::NoConnection => "cannot connect".to_owned(),
        ApiTrouble::Status(status) => format!("answered HTTP {status}"),
    };
    failed(
        "Technified API",
        found,
        "Technified may be having trouble; try again in a few minutes. If it persists, the bot's operator checks TECHNIFIED_API_URL with `technified-bot check`.",
    )
}

pub fn check_log_channel_unset() -> Check {
    failed(
        "Log channel",
        "not set",
        "Run /settings log-channel so late results and audit lines have somewhere to go.",
    )
}

/// `missing`: the permissions' names, as Discord's UI shows them.
pub fn check_log_channel_blocked(channel: u64, missing: &str) -> Check {
    failed(
        "Log channel",
        format!("<#{channel}>: the bot cannot post there"),
        format!("Give the bot {missing} in <#{channel}>."),
    )
}

pub fn check_log_channel_writable(channel: u64) -> Check {
    passed("Log channel", format!("<#{channel}>, writable"))
}

pub fn check_log_channel_uncached(channel: u64) -> Check {
    passed(
        "Log channel",
        format!("<#{channel}> (permissions not cached yet)"),
    )
}

pub fn check_queue(pending: i64) -> Check {
    passed("Retry queue", format!("{pending} pending"))
}

/// One rate-limit group's line: its use this minute, or the pause Technified asked for.
pub fn headroom_line(group: &str, used: u32, quota: u32, paused_until: Option<i64>) -> String {
    match paused_until {
        Some(until) => format!("{group}: rate-limited until <t:{until}:T>"),
        None => format!("{group}: {used}/{quota} this minute"),
    }
}

pub fn check_headroom(lines: &[String]) -> Check {
    passed("Rate-limit headroom", lines.join(", "))
}

pub fn check_headroom_paused(lines: &[String]) -> Check {
    failed(
        "Rate-limit headroom",
        lines.join(", "),
        "Technified limits calls per key and minute; the bot waits and retries by itself.",
    )
}

// --- Queued writes and /jobs -----------------------------------------------------------------

pub const LATE_DONE: &str = "Done after Technified recovered.";
pub const JOBS_TITLE: &str = "Retries";
pub const NO_JOBS: &str = "Nothing is waiting or failed recently.";
pub const ALREADY_RUNNING: &str = "not cancelled (already running or finished)";

pub fn queued(summary: &str, next_try_unix: i64) -> Notice {
    notice(
        "Technified is having trouble: queued",
        format!(
            "{summary}: not applied yet. It is saved and will be retried automatically (next try <t:{next_try_unix}:R>); this message is updated with the result. /jobs shows or cancels it."
        ),
    )
}

/// A write not sent yet because this server's calls of its kind are booked for a while.
pub fn queued_rate_limited(summary: &str, send_unix: i64) -> Notice {
    notice(
        "Rate-limited: queued",
        format!(
            "{summary}: not sent yet, because this server has used its Technified calls of this kind for now. It is saved and will be sent at <t:{send_unix}:T> (<t:{send_unix}:R>); this message is updated with the result. /jobs shows or cancels it."
        ),
    )
}

/// A queued write that ended without being applied, and why ([`FAILED_KEY_REMOVED`]...).
pub fn job_failed(summary: &str, why: &str) -> Notice {
    notice("Not done", format!("{summary}: {why}."))
}

pub fn cancel_job(id: i64) -> String {
    format!("Cancel #{id}")
}

pub fn job_cancel_summary(id: i64) -> String {
    format!("Cancelled queued job #{id}")
}

/// One `/jobs` line: the job's number, what it does, who asked, and its state.
pub fn job_line(id: i64, summary: &str, by: u64, state: &str) -> String {
    format!("`#{id}` {summary} (by <@{by}>): {state}")
}

pub fn job_waiting(attempt: u32, next_try_unix: i64) -> String {
    format!("waiting, attempt {attempt} next <t:{next_try_unix}:R>")
}

pub const JOB_RUNNING: &str = "being sent now";
pub const JOB_DONE: &str = "done";
pub const JOB_CANCELLED: &str = "cancelled";

/// A failed job's state in `/jobs`: its short reason ([`LABEL_KEY_REMOVED`]...) and the last
/// Technified error, when one was recorded.
pub fn job_failed_state(label: &str, last_error: Option<&str>) -> String {
    match last_error {
        Some(error) => format!("failed: {label} (last error: {error})"),
        None => format!("failed: {label}"),
    }
}

// --- Why a queued write was not done ---------------------------------------------------------
// As a sentence (the member's reply, the audit line) and as a short label (`/jobs`).

pub const FAILED_KEY_REMOVED: &str = "the server's API key was removed before it could be sent";
pub const FAILED_BOT_REMOVED: &str = "the bot was removed from the server before it could be sent";
pub const FAILED_KEY_UNREADABLE: &str = "the saved key cannot be read; an admin runs /setup again";
pub const FAILED_GAVE_UP: &str = "Technified was still failing after a day of retries";
pub const FAILED_REFUSED: &str = "Technified refused it";
pub const FAILED_TWICE: &str = "Technified failed again on the retry";
pub const FAILED_UNREADABLE_JOB: &str = "this version of the bot cannot read the queued change";
pub const FAILED_UNKNOWN: &str = "it ended without being applied";

pub const LABEL_KEY_REMOVED: &str = "key removed before it was sent";
pub const LABEL_BOT_REMOVED: &str = "bot removed from the server";
pub const LABEL_KEY_UNREADABLE: &str = "saved key unreadable";
pub const LABEL_GAVE_UP: &str = "gave up at the deadline";
pub const LABEL_REFUSED: &str = "refused by Technified";
pub const LABEL_FAILED_TWICE: &str = "failed again on the retry";
pub const LABEL_UNREADABLE_JOB: &str = "this version cannot read it";
pub const LABEL_UNKNOWN: &str = "not applied";

// --- Input checks ----------------------------------------------------------------------------

pub const PRIORITY_OUT_OF_RANGE: &str = "priority must be between 0 and 1000.";
pub const MIN_DAYS_OUT_OF_RANGE: &str = "min_days must be between 0 and 36500.";
pub const REASON_MISSING: &str = "Give a reason.";
pub const NO_USERS: &str = "List at least one user (mentions or IDs).";
pub const DURATION_TOO_LONG: &str =
    "That duration is longer than ten years; use `permanent` instead.";
pub const NOT_A_BINDING_ID: &str =
    "Pick a binding from the list (start typing to search), or give its ID from /bindings list.";

pub fn not_positive(option: &str) -> String {
    format!("{option} must be a positive number.")
}

pub fn rank_out_of_range(option: &str) -> String {
    format!("{option} must be between 0 and 255.")
}

pub fn ranks_reversed(min: u8, max: u8) -> String {
    format!("min_rank ({min}) must not be greater than max_rank ({max}).")
}

pub fn reason_too_long(max: usize) -> String {
    format!("The reason is too long: at most {max} characters.")
}

pub fn not_a_duration(value: &str) -> String {
    format!(
        "`{value}` is not a duration. Use a number and a unit, like 30m, 12h, 7d or 2w, or `permanent`."
    )
}

pub fn not_a_user(token: &str) -> String {
    format!("`{token}` is not a user mention or ID.")
}

pub fn too_many_users(max: usize, listed: usize) -> String {
    format!("At most {max} users at once; you listed {listed}.")
}

// --- Small words -----------------------------------------------------------------------------

pub const TIMEOUT: &str = "timeout";
pub const NO_CONNECTION: &str = "no connection";
pub const NOT_SENT: &str = "not sent";
pub const UNREADABLE_ANSWER: &str = "unreadable answer";
pub const REQUEST_NOT_VALID: &str = "the request was not valid";
pub const REQUIRED: &str = "required";

pub fn http_status(status: u16) -> String {
    format!("HTTP {status}")
}

pub fn request_id(id: &str) -> String {
    format!("request {id}")
}

pub fn channel_mention(id: u64) -> String {
    format!("<#{id}>")
}

pub fn role_by_id(id: u64) -> String {
    format!("role {id}")
}

// --- Cases -----------------------------------------------------------------------------------

pub fn case_title(number: i64) -> String {
    format!("Case #{number}")
}

pub fn cases_title(total: i64) -> String {
    format!("Cases ({total})")
}

pub const NO_CASES: &str =
    "No cases match. Every ban, unban, mute and unmute made through the bot becomes one.";

/// Under a list cut short.
pub fn cases_cut(shown: usize, total: i64) -> String {
    format!("The newest {shown} of {total} are listed; /cases export has them all.")
}

pub fn case_not_found(number: i64) -> Notice {
    notice(
        "No such case",
        format!("This server has no case #{number}. /cases list shows the cases it has."),
    )
}

// What a case did, where it came from, how it stands.
pub const CASE_BAN: &str = "Ban";
pub const CASE_UNBAN: &str = "Unban";
pub const CASE_MUTE: &str = "Mute";
pub const CASE_UNMUTE: &str = "Unmute";
pub const FROM_COMMAND: &str = "a command";
pub const FROM_BULK: &str = "a bulk file";
pub const FROM_BAN_SYNC: &str = "ban sync";
pub const CASE_QUEUED: &str = "queued";
pub const CASE_DONE: &str = "done";
pub const CASE_FAILED: &str = "failed";
pub const CASE_CANCELLED: &str = "cancelled";

/// One `/cases list` line.
pub fn case_line(
    number: i64,
    action: &str,
    roblox_id: u64,
    moderator: u64,
    outcome: &str,
    opened_unix: i64,
) -> String {
    format!(
        "`#{number}` {action} of Roblox account {roblox_id} by <@{moderator}>: {outcome} · <t:{opened_unix}:R>"
    )
}

/// One autocomplete choice of `/cases show` (plain text: Discord shows no markdown there).
pub fn case_choice(number: i64, action: &str, roblox_id: u64) -> String {
    format!("#{number} {action} of Roblox account {roblox_id}")
}

pub const CASE_ROBLOX: &str = "Roblox account";
pub const CASE_MEMBER: &str = "Discord member";
pub const CASE_MODERATOR: &str = "Moderator";
pub const CASE_REASON: &str = "Reason";
pub const CASE_DURATION: &str = "Duration";
pub const CASE_SOURCE: &str = "From";
pub const CASE_OUTCOME: &str = "Outcome";
pub const CASE_OPENED: &str = "Opened";
pub const CASE_UPDATED: &str = "Last change";
pub const NOT_KNOWN: &str = "not known";

/// A moderator shown with their Roblox account, when it was recorded.
pub fn case_moderator(discord_id: u64, roblox_id: Option<u64>) -> String {
    match roblox_id {
        Some(roblox) => format!("<@{discord_id}> (Roblox {roblox})"),
        None => format!("<@{discord_id}>"),
    }
}

pub const CASES_FILE: &str = "cases.csv";

pub fn cases_exported(count: usize) -> Notice {
    notice(
        "Cases exported",
        format!(
            "All {count} cases of this server are in the attached CSV file (UTF-8, one case per row)."
        ),
    )
}

// ---- ban sync (/settings ban-sync, its cards and notes in the log channel) ----

pub const BAN_SYNC_SAVED: &str = "Ban sync saved";

// What each /settings ban-sync mode does, said when it is set.
pub const BAN_SYNC_OFF: &str = "Ban sync is off: Discord bans do nothing on Roblox.";
pub const BAN_SYNC_ASK: &str = "Ban sync asks: a Discord ban of a verified member posts a card in the log channel, with a button to ban them on Roblox too.";
pub const BAN_SYNC_MIRROR: &str = "Ban sync mirrors: a Discord ban of a verified member bans their Roblox account at once, with the Discord moderator's Roblox account as the moderator (a card asks when that moderator is unknown or not verified).";

pub const BAN_SYNC_NEEDS_LOG_CHANNEL: &str = "ask and mirror post their cards and notes in the log channel, and this server has none yet. Run /settings log-channel first, then /settings ban-sync again.";

/// The Roblox ban's reason: Discord's, marked as coming from Discord.
pub fn ban_sync_reason(discord_reason: Option<&str>) -> String {
    match discord_reason.map(str::trim).filter(|r| !r.is_empty()) {
        Some(reason) => format!("Banned on Discord: {reason}"),
        None => "Banned on Discord: no reason given".to_owned(),
    }
}

pub fn unban_sync_reason() -> String {
    "Unbanned on Discord".to_owned()
}

pub const CARD_BANNED_TITLE: &str = "Banned on Discord";
pub const CARD_UNBANNED_TITLE: &str = "Unbanned on Discord";
pub const CARD_BAN_BUTTON: &str = "Ban on Roblox too";
pub const CARD_UNBAN_BUTTON: &str = "Unban on Roblox too";
pub const CARD_DISMISS_BUTTON: &str = "Dismiss";
pub const CARD_MEMBER: &str = "Member";
pub const CARD_ROBLOX: &str = "Roblox account";
pub const CARD_BY: &str = "By";
pub const CARD_REASON: &str = "Reason";
pub const NO_REASON: &str = "none given";

/// Who banned, as the card names them.
pub fn card_moderator(moderator: Option<u64>) -> String {
    match moderator {
        Some(id) => format!("<@{id}>"),
        None => "unknown (the bot cannot read the audit log, or it had no entry)".to_owned(),
    }
}

pub fn card_question(unban: bool) -> &'static str {
    if unban {
        "Ban sync banned this account on Roblox. Lift that Roblox ban too?"
    } else {
        "Ban their Roblox account too?"
    }
}

/// Why `mirror` asked instead of banning on Roblox at once.
pub fn card_fallback(moderator: Option<u64>) -> String {
    match moderator {
        Some(id) => format!("Not banned on Roblox at once: <@{id}> has no Roblox account verified with Technified here, and Technified records every ban under a moderator's Roblox account."),
        None => "Not banned on Roblox at once: the moderator who banned is unknown, and Technified records every ban under a moderator's Roblox account.".to_owned(),
    }
}

pub fn card_dismissed(by: u64) -> String {
    format!("Dismissed by <@{by}>.")
}

/// A card's or a mirror's outcome: who, what became of the Roblox write.
pub fn sync_outcome(by: u64, unban: bool, written: &str) -> String {
    let what = if unban {
        "Unban on Roblox"
    } else {
        "Ban on Roblox"
    };
    format!("{what} by <@{by}>: {written}.")
}

pub const SYNC_DONE: &str = "done";
pub const SYNC_QUEUED: &str =
    "queued, Technified is not taking it yet; the result will follow here";

pub fn sync_failed(why: &str) -> String {
    format!("failed ({why})")
}

pub const MIRRORED_BAN_TITLE: &str = "Banned on Roblox too";
pub const MIRRORED_UNBAN_TITLE: &str = "Unbanned on Roblox too";

pub const UNVERIFIED_BAN_TITLE: &str = "Discord ban: nothing to do on Roblox";

pub fn unverified_ban(member: u64) -> String {
    format!(
        "<@{member}> was banned on Discord. They have no Roblox account verified with Technified in this server, so ban sync did nothing on Roblox."
    )
}

pub const SYNC_LOOKUP_FAILED_TITLE: &str = "Ban sync could not look up the member";

pub fn sync_lookup_failed(member: u64, why: &str) -> String {
    format!(
        "<@{member}> was banned or unbanned on Discord, but Technified could not be asked whether they are verified ({why}). Use `/roblox ban` or `/roblox unban` if needed."
    )
}

pub fn card_refused_no_account() -> Notice {
    notice(
        "You need a verified Roblox account",
        "Technified records every Roblox ban under the moderator's Roblox account. Verify yours with Technified in this server, then press the button again.",
    )
}

pub fn card_closed() -> Notice {
    notice(
        "Already handled",
        "Someone else has already answered this card, or it is being answered right now.",
    )
}
