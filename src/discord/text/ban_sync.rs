//! Ban sync: `/settings ban-sync`, its cards and notes in the log channel.

use super::{Notice, notice};

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
