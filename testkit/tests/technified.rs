//! The fake Technified server against Technified's documented API, over raw HTTP.

use std::time::{Duration, SystemTime};

use reqwest::header::{HeaderMap, RETRY_AFTER};
use reqwest::{Client, RequestBuilder};
use serde_json::{Value, json};
use testkit::technified::{FakeTechnified, Fault, Punishment};

const GUILD: u64 = 111_111_111_111_111_111;
const OTHER: u64 = 222_222_222_222_222_222;
const GUILD_REQUIRED: &str = "Guild ID required for API key (use route :guildId or X-Guild-ID)";
const MISMATCH: &str = "API key does not match target guild";

struct Api {
    fake: FakeTechnified,
    http: Client,
    key: String,
}

/// Status, headers and raw body of one response.
struct Answer {
    status: u16,
    headers: HeaderMap,
    text: String,
}

impl Answer {
    fn json(&self) -> Value {
        serde_json::from_str(&self.text)
            .unwrap_or_else(|e| panic!("not JSON ({e}): {:?}", self.text))
    }
}

impl Api {
    async fn start() -> Api {
        let fake = FakeTechnified::start().await;
        let key = fake.add_key(GUILD);
        Api {
            fake,
            http: Client::new(),
            key,
        }
    }

    fn url(&self, path: &str) -> String {
        format!("{}{path}", self.fake.base_url())
    }

    /// A GET with the key and `X-Guild-ID: GUILD`.
    fn get(&self, path: &str) -> RequestBuilder {
        self.get_as(path, &self.key, GUILD)
    }

    /// A GET with this key and `X-Guild-ID` (reqwest appends headers, so no defaults here).
    fn get_as(&self, path: &str, key: &str, guild: u64) -> RequestBuilder {
        self.http
            .get(self.url(path))
            .header("X-API-Key", key)
            .header("X-Guild-ID", guild.to_string())
    }

    /// A POST with the key and a JSON body.
    fn post(&self, path: &str, body: Value) -> RequestBuilder {
        self.http
            .post(self.url(path))
            .header("X-API-Key", &self.key)
            .json(&body)
    }

    async fn bind(&self, body: Value) -> (u16, Value) {
        let mut body = body;
        body["guild_id"] = GUILD.to_string().into();
        call(self.post("/bindings/add", body)).await
    }
}

async fn send(request: RequestBuilder) -> Answer {
    let response = request.send().await.expect("the fake answers");
    Answer {
        status: response.status().as_u16(),
        headers: response.headers().clone(),
        text: response.text().await.expect("a complete body"),
    }
}

async fn call(request: RequestBuilder) -> (u16, Value) {
    let answer = send(request).await;
    (answer.status, answer.json())
}

fn error(code: u16, message: &str) -> Value {
    json!({ "status": "error", "code": code, "message": message })
}

fn success(message: Option<&str>, data: Value) -> Value {
    let mut out = json!({ "status": "success", "code": 200, "data": data });
    if let Some(message) = message {
        out["message"] = message.into();
    }
    out
}

fn shedletsky(api: &Api) {
    api.fake
        .link(GUILD, 123_456_789_012_345_678, 261, "Shedletsky");
}

// ---------------------------------------------------------------- authentication

#[tokio::test]
async fn missing_key_is_401_on_every_targeting_style() {
    let api = Api::start().await;
    let g = GUILD.to_string();
    let requests = [
        api.http
            .get(api.url("/lookup/discord/1"))
            .header("X-Guild-ID", &g),
        api.http
            .post(api.url("/lookup/status"))
            .json(&json!({ "guild_id": g, "discord_ids": [] })),
        api.http
            .get(api.url(&format!("/moderation/{g}/ban-status/1"))),
        api.http.get(api.url("/shield/check/1")),
    ];
    for request in requests {
        assert_eq!(call(request).await, (401, error(401, "Missing API key")));
    }
}

#[tokio::test]
async fn each_documented_key_header_is_accepted() {
    let api = Api::start().await;
    let list = || {
        api.http
            .get(api.url("/bindings/list"))
            .header("X-Guild-ID", GUILD.to_string())
    };
    let forms = [
        ("X-API-Key", api.key.clone()),
        ("Authorization", format!("ApiKey {}", api.key)),
        ("Authorization", format!("Bearer {}", api.key)),
    ];
    for (name, value) in forms {
        let (status, body) = call(list().header(name, value)).await;
        assert_eq!(
            (status, &body["data"]),
            (200, &json!({ "bindings": [] })),
            "{name}"
        );
    }
    let basic = list().header("Authorization", format!("Basic {}", api.key));
    assert_eq!(call(basic).await, (401, error(401, "Missing API key")));
}

#[tokio::test]
async fn unknown_and_revoked_keys_are_401_invalid_for_guild() {
    let api = Api::start().await;
    let spare = api.fake.add_key(GUILD);
    let invalid = (401, error(401, "Invalid API key for this guild"));
    let forged = format!("technified_{GUILD}_{}", "x".repeat(32));
    let with_key = |key: &str| api.get_as("/bindings/list", key, GUILD);
    assert_eq!(call(with_key(&forged)).await, invalid);

    api.fake.revoke_key(&api.key);
    assert_eq!(call(api.get("/bindings/list")).await, invalid);
    assert_eq!(
        call(with_key(&spare)).await.0,
        200,
        "other keys stay active"
    );
}

#[tokio::test]
async fn added_keys_embed_their_guild_and_are_distinct() {
    let api = Api::start().await;
    let second = api.fake.add_key(GUILD);
    for key in [&api.key, &second] {
        let random = key
            .strip_prefix(&format!("technified_{GUILD}_"))
            .expect("guild embedded");
        assert_eq!(random.len(), 32);
        assert!(random.bytes().all(|b| b.is_ascii_alphanumeric()), "{key}");
    }
    assert_ne!(api.key, second);
}

#[tokio::test]
async fn path_guild_mismatch_is_403() {
    let api = Api::start().await;
    let ban = json!({ "roblox_id": "1", "reason": "r", "moderator_roblox_id": "2" });
    let requests = [
        api.get(&format!("/moderation/{OTHER}/ban-status/1")),
        api.get(&format!("/moderation/{OTHER}/mute-status/1")),
        api.post(&format!("/moderation/{OTHER}/roblox/ban"), ban),
        api.get(&format!("/ws/guilds/{OTHER}/roblox")),
    ];
    for request in requests {
        assert_eq!(call(request).await, (403, error(403, MISMATCH)));
    }
    assert!(api.fake.bans(OTHER).is_empty() && api.fake.bans(GUILD).is_empty());
}

#[tokio::test]
async fn header_guild_missing_is_400_and_mismatch_is_403() {
    let api = Api::start().await;
    shedletsky(&api);
    for path in [
        "/lookup/discord/123456789012345678",
        "/lookup/roblox/261",
        "/bindings/list",
    ] {
        let bare = api.http.get(api.url(path)).header("X-API-Key", &api.key);
        assert_eq!(
            call(bare).await,
            (400, error(400, GUILD_REQUIRED)),
            "{path}"
        );
        let other = api.get_as(path, &api.key, OTHER);
        assert_eq!(call(other).await, (403, error(403, MISMATCH)), "{path}");
    }
}

#[tokio::test]
async fn body_guild_missing_is_400_and_mismatch_is_403() {
    let api = Api::start().await;
    let bodies = [
        ("/lookup/status", json!({ "discord_ids": ["1"] })),
        (
            "/bindings/add",
            json!({ "discord_role_id": "5", "binding_type": "badge", "roblox_badge_id": 9 }),
        ),
        ("/bindings/remove", json!({ "id": 1 })),
        (
            "/bindings/test",
            json!({ "binding_id": 1, "discord_id": "1" }),
        ),
    ];
    for (path, body) in bodies {
        // The header is not a substitute for the body field on these routes.
        let bare = api
            .post(path, body.clone())
            .header("X-Guild-ID", GUILD.to_string());
        assert_eq!(
            call(bare).await,
            (400, error(400, GUILD_REQUIRED)),
            "{path}"
        );
        let mut other = body.clone();
        other["guild_id"] = OTHER.to_string().into();
        assert_eq!(
            call(api.post(path, other)).await,
            (403, error(403, MISMATCH)),
            "{path}"
        );
        let mut number = body;
        number["guild_id"] = GUILD.into();
        assert_eq!(
            call(api.post(path, number)).await.0,
            400,
            "{path}: numeric guild_id"
        );
    }
    assert!(api.fake.bindings(GUILD).is_empty());
}

#[tokio::test]
async fn unknown_routes_and_dashboard_only_routes_are_404() {
    let api = Api::start().await;
    for path in [
        "/lookup/nothing/1",
        &format!("/moderation/{GUILD}/ban"),
        "/",
    ] {
        assert_eq!(
            call(api.get(path)).await,
            (404, error(404, "Not found")),
            "{path}"
        );
    }
    let outside = api
        .http
        .get(format!("http://{}/lookup/roblox/1", api.fake.addr()));
    assert_eq!(call(outside).await.0, 404);
}

#[tokio::test]
async fn malformed_bodies_are_400() {
    let api = Api::start().await;
    let raw = |body: &'static str, content_type: &str| {
        api.http
            .post(api.url("/lookup/status"))
            .header("X-API-Key", &api.key)
            .header("Content-Type", content_type)
            .body(body)
    };
    let cases = [
        (raw("{not json", "application/json"), "Invalid JSON body"),
        (
            raw("[1]", "application/json"),
            "Request body must be a JSON object",
        ),
        (
            raw("{}", "text/plain"),
            "Content-Type must be application/json",
        ),
    ];
    for (request, message) in cases {
        assert_eq!(call(request).await, (400, error(400, message)));
    }
}

// ---------------------------------------------------------------- lookup

#[tokio::test]
async fn lookups_return_the_documented_envelope() {
    let api = Api::start().await;
    shedletsky(&api);
    let expected = success(
        Some("User found"),
        json!({ "discord_id": "123456789012345678", "roblox_id": 261,
                "roblox_username": "Shedletsky", "verified": true }),
    );
    for path in ["/lookup/discord/123456789012345678", "/lookup/roblox/261"] {
        assert_eq!(call(api.get(path)).await, (200, expected.clone()), "{path}");
    }
}

#[tokio::test]
async fn lookups_of_unverified_users_are_404() {
    let api = Api::start().await;
    shedletsky(&api);
    api.fake.link(OTHER, 5, 6, "elsewhere");
    let not_found = (404, error(404, "User not found"));
    for path in ["/lookup/discord/5", "/lookup/roblox/6", "/lookup/roblox/7"] {
        assert_eq!(call(api.get(path)).await, not_found, "{path}");
    }
    api.fake.unlink(GUILD, 123_456_789_012_345_678);
    assert_eq!(call(api.get("/lookup/roblox/261")).await, not_found);
}

#[tokio::test]
async fn batch_lookup_answers_a_map_with_null_for_unverified() {
    let api = Api::start().await;
    shedletsky(&api);
    let link = json!({ "discord_id": "123456789012345678", "roblox_id": 261,
                       "roblox_username": "Shedletsky", "verified": true });
    let g = GUILD.to_string();
    let by_discord =
        json!({ "guild_id": g, "discord_ids": ["123456789012345678", "234567890123456789"] });
    let expected = success(
        Some("Batch lookup complete"),
        json!({ "results": { "123456789012345678": link, "234567890123456789": null } }),
    );
    assert_eq!(
        call(api.post("/lookup/status", by_discord)).await,
        (200, expected)
    );

    let by_roblox = json!({ "guild_id": g, "roblox_ids": [261, 262] });
    let (status, body) = call(api.post("/lookup/status", by_roblox)).await;
    assert_eq!(status, 200);
    assert_eq!(body["data"]["results"], json!({ "261": link, "262": null }));
}

#[tokio::test]
async fn batch_lookup_caps_ids_at_25() {
    let api = Api::start().await;
    let g = GUILD.to_string();
    let ids = |n: u64| (1..=n).map(|i| i.to_string()).collect::<Vec<_>>();
    let ok = json!({ "guild_id": g, "discord_ids": ids(25) });
    let (status, body) = call(api.post("/lookup/status", ok)).await;
    assert_eq!(
        (status, body["data"]["results"].as_object().map(|m| m.len())),
        (200, Some(25))
    );
    let over = json!({ "guild_id": g, "roblox_ids": (1..=26).collect::<Vec<u64>>() });
    assert_eq!(
        call(api.post("/lookup/status", over)).await,
        (400, error(400, "Too many IDs (max 25)"))
    );
}

#[tokio::test]
async fn batch_lookup_needs_exactly_one_well_typed_list() {
    let api = Api::start().await;
    let g = GUILD.to_string();
    let bodies = [
        json!({ "guild_id": g }),
        json!({ "guild_id": g, "discord_ids": ["1"], "roblox_ids": [1] }),
        json!({ "guild_id": g, "discord_ids": [1] }),
        json!({ "guild_id": g, "roblox_ids": ["1"] }),
        json!({ "guild_id": g, "roblox_ids": 1 }),
    ];
    for body in bodies {
        let (status, answer) = call(api.post("/lookup/status", body.clone())).await;
        assert_eq!(
            (status, &answer["status"]),
            (400, &json!("error")),
            "{body}"
        );
    }
}

#[tokio::test]
async fn batch_lookup_can_answer_the_old_array_shape() {
    let api = Api::start().await;
    shedletsky(&api);
    api.fake.batch_shape_array(true);
    let g = GUILD.to_string();
    let body = json!({ "guild_id": g, "discord_ids": ["123456789012345678", "9"] });
    let expected = json!({ "status": "success", "code": 200, "data": { "results": [
        { "discord_id": "123456789012345678", "verified": true, "roblox_id": 261 },
        { "discord_id": "9", "verified": false, "roblox_id": null },
    ] } });
    assert_eq!(
        call(api.post("/lookup/status", body)).await,
        (200, expected)
    );
    let (_, by_roblox) = call(api.post(
        "/lookup/status",
        json!({ "guild_id": g, "roblox_ids": [261] }),
    ))
    .await;
    assert_eq!(
        by_roblox["data"]["results"],
        json!([{ "discord_id": "123456789012345678", "verified": true, "roblox_id": 261 }])
    );
}

// ---------------------------------------------------------------- bindings

#[tokio::test]
async fn added_bindings_are_listed_with_the_new_field_names() {
    let api = Api::start().await;
    api.fake.set_role_name(555, "Officer");
    api.fake.set_group_name(7_384_293, "Raiders");
    let group = json!({ "discord_role_id": "555", "binding_type": "group_rank",
                        "roblox_group_id": 7_384_293, "min_rank": 50, "max_rank": 100, "priority": 2 });
    let expected_group = json!({
        "id": 1, "binding_type": "group_rank", "discord_role_id": "555",
        "roblox_group_id": 7_384_293, "min_rank": 50, "max_rank": 100,
        "roblox_gamepass_id": null, "roblox_asset_id": null, "roblox_badge_id": null,
        "account_age_platform": null, "account_age_min_days": null,
        "priority": 2, "role_name": "Officer", "group_name": "Raiders",
    });
    assert_eq!(
        api.bind(group).await,
        (200, success(None, expected_group.clone()))
    );
    let age = json!({ "discord_role_id": "556", "binding_type": "account_age",
                      "account_age_platform": "roblox", "account_age_min_days": 30 });
    let (status, added) = api.bind(age).await;
    assert_eq!((status, &added["data"]["id"]), (200, &json!(2)));
    let expected_age = json!({
        "id": 2, "binding_type": "account_age", "discord_role_id": "556",
        "roblox_group_id": null, "min_rank": null, "max_rank": null,
        "roblox_gamepass_id": null, "roblox_asset_id": null, "roblox_badge_id": null,
        "account_age_platform": "roblox", "account_age_min_days": 30,
        "priority": 0, "role_name": null, "group_name": null,
    });
    let listed = success(None, json!({ "bindings": [expected_group, expected_age] }));
    assert_eq!(call(api.get("/bindings/list")).await, (200, listed.clone()));
    assert_eq!(
        json!({ "bindings": api.fake.bindings(GUILD) }),
        listed["data"]
    );
    for (kind, field) in [
        ("gamepass", "roblox_gamepass_id"),
        ("asset", "roblox_asset_id"),
        ("badge", "roblox_badge_id"),
    ] {
        let (status, body) = api
            .bind(json!({ "discord_role_id": "557", "binding_type": kind, field: 42 }))
            .await;
        assert_eq!(
            (status, &body["data"][field], &body["data"]["binding_type"]),
            (200, &json!(42), &json!(kind))
        );
    }
}

#[tokio::test]
async fn binding_rule_violations_are_422_with_details() {
    let api = Api::start().await;
    let group = |min: Value, max: Value| {
        json!({ "discord_role_id": "5", "binding_type": "group_rank", "roblox_group_id": 1,
                "min_rank": min, "max_rank": max })
    };
    let cases = [
        (group(json!(60), json!(50)), "max_rank"),
        (group(json!(0), json!(256)), "max_rank"),
        (group(json!(-1), json!(5)), "min_rank"),
        (group(json!(1), Value::Null), "max_rank"),
        (
            json!({ "discord_role_id": "5", "binding_type": "gamepass" }),
            "roblox_gamepass_id",
        ),
        (
            json!({ "discord_role_id": "5", "binding_type": "account_age",
                 "account_age_platform": "xbox", "account_age_min_days": 3 }),
            "account_age_platform",
        ),
        (
            json!({ "discord_role_id": "5", "binding_type": "rank" }),
            "binding_type",
        ),
        (
            json!({ "discord_role_id": "x", "binding_type": "badge", "roblox_badge_id": 1 }),
            "discord_role_id",
        ),
    ];
    for (body, field) in cases {
        let (status, answer) = api.bind(body.clone()).await;
        assert_eq!(
            (status, &answer["message"]),
            (422, &json!("Validation failed")),
            "{body}"
        );
        assert_eq!(
            answer["details"][0]["field"],
            json!(field),
            "{body}: {answer}"
        );
    }
    let (_, both) = api.bind(group(json!(300), json!(-2))).await;
    assert_eq!(
        both["details"].as_array().map(Vec::len),
        Some(2),
        "every problem is listed"
    );
    assert!(api.fake.bindings(GUILD).is_empty());
}

#[tokio::test]
async fn binding_without_role_or_type_is_400() {
    let api = Api::start().await;
    let no_role = api
        .bind(json!({ "binding_type": "badge", "roblox_badge_id": 1 }))
        .await;
    assert_eq!(
        no_role,
        (400, error(400, "Missing required field: discord_role_id"))
    );
    let no_type = api
        .bind(json!({ "discord_role_id": "5", "roblox_badge_id": 1 }))
        .await;
    assert_eq!(
        no_type,
        (400, error(400, "Missing required field: binding_type"))
    );
}

#[tokio::test]
async fn binding_to_an_invalid_roblox_id_is_400() {
    let api = Api::start().await;
    api.fake.invalid_roblox_ids([404, 405]);
    let group = json!({ "discord_role_id": "5", "binding_type": "group_rank", "roblox_group_id": 404,
                        "min_rank": 1, "max_rank": 2 });
    assert_eq!(
        api.bind(group).await,
        (400, error(400, "Invalid Roblox group ID: 404"))
    );
    let badge = json!({ "discord_role_id": "5", "binding_type": "badge", "roblox_badge_id": 405 });
    assert_eq!(api.bind(badge).await.0, 400);
    assert!(api.fake.bindings(GUILD).is_empty());
}

#[tokio::test]
async fn duplicate_binding_is_409() {
    let api = Api::start().await;
    let group = json!({ "discord_role_id": "5", "binding_type": "group_rank", "roblox_group_id": 1,
                        "min_rank": 1, "max_rank": 2 });
    assert_eq!(api.bind(group.clone()).await.0, 200);
    let mut reprioritised = group.clone();
    reprioritised["priority"] = 9.into();
    assert_eq!(
        api.bind(reprioritised).await,
        (409, error(409, "Binding already exists"))
    );
    let mut other_range = group;
    other_range["min_rank"] = 200.into();
    other_range["max_rank"] = 255.into();
    assert_eq!(
        api.bind(other_range).await.0,
        200,
        "another range is another binding"
    );
    assert_eq!(api.fake.bindings(GUILD).len(), 2);
}

#[tokio::test]
async fn removing_a_binding_answers_it_and_unknown_ids_are_404() {
    let api = Api::start().await;
    let id = api.fake.insert_binding(
        GUILD,
        json!({ "discord_role_id": "5", "binding_type": "badge", "roblox_badge_id": 7 }),
    );
    let g = GUILD.to_string();
    let (status, body) =
        call(api.post("/bindings/remove", json!({ "guild_id": g, "id": id }))).await;
    assert_eq!((status, &body["data"]["roblox_badge_id"]), (200, &json!(7)));
    assert!(api.fake.bindings(GUILD).is_empty());
    let again = call(api.post(
        "/bindings/remove",
        json!({ "guild_id": g, "id": id.to_string() }),
    ))
    .await;
    assert_eq!(again, (404, error(404, "Binding not found")));
}

#[tokio::test]
async fn binding_test_explains_the_members_rank() {
    let api = Api::start().await;
    shedletsky(&api);
    let id = api.fake.insert_binding(
        GUILD,
        json!({ "discord_role_id": "5", "binding_type": "group_rank",
        "roblox_group_id": 77, "min_rank": 50, "max_rank": 100 }),
    );
    let g = GUILD.to_string();
    let test = || {
        api.post(
            "/bindings/test",
            json!({ "guild_id": g, "binding_id": id, "discord_id": "123456789012345678" }),
        )
    };
    for (rank, matches, explanation) in [
        (12, false, "User rank 12 is below minimum 50"),
        (50, true, "User rank 50 is within 50-100"),
        (100, true, "User rank 100 is within 50-100"),
        (101, false, "User rank 101 is above maximum 100"),
    ] {
        api.fake.set_group_rank(261, 77, rank);
        let expected = success(
            None,
            json!({ "matches": matches, "explanation": explanation, "rank": rank }),
        );
        assert_eq!(call(test()).await, (200, expected));
    }
}

#[tokio::test]
async fn binding_test_refuses_unknown_bindings_unverified_members_and_other_types() {
    let api = Api::start().await;
    shedletsky(&api);
    let group = api.fake.insert_binding(
        GUILD,
        json!({ "discord_role_id": "5", "binding_type": "group_rank",
        "roblox_group_id": 77, "min_rank": 1, "max_rank": 2 }),
    );
    let badge = api.fake.insert_binding(
        GUILD,
        json!({ "discord_role_id": "5", "binding_type": "badge", "roblox_badge_id": 1 }),
    );
    let g = GUILD.to_string();
    let test = |binding: u64, member: &str| {
        api.post(
            "/bindings/test",
            json!({ "guild_id": g, "binding_id": binding, "discord_id": member }),
        )
    };
    assert_eq!(
        call(test(99, "123456789012345678")).await,
        (404, error(404, "Binding not found"))
    );
    assert_eq!(
        call(test(group, "42")).await,
        (404, error(404, "User not found"))
    );
    assert_eq!(call(test(badge, "123456789012345678")).await.0, 422);
}

#[tokio::test]
#[should_panic(expected = "binding refused: 409")]
async fn insert_binding_refuses_what_the_api_refuses() {
    let fake = FakeTechnified::start().await;
    let spec = json!({ "discord_role_id": "5", "binding_type": "badge", "roblox_badge_id": 1 });
    fake.insert_binding(GUILD, spec.clone());
    fake.insert_binding(GUILD, spec);
}

// ---------------------------------------------------------------- moderation

fn ban_status(api: &Api, roblox_id: u64) -> RequestBuilder {
    api.get(&format!("/moderation/{GUILD}/ban-status/{roblox_id}"))
}

fn moderate(api: &Api, action: &str, body: Value) -> RequestBuilder {
    api.post(&format!("/moderation/{GUILD}/roblox/{action}"), body)
}

#[tokio::test]
async fn status_of_an_unpunished_user() {
    let api = Api::start().await;
    let not_banned = success(Some("User is not banned"), json!({ "banned": false }));
    assert_eq!(call(ban_status(&api, 261)).await, (200, not_banned));
    let mute = api.get(&format!(
        "/moderation/{GUILD}/mute-status/261?place_id=99&no_cache=true"
    ));
    let not_muted = success(Some("User is not muted"), json!({ "muted": false }));
    assert_eq!(call(mute).await, (200, not_muted));
    let bad_place = api.get(&format!("/moderation/{GUILD}/ban-status/261?place_id=abc"));
    assert_eq!(call(bad_place).await.0, 400);
}

#[tokio::test(start_paused = true)]
async fn a_permanent_ban_shows_in_ban_status() {
    let api = Api::start().await;
    let body = json!({ "roblox_id": "261", "reason": "Exploiting", "moderator_roblox_id": "987654321",
                       "roblox_username": "Shedletsky" });
    let now = api.fake.unix_now();
    let ban_info = json!({ "reason": "Exploiting", "banned_by": "987654321", "created_at": now,
                           "expires_at": null, "is_permanent": true });
    let banned = json!({ "banned": true, "ban_info": ban_info });
    assert_eq!(
        call(moderate(&api, "ban", body)).await,
        (200, success(None, banned.clone()))
    );
    assert_eq!(
        call(ban_status(&api, 261)).await,
        (200, success(Some("User is banned"), banned))
    );
    let record = Punishment {
        roblox_id: 261,
        reason: "Exploiting".into(),
        by: "987654321".into(),
        created_at: now,
        expires_at: None,
        is_permanent: true,
        duration: None,
    };
    assert_eq!(api.fake.bans(GUILD), vec![record]);
    assert!(api.fake.mutes(GUILD).is_empty());
}

#[tokio::test(start_paused = true)]
async fn a_temporary_ban_expires_with_tokio_time() {
    let api = Api::start().await;
    let body =
        json!({ "roblox_id": 261, "reason": "Spam", "moderator_roblox_id": 9, "duration": "5m" });
    let (status, answer) = call(moderate(&api, "ban", body)).await;
    let info = &answer["data"]["ban_info"];
    assert_eq!(status, 200);
    assert_eq!(
        info["expires_at"].as_u64(),
        info["created_at"].as_u64().map(|c| c + 300)
    );
    assert_eq!(info["is_permanent"], json!(false));

    tokio::time::advance(Duration::from_secs(299)).await;
    assert_eq!(
        call(ban_status(&api, 261)).await.1["data"]["banned"],
        json!(true)
    );
    tokio::time::advance(Duration::from_secs(1)).await;
    assert_eq!(
        call(ban_status(&api, 261)).await.1["data"],
        json!({ "banned": false })
    );
    assert!(api.fake.bans(GUILD).is_empty());
    let unban = moderate(&api, "unban", json!({ "roblox_id": "261" }));
    assert_eq!(call(unban).await.0, 404, "an expired ban is not active");
}

#[tokio::test]
async fn every_duration_form_is_accepted_and_others_are_422() {
    let api = Api::start().await;
    for (duration, secs) in [
        ("30s", 30),
        ("5m", 300),
        ("1h", 3600),
        ("7d", 604_800),
        ("2w", 1_209_600),
    ] {
        let body = json!({ "roblox_id": "1", "reason": "r", "moderator_roblox_id": "2", "duration": duration });
        let (status, answer) = call(moderate(&api, "mute", body)).await;
        let info = &answer["data"]["mute_info"];
        assert_eq!(status, 200, "{duration}");
        assert_eq!(
            info["expires_at"].as_u64(),
            info["created_at"].as_u64().map(|c| c + secs)
        );
    }
    let permanent = json!({ "roblox_id": "1", "reason": "r", "moderator_roblox_id": "2", "duration": "permanent" });
    let (_, answer) = call(moderate(&api, "ban", permanent)).await;
    assert_eq!(answer["data"]["ban_info"]["is_permanent"], json!(true));
    for duration in [
        json!("1h30m"),
        json!("0m"),
        json!("5x"),
        json!("m"),
        json!(5),
        json!("-5m"),
    ] {
        let body = json!({ "roblox_id": "3", "reason": "r", "moderator_roblox_id": "2", "duration": duration });
        let (status, answer) = call(moderate(&api, "ban", body)).await;
        assert_eq!(
            (status, &answer["details"][0]["field"]),
            (422, &json!("duration")),
            "{duration}"
        );
    }
    assert!(api.fake.bans(GUILD).iter().all(|b| b.roblox_id == 1));
}

#[tokio::test]
async fn moderation_bodies_missing_fields_are_400_and_bad_values_422() {
    let api = Api::start().await;
    let full = json!({ "roblox_id": "1", "reason": "r", "moderator_roblox_id": "2" });
    for field in ["roblox_id", "reason", "moderator_roblox_id"] {
        let mut body = full.clone();
        body.as_object_mut().map(|b| b.remove(field));
        let expected = (400, error(400, &format!("Missing required field: {field}")));
        assert_eq!(call(moderate(&api, "ban", body)).await, expected);
    }
    for (field, value) in [
        ("roblox_id", json!("abc")),
        ("reason", json!("  ")),
        ("moderator_roblox_id", json!(true)),
    ] {
        let mut body = full.clone();
        body[field] = value;
        let (status, answer) = call(moderate(&api, "mute", body)).await;
        assert_eq!(
            (status, &answer["details"][0]["field"]),
            (422, &json!(field))
        );
    }
    assert_eq!(call(moderate(&api, "unban", json!({}))).await.0, 400);
}

#[tokio::test]
async fn a_second_ban_replaces_the_first() {
    let api = Api::start().await;
    api.fake.ban(GUILD, 261, "first", 1, Some("1h"));
    let body = json!({ "roblox_id": "261", "reason": "second", "moderator_roblox_id": "2" });
    assert_eq!(call(moderate(&api, "ban", body)).await.0, 200);
    let bans = api.fake.bans(GUILD);
    assert_eq!(bans.len(), 1);
    assert_eq!(
        (
            bans[0].reason.as_str(),
            bans[0].is_permanent,
            bans[0].by.as_str()
        ),
        ("second", true, "2")
    );
}

#[tokio::test]
async fn lifting_without_an_active_punishment_is_404() {
    let api = Api::start().await;
    let body = json!({ "roblox_id": "261", "reason": "appeal" });
    assert_eq!(
        call(moderate(&api, "unban", body.clone())).await,
        (404, error(404, "User is not banned"))
    );
    assert_eq!(
        call(moderate(&api, "unmute", body.clone())).await,
        (404, error(404, "User is not muted"))
    );

    api.fake.ban(GUILD, 261, "x", 1, None);
    api.fake.ban(OTHER, 261, "x", 1, None);
    assert_eq!(
        call(moderate(&api, "unban", body.clone())).await,
        (200, success(None, json!({ "banned": false })))
    );
    assert!(api.fake.bans(GUILD).is_empty());
    assert_eq!(api.fake.bans(OTHER).len(), 1, "other guilds are untouched");
    assert_eq!(call(moderate(&api, "unban", body)).await.0, 404);
}

#[tokio::test(start_paused = true)]
async fn mutes_mirror_bans() {
    let api = Api::start().await;
    let body = json!({ "roblox_id": "261", "reason": "Spam", "moderator_roblox_id": "987654321", "duration": "1d" });
    assert_eq!(call(moderate(&api, "mute", body)).await.0, 200);
    let now = api.fake.unix_now();
    let muted = success(
        Some("User is muted"),
        json!({ "muted": true, "mute_info": {
        "reason": "Spam", "muted_by": "987654321", "created_at": now, "expires_at": now + 86_400,
        "is_permanent": false } }),
    );
    let status = || api.get(&format!("/moderation/{GUILD}/mute-status/261"));
    assert_eq!(call(status()).await, (200, muted));
    assert_eq!(
        call(ban_status(&api, 261)).await.1["data"]["banned"],
        json!(false)
    );
    assert_eq!(api.fake.mutes(GUILD)[0].duration.as_deref(), Some("1d"));
    let unmute = moderate(&api, "unmute", json!({ "roblox_id": 261 }));
    assert_eq!(
        call(unmute).await,
        (200, success(None, json!({ "muted": false })))
    );
    assert_eq!(
        call(status()).await.1["message"],
        json!("User is not muted")
    );
}

#[tokio::test(start_paused = true)]
async fn cached_status_is_stale_until_no_cache_or_ttl() {
    let api = Api::start().await;
    api.fake.set_status_cache_ttl(Duration::from_secs(30));
    assert_eq!(
        call(ban_status(&api, 261)).await.1["data"]["banned"],
        json!(false)
    );
    api.fake.ban(GUILD, 261, "x", 1, None);
    assert_eq!(
        call(ban_status(&api, 261)).await.1["data"]["banned"],
        json!(false),
        "cached"
    );
    let live = api.get(&format!("/moderation/{GUILD}/ban-status/261?no_cache=true"));
    assert_eq!(call(live).await.1["data"]["banned"], json!(true));

    api.fake.ban(GUILD, 262, "x", 1, None);
    tokio::time::advance(Duration::from_secs(30)).await;
    assert_eq!(
        call(ban_status(&api, 262)).await.1["data"]["banned"],
        json!(true),
        "no stale entry"
    );
}

// ---------------------------------------------------------------- shield, websocket

#[tokio::test]
async fn shield_check_answers_flags_without_message() {
    let api = Api::start().await;
    api.fake
        .flag(261, "Shedletsky", "Condo participation", "condo");
    let bare = |path: &str| api.http.get(api.url(path)).header("X-API-Key", &api.key);
    let (status, flagged) = call(bare("/shield/check/261")).await;
    let flagged_at = flagged["data"]["flag"]["flagged_at"].clone();
    assert!(flagged_at.is_u64());
    let expected = json!({ "status": "success", "code": 200, "data": { "flagged": true, "flag": {
        "roblox_id": "261", "roblox_username": "Shedletsky", "reason": "Condo participation",
        "category": "condo", "source": "technified", "flagged_at": flagged_at } } });
    assert_eq!((status, flagged), (200, expected));
    let clean = json!({ "status": "success", "code": 200, "data": { "flagged": false } });
    assert_eq!(call(bare("/shield/check/262")).await, (200, clean));

    let batch = api.post("/shield/batch", json!({ "roblox_ids": [1, 261, 2] }));
    let (status, body) = call(batch).await;
    assert_eq!(
        (status, body["data"]["flagged"].as_array().map(Vec::len)),
        (200, Some(1))
    );
    assert_eq!(body["data"]["flagged"][0]["roblox_id"], json!("261"));
}

#[tokio::test]
async fn suspended_shield_answers_the_configured_status() {
    let api = Api::start().await;
    api.fake.flag(261, "Shedletsky", "r", "condo");
    let check = || {
        api.http
            .get(api.url("/shield/check/261"))
            .header("X-API-Key", &api.key)
    };
    for status in [503, 410] {
        api.fake.shield_offline(status);
        assert_eq!(
            call(check()).await,
            (status, error(status, "Shield is suspended"))
        );
        let batch = api.post("/shield/batch", json!({ "roblox_ids": [261] }));
        assert_eq!(call(batch).await.0, status);
    }
    api.fake.shield_online();
    assert_eq!(call(check()).await.0, 200);
    assert_eq!(
        call(ban_status(&api, 1)).await.0,
        200,
        "only Shield is affected"
    );
}

#[tokio::test]
async fn websocket_route_over_plain_http_is_426() {
    let api = Api::start().await;
    let path = format!("/ws/guilds/{GUILD}/roblox");
    assert_eq!(
        call(api.get(&path)).await,
        (426, error(426, "Expected WebSocket upgrade"))
    );
    let upgrade = api
        .get(&path)
        .header("Upgrade", "websocket")
        .header("Connection", "Upgrade");
    assert_eq!(call(upgrade).await.0, 501);
}

// ---------------------------------------------------------------- quotas

#[tokio::test(start_paused = true)]
async fn over_quota_is_429_with_header_and_body() {
    let api = Api::start().await;
    api.fake.set_quota("lookup", 3);
    for _ in 0..3 {
        assert_eq!(call(api.get("/lookup/roblox/1")).await.0, 404);
    }
    let answer = send(api.get("/lookup/roblox/1")).await;
    assert_eq!(answer.status, 429);
    assert_eq!(answer.headers[RETRY_AFTER], "60");
    let expected = json!({ "status": "error", "code": 429, "message": "Rate limit exceeded", "retry_after": 60 });
    assert_eq!(answer.json(), expected);
    assert_eq!(api.fake.rate_limited_count(), 1);
    let batch = api.post(
        "/lookup/status",
        json!({ "guild_id": GUILD.to_string(), "roblox_ids": [] }),
    );
    assert_eq!(call(batch).await.0, 429, "POST lookups share the bucket");
}

#[tokio::test(start_paused = true)]
async fn quota_window_slides() {
    let api = Api::start().await;
    api.fake.set_quota("ban_status", 3);
    for step in [0, 20, 20] {
        tokio::time::advance(Duration::from_secs(step)).await;
        assert_eq!(call(ban_status(&api, 1)).await.0, 200);
    }
    // Requests at 0 s, 20 s and 40 s: the window frees at 60 s.
    let refused = send(ban_status(&api, 1)).await;
    assert_eq!(
        (refused.status, &refused.headers[RETRY_AFTER]),
        (429, &"20".parse().unwrap())
    );
    tokio::time::advance(Duration::from_millis(19_500)).await;
    assert_eq!(
        send(ban_status(&api, 1)).await.headers[RETRY_AFTER],
        "1",
        "rounded up"
    );
    tokio::time::advance(Duration::from_millis(500)).await;
    assert_eq!(call(ban_status(&api, 1)).await.0, 200);
    let refused = send(ban_status(&api, 1)).await;
    assert_eq!(
        (refused.status, refused.json()["retry_after"].as_u64()),
        (429, Some(20))
    );
    assert_eq!(api.fake.rate_limited_count(), 3);
}

#[tokio::test(start_paused = true)]
async fn quotas_are_per_key_and_per_group() {
    let api = Api::start().await;
    api.fake.set_quota("ban_status", 1);
    let spare = api.fake.add_key(GUILD);
    assert_eq!(call(ban_status(&api, 1)).await.0, 200);
    assert_eq!(call(ban_status(&api, 1)).await.0, 429);
    let with_spare = api.get_as(&format!("/moderation/{GUILD}/ban-status/1"), &spare, GUILD);
    assert_eq!(call(with_spare).await.0, 200, "own bucket per key");
    let mute = api.get(&format!("/moderation/{GUILD}/mute-status/1"));
    assert_eq!(call(mute).await.0, 200, "mute-status has its own bucket");
}

#[tokio::test(start_paused = true)]
async fn default_quotas_follow_the_docs() {
    let api = Api::start().await;
    let g = GUILD.to_string();
    let remove = || api.post("/bindings/remove", json!({ "guild_id": g, "id": 1 }));
    for (limit, request) in [
        (
            60,
            &(|| api.get("/lookup/roblox/1")) as &dyn Fn() -> RequestBuilder,
        ),
        (100, &|| api.get("/bindings/list")),
        (30, &remove),
    ] {
        for i in 0..limit {
            assert_ne!(call(request()).await.0, 429, "request {i} of {limit}");
        }
        assert_eq!(call(request()).await.0, 429, "request {limit} is over");
    }
}

#[tokio::test]
#[should_panic(expected = "unknown quota group")]
async fn unknown_quota_group_panics() {
    FakeTechnified::start().await.set_quota("lookups", 1);
}

// ---------------------------------------------------------------- faults

#[tokio::test]
async fn status_faults_answer_the_error_envelope() {
    let api = Api::start().await;
    api.fake.fail_next(
        "GET /lookup",
        Fault::Status(503, "Service Unavailable".into()),
        1,
    );
    let details = json!([{ "field": "x", "message": "y" }]);
    api.fake.fail_next(
        "GET /lookup",
        Fault::StatusWithDetails(422, "Nope".into(), details.clone()),
        1,
    );
    assert_eq!(
        call(api.get("/lookup/roblox/1")).await,
        (503, error(503, "Service Unavailable"))
    );
    let mut expected = error(422, "Nope");
    expected["details"] = details;
    assert_eq!(call(api.get("/lookup/roblox/1")).await, (422, expected));
    assert_eq!(
        call(api.get("/lookup/roblox/1")).await.0,
        404,
        "faults are used up"
    );
}

#[tokio::test]
async fn html_and_truncated_faults_are_not_envelopes() {
    let api = Api::start().await;
    api.fake.fail_next("GET /bindings", Fault::Html(502), 1);
    api.fake
        .fail_next("GET /bindings", Fault::TruncatedJson(200), 1);
    let html = send(api.get("/bindings/list")).await;
    assert_eq!(
        (html.status, &html.headers["content-type"]),
        (502, &"text/html".parse().unwrap())
    );
    assert!(
        html.text.contains("<title>502 Bad Gateway</title>"),
        "{}",
        html.text
    );
    let truncated = send(api.get("/bindings/list")).await;
    assert_eq!(
        (truncated.status, &truncated.headers["content-type"]),
        (200, &"application/json".parse().unwrap())
    );
    assert!(
        truncated.text.starts_with("{\"")
            && serde_json::from_str::<Value>(&truncated.text).is_err()
    );
}

#[tokio::test(start_paused = true)]
async fn delay_fault_answers_normally_later() {
    let api = Api::start().await;
    shedletsky(&api);
    api.fake.fail_next(
        "GET /lookup/roblox",
        Fault::Delay(Duration::from_secs(30)),
        1,
    );
    let started = tokio::time::Instant::now();
    let (status, body) = call(api.get("/lookup/roblox/261")).await;
    assert!(started.elapsed() >= Duration::from_secs(30));
    assert_eq!((status, &body["message"]), (200, &json!("User found")));
    assert_eq!(api.fake.requests()[0].status, 200);
}

#[tokio::test]
async fn drop_fault_closes_without_a_response() {
    let api = Api::start().await;
    api.fake.fail_next("* /lookup", Fault::Drop, 1);
    let failed = api
        .get("/lookup/roblox/1")
        .send()
        .await
        .expect_err("no response");
    assert!(!failed.is_timeout(), "{failed:?}");
    assert_eq!(
        call(api.get("/lookup/roblox/1")).await.0,
        404,
        "the next connection works"
    );
    let statuses: Vec<u16> = api.fake.requests().iter().map(|r| r.status).collect();
    assert_eq!(statuses, [0, 404]);
}

#[tokio::test]
async fn rate_limited_faults_carry_each_retry_form() {
    let api = Api::start().await;
    let route = "GET /moderation";
    api.fake.fail_next(route, Fault::RateLimitedHeader(17), 1);
    api.fake.fail_next(route, Fault::RateLimitedBody(18), 1);
    api.fake.fail_next(
        route,
        Fault::RateLimitedHttpDate(Duration::from_secs(90)),
        1,
    );

    let header_only = send(ban_status(&api, 1)).await;
    assert_eq!(
        (header_only.status, &header_only.headers[RETRY_AFTER]),
        (429, &"17".parse().unwrap())
    );
    assert_eq!(header_only.json(), error(429, "Rate limit exceeded"));

    let body_only = send(ban_status(&api, 1)).await;
    assert!(body_only.headers.get(RETRY_AFTER).is_none());
    assert_eq!(body_only.json()["retry_after"], json!(18));

    let dated = send(ban_status(&api, 1)).await;
    let date = httpdate::parse_http_date(dated.headers[RETRY_AFTER].to_str().unwrap()).unwrap();
    let ahead = date
        .duration_since(SystemTime::now())
        .expect("in the future");
    assert!((89..=91).contains(&ahead.as_secs()), "{ahead:?}");
    assert_eq!(dated.json(), error(429, "Rate limit exceeded"));
    assert_eq!(
        api.fake.rate_limited_count(),
        0,
        "faults are not quota refusals"
    );
}

#[tokio::test]
async fn apply_then_faults_perform_the_write() {
    let api = Api::start().await;
    api.fake
        .fail_next("POST /moderation", Fault::ApplyThen(502), 1);
    let body = json!({ "roblox_id": "261", "reason": "r", "moderator_roblox_id": "2" });
    assert_eq!(
        call(moderate(&api, "ban", body)).await,
        (502, error(502, "Bad Gateway"))
    );
    assert_eq!(api.fake.bans(GUILD).len(), 1, "the ban happened");

    api.fake
        .fail_next("POST /bindings/add", Fault::ApplyThenDrop, 1);
    let binding = json!({ "discord_role_id": "5", "binding_type": "badge", "roblox_badge_id": 1 });
    let mut sent = binding.clone();
    sent["guild_id"] = GUILD.to_string().into();
    assert!(
        api.post("/bindings/add", sent).send().await.is_err(),
        "no response"
    );
    assert_eq!(api.fake.bindings(GUILD).len(), 1, "the binding was added");
    assert_eq!(api.bind(binding).await.0, 409);
}

#[tokio::test]
async fn faults_match_method_and_prefix_and_come_first() {
    let api = Api::start().await;
    api.fake
        .fail_next("POST /bindings", Fault::Status(500, "boom".into()), 2);
    assert_eq!(
        call(api.get("/bindings/list")).await.0,
        200,
        "GET is not POST"
    );
    let anonymous = api.http.post(api.url("/bindings/remove")).json(&json!({}));
    assert_eq!(call(anonymous).await.0, 500, "before authentication");
    let g = GUILD.to_string();
    assert_eq!(
        call(api.post("/bindings/remove", json!({ "guild_id": g, "id": 1 })))
            .await
            .0,
        500
    );
    assert_eq!(
        call(api.post("/bindings/remove", json!({ "guild_id": g, "id": 1 })))
            .await
            .0,
        404
    );

    api.fake.fail_next("/lookup/discord", Fault::Html(503), 1);
    api.fake.clear_faults();
    assert_eq!(call(api.get("/lookup/discord/1")).await.0, 404);
}

// ---------------------------------------------------------------- recording and lifecycle

#[tokio::test]
async fn requests_are_recorded_in_full() {
    let api = Api::start().await;
    let query = format!("/moderation/{GUILD}/ban-status/1?no_cache=true");
    call(api.get(&query)).await;
    let body = json!({ "guild_id": GUILD.to_string(), "discord_ids": ["1"] });
    call(api.post("/lookup/status", body.clone())).await;

    let seen = api.fake.requests();
    assert_eq!(seen.len(), 2);
    let (get, post) = (&seen[0], &seen[1]);
    assert_eq!(
        (get.method.as_str(), get.path.as_str()),
        ("GET", format!("/moderation/{GUILD}/ban-status/1").as_str())
    );
    assert_eq!(
        (get.query.as_deref(), get.body.as_ref(), get.status),
        (Some("no_cache=true"), None, 200)
    );
    assert_eq!(get.header("x-api-key"), Some(api.key.as_str()));
    assert_eq!(get.header("X-Guild-ID"), Some(GUILD.to_string().as_str()));
    assert_eq!(
        (post.method.as_str(), post.path.as_str(), post.body.as_ref()),
        ("POST", "/lookup/status", Some(&body))
    );
    assert!(post.at >= get.at);
    assert_eq!(
        (
            api.fake.count("GET /moderation"),
            api.fake.count("/lookup"),
            api.fake.count("* /")
        ),
        (1, 1, 2)
    );
    api.fake.clear_requests();
    assert_eq!(api.fake.count("* /"), 0);
}

#[tokio::test(start_paused = true)]
async fn wait_for_requests_returns_once_enough_arrived() {
    let api = Api::start().await;
    let request = api.get("/lookup/roblox/1");
    let client = tokio::spawn(async move {
        tokio::time::sleep(Duration::from_secs(5)).await;
        request.send().await.map(|r| r.status().as_u16())
    });
    let seen = api
        .fake
        .wait_for_requests("GET /lookup/roblox", 1, Duration::from_secs(10))
        .await;
    assert_eq!(seen[0].path, "/lookup/roblox/1");
    assert_eq!(client.await.unwrap().unwrap(), 404);
}

#[tokio::test(start_paused = true)]
#[should_panic(expected = "waiting for 2 requests matching \"GET /lookup\"")]
async fn wait_for_requests_panics_after_its_timeout() {
    let api = Api::start().await;
    call(api.get("/lookup/roblox/1")).await;
    api.fake
        .wait_for_requests("GET /lookup", 2, Duration::from_secs(1))
        .await;
}

#[tokio::test]
async fn stop_refuses_new_connections() {
    let api = Api::start().await;
    assert_eq!(call(api.get("/bindings/list")).await.0, 200);
    api.fake.stop();
    let fresh = Client::new();
    let refused = fresh.get(api.url("/bindings/list")).send().await;
    assert!(refused.is_err(), "{refused:?}");
}

#[tokio::test]
async fn a_second_address_is_the_same_service_and_recorded_as_such() {
    let api = Api::start().await;
    let second = api.fake.add_address().await;
    assert_ne!(second, api.fake.addr());
    let url = format!(
        "{}/moderation/{GUILD}/roblox/ban",
        FakeTechnified::base_url_of(second)
    );
    let ban = |roblox_id: u64| {
        api.http
            .post(&url)
            .header("X-API-Key", &api.key)
            .json(&json!({ "roblox_id": roblox_id.to_string(), "reason": "r", "moderator_roblox_id": "2" }))
    };
    // Keys, state, faults and quotas are the first address's.
    assert_eq!(call(ban(261)).await.0, 200);
    assert_eq!(
        call(ban_status(&api, 261)).await.1["data"]["banned"],
        json!(true)
    );
    api.fake.fail_next(
        "POST /moderation",
        Fault::Status(503, "Service Unavailable".into()),
        1,
    );
    assert_eq!(call(ban(262)).await.0, 503);
    api.fake.set_quota("moderation_write", 2);
    let body = json!({ "roblox_id": "263", "reason": "r", "moderator_roblox_id": "2" });
    assert_eq!(call(moderate(&api, "ban", body)).await.0, 200);
    assert_eq!(call(ban(264)).await.0, 429);

    let received: Vec<_> = api
        .fake
        .requests()
        .iter()
        .map(|r| (r.path.clone(), r.received_on == second))
        .collect();
    let ban_path = format!("/moderation/{GUILD}/roblox/ban");
    let status_path = format!("/moderation/{GUILD}/ban-status/261");
    assert_eq!(
        received,
        [
            (ban_path.clone(), true),
            (status_path, false),
            (ban_path.clone(), true),
            (ban_path.clone(), false),
            (ban_path, true),
        ]
    );
}
