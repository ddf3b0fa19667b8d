//! Ban sync end to end, through the real binary against the fakes: `/settings ban-sync`, the
//! `ask` card (pressed, dismissed, refused, pressed after a restart), `mirror` and its fall-back
//! to a card, the audit-log entry before, after or without its ban event, a bot without View
//! Audit Log, unbans lifting only ban sync's own bans, no second round for the bot's own
//! Discord ban, unverified members noted, and `off` doing nothing. Every check is on what the
//! fakes received.

mod support;

use serde_json::json;
use support::*;
use testkit::discord::permissions::{BAN_MEMBERS, DEFAULT_BOT, VIEW_AUDIT_LOG};
use testkit::discord::{AuditEvent, DiscordFault, FakeRole, Member, SeenMessage, intents};

/// The member banned on Discord, and their Roblox account.
const MEMBER_ROBLOX: u64 = 5_000;
/// Roblox writes (bans and unbans) at the fake Technified.
const ROBLOX_WRITES: &str = "POST /moderation";

/// A connected server whose bot may ban and read the audit log (unless `audit_log` is false),
/// with a log channel, a verified member, and ban sync in `mode`.
async fn world(mode: &str, audit_log: bool) -> World {
    let (world, _key) = World::connected().await;
    let audit = if audit_log { VIEW_AUDIT_LOG } else { 0 };
    let guild = world.discord.guild(GUILD).expect("the test server");
    world
        .discord
        .add_guild(guild.bot_permissions(DEFAULT_BOT | BAN_MEMBERS | audit));
    world.set_log_channel().await;
    world
        .technified
        .link(GUILD, MEMBER, MEMBER_ROBLOX, "MemberOnRoblox");
    let set = world.set_ban_sync(mode).await;
    assert_eq!(set.color(), Some(GREEN), "{}", set.embed_text());
    world
}

/// Waits for a post in the log channel whose text holds every one of `words` (lowercase).
async fn wait_post(world: &World, words: &[&str]) -> SeenMessage {
    let mut n = 1;
    loop {
        let posts = world
            .discord
            .wait_channel_messages(LOG_CHANNEL, n, WAIT)
            .await;
        if let Some(post) = posts
            .iter()
            .find(|m| words.iter().all(|w| m.text().contains(w)))
        {
            return post.clone();
        }
        n = posts.len() + 1;
    }
}

/// The custom ID of the card's button labelled `label`.
fn button(card: &SeenMessage, label: &str) -> String {
    card.buttons()
        .into_iter()
        .find(|(_, l, _)| l == label)
        .unwrap_or_else(|| panic!("no button {label}: {:?}", card.buttons()))
        .0
}

/// Waits until the card was edited, and returns it as it is then.
async fn edited(world: &World, card: &SeenMessage) -> SeenMessage {
    let path = format!("/channels/{LOG_CHANNEL}/messages/{}", card.id());
    world.discord.wait_request("PATCH", &path, WAIT).await;
    card.refresh()
}

/// The moderator bans the member on Discord, with the audit-log entry sent as `audit` says.
fn ban_member(world: &World, audit: AuditEvent) {
    world
        .discord
        .ban_as_moderator(GUILD, &world.moderator, MEMBER, Some("raiding"), audit);
}

/// Waits until the bot has handled the Discord ban event of `user` with `done`.
async fn handled(world: &World, user: u64, done: &str) {
    let user = user.to_string();
    world.bot.wait_log(&["ban sync handled", &user, done]).await;
}

/// The Roblox ban of the member at the fake Technified: (moderator's Roblox ID, reason).
fn roblox_ban(world: &World) -> Option<(String, String)> {
    world
        .technified
        .bans(GUILD)
        .into_iter()
        .find(|b| b.roblox_id == MEMBER_ROBLOX)
        .map(|b| (b.by, b.reason))
}

#[tokio::test]
async fn ban_sync_refuses_ask_and_mirror_without_a_log_channel() {
    let (world, _key) = World::connected().await;
    for mode in ["ask", "mirror"] {
        let refused = world
            .run(
                &world.admin,
                "settings ban-sync",
                json!({"mode": mode_choice(mode)}),
            )
            .await;
        assert_look(&refused, RED, &["/settings log-channel"]);
    }
    let off = world
        .run(
            &world.admin,
            "settings ban-sync",
            json!({"mode": mode_choice("off")}),
        )
        .await;
    assert_look(&off, GREEN, &["off"]);
    // Refused means not saved: a ban still does nothing.
    ban_member(&world, AuditEvent::AfterBanEvent);
    handled(&world, MEMBER, "off").await;

    world.set_log_channel().await;
    let ask = world
        .run(
            &world.admin,
            "settings ban-sync",
            json!({"mode": mode_choice("ask")}),
        )
        .await;
    assert_look(&ask, GREEN, &["card"]);
    world.discord.assert_conformant();
}

#[tokio::test]
async fn ask_card_pressed_bans_on_roblox_and_shows_the_case() {
    let world = world("ask", true).await;
    ban_member(&world, AuditEvent::AfterBanEvent);
    let card = wait_post(&world, &["banned on discord", "memberonroblox"]).await;
    let text = card.text();
    assert!(text.contains(&format!("<@{MEMBER}>")), "{text}");
    assert!(
        text.contains(&format!("<@{}>", world.moderator.user_id)),
        "{text}"
    );
    assert!(text.contains("raiding"), "{text}");
    assert!(roblox_ban(&world).is_none(), "ask waits for a press");

    let press = card.click(&world.moderator, &button(&card, "Ban on Roblox too"));
    let card = edited(&world, &card).await;
    assert_eq!(
        roblox_ban(&world),
        Some((
            (ADMIN_ROBLOX + 1).to_string(),
            "Banned on Discord: raiding".to_owned()
        )),
        "the presser's Roblox account is the moderator"
    );
    let text = card.text();
    assert!(text.contains("case #1"), "{text}");
    assert!(text.contains("ban on roblox by"), "{text}");
    assert!(text.contains("done"), "{text}");
    assert!(card.buttons().is_empty(), "the card is answered: {text}");
    assert_eq!(press.reply(WAIT).await.kind(), 6, "acknowledged in place");

    let case = world
        .run(&world.moderator, "cases show", json!({"case": 1}))
        .await;
    assert_look(&case, BLURPLE, &["ban sync", &MEMBER_ROBLOX.to_string()]);
    world.discord.assert_conformant();
}

#[tokio::test]
async fn ask_card_dismissed_changes_nothing_on_roblox() {
    let world = world("ask", true).await;
    ban_member(&world, AuditEvent::AfterBanEvent);
    let card = wait_post(&world, &["banned on discord"]).await;
    card.click(&world.moderator, &button(&card, "Dismiss"));
    let card = edited(&world, &card).await;
    assert!(card.text().contains("dismissed by"), "{}", card.text());
    assert!(card.buttons().is_empty());
    assert_eq!(world.technified.count(ROBLOX_WRITES), 0, "nothing sent");
}

#[tokio::test]
async fn card_presses_without_ban_members_or_a_roblox_account_are_refused() {
    let world = world("ask", true).await;
    ban_member(&world, AuditEvent::AfterBanEvent);
    let card = wait_post(&world, &["banned on discord"]).await;
    let act = button(&card, "Ban on Roblox too");

    // The admin manages the server but may not ban.
    let refused = card.click(&world.admin, &act).reply(WAIT).await;
    assert!(refused.ephemeral());
    assert!(
        refused.embed_text().contains("ban members"),
        "{}",
        refused.embed_text()
    );

    // May ban, but has no Roblox account to record the ban under.
    let unverified = Member::new(777_777_777_777_777_777, "newmod").permissions(BAN_MEMBERS);
    let press = card.click(&unverified, &act);
    let answer = press.wait_followups(1, WAIT).await;
    assert!(answer[0].ephemeral());
    assert!(
        answer[0].embed_text().contains("verified roblox account"),
        "{}",
        answer[0].embed_text()
    );
    assert_eq!(world.technified.count(ROBLOX_WRITES), 0, "nothing sent");
    assert!(
        !card.refresh().buttons().is_empty(),
        "the card is still open"
    );

    // Someone allowed still can.
    card.click(&world.moderator, &act);
    let card = edited(&world, &card).await;
    assert!(card.text().contains("case #1"), "{}", card.text());
    assert_eq!(world.technified.count(ROBLOX_WRITES), 1);
}

#[tokio::test]
async fn a_card_pressed_after_a_restart_still_bans() {
    let mut world = world("ask", true).await;
    ban_member(&world, AuditEvent::AfterBanEvent);
    let card = wait_post(&world, &["banned on discord"]).await;
    world.restart().await;
    card.click(&world.moderator, &button(&card, "Ban on Roblox too"));
    let card = edited(&world, &card).await;
    assert!(card.text().contains("case #1"), "{}", card.text());
    assert!(roblox_ban(&world).is_some());
}

#[tokio::test]
async fn mirror_bans_at_once_under_the_moderators_roblox_account() {
    let world = world("mirror", true).await;
    ban_member(&world, AuditEvent::AfterBanEvent);
    let note = wait_post(&world, &["banned on roblox too", "case #1"]).await;
    assert!(note.buttons().is_empty(), "mirror asks nobody");
    assert_eq!(
        roblox_ban(&world),
        Some((
            (ADMIN_ROBLOX + 1).to_string(),
            "Banned on Discord: raiding".to_owned()
        ))
    );
    let sent = world
        .technified
        .wait_for_requests(ROBLOX_WRITES, 1, WAIT)
        .await;
    assert_eq!(
        sent[0].body.as_ref().unwrap()["duration"],
        json!(null),
        "permanent"
    );
    // The audit line carries the case.
    wait_post(&world, &["case #1", "done"]).await;
}

#[tokio::test]
async fn mirror_asks_when_the_moderator_is_not_verified() {
    let world = world("mirror", true).await;
    let newmod = Member::new(777_777_777_777_777_777, "newmod").permissions(BAN_MEMBERS);
    world.discord.ban_as_moderator(
        GUILD,
        &newmod,
        MEMBER,
        Some("spam"),
        AuditEvent::AfterBanEvent,
    );
    let card = wait_post(
        &world,
        &["not banned on roblox at once", "no roblox account"],
    )
    .await;
    assert_eq!(world.technified.count(ROBLOX_WRITES), 0);
    card.click(&world.moderator, &button(&card, "Ban on Roblox too"));
    edited(&world, &card).await;
    assert_eq!(
        roblox_ban(&world),
        Some((
            (ADMIN_ROBLOX + 1).to_string(),
            "Banned on Discord: spam".to_owned()
        ))
    );
}

#[tokio::test]
async fn without_view_audit_log_the_moderator_is_unknown_and_mirror_asks() {
    let world = world("mirror", false).await;
    ban_member(&world, AuditEvent::AfterBanEvent);
    let card = wait_post(&world, &["not banned on roblox at once", "unknown"]).await;
    assert!(card.text().contains("by\nunknown"), "{}", card.text());
    assert_eq!(world.technified.count(ROBLOX_WRITES), 0);
    world
        .discord
        .wait_request("GET", &format!("/guilds/{GUILD}/audit-logs"), WAIT)
        .await;
}

#[tokio::test]
async fn the_audit_entry_counts_before_or_after_its_ban_event() {
    for audit in [AuditEvent::BeforeBanEvent, AuditEvent::AfterBanEvent] {
        let world = world("mirror", true).await;
        // Only the gateway event can tell who banned.
        let route = format!("GET /guilds/{GUILD}/audit-logs");
        world
            .discord
            .fail_next(&route, DiscordFault::server_error(), 10);
        ban_member(&world, audit);
        wait_post(&world, &["banned on roblox too"]).await;
        assert_eq!(
            roblox_ban(&world).map(|(by, _)| by),
            Some((ADMIN_ROBLOX + 1).to_string()),
            "{audit:?}"
        );
    }
}

#[tokio::test]
async fn an_entry_never_sent_on_the_gateway_is_read_from_the_audit_log() {
    let world = world("mirror", true).await;
    ban_member(&world, AuditEvent::NotSent);
    wait_post(&world, &["banned on roblox too"]).await;
    assert_eq!(
        roblox_ban(&world).map(|(by, _)| by),
        Some((ADMIN_ROBLOX + 1).to_string())
    );
}

#[tokio::test]
async fn a_discord_unban_lifts_only_a_ban_that_ban_sync_made() {
    let world = world("mirror", true).await;
    // A Roblox ban made by a command, of another verified member.
    let other = MEMBER + 1;
    world.technified.link(GUILD, other, 6_000, "OtherOnRoblox");
    let by_command = world
        .run(
            &world.moderator,
            "roblox ban",
            json!({"roblox_id": 6_000, "reason": "cheating", "duration": "7d"}),
        )
        .await;
    assert_eq!(
        by_command.color(),
        Some(GREEN),
        "{}",
        by_command.embed_text()
    );

    ban_member(&world, AuditEvent::AfterBanEvent);
    wait_post(&world, &["banned on roblox too"]).await;
    world.discord.unban_as_moderator(
        GUILD,
        &world.moderator,
        MEMBER,
        None,
        AuditEvent::AfterBanEvent,
    );
    wait_post(&world, &["unbanned on roblox too"]).await;
    assert!(roblox_ban(&world).is_none(), "ban sync's ban is lifted");

    // The command's Roblox ban stands: a Discord ban adds nothing, and unbanning lifts nothing.
    let set = world
        .run(
            &world.admin,
            "settings ban-sync",
            json!({"mode": mode_choice("ask")}),
        )
        .await;
    assert_eq!(set.color(), Some(GREEN));
    world.discord.ban_as_moderator(
        GUILD,
        &world.moderator,
        other,
        None,
        AuditEvent::AfterBanEvent,
    );
    handled(&world, other, "already banned on Roblox").await;
    world.discord.unban_as_moderator(
        GUILD,
        &world.moderator,
        other,
        None,
        AuditEvent::AfterBanEvent,
    );
    handled(&world, other, "not a ban sync ban").await;
    assert!(
        world
            .technified
            .bans(GUILD)
            .iter()
            .any(|b| b.roblox_id == 6_000),
        "the command's ban stays"
    );
    assert_eq!(world.technified.count(ROBLOX_WRITES), 3, "ban, ban, unban");
}

#[tokio::test]
async fn the_bots_own_discord_ban_is_not_synced_back() {
    let world = world("mirror", true).await;
    // `/roblox ban … discord:true` bans the member on Discord too: the moderator ranks above
    // the member, the bot above both.
    const MOD_ROLE: u64 = 700_000_000_000_000_001;
    let guild = world.discord.guild(GUILD).expect("the test server");
    let role = FakeRole::new(MOD_ROLE, "Moderators", 0).position(2);
    world.discord.add_guild(
        guild
            .bot_role_position(4)
            .role(role)
            .member(world.member.clone()),
    );
    let moderator = world.moderator.clone().roles(&[MOD_ROLE]);
    let options = json!({"roblox_id": MEMBER_ROBLOX, "reason": "cheating", "discord": true});
    let ban = world
        .discord
        .command(GUILD, &moderator, "roblox ban", options);
    let question = ban
        .wait_message(WAIT, "the question", |m| !m.buttons().is_empty())
        .await;
    question.click(&moderator, &button(&question, "Ban permanently"));
    let both = ban
        .wait_message(WAIT, "both outcomes", |m| m.content().contains("Discord:"))
        .await;
    assert_eq!(both.color(), Some(GREEN), "{}", both.text());
    world.discord.wait_banned(GUILD, MEMBER, WAIT).await;
    // The audit entry names the bot as the one who banned: no second round.
    handled(&world, MEMBER, "the bot's own ban").await;
    assert_eq!(
        world.technified.count(ROBLOX_WRITES),
        1,
        "only the command's ban"
    );
}

#[tokio::test]
async fn an_unverified_member_is_only_noted() {
    let world = world("mirror", true).await;
    let stranger = 888_888_888_888_888_888;
    world.discord.ban_as_moderator(
        GUILD,
        &world.moderator,
        stranger,
        None,
        AuditEvent::AfterBanEvent,
    );
    let note = wait_post(&world, &["nothing to do on roblox", &stranger.to_string()]).await;
    assert!(note.buttons().is_empty());
    assert_eq!(world.technified.count(ROBLOX_WRITES), 0);
}

#[tokio::test]
async fn off_does_nothing() {
    let world = world("off", true).await;
    // The bans reach the bot at all: it asks for the (unprivileged) GUILD_MODERATION intent.
    let intents = world.discord.identifies()[0]["intents"].as_u64().unwrap();
    assert_ne!(intents & intents::GUILD_MODERATION, 0, "{intents:#b}");
    assert_eq!(intents & intents::GUILD_MEMBERS, 0, "nothing privileged");
    let before = world.discord.channel_messages(LOG_CHANNEL).len();
    let lookups = world.technified.count("GET /lookup");
    ban_member(&world, AuditEvent::AfterBanEvent);
    handled(&world, MEMBER, "off").await;
    assert_eq!(world.discord.channel_messages(LOG_CHANNEL).len(), before);
    assert_eq!(
        world.technified.count("GET /lookup"),
        lookups,
        "not even a lookup"
    );
    assert_eq!(world.technified.count(ROBLOX_WRITES), 0);
}

#[tokio::test]
async fn in_ask_an_unban_of_a_ban_sync_ban_asks_to_lift_it() {
    let world = world("ask", true).await;
    ban_member(&world, AuditEvent::AfterBanEvent);
    let card = wait_post(&world, &["banned on discord"]).await;
    card.click(&world.moderator, &button(&card, "Ban on Roblox too"));
    edited(&world, &card).await;
    assert!(roblox_ban(&world).is_some());

    world.discord.unban_as_moderator(
        GUILD,
        &world.moderator,
        MEMBER,
        Some("appealed"),
        AuditEvent::BeforeBanEvent,
    );
    let card = wait_post(&world, &["unbanned on discord", "appealed"]).await;
    assert!(roblox_ban(&world).is_some(), "ask waits for a press");
    card.click(&world.moderator, &button(&card, "Unban on Roblox too"));
    let card = edited(&world, &card).await;
    assert!(card.text().contains("case #2"), "{}", card.text());
    assert!(roblox_ban(&world).is_none(), "lifted");
    world.discord.assert_conformant();
}

#[tokio::test]
async fn an_account_the_bot_already_banned_on_roblox_is_not_asked_about_again() {
    // Without View Audit Log the bot cannot tell that a Discord ban was its own
    // (`/roblox ban discord:true`); the Roblox ban the command made already answers it.
    let world = world("mirror", false).await;
    let by_command = world
        .run(
            &world.moderator,
            "roblox ban",
            json!({"roblox_id": MEMBER_ROBLOX, "reason": "cheating", "duration": "7d"}),
        )
        .await;
    assert_eq!(
        by_command.color(),
        Some(GREEN),
        "{}",
        by_command.embed_text()
    );
    wait_post(&world, &["case #1", "done"]).await; // the command's audit line
    let before = world.discord.channel_messages(LOG_CHANNEL).len();
    ban_member(&world, AuditEvent::NotSent);
    handled(&world, MEMBER, "already banned on Roblox").await;
    assert_eq!(
        world.discord.channel_messages(LOG_CHANNEL).len(),
        before,
        "no card"
    );
    assert_eq!(
        world.technified.count(ROBLOX_WRITES),
        1,
        "only the command's ban"
    );
}
