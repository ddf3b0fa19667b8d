//! Ban sync: `/settings ban-sync`, its cards and notes in the log channel.

use crate::discord::lang::Lang;

use super::{Notice, notice};

pub fn ban_sync_saved(lang: Lang) -> String {
    "Ban sync saved".to_owned()
}

// What each /settings ban-sync mode does, said when it is set.
pub fn ban_sync_off(lang: Lang) -> String {
    "Ban sync is off: Discord bans do nothing on Roblox.".to_owned()
}
pub fn ban_sync_ask(lang: Lang) -> String {
    "Ban sync asks: a Discord ban of a verified member posts a card in the log channel, with a button to ban them on Roblox too.".to_owned()
}
pub fn ban_sync_mirror(lang: Lang) -> String {
    "Ban sync mirrors: a Discord ban of a verified member bans their Roblox account at once, with the Discord moderator's Roblox account as the moderator (a card asks when that moderator is unknown or not verified).".to_owned()
}

pub fn ban_sync_needs_log_channel(lang: Lang) -> String {
    "ask and mirror post their cards and notes in the log channel, and this server has none yet. Run /settings log-channel first, then /settings ban-sync again.".to_owned()
}

/// The Roblox ban's reason: Discord's, marked as coming from Discord.
pub fn ban_sync_reason(lang: Lang, discord_reason: Option<&str>) -> String {
    match discord_reason.map(str::trim).filter(|r| !r.is_empty()) {
        Some(reason) => format!("Banned on Discord: {reason}"),
        None => "Banned on Discord: no reason given".to_owned(),
    }
}

pub fn unban_sync_reason(lang: Lang) -> String {
    "Unbanned on Discord".to_owned()
}

pub fn card_banned_title(lang: Lang) -> String {
    "Banned on Discord".to_owned()
}
pub fn card_unbanned_title(lang: Lang) -> String {
    "Unbanned on Discord".to_owned()
}
pub fn card_ban_button(lang: Lang) -> String {
    "Ban on Roblox too".to_owned()
}
pub fn card_unban_button(lang: Lang) -> String {
    "Unban on Roblox too".to_owned()
}
pub fn card_dismiss_button(lang: Lang) -> String {
    "Dismiss".to_owned()
}
pub fn card_member(lang: Lang) -> String {
    "Member".to_owned()
}
pub fn card_roblox(lang: Lang) -> String {
    "Roblox account".to_owned()
}
pub fn card_by(lang: Lang) -> String {
    "By".to_owned()
}
pub fn card_reason(lang: Lang) -> String {
    "Reason".to_owned()
}
pub fn no_reason(lang: Lang) -> String {
    "none given".to_owned()
}

/// Who banned, as the card names them.
pub fn card_moderator(lang: Lang, moderator: Option<u64>) -> String {
    match moderator {
        Some(id) => format!("<@{id}>"),
        None => "unknown (the bot cannot read the audit log, or it had no entry)".to_owned(),
    }
}

pub fn card_question(lang: Lang, unban: bool) -> &'static str {
    if unban {
        "Ban sync banned this account on Roblox. Lift that Roblox ban too?"
    } else {
        "Ban their Roblox account too?"
    }
}

/// Why `mirror` asked instead of banning on Roblox at once.
pub fn card_fallback(lang: Lang, moderator: Option<u64>) -> String {
    match moderator {
        Some(id) => format!("Not banned on Roblox at once: <@{id}> has no Roblox account verified with Technified here, and Technified records every ban under a moderator's Roblox account."),
        None => "Not banned on Roblox at once: the moderator who banned is unknown, and Technified records every ban under a moderator's Roblox account.".to_owned(),
    }
}

pub fn card_dismissed(lang: Lang, by: u64) -> String {
    format!("Dismissed by <@{by}>.")
}

/// A card's or a mirror's outcome: who, what became of the Roblox write.
pub fn sync_outcome(lang: Lang, by: u64, unban: bool, written: &str) -> String {
    let what = if unban {
        "Unban on Roblox"
    } else {
        "Ban on Roblox"
    };
    format!("{what} by <@{by}>: {written}.")
}

pub fn sync_done(lang: Lang) -> String {
    "done".to_owned()
}
pub fn sync_queued(lang: Lang) -> String {
    "queued, Technified is not taking it yet; the result will follow here".to_owned()
}

pub fn sync_failed(lang: Lang, why: &str) -> String {
    format!("failed ({why})")
}

pub fn mirrored_ban_title(lang: Lang) -> String {
    "Banned on Roblox too".to_owned()
}
pub fn mirrored_unban_title(lang: Lang) -> String {
    "Unbanned on Roblox too".to_owned()
}

pub fn unverified_ban_title(lang: Lang) -> String {
    "Discord ban: nothing to do on Roblox".to_owned()
}

pub fn unverified_ban(lang: Lang, member: u64) -> String {
    format!(
        "<@{member}> was banned on Discord. They have no Roblox account verified with Technified in this server, so ban sync did nothing on Roblox."
    )
}

pub fn sync_lookup_failed_title(lang: Lang) -> String {
    "Ban sync could not look up the member".to_owned()
}

pub fn sync_lookup_failed(lang: Lang, member: u64, why: &str) -> String {
    format!(
        "<@{member}> was banned or unbanned on Discord, but Technified could not be asked whether they are verified ({why}). Use `/roblox ban` or `/roblox unban` if needed."
    )
}

pub fn card_refused_no_account(lang: Lang) -> Notice {
    notice(
        "You need a verified Roblox account",
        "Technified records every Roblox ban under the moderator's Roblox account. Verify yours with Technified in this server, then press the button again.",
    )
}

pub fn card_closed(lang: Lang) -> Notice {
    notice(
        "Already handled",
        "Someone else has already answered this card, or it is being answered right now.",
    )
}
