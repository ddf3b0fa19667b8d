//! Failures (red) and trouble being worked around (amber): the answers of the one error type and of retries.

use crate::discord::lang::Lang;

use super::{Notice, notice, where_keys_are};

// --- Failures (red) --------------------------------------------------------------------------

pub fn not_connected(lang: Lang) -> Notice {
    notice(
        "This server is not connected yet",
        "An admin (Manage Server) runs /setup with this server's Technified API key.",
    )
}

pub fn key_unreadable(lang: Lang) -> Notice {
    notice(
        "The saved key cannot be read",
        "The bot's ENCRYPTION_KEY changed since the key was saved. An admin runs /setup again.",
    )
}

pub fn key_rejected(lang: Lang) -> Notice {
    notice(
        "The saved API key was rejected",
        format!(
            "It was revoked or is wrong. {} Then run /setup.",
            where_keys_are(lang)
        ),
    )
}

pub fn key_other_guild(lang: Lang) -> Notice {
    notice(
        "This key belongs to another server",
        format!(
            "Technified refused it for this server. {} Then run /setup.",
            where_keys_are(lang)
        ),
    )
}

pub fn internal_fault(lang: Lang, request_id: &str) -> Notice {
    notice(
        "Something went wrong inside the bot",
        format!(
            "This is a fault of the bot, not yours. Please report it with request ID {request_id}."
        ),
    )
}

pub fn input_rejected(lang: Lang, technified_says: &str) -> Notice {
    notice(
        "Technified did not accept that",
        format!("Technified says: {technified_says}. Check the values and try again."),
    )
}

pub fn not_verified(lang: Lang) -> Notice {
    notice(
        "Not verified",
        "That user is not verified with Technified in this server.",
    )
}

pub fn no_active_ban(lang: Lang) -> Notice {
    notice(
        "No active ban",
        "That user has no active ban, so there is nothing to lift.",
    )
}

pub fn no_active_mute(lang: Lang) -> Notice {
    notice(
        "No active mute",
        "That user has no active mute, so there is nothing to lift.",
    )
}

pub fn not_found(lang: Lang) -> Notice {
    notice(
        "Not found",
        "That item does not exist (or this server is not set up on Technified yet).",
    )
}

pub fn already_exists(lang: Lang) -> Notice {
    notice(
        "Already exists",
        "That already exists on Technified (for example the same binding).",
    )
}

pub fn gave_up(lang: Lang, attempts: u32) -> Notice {
    notice(
        "Technified is still having trouble",
        format!("Gave up after {attempts} attempts. Nothing was lost; try again in a few minutes."),
    )
}

pub fn shield_offline(lang: Lang) -> Notice {
    notice(
        "Shield is offline",
        "Technified has suspended Shield, so flags cannot be checked right now.",
    )
}

pub fn moderator_not_verified(lang: Lang) -> Notice {
    notice(
        "You are not verified",
        "Roblox actions are recorded under the moderator's Roblox account. Verify with Technified in this server, then try again.",
    )
}

pub fn invalid_input(lang: Lang, what: &str) -> Notice {
    notice("Please check your input", what)
}

pub fn missing_permission(lang: Lang, permission: &str) -> Notice {
    notice(
        "You cannot use this",
        format!("It needs the {permission} permission in this server."),
    )
}

pub fn guild_only(lang: Lang) -> Notice {
    notice(
        "Servers only",
        "This command works inside a server, not in direct messages.",
    )
}

pub fn option_unreadable(lang: Lang) -> Notice {
    notice(
        "Please check your input",
        "One of the options could not be read (for example a channel or user the bot cannot see). Pick it again from Discord's list.",
    )
}

pub fn command_outdated(lang: Lang) -> Notice {
    notice(
        "This command has changed",
        "Discord showed you an older version of this command. Wait a minute (or restart Discord) and run it again.",
    )
}

pub fn permissions_unknown(lang: Lang) -> Notice {
    notice(
        "Your permissions could not be checked",
        "Discord did not say what you may do here. Try again in a moment.",
    )
}

pub fn not_here(lang: Lang) -> Notice {
    notice(
        "You cannot use this here",
        "This command is not available to you in this place. /help lists what you can use.",
    )
}

pub fn cooldown(lang: Lang, again_unix: i64) -> Notice {
    notice(
        "Slow down",
        format!("You can run this command again <t:{again_unix}:R>."),
    )
}

pub fn this_channel(lang: Lang) -> String {
    "this channel".to_owned()
}

pub fn discord_refused(lang: Lang, what: &str) -> Notice {
    notice("Discord refused that", what)
}

pub fn bot_missing_permission(lang: Lang, permission: &str, place: &str) -> Notice {
    notice(
        "The bot lacks a permission",
        format!("Give the bot the {permission} permission in {place}, then try again."),
    )
}

pub fn unexpected(lang: Lang) -> Notice {
    notice(
        "Something went wrong inside the bot",
        "This is a fault of the bot, not yours. The details are in the bot's log.",
    )
}

pub fn queue_full(lang: Lang, max_waiting: i64) -> Notice {
    notice(
        "Too many writes are waiting: not queued",
        format!(
            "This server already has {max_waiting} writes waiting for Technified, so this one was not queued. Run the command again once /jobs shows fewer."
        ),
    )
}

pub fn timed_out(lang: Lang) -> Notice {
    notice(
        "Timed out",
        "Nothing was changed. Run the command again when you are ready.",
    )
}

// --- Working on it (amber) ------------------------------------------------------------------

pub fn retrying(lang: Lang, attempt: u32, next_try_unix: i64) -> Notice {
    notice(
        "Technified is having trouble",
        format!(
            "Technified (or Discord or Roblox behind it) did not answer properly. Retrying automatically: attempt {attempt}, next try <t:{next_try_unix}:R>."
        ),
    )
}

pub fn rate_limited(lang: Lang, next_try_unix: i64) -> Notice {
    notice(
        "Technified is rate-limiting this server",
        format!("Retrying automatically at <t:{next_try_unix}:T> (<t:{next_try_unix}:R>)."),
    )
}

/// A read not sent because this server's calls of its kind are booked for longer than a
/// member should wait.
pub fn rate_limited_until(lang: Lang, free_unix: i64) -> Notice {
    notice(
        "Rate-limited",
        format!(
            "This server has used its Technified calls of this kind for now: rate-limited until <t:{free_unix}:T> (<t:{free_unix}:R>). Try again then."
        ),
    )
}

pub fn write_not_retried(lang: Lang) -> Notice {
    notice(
        "Technified is having trouble",
        "Technified (or Discord or Roblox behind it) did not answer properly, so this change may not have been applied. Check its status in a minute before trying again.",
    )
}
