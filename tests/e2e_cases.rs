//! Moderation cases end to end: every write made through the bot is a case with a per-server
//! number and its outcome, kept with its write in one transaction; `/cases list`, `show` and
//! `export` (the CSV parsed back here) through the real binary against the fakes.

mod support;

use std::path::Path;

use serde_json::{Value, json};
use support::{
    ADMIN, ADMIN_ROBLOX, AMBER, BLURPLE, GREEN, GUILD, LOG_CHANNEL, MEMBER, RED, WAIT, World,
    assert_look, fill_queue,
};
use testkit::discord::permissions::{BAN_MEMBERS, MANAGE_GUILD, MODERATE_MEMBERS};
use testkit::discord::{Interaction, Member};
use testkit::technified::Fault;

const MODERATOR: u64 = ADMIN + 1;
/// A second moderator, verified on Roblox.
const OTHER_MODERATOR: u64 = ADMIN + 2;

/// A connected world with its log channel set and a second verified moderator.
async fn world() -> (World, Member) {
    let (world, _key) = World::connected().await;
    world.set_log_channel().await;
    world
        .technified
        .link(GUILD, OTHER_MODERATOR, ADMIN_ROBLOX + 2, "OtherModOnRoblox");
    let other =
        Member::new(OTHER_MODERATOR, "other-mod").permissions(BAN_MEMBERS | MODERATE_MEMBERS);
    (world, other)
}

fn moderate(world: &World, who: &Member, action: &str, options: Value) -> Interaction {
    world
        .discord
        .command(GUILD, who, &format!("roblox {action}"), options)
}

async fn mute(world: &World, who: &Member, roblox_id: u64, reason: &str) -> String {
    let options = json!({"roblox_id": roblox_id, "reason": reason, "duration": "1h"});
    let seen = moderate(world, who, "mute", options)
        .final_message(WAIT)
        .await;
    assert_eq!(seen.color(), Some(GREEN), "{}", seen.embed_text());
    seen.embed_text()
}

/// `(number, action, roblox_id, outcome)` of every case in the bot's database, by number.
async fn stored_cases(db: &Path) -> Vec<(i64, String, i64, String)> {
    sqlx::query_as(
        "SELECT number, action, roblox_id, outcome FROM cases WHERE guild_id = ? ORDER BY number",
    )
    .bind(GUILD as i64)
    .fetch_all(&mut support::database(db).await)
    .await
    .expect("read the cases")
}

/// The moderation writes Technified received, as `(action, roblox_id)`.
fn technified_writes(world: &World) -> Vec<(String, i64)> {
    let mut writes: Vec<(String, i64)> = world
        .technified
        .requests()
        .iter()
        .filter(|r| r.method == "POST" && r.path.contains("/roblox/"))
        .map(|r| {
            let action = r.path.rsplit('/').next().unwrap_or_default().to_owned();
            let body = r.body.clone().unwrap_or_default();
            let id = body["roblox_id"]
                .as_str()
                .and_then(|s| s.parse().ok())
                .or_else(|| body["roblox_id"].as_i64())
                .unwrap_or_default();
            (action, id)
        })
        .collect();
    writes.sort();
    writes.dedup();
    writes
}

#[tokio::test]
async fn every_write_is_a_case_and_every_case_a_write() {
    let (world, _) = world().await;
    // Done at once.
    let done = mute(&world, &world.moderator, 261, "spam").await;
    assert!(done.contains("case #1"), "{done}");
    // Refused by Technified (no ban to lift): a case, failed.
    let refused = moderate(&world, &world.moderator, "unban", json!({"roblox_id": 262}))
        .final_message(WAIT)
        .await;
    assert_eq!(refused.color(), Some(RED), "{}", refused.embed_text());
    assert!(
        refused.embed_text().contains("case #2"),
        "a refused write shows its case: {}",
        refused.embed_text()
    );
    // Queued during an outage, then done by the retry engine.
    world.outage("POST /moderation");
    let ban = moderate(
        &world,
        &world.moderator,
        "ban",
        json!({"roblox_id": 263, "reason": "Exploiting", "duration": "1d"}),
    );
    let queued = ban.final_message(WAIT).await;
    assert_eq!(queued.color(), Some(AMBER));
    assert!(
        queued.embed_text().contains("case #3"),
        "{}",
        queued.embed_text()
    );
    assert_eq!(
        stored_cases(&world.database_file()).await[2],
        (3, "ban".into(), 263, "queued".into())
    );
    world
        .technified
        .wait_for_requests("POST /moderation", 2, WAIT)
        .await;
    world.technified.clear_faults();
    let late = ban
        .wait_message(WAIT, "the late result", |m| m.color() == Some(GREEN))
        .await;
    assert!(
        late.embed_text().contains("case #3"),
        "{}",
        late.embed_text()
    );

    let cases = stored_cases(&world.database_file()).await;
    assert_eq!(
        cases,
        [
            (1, "mute".into(), 261, "done".into()),
            (2, "unban".into(), 262, "failed".into()),
            (3, "ban".into(), 263, "done".into()),
        ]
    );
    // A write per case and a case per write: what Technified received is exactly the cases.
    let mut from_cases: Vec<(String, i64)> =
        cases.iter().map(|(_, a, r, _)| (a.clone(), *r)).collect();
    from_cases.sort();
    assert_eq!(technified_writes(&world), from_cases);

    // The audit lines carry the case numbers, the late one included.
    let lines = world
        .discord
        .wait_channel_messages(LOG_CHANNEL, 4, WAIT)
        .await;
    let audit: Vec<&str> = lines.iter().map(|m| m.content()).collect();
    for (number, what) in [
        (1, "Mute Roblox account 261"),
        (2, "Lift the ban of Roblox account 262"),
        (3, "Ban Roblox account 263"),
    ] {
        assert!(
            audit
                .iter()
                .any(|l| l.contains(what) && l.contains(&format!("Case #{number}:"))),
            "case {number}: {audit:?}"
        );
    }

    let shown = world
        .run(&world.moderator, "cases show", json!({"case": 3}))
        .await;
    assert_look(
        &shown,
        BLURPLE,
        &[
            "case #3",
            "ban",
            "263",
            &format!("<@{MODERATOR}>"),
            "exploiting",
            "1 day",
            "done",
        ],
    );
    let failed = world
        .run(&world.moderator, "cases show", json!({"case": 2}))
        .await;
    assert_look(&failed, BLURPLE, &["case #2", "unban", "262", "failed"]);
    let missing = world
        .run(&world.moderator, "cases show", json!({"case": 99}))
        .await;
    assert_look(&missing, RED, &["no such case"]);
    world.discord.assert_conformant();
}

#[tokio::test]
async fn cancel_and_key_removal_end_the_case_with_the_job() {
    let (world, _) = world().await;
    world.outage("POST /moderation");
    for roblox_id in [271, 272] {
        let options = json!({"roblox_id": roblox_id, "reason": "Spam", "duration": "1h"});
        let seen = moderate(&world, &world.moderator, "mute", options)
            .final_message(WAIT)
            .await;
        assert_eq!(seen.color(), Some(AMBER));
    }
    let jobs = world
        .discord
        .command(GUILD, &world.admin, "jobs", json!({}));
    let listing = jobs.final_message(WAIT).await;
    let (cancel, _, _) = listing
        .buttons()
        .into_iter()
        .next()
        .expect("a cancel button");
    listing.click(&world.admin, &cancel);
    jobs.wait_message(WAIT, "the job cancelled", |m| {
        m.embed_text().contains("cancelled")
    })
    .await;
    let remove = world
        .discord
        .command(GUILD, &world.admin, "key remove", json!({}));
    let question = remove.final_message(WAIT).await;
    let (confirm, _, _) = question
        .buttons()
        .into_iter()
        .find(|b| b.1 == "Remove")
        .expect("a remove button");
    question.click(&world.admin, &confirm);
    remove
        .wait_message(WAIT, "the key removed", |m| {
            m.embed_text().contains("forgotten")
        })
        .await;
    let cases = stored_cases(&world.database_file()).await;
    assert_eq!(
        cases,
        [
            (1, "mute".into(), 271, "cancelled".into()),
            (2, "mute".into(), 272, "failed".into()),
        ]
    );
}

/// A queued write's late result names its case even beside Technified's longest refusal: the
/// case line is counted with the rest, so the reply stays within Discord's 6,000-character
/// embed total and Discord takes the edit.
#[tokio::test]
async fn a_late_refusal_at_full_length_still_shows_its_case() {
    let (world, _) = world().await;
    world.outage("POST /moderation");
    let options = json!({"roblox_id": 273, "reason": "Exploiting", "duration": "1d"});
    let ban = moderate(&world, &world.moderator, "ban", options);
    assert_eq!(ban.final_message(WAIT).await.color(), Some(AMBER));

    world.technified.clear_faults();
    let long = "Reason is too short ".repeat(400);
    world
        .technified
        .fail_next("POST /moderation", Fault::Status(400, long), 1_000);
    let refused = ban
        .wait_message(WAIT, "the ban refused", |m| m.color() == Some(RED))
        .await;
    assert!(
        refused.embed_text().contains("case #1"),
        "{}",
        refused.embed_text()
    );
    world.discord.assert_conformant();
}

#[tokio::test]
async fn list_filters_pages_and_autocomplete() {
    let (world, other) = world().await;
    world.technified.link(GUILD, MEMBER, 305, "MemberOnRoblox");
    for roblox_id in 300..312 {
        mute(&world, &world.moderator, roblox_id, "spam").await;
    }
    mute(&world, &other, 305, "again").await; // case 13

    let list = world
        .discord
        .command(GUILD, &world.moderator, "cases list", json!({}));
    let first = list.final_message(WAIT).await;
    assert_look(
        &first,
        BLURPLE,
        &["cases (13)", "page 1 of 2", "`#13`", "`#4`"],
    );
    let text = first.embed_text();
    assert!(
        text.find("`#13`") < text.find("`#12`"),
        "newest first: {text}"
    );
    assert!(!text.contains("`#3`"), "{text}");
    let next = first.buttons()[1].0.clone();
    let second = first
        .click(&world.moderator, &next)
        .final_message(WAIT)
        .await;
    assert_look(&second, BLURPLE, &["page 2 of 2", "`#3`", "`#1`"]);
    assert!(!second.embed_text().contains("`#4`"));

    let about = |options: Value| {
        let world = &world;
        async move {
            world
                .run(&world.moderator, "cases list", options)
                .await
                .embed_text()
        }
    };
    let by_roblox = about(json!({"roblox_id": 305})).await;
    assert!(
        by_roblox.contains("cases (2)")
            && by_roblox.contains("`#13`")
            && by_roblox.contains("`#6`"),
        "{by_roblox}"
    );
    // The member's cases are those of the Roblox account linked to them.
    let by_member = about(json!({"user": MEMBER})).await;
    assert!(
        by_member.contains("cases (2)") && by_member.contains("`#6`"),
        "{by_member}"
    );
    let by_moderator = about(json!({"moderator": OTHER_MODERATOR})).await;
    assert!(
        by_moderator.contains("cases (1)") && by_moderator.contains("`#13`"),
        "{by_moderator}"
    );
    let both = about(json!({"roblox_id": 305, "moderator": MODERATOR})).await;
    assert!(
        both.contains("cases (1)") && both.contains("`#6`"),
        "{both}"
    );
    let none = about(json!({"roblox_id": 999})).await;
    assert!(
        none.contains("cases (0)") && none.contains("no cases match"),
        "{none}"
    );

    let choices = world
        .discord
        .autocomplete(
            GUILD,
            &world.moderator,
            "cases show",
            "case",
            "1",
            json!({}),
        )
        .await;
    let values: Vec<Value> = choices.iter().map(|c| c.value.clone()).collect();
    assert_eq!(
        values,
        [json!(13), json!(12), json!(11), json!(10), json!(1)],
        "{choices:?}"
    );
    assert!(
        choices[0].name.contains("Roblox account 305"),
        "{choices:?}"
    );
    let by_target = world
        .discord
        .autocomplete(
            GUILD,
            &world.moderator,
            "cases show",
            "case",
            "305",
            json!({}),
        )
        .await;
    let values: Vec<Value> = by_target.iter().map(|c| c.value.clone()).collect();
    assert_eq!(values, [json!(13), json!(6)], "{by_target:?}");
    // A member without Moderate Members sees no cases, not even as suggestions.
    let member = world
        .discord
        .autocomplete(GUILD, &world.member, "cases show", "case", "", json!({}))
        .await;
    assert!(member.is_empty(), "{member:?}");
    world.discord.assert_conformant();
}

#[tokio::test]
async fn export_is_every_case_as_csv() {
    let (world, other) = world().await;
    let reason = "Spam, \"raids\"\nand ünïcødé 🚫";
    mute(&world, &world.moderator, 281, reason).await;
    let options = json!({"roblox_id": 282, "reason": "plain"});
    moderate(&world, &other, "unmute", options)
        .final_message(WAIT)
        .await;

    // Without Manage Server: refused by name, nothing exported.
    let refused = world.run(&world.moderator, "cases export", json!({})).await;
    assert_look(&refused, RED, &["manage server"]);
    assert!(refused.files().is_empty());

    let exporter = Member::new(ADMIN + 3, "exporter").permissions(MANAGE_GUILD | MODERATE_MEMBERS);
    let export = world.run(&exporter, "cases export", json!({})).await;
    assert_look(&export, GREEN, &["2 cases"]);
    let files = export.files();
    assert_eq!(files.len(), 1);
    assert_eq!(files[0].filename, "cases.csv");
    let mut reader = csv::Reader::from_reader(files[0].bytes.as_slice());
    let header: Vec<String> = reader
        .headers()
        .unwrap()
        .iter()
        .map(str::to_owned)
        .collect();
    assert_eq!(
        header,
        [
            "case",
            "action",
            "roblox_id",
            "discord_id",
            "moderator_discord_id",
            "moderator_roblox_id",
            "reason",
            "duration",
            "source",
            "outcome",
            "created_at",
            "updated_at"
        ]
    );
    let rows: Vec<csv::StringRecord> = reader.records().map(Result::unwrap).collect();
    assert_eq!(rows.len(), 2);
    let field = |row: &csv::StringRecord, name: &str| {
        row[header.iter().position(|h| h == name).unwrap()].to_owned()
    };
    assert_eq!(field(&rows[0], "case"), "1");
    assert_eq!(field(&rows[0], "action"), "mute");
    assert_eq!(field(&rows[0], "roblox_id"), "281");
    assert_eq!(field(&rows[0], "reason"), reason, "quoted and UTF-8 intact");
    assert_eq!(field(&rows[0], "duration"), "1h");
    assert_eq!(
        field(&rows[0], "moderator_discord_id"),
        MODERATOR.to_string()
    );
    assert_eq!(
        field(&rows[0], "moderator_roblox_id"),
        (ADMIN_ROBLOX + 1).to_string()
    );
    assert_eq!(field(&rows[0], "source"), "command");
    assert_eq!(field(&rows[0], "outcome"), "done");
    assert!(field(&rows[0], "created_at").ends_with('Z'), "RFC 3339 UTC");
    assert_eq!(field(&rows[1], "case"), "2");
    assert_eq!(field(&rows[1], "action"), "unmute");
    assert_eq!(
        field(&rows[1], "moderator_discord_id"),
        OTHER_MODERATOR.to_string()
    );
    assert_eq!(field(&rows[1], "outcome"), "failed", "no mute to lift");
    world.discord.assert_conformant();
}

#[tokio::test]
async fn numbers_are_gap_free_across_a_refusal_and_a_restart() {
    let (mut world, _) = world().await;
    mute(&world, &world.moderator, 291, "spam").await;
    // A full queue refuses the write before anything is stored: no case, no number spent.
    fill_queue(
        &format!("sqlite://{}", world.database_file().display()),
        GUILD,
        10_000,
    )
    .await;
    let full = moderate(
        &world,
        &world.moderator,
        "mute",
        json!({"roblox_id": 292, "reason": "spam", "duration": "1h"}),
    )
    .final_message(WAIT)
    .await;
    assert_eq!(full.color(), Some(RED), "{}", full.embed_text());
    sqlx::query("DELETE FROM jobs WHERE guild_id = ? AND state = 'pending'")
        .bind(GUILD as i64)
        .execute(&mut support::database(&world.database_file()).await)
        .await
        .expect("empty the queue");
    world.restart().await;
    let after = mute(&world, &world.moderator, 293, "spam").await;
    assert!(after.contains("case #2"), "{after}");
    let numbers: Vec<i64> = stored_cases(&world.database_file())
        .await
        .iter()
        .map(|c| c.0)
        .collect();
    assert_eq!(numbers, [1, 2]);
    assert_eq!(
        technified_writes(&world).len(),
        2,
        "the refused write was never sent"
    );
}
