//! The Technified client against the fake Technified server (testkit): every endpoint, every
//! fault kind, guild targeting as the route table says, and pacing under a burst.

use std::time::Duration;

use serde_json::json;
use technified_bot::retry::policy::{Retry, classify};
use technified_bot::technified::{
    AgePlatform, ApiError, ApiKey, BindingRule, Client, Endpoint, ErrorKind, GuildIn, Lift, Link,
    NewBinding, Punish, Punishment, RateGroup,
};
use testkit::technified::{FakeTechnified, Fault, Recorded};
use tokio::time::Instant;

const GUILD: u64 = 1_234_567_890;
const DISCORD_ID: u64 = 123_456_789_012_345_678;
const ROBLOX_ID: u64 = 261;
const MODERATOR: u64 = 987_654_321;

struct Setup {
    fake: FakeTechnified,
    client: Client,
    key: ApiKey,
}

async fn setup() -> Setup {
    setup_with(Client::new).await
}

async fn setup_with(make_client: impl FnOnce(&str) -> Client) -> Setup {
    let fake = FakeTechnified::start().await;
    let key = ApiKey::parse(&fake.add_key(GUILD)).expect("the fake issues well-formed keys");
    fake.link(GUILD, DISCORD_ID, ROBLOX_ID, "Shedletsky");
    let client = make_client(&fake.base_url());
    Setup { fake, client, key }
}

impl Setup {
    fn last_request(&self) -> Recorded {
        self.fake
            .requests()
            .pop()
            .expect("the client sent a request")
    }
}

fn punish(duration: Option<&str>) -> Punish {
    Punish {
        roblox_id: ROBLOX_ID,
        reason: "Exploiting".into(),
        moderator_roblox_id: MODERATOR,
        duration: duration.map(str::to_owned),
    }
}

fn lift() -> Lift {
    Lift {
        roblox_id: ROBLOX_ID,
        reason: Some("Appeal accepted".into()),
    }
}

fn group_binding(min_rank: u8, max_rank: u8) -> NewBinding {
    NewBinding {
        discord_role_id: 555,
        rule: BindingRule::GroupRank {
            group_id: 7_384_293,
            min_rank,
            max_rank,
        },
        priority: None,
    }
}

fn api_kind(error: &ApiError) -> (u16, &str) {
    match &error.kind {
        ErrorKind::Api {
            status, message, ..
        } => (*status, message.as_str()),
        other => panic!("expected an API error, got {other:?}"),
    }
}

/// Calls `endpoint` once with arguments the fake's state (see `prepare_every_endpoint`)
/// accepts, and returns the parameters the path should carry.
async fn call(s: &Setup, endpoint: Endpoint) -> (Result<(), ApiError>, Vec<u64>) {
    let (c, k) = (&s.client, &s.key);
    match endpoint {
        Endpoint::LookupDiscord => (
            c.lookup_discord(k, DISCORD_ID).await.map(drop),
            vec![DISCORD_ID],
        ),
        Endpoint::LookupRoblox => (
            c.lookup_roblox(k, ROBLOX_ID).await.map(drop),
            vec![ROBLOX_ID],
        ),
        Endpoint::LookupBatch => (c.lookup_batch(k, &[DISCORD_ID]).await.map(drop), vec![]),
        Endpoint::ListBindings => (c.list_bindings(k).await.map(drop), vec![]),
        Endpoint::AddBinding => (c.add_binding(k, &group_binding(1, 2)).await, vec![]),
        Endpoint::RemoveBinding => (c.remove_binding(k, "1").await, vec![]),
        Endpoint::TestBinding => (c.test_binding(k, "2", DISCORD_ID).await.map(drop), vec![]),
        Endpoint::BanStatus => (
            c.punishment_status(k, Punishment::Ban, ROBLOX_ID, None, false)
                .await
                .map(drop),
            vec![ROBLOX_ID],
        ),
        Endpoint::MuteStatus => (
            c.punishment_status(k, Punishment::Mute, ROBLOX_ID, None, false)
                .await
                .map(drop),
            vec![ROBLOX_ID],
        ),
        Endpoint::Ban => (c.ban(k, &punish(None)).await, vec![]),
        Endpoint::Unban => (c.unban(k, &lift()).await, vec![]),
        Endpoint::Mute => (c.mute(k, &punish(Some("1h"))).await, vec![]),
        Endpoint::Unmute => (c.unmute(k, &lift()).await, vec![]),
        Endpoint::ShieldCheck => (
            c.shield_check(k, ROBLOX_ID).await.map(drop),
            vec![ROBLOX_ID],
        ),
    }
}

#[tokio::test]
async fn every_endpoint_targets_the_guild_as_the_route_table_says() {
    let s = setup().await;
    // Binding 1 is removed, binding 2 is tested.
    s.fake.insert_binding(
        GUILD,
        json!({"discord_role_id": "1", "binding_type": "badge", "roblox_badge_id": 9}),
    );
    s.fake.insert_binding(
        GUILD,
        json!({"discord_role_id": "2", "binding_type": "group_rank",
        "roblox_group_id": 7, "min_rank": 0, "max_rank": 255}),
    );
    let mut request_ids = Vec::new();
    for endpoint in Endpoint::ALL {
        let (result, params) = call(&s, endpoint).await;
        result.unwrap_or_else(|e| panic!("{endpoint}: {e}"));
        let route = endpoint.route();
        let request = s.last_request();
        let method = format!("{:?}", route.method).to_uppercase();
        assert_eq!(request.method, method, "{endpoint}");
        assert_eq!(request.path, route.render(GUILD, &params), "{endpoint}");
        assert_eq!(
            request.header("x-api-key"),
            Some(s.key.expose()),
            "{endpoint}"
        );
        let request_id = request
            .header("x-request-id")
            .expect("X-Request-ID sent")
            .to_owned();
        request_ids.push(request_id);
        let user_agent = request.header("user-agent").unwrap_or_default();
        assert!(user_agent.starts_with("technified-bot/"), "{user_agent}");
        let guild = GUILD.to_string();
        match route.guild_in {
            GuildIn::Header => {
                assert_eq!(
                    request.header("x-guild-id"),
                    Some(guild.as_str()),
                    "{endpoint}"
                );
            }
            GuildIn::Body => {
                let body = request.body.as_ref().expect("a JSON body");
                assert_eq!(body["guild_id"], json!(guild), "{endpoint}");
            }
            GuildIn::Path => {
                assert!(
                    request.path.starts_with(&format!("/moderation/{guild}/")),
                    "{endpoint}"
                );
                assert_eq!(request.header("x-guild-id"), None, "{endpoint}");
            }
        }
    }
    request_ids.sort();
    request_ids.dedup();
    assert_eq!(
        request_ids.len(),
        Endpoint::ALL.len(),
        "request IDs are fresh per call"
    );
}

#[tokio::test]
async fn lookups() {
    let s = setup().await;
    let expected = Link {
        discord_id: DISCORD_ID,
        roblox_id: ROBLOX_ID,
        roblox_username: "Shedletsky".into(),
        verified: true,
    };
    assert_eq!(
        s.client.lookup_discord(&s.key, DISCORD_ID).await.unwrap(),
        expected
    );
    assert_eq!(
        s.client.lookup_roblox(&s.key, ROBLOX_ID).await.unwrap(),
        expected
    );

    let missing = s.client.lookup_discord(&s.key, 42).await.unwrap_err();
    assert_eq!(api_kind(&missing), (404, "User not found"));
    assert_eq!(missing.endpoint, Endpoint::LookupDiscord);
    assert_eq!(classify(&missing), Retry::Never);
    assert_eq!(
        s.last_request().header("x-request-id"),
        Some(missing.request_id.as_str())
    );
}

#[tokio::test]
async fn batch_lookup_in_both_documented_shapes() {
    let s = setup().await;
    let asked = [42, DISCORD_ID, 7];
    for array_shape in [false, true] {
        s.fake.batch_shape_array(array_shape);
        let results = s.client.lookup_batch(&s.key, &asked).await.unwrap();
        let summary: Vec<_> = results
            .iter()
            .map(|(id, link)| (*id, link.as_ref().map(|l| l.roblox_id)))
            .collect();
        assert_eq!(
            summary,
            [(42, None), (DISCORD_ID, Some(ROBLOX_ID)), (7, None)],
            "array: {array_shape}"
        );
        let body = s.last_request().body.unwrap();
        assert_eq!(
            body["discord_ids"],
            json!(["42", DISCORD_ID.to_string(), "7"])
        );
    }
    let before = s.fake.requests().len();
    assert!(s.client.lookup_batch(&s.key, &[]).await.unwrap().is_empty());
    assert_eq!(
        s.fake.requests().len(),
        before,
        "an empty batch sends nothing"
    );

    let too_many: Vec<u64> = (1..=26).collect();
    let error = s.client.lookup_batch(&s.key, &too_many).await.unwrap_err();
    assert_eq!(error.status(), Some(400));
}

#[tokio::test]
async fn bindings_add_list_test_remove() {
    let s = setup().await;
    s.fake.set_role_name(555, "Members");
    s.fake.set_group_name(7_384_293, "Fans");
    let new = [
        group_binding(50, 100),
        NewBinding {
            discord_role_id: 556,
            rule: BindingRule::Gamepass { gamepass_id: 11 },
            priority: Some(3),
        },
        NewBinding {
            discord_role_id: 557,
            rule: BindingRule::Asset { asset_id: 12 },
            priority: None,
        },
        NewBinding {
            discord_role_id: 558,
            rule: BindingRule::Badge { badge_id: 13 },
            priority: None,
        },
        NewBinding {
            discord_role_id: 559,
            rule: BindingRule::AccountAge {
                platform: AgePlatform::Discord,
                min_days: 30,
            },
            priority: None,
        },
    ];
    for binding in &new {
        s.client.add_binding(&s.key, binding).await.unwrap();
    }
    let listed = s.client.list_bindings(&s.key).await.unwrap();
    let rules: Vec<_> = listed
        .iter()
        .map(|b| (b.discord_role_id, b.rule.clone()))
        .collect();
    let expected: Vec<_> = new
        .iter()
        .map(|b| (b.discord_role_id, Some(b.rule.clone())))
        .collect();
    assert_eq!(rules, expected);
    assert_eq!(listed[0].role_name.as_deref(), Some("Members"));
    assert_eq!(listed[0].group_name.as_deref(), Some("Fans"));
    assert_eq!(listed[1].priority, Some(3));

    let duplicate = s.client.add_binding(&s.key, &new[0]).await.unwrap_err();
    assert_eq!(duplicate.status(), Some(409));

    s.fake.invalid_roblox_ids([13_000]);
    let invalid = NewBinding {
        discord_role_id: 560,
        rule: BindingRule::Badge { badge_id: 13_000 },
        priority: None,
    };
    let error = s.client.add_binding(&s.key, &invalid).await.unwrap_err();
    assert_eq!(error.status(), Some(400));
    assert!(error.message().unwrap().contains("13000"), "{error}");

    let reversed = s
        .client
        .add_binding(&s.key, &group_binding(9, 3))
        .await
        .unwrap_err();
    assert_eq!(reversed.status(), Some(422));
    assert!(
        reversed
            .details()
            .is_some_and(|d| d.to_string().contains("max_rank"))
    );

    s.fake.set_group_rank(ROBLOX_ID, 7_384_293, 12);
    let test = s
        .client
        .test_binding(&s.key, &listed[0].id, DISCORD_ID)
        .await
        .unwrap();
    assert_eq!(test.matches, Some(false));
    assert_eq!(test.explanation, "User rank 12 is below minimum 50");
    assert_eq!(test.rank, Some(12));
    let body = s.last_request().body.unwrap();
    assert_eq!(body["discord_id"], json!(DISCORD_ID.to_string()));

    s.client
        .remove_binding(&s.key, &listed[0].id)
        .await
        .unwrap();
    assert_eq!(s.client.list_bindings(&s.key).await.unwrap().len(), 4);
    let again = s
        .client
        .remove_binding(&s.key, &listed[0].id)
        .await
        .unwrap_err();
    assert_eq!(again.status(), Some(404));
}

#[tokio::test]
async fn verify_key_accepts_a_live_key_and_reports_a_revoked_one() {
    let s = setup().await;
    s.client.verify_key(&s.key).await.unwrap();
    assert_eq!(s.last_request().path, "/bindings/list");
    s.fake.revoke_key(s.key.expose());
    let error = s.client.verify_key(&s.key).await.unwrap_err();
    assert_eq!(api_kind(&error), (401, "Invalid API key for this guild"));
    let shown = format!("{error} {error:?}");
    assert!(!shown.contains(s.key.expose()), "the key leaked: {shown}");
}

#[tokio::test]
async fn ban_and_mute_lifecycle() {
    let s = setup().await;
    let status = s
        .client
        .punishment_status(&s.key, Punishment::Ban, ROBLOX_ID, None, false)
        .await
        .unwrap();
    assert!(!status.active && status.info.is_none());

    s.client.ban(&s.key, &punish(None)).await.unwrap();
    let body = s.last_request().body.unwrap();
    assert_eq!(
        body,
        json!({"roblox_id": "261", "reason": "Exploiting", "moderator_roblox_id": "987654321"})
    );
    let status = s
        .client
        .punishment_status(&s.key, Punishment::Ban, ROBLOX_ID, Some(4_242), true)
        .await
        .unwrap();
    assert_eq!(
        s.last_request().query.as_deref(),
        Some("place_id=4242&no_cache=true")
    );
    let info = status.info.expect("ban_info while banned");
    assert!(status.active && info.is_permanent);
    assert_eq!(
        (info.reason.as_str(), info.by.as_deref()),
        ("Exploiting", Some("987654321"))
    );
    assert_eq!(info.expires_at, None);

    s.client.unban(&s.key, &lift()).await.unwrap();
    assert!(
        !s.client
            .punishment_status(&s.key, Punishment::Ban, ROBLOX_ID, None, false)
            .await
            .unwrap()
            .active
    );
    let no_ban = s.client.unban(&s.key, &lift()).await.unwrap_err();
    assert_eq!(no_ban.status(), Some(404));

    s.client.mute(&s.key, &punish(Some("7d"))).await.unwrap();
    let status = s
        .client
        .punishment_status(&s.key, Punishment::Mute, ROBLOX_ID, None, false)
        .await
        .unwrap();
    let info = status.info.expect("mute_info while muted");
    assert!(status.active && !info.is_permanent);
    assert_eq!(
        info.expires_at
            .zip(info.created_at)
            .map(|(end, start)| end - start),
        Some(7 * 86_400)
    );
    s.client.unmute(&s.key, &lift()).await.unwrap();
    assert!(
        !s.client
            .punishment_status(&s.key, Punishment::Mute, ROBLOX_ID, None, false)
            .await
            .unwrap()
            .active
    );
    assert_eq!(
        s.client.unmute(&s.key, &lift()).await.unwrap_err().status(),
        Some(404)
    );
}

#[tokio::test]
async fn shield_flagged_clean_and_suspended() {
    let s = setup().await;
    assert!(!s.client.shield_check(&s.key, 1).await.unwrap().flagged);
    s.fake
        .flag(ROBLOX_ID, "Shedletsky", "Condo participation", "condo");
    let check = s.client.shield_check(&s.key, ROBLOX_ID).await.unwrap();
    let flag = check.flag.expect("flag details");
    assert!(check.flagged);
    assert_eq!(
        (flag.roblox_id, flag.category.as_str()),
        (Some(ROBLOX_ID), "condo")
    );
    s.fake.shield_offline(503);
    let offline = s.client.shield_check(&s.key, ROBLOX_ID).await.unwrap_err();
    assert_eq!(api_kind(&offline), (503, "Shield is suspended"));
}

#[tokio::test]
async fn status_faults_keep_message_and_details() {
    let s = setup().await;
    let cases = [
        (403, "API key does not match target guild", Retry::Never),
        (
            400,
            "Guild ID required for API key (use route :guildId or X-Guild-ID)",
            Retry::Never,
        ),
        (426, "Expected WebSocket upgrade", Retry::Never),
        (
            500,
            "Internal Server Error",
            Retry::Once(Duration::from_secs(1)),
        ),
        (502, "Bad Gateway", Retry::Backoff),
        (503, "Service Unavailable", Retry::Backoff),
        (504, "Gateway Timeout", Retry::Backoff),
    ];
    for (status, message, retry) in cases {
        s.fake.fail_next(
            "GET /lookup/discord",
            Fault::Status(status, message.into()),
            1,
        );
        let error = s
            .client
            .lookup_discord(&s.key, DISCORD_ID)
            .await
            .unwrap_err();
        assert_eq!(api_kind(&error), (status, message));
        assert_eq!(classify(&error), retry, "{status}");
    }
    let details = json!([{"field": "reason", "message": "must be a non-empty string"}]);
    s.fake.fail_next(
        "POST /moderation",
        Fault::StatusWithDetails(422, "Validation failed".into(), details.clone()),
        1,
    );
    let error = s.client.ban(&s.key, &punish(None)).await.unwrap_err();
    assert_eq!(error.details(), Some(&details));
}

#[tokio::test]
async fn non_envelope_bodies_are_malformed_with_their_status() {
    let s = setup().await;
    s.fake.fail_next("GET /lookup/discord", Fault::Html(502), 1);
    let html = s
        .client
        .lookup_discord(&s.key, DISCORD_ID)
        .await
        .unwrap_err();
    let ErrorKind::Malformed { status, snippet } = &html.kind else {
        panic!("expected Malformed, got {html:?}");
    };
    assert_eq!(*status, 502);
    assert!(snippet.contains("502 Bad Gateway") && snippet.chars().count() <= 200);
    assert_eq!(classify(&html), Retry::Backoff);

    for status in [500, 503, 200] {
        s.fake
            .fail_next("GET /lookup/discord", Fault::TruncatedJson(status), 1);
        let error = s
            .client
            .lookup_discord(&s.key, DISCORD_ID)
            .await
            .unwrap_err();
        assert!(
            matches!(error.kind, ErrorKind::Malformed { status: s, .. } if s == status),
            "{error:?}"
        );
    }
}

#[tokio::test(start_paused = true)]
async fn a_reply_slower_than_the_timeout_is_a_timeout_after_sending() {
    let s = setup_with(|base| Client::with_timeout(base, Duration::from_secs(2))).await;
    s.fake
        .fail_next("POST /moderation", Fault::Delay(Duration::from_secs(5)), 1);
    let started = Instant::now();
    let error = s.client.ban(&s.key, &punish(None)).await.unwrap_err();
    assert_eq!(
        error.kind,
        ErrorKind::Transport {
            timeout: true,
            sent: true
        }
    );
    assert_eq!(error.status(), None);
    assert_eq!(classify(&error), Retry::Backoff);
    assert!(started.elapsed() < Duration::from_secs(5));
    assert_eq!(s.fake.count("POST /moderation"), 1);
}

#[tokio::test]
async fn a_dropped_connection_may_have_been_sent() {
    let s = setup().await;
    s.fake
        .fail_next("POST /moderation", Fault::ApplyThenDrop, 1);
    let error = s.client.ban(&s.key, &punish(None)).await.unwrap_err();
    assert_eq!(
        error.kind,
        ErrorKind::Transport {
            timeout: false,
            sent: true
        }
    );
    // The write was applied: exactly the ambiguity the read-back exists for.
    assert_eq!(s.fake.bans(GUILD).len(), 1);

    s.fake.fail_next("GET /lookup/discord", Fault::Drop, 1);
    let error = s
        .client
        .lookup_discord(&s.key, DISCORD_ID)
        .await
        .unwrap_err();
    assert!(
        matches!(error.kind, ErrorKind::Transport { sent: true, .. }),
        "{error:?}"
    );
}

#[tokio::test]
async fn a_refused_connection_was_not_sent() {
    let closed = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let address = closed.local_addr().unwrap();
    drop(closed);
    let client = Client::new(&format!("http://{address}/api/v1"));
    let key = ApiKey::parse("technified_1_abc").unwrap();
    let error = client.ban(&key, &punish(None)).await.unwrap_err();
    assert_eq!(
        error.kind,
        ErrorKind::Transport {
            timeout: false,
            sent: false
        }
    );
    assert!(!format!("{error} {error:?}").contains("technified_1_abc"));
}

#[tokio::test]
async fn a_base_that_is_not_a_url_fails_every_call_unsent() {
    let key = ApiKey::parse("technified_1_abc").unwrap();
    for base in ["", "not a url", "/api/v1"] {
        let error = Client::new(base)
            .lookup_discord(&key, DISCORD_ID)
            .await
            .unwrap_err();
        let unsent = ErrorKind::Transport {
            timeout: false,
            sent: false,
        };
        assert_eq!(error.kind, unsent, "{base:?}");
    }
}

#[tokio::test(start_paused = true)]
async fn rate_limits_in_every_form_pause_the_group() {
    let s = setup().await;
    let cases = [
        (Fault::RateLimitedHeader(7), Duration::from_secs(7)),
        (Fault::RateLimitedBody(9), Duration::from_secs(9)),
    ];
    for (fault, wait) in cases {
        s.fake.fail_next("GET /moderation", fault, 1);
        let error = s
            .client
            .punishment_status(&s.key, Punishment::Ban, ROBLOX_ID, None, false)
            .await
            .unwrap_err();
        assert_eq!(api_kind(&error), (429, "Rate limit exceeded"));
        assert_eq!(error.retry_after(), Some(wait));
        assert_eq!(classify(&error), Retry::After(wait));
        // The next call of the group waits out the pause; other groups do not.
        let started = Instant::now();
        s.client
            .punishment_status(&s.key, Punishment::Mute, ROBLOX_ID, None, false)
            .await
            .unwrap();
        assert!(started.elapsed() < Duration::from_secs(1));
        s.client
            .punishment_status(&s.key, Punishment::Ban, ROBLOX_ID, None, false)
            .await
            .unwrap();
        let waited = started.elapsed();
        assert!(
            waited >= wait && waited < wait + Duration::from_secs(1),
            "{waited:?}"
        );
    }

    s.fake.fail_next(
        "GET /lookup",
        Fault::RateLimitedHttpDate(Duration::from_secs(30)),
        1,
    );
    let error = s
        .client
        .lookup_discord(&s.key, DISCORD_ID)
        .await
        .unwrap_err();
    // The date has whole seconds and is rounded up; wall-clock time passes meanwhile.
    let wait = error.retry_after().expect("Retry-After as an HTTP-date");
    assert!(
        wait > Duration::from_secs(28) && wait <= Duration::from_secs(31),
        "{wait:?}"
    );
    let paused = s.client.pacer().paused_until((GUILD, RateGroup::Lookup));
    assert!(paused.is_some_and(|until| until > Instant::now() + Duration::from_secs(28)));

    // A 429 that is not the envelope still holds the group (a second when it names no wait).
    s.fake.fail_next("GET /shield", Fault::Html(429), 1);
    let error = s.client.shield_check(&s.key, ROBLOX_ID).await.unwrap_err();
    assert!(matches!(
        error.kind,
        ErrorKind::Malformed { status: 429, .. }
    ));
    assert_eq!(classify(&error), Retry::Backoff);
    assert!(
        s.client
            .pacer()
            .paused_until((GUILD, RateGroup::Shield))
            .is_some()
    );
}

#[tokio::test(start_paused = true)]
async fn a_burst_of_200_lookups_is_paced_without_a_single_429() {
    let s = setup().await;
    let started = Instant::now();
    let calls: Vec<_> = (0..200)
        .map(|_| {
            let (client, key) = (s.client.clone(), s.key.clone());
            tokio::spawn(async move { client.lookup_discord(&key, DISCORD_ID).await })
        })
        .collect();
    for call in calls {
        call.await.unwrap().expect("every paced lookup succeeds");
    }
    let elapsed = started.elapsed();
    assert_eq!(s.fake.rate_limited_count(), 0);
    assert_eq!(s.fake.count("GET /lookup/discord"), 200);
    // Three full windows must pass before the 181st call; 5% above that is the budget.
    assert!(
        elapsed >= Duration::from_secs(180) && elapsed <= Duration::from_secs(189),
        "{elapsed:?}"
    );
    let arrivals: Vec<Instant> = s.fake.requests().iter().map(|r| r.at).collect();
    for (i, first) in arrivals.iter().enumerate() {
        if let Some(later) = arrivals.get(i + 60) {
            assert!(
                *later >= *first + Duration::from_secs(60),
                "61 lookups within a minute"
            );
        }
    }
}

#[tokio::test]
async fn the_key_never_appears_in_errors() {
    let s = setup().await;
    let secret = s.key.expose().to_owned();
    s.fake.fail_next(
        "GET /lookup",
        Fault::Status(401, format!("Invalid API key {secret}")),
        1,
    );
    let error = s
        .client
        .lookup_discord(&s.key, DISCORD_ID)
        .await
        .unwrap_err();
    let shown = format!("{error} {error:?}");
    assert!(!shown.contains(&secret), "{shown}");
    assert!(error.message().unwrap().contains(&s.key.masked()));
}

#[tokio::test]
async fn the_base_urls_path_is_kept_with_or_without_trailing_slashes() {
    let fake = FakeTechnified::start().await;
    let key = ApiKey::parse(&fake.add_key(GUILD)).unwrap();
    let prefixed = fake.base_url();
    for base in [
        prefixed.clone(),
        format!("{prefixed}/"),
        format!("{prefixed}//"),
    ] {
        let client = Client::new(&base);
        client
            .verify_key(&key)
            .await
            .unwrap_or_else(|e| panic!("{base}: {e}"));
        client
            .punishment_status(&key, Punishment::Ban, ROBLOX_ID, Some(4_242), true)
            .await
            .unwrap_or_else(|e| panic!("{base}: {e}"));
        let requests = fake.requests();
        let [.., list, status] = &requests[..] else {
            panic!("two requests for {base}");
        };
        assert_eq!(
            (list.path.as_str(), list.query.as_deref()),
            ("/bindings/list", None),
            "{base}"
        );
        assert_eq!(
            status.path,
            format!("/moderation/{GUILD}/ban-status/{ROBLOX_ID}"),
            "{base}"
        );
        assert_eq!(
            status.query.as_deref(),
            Some("place_id=4242&no_cache=true"),
            "{base}"
        );
    }
    // A base without a path: the routes go straight under the host, where the fake has none.
    let root = format!("http://{}", fake.addr());
    for base in [root.clone(), format!("{root}/")] {
        let error = Client::new(&base).verify_key(&key).await.unwrap_err();
        assert_eq!(error.status(), Some(404), "{base}");
        assert_eq!(
            fake.requests().pop().unwrap().path,
            "/bindings/list",
            "{base}"
        );
    }
}

#[tokio::test]
async fn a_body_past_the_size_cap_is_malformed_not_read_whole() {
    let s = setup().await;
    let oversized = technified_bot::technified::MAX_BODY_BYTES + 1;
    s.fake
        .fail_next("GET /bindings/list", Fault::Oversized(oversized), 1);
    let error = s.client.verify_key(&s.key).await.unwrap_err();
    let ErrorKind::Malformed { status, snippet } = &error.kind else {
        panic!("expected Malformed, got {error:?}");
    };
    assert_eq!(*status, 200);
    assert!(snippet.starts_with("{\"code\":200"), "{snippet}");
    // A body just under the cap is still read.
    s.fake
        .fail_next("GET /bindings/list", Fault::Oversized(oversized - 1024), 1);
    s.client.verify_key(&s.key).await.unwrap();
}

#[tokio::test(start_paused = true)]
async fn a_call_that_would_wait_too_long_for_its_bucket_is_not_sent() {
    let s = setup().await;
    for _ in 0..60 {
        s.client.lookup_discord(&s.key, DISCORD_ID).await.unwrap();
    }
    let started = Instant::now();
    let member = s.client.waiting_at_most(Duration::from_secs(10));
    let error = member.lookup_discord(&s.key, DISCORD_ID).await.unwrap_err();
    assert_eq!(started.elapsed(), Duration::ZERO);
    assert_eq!(
        error.kind,
        ErrorKind::Paced {
            ready_in: RateGroup::WINDOW + technified_bot::technified::pacing::SAFETY_MARGIN
        }
    );
    assert_eq!(s.fake.count("GET /lookup/discord"), 60);
    // Other groups of the key are not held.
    member
        .punishment_status(&s.key, Punishment::Ban, ROBLOX_ID, None, false)
        .await
        .unwrap();
}

#[tokio::test(start_paused = true)]
async fn after_a_long_429_member_calls_answer_at_once() {
    let s = setup().await;
    s.fake
        .fail_next("GET /lookup/discord", Fault::RateLimitedHeader(3600), 1);
    let error = s
        .client
        .lookup_discord(&s.key, DISCORD_ID)
        .await
        .unwrap_err();
    assert_eq!(error.status(), Some(429));
    let started = Instant::now();
    let member = s.client.waiting_at_most(Duration::from_secs(10));
    let error = member.lookup_discord(&s.key, DISCORD_ID).await.unwrap_err();
    assert_eq!(started.elapsed(), Duration::ZERO);
    let ErrorKind::Paced { ready_in } = error.kind else {
        panic!("expected Paced, got {error:?}");
    };
    assert!(ready_in > Duration::from_secs(3590), "{ready_in:?}");
    assert_eq!(s.fake.count("GET /lookup/discord"), 1);
}
