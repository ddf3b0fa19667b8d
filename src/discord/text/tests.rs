//! The messages whose English is put together by selectors: the spaces around their
//! optional parts are easy to lose in a `.ftl` file.

use super::Lang;
use super::*;

#[test]
fn optional_clauses_keep_their_spaces() {
    let lang = Lang::english();
    assert_eq!(
        key_removed(lang, 0),
        "The key is forgotten. Revoke it in the Technified dashboard too if it may have leaked."
    );
    assert_eq!(
        key_removed(lang, 1),
        "The key is forgotten. 1 write waiting in the queue was ended without being sent. \
         Revoke it in the Technified dashboard too if it may have leaked."
    );
    assert_eq!(
        key_removed(lang, 3),
        "The key is forgotten. 3 writes waiting in the queue were ended without being sent. \
         Revoke it in the Technified dashboard too if it may have leaked."
    );
    assert_eq!(optional_mark(lang), " (optional)");
    assert_eq!(
        job_failed_state(lang, "refused by Technified", None),
        "failed: refused by Technified"
    );
    assert_eq!(
        job_failed_state(lang, "refused by Technified", Some("HTTP 400")),
        "failed: refused by Technified (last error: HTTP 400)"
    );
}

#[test]
fn bulk_preview_reads_whole_with_or_without_its_parts() {
    let lang = Lang::english();
    let bare = bulk_preview(lang, false, 3, 0, &[], None);
    assert_eq!(bare.title, "Bulk ban: confirm?");
    assert_eq!(
        bare.body,
        "3 Roblox accounts to ban. Each is sent in turn within Technified's rate limits; \
         progress shows here."
    );
    let lines: Vec<usize> = (1..=22).collect();
    let full = bulk_preview(lang, true, 3, 2, &lines, Some("raid"));
    assert_eq!(full.title, "Bulk unban: confirm?");
    assert_eq!(
        full.body,
        "3 Roblox accounts to unban. 2 duplicates left out. Skipped, not a Roblox user ID: \
         lines 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20 and 2 \
         more. Reason: raid. Each is sent in turn within Technified's rate limits; progress \
         shows here."
    );
}

/// One line, or one permission, is named in the singular; several in the plural.
#[test]
fn one_line_or_permission_reads_singular_and_several_plural() {
    let lang = Lang::english();
    let one = bulk_preview(lang, false, 3, 0, &[6], None);
    assert!(
        one.body.contains("not a Roblox user ID: line 6."),
        "{}",
        one.body
    );
    assert_eq!(
        bulk_nothing_valid(lang, &[6]),
        "no line is a Roblox user ID (a number): line 6"
    );
    assert_eq!(
        bulk_nothing_valid(lang, &[2, 5]),
        "no line is a Roblox user ID (a number): lines 2, 5"
    );
    let names = |names: &[&str]| names.iter().map(|n| n.to_string()).collect::<Vec<_>>();
    let one = bot_missing_permission(lang, &names(&["Embed Links"]), "this channel");
    assert_eq!(one.title, "The bot lacks a permission");
    assert_eq!(
        one.body,
        "Give the bot the Embed Links permission in this channel, then try again."
    );
    let two = bot_missing_permission(lang, &names(&["Send Messages", "Embed Links"]), "#log");
    assert_eq!(two.title, "The bot lacks permissions");
    assert_eq!(
        two.body,
        "Give the bot the Send Messages, Embed Links permissions in #log, then try again."
    );
    assert_eq!(
        missing_permission(lang, &names(&["Ban Members", "Moderate Members"])).body,
        "It needs the Ban Members, Moderate Members permissions in this server."
    );
}

#[test]
fn ids_and_optional_ids_stay_exact() {
    let lang = Lang::english();
    let snowflake = 1_234_567_890_123_456_789;
    assert_eq!(
        audit_line(lang, snowflake, "Ban x", Some(12), "done"),
        "<@1234567890123456789>: Ban x · Case #12: done"
    );
    assert_eq!(
        audit_line(lang, snowflake, "Ban x", None, "done"),
        "<@1234567890123456789>: Ban x: done"
    );
    assert_eq!(
        ban_summary(lang, snowflake, None, "r", true),
        "Banned Roblox account 1234567890123456789 permanently: r"
    );
    assert_eq!(
        mute_summary(lang, 7, Some("7 days"), "r", false),
        "Mute Roblox account 7 for 7 days: r"
    );
    let both = both_bans_question(lang, 7, "r", "**Discord:** line");
    assert_eq!(
        both.body,
        "Roblox account 7 will be banned from this server's games with no end date. \
         Reason: r\n**Discord:** line"
    );
}
