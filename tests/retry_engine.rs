//! The retry engine against a real SQLite file and the fake Technified server, on a paused
//! tokio clock: backoff spacing, rate limits, the one retry of a 500, ambiguous writes read
//! back instead of repeated, cancel, restarts and crashes, deadlines, isolation between
//! servers, per-target order, and a model test over random faults and restarts.

mod support;

use std::collections::HashMap;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Mutex, PoisonError};
use std::time::Duration;

use proptest::prelude::*;
use proptest::test_runner::{Config, TestRunner};
use secrecy::SecretString;
use technified_bot::clock::{Clock, hold_clock};
use technified_bot::retry::engine::{
    BoxFuture, DONE_NOTHING_TO_DO_RESULT, Engine, FailureReason, MAX_IN_FLIGHT_PER_GUILD, Outcome,
    PROGRESS_EVERY, Reporter,
};
use technified_bot::retry::operation::Operation;
use technified_bot::shard_range::ShardRange;
use technified_bot::store::{
    BulkCounts, BulkRun, BulkWrite, CaseAction, CaseOutcome, CaseSource, Job, JobState, KeyCipher,
    NewBulkRun, Store,
};

use support::ENCRYPTION_KEY;
use support::databases::{self, TestDatabase};
use technified_bot::technified::{
    AgePlatform, ApiError, ApiKey, BindingRule, Client, ErrorKind, Lift, NewBinding, Punish,
    Punishment,
};
use testkit::technified::{FakeTechnified, Fault, Recorded};
use tokio::sync::{oneshot, watch};
use tokio::task::JoinHandle;
use tokio::time::Instant;

const GUILD: u64 = 1_300_000_000_000_000_001;
const OTHER_GUILD: u64 = 1_300_000_000_000_000_002;
const ADMIN: u64 = 900_000_000_000_000_001;
const MODERATOR: u64 = 1_000;
const ROLE: u64 = 555_000_000_000_000_555;
/// Longest a test waits (tokio time) for the engine before declaring it stuck.
const PATIENCE: Duration = Duration::from_secs(3 * 3600);

// ---- a recording reporter ------------------------------------------------------------------

#[derive(Debug, Clone)]
enum Event {
    Progress {
        id: i64,
        attempt: u32,
        next_try_ms: i64,
        error: ApiError,
    },
    Finished {
        id: i64,
        state: JobState,
        outcome: Outcome,
        at: Instant,
    },
    /// A report of the end of job `id` began and never ends ([`Recorder::hold_reports`]).
    Held { id: i64 },
    BulkProgress {
        run: i64,
        over: i64,
        end_ms: Option<i64>,
        at: Instant,
    },
    BulkFinished {
        run: i64,
        counts: BulkCounts,
        writes: Vec<BulkWrite>,
        at: Instant,
    },
}

struct Recorder {
    events: Mutex<Vec<Event>>,
    seen: watch::Sender<usize>,
    /// Reports of finished jobs hang, as a crash in the middle of one would leave them.
    hold: AtomicBool,
    /// How long the next bulk progress report takes to reach Discord (a slow edit).
    slow_bulk_progress: Mutex<Option<Duration>>,
}

impl Recorder {
    fn new() -> Arc<Recorder> {
        Arc::new(Recorder {
            events: Mutex::new(Vec::new()),
            seen: watch::Sender::new(0),
            hold: AtomicBool::new(false),
            slow_bulk_progress: Mutex::new(None),
        })
    }

    fn push(&self, event: Event) {
        let mut events = self.events.lock().unwrap_or_else(PoisonError::into_inner);
        events.push(event);
        let n = events.len();
        drop(events);
        self.seen.send_replace(n);
    }

    fn events(&self) -> Vec<Event> {
        self.events
            .lock()
            .unwrap_or_else(PoisonError::into_inner)
            .clone()
    }

    fn finished(&self, id: i64) -> Vec<(JobState, Outcome, Instant)> {
        self.events()
            .into_iter()
            .filter_map(|e| match e {
                Event::Finished {
                    id: i,
                    state,
                    outcome,
                    at,
                } if i == id => Some((state, outcome, at)),
                _ => None,
            })
            .collect()
    }

    fn progress(&self, id: i64) -> Vec<(u32, i64, ApiError)> {
        self.events()
            .into_iter()
            .filter_map(|e| match e {
                Event::Progress {
                    id: i,
                    attempt,
                    next_try_ms,
                    error,
                } if i == id => Some((attempt, next_try_ms, error)),
                _ => None,
            })
            .collect()
    }

    /// Waits (tokio time) until `check` finds what it looks for in the events.
    async fn wait<T>(&self, what: &str, mut check: impl FnMut(&[Event]) -> Option<T>) -> T {
        let mut seen = self.seen.subscribe();
        let wait = async {
            loop {
                if let Some(found) = check(&self.events()) {
                    return found;
                }
                seen.changed()
                    .await
                    .expect("the recorder outlives its waiters");
            }
        };
        match tokio::time::timeout(PATIENCE, wait).await {
            Ok(found) => found,
            Err(_) => panic!("timed out waiting for {what}; events: {:#?}", self.events()),
        }
    }

    /// The outcome of job `id`, once it is finished.
    async fn outcome(&self, id: i64) -> Outcome {
        self.wait(&format!("job {id} to finish"), |events| {
            events.iter().find_map(|e| match e {
                Event::Finished { id: i, outcome, .. } if *i == id => Some(outcome.clone()),
                _ => None,
            })
        })
        .await
    }

    /// Every report of bulk run `run` so far (progress and end), as `(at, over, finished)`.
    fn bulk_reports(&self, run: i64) -> Vec<(Instant, i64, bool)> {
        self.events()
            .into_iter()
            .filter_map(|e| match e {
                Event::BulkProgress {
                    run: r, over, at, ..
                } if r == run => Some((at, over, false)),
                Event::BulkFinished {
                    run: r, counts, at, ..
                } if r == run => Some((at, counts.over(), true)),
                _ => None,
            })
            .collect()
    }

    /// The end of bulk run `run`, once reported.
    async fn bulk_finished(&self, run: i64) -> (BulkCounts, Vec<BulkWrite>, Instant) {
        self.wait(&format!("bulk run {run} to finish"), |events| {
            events.iter().find_map(|e| match e {
                Event::BulkFinished {
                    run: r,
                    counts,
                    writes,
                    at,
                } if *r == run => Some((*counts, writes.clone(), *at)),
                _ => None,
            })
        })
        .await
    }

    /// Waits for the first progress report of bulk run `run`.
    async fn bulk_progressed(&self, run: i64) {
        self.wait(&format!("progress of bulk run {run}"), |events| {
            events
                .iter()
                .any(|e| matches!(e, Event::BulkProgress { run: r, .. } if *r == run))
                .then_some(())
        })
        .await;
    }

    /// Waits for `n` progress reports of job `id`.
    async fn progressed(&self, id: i64, n: usize) {
        self.wait(&format!("{n} progress reports of job {id}"), |events| {
            let count = events
                .iter()
                .filter(|e| matches!(e, Event::Progress { id: i, .. } if *i == id))
                .count();
            (count >= n).then_some(())
        })
        .await;
    }
}

impl Reporter for Recorder {
    fn progress<'a>(
        &'a self,
        job: &'a Job,
        attempt: u32,
        next_try_ms: i64,
        error: &'a ApiError,
    ) -> BoxFuture<'a> {
        Box::pin(async move {
            // Checked by the tests, not here: a panic would only end the engine's attempt.
            let attempt = if job.state == JobState::Pending
                && job.attempts == attempt
                && job.next_attempt_at_ms == next_try_ms
            {
                attempt
            } else {
                u32::MAX
            };
            self.push(Event::Progress {
                id: job.id,
                attempt,
                next_try_ms,
                error: error.clone(),
            });
        })
    }

    fn finished<'a>(&'a self, job: &'a Job, outcome: &'a Outcome) -> BoxFuture<'a> {
        Box::pin(async move {
            if self.hold.load(Ordering::SeqCst) {
                self.push(Event::Held { id: job.id });
                std::future::pending::<()>().await;
            }
            self.push(Event::Finished {
                id: job.id,
                state: job.state,
                outcome: outcome.clone(),
                at: Instant::now(),
            });
        })
    }

    fn bulk_progress<'a>(
        &'a self,
        run: &'a BulkRun,
        counts: BulkCounts,
        end_ms: Option<i64>,
    ) -> BoxFuture<'a, Option<u64>> {
        Box::pin(async move {
            let slow = self.slow_bulk_progress.lock().unwrap().take();
            if let Some(delay) = slow {
                tokio::time::sleep(delay).await;
            }
            self.push(Event::BulkProgress {
                run: run.id,
                over: counts.over(),
                end_ms,
                at: Instant::now(),
            });
            None
        })
    }

    fn bulk_finished<'a>(
        &'a self,
        run: &'a BulkRun,
        counts: BulkCounts,
        writes: &'a [BulkWrite],
    ) -> BoxFuture<'a> {
        Box::pin(async move {
            self.push(Event::BulkFinished {
                run: run.id,
                counts,
                writes: writes.to_vec(),
                at: Instant::now(),
            });
        })
    }
}

// ---- a world: fake Technified, a SQLite file, an engine ------------------------------------

struct Running {
    stop: oneshot::Sender<()>,
    task: JoinHandle<()>,
}

struct World {
    db: TestDatabase,
    fake: FakeTechnified,
    recorder: Arc<Recorder>,
    store: Store,
    engine: Engine,
    running: Option<Running>,
}

async fn open(url: &str) -> Store {
    hold_clock(Store::open(
        url,
        KeyCipher::from_base64(ENCRYPTION_KEY).unwrap(),
    ))
    .await
    .expect("the store opens")
}

impl World {
    /// A world with `GUILD` connected and the engine running against the fake.
    async fn start() -> World {
        World::start_on(databases::sqlite()).await
    }

    /// As [`World::start`], on `db`.
    async fn start_on(db: TestDatabase) -> World {
        let fake = FakeTechnified::start().await;
        World::start_with(db, fake, |fake| Client::new(&fake.base_url())).await
    }

    async fn start_with(
        db: TestDatabase,
        fake: FakeTechnified,
        client: impl FnOnce(&FakeTechnified) -> Client,
    ) -> World {
        let store = open(&db.url).await;
        let recorder = Recorder::new();
        let engine = Engine::new(store.clone(), client(&fake), recorder.clone(), Clock::new());
        let mut world = World {
            db,
            fake,
            recorder,
            store,
            engine,
            running: None,
        };
        world.connect(GUILD).await;
        world.start_engine();
        world
    }

    /// Gives `guild` a live key, stored as verified.
    async fn connect(&self, guild: u64) -> ApiKey {
        let key = ApiKey::parse(&self.fake.add_key(guild)).unwrap();
        hold_clock(self.store.put_key(guild, &key, ADMIN, true, 0))
            .await
            .unwrap();
        key
    }

    fn client(&self) -> Client {
        Client::new(&self.fake.base_url())
    }

    fn start_engine(&mut self) {
        let (stop, stopped) = oneshot::channel::<()>();
        let engine = self.engine.clone();
        let task = tokio::spawn(async move {
            engine
                .run(async {
                    let _ = stopped.await;
                })
                .await;
        });
        self.running = Some(Running { stop, task });
    }

    /// A clean stop: the engine finishes (or leaves) what is under way and returns.
    async fn stop_engine(&mut self) {
        if let Some(running) = self.running.take() {
            let _ = running.stop.send(());
            running.task.await.expect("the engine stops cleanly");
        }
    }

    /// A crash: the engine and its attempts vanish wherever they are.
    async fn crash_engine(&mut self) {
        if let Some(running) = self.running.take() {
            running.task.abort();
            let _ = running.task.await;
        }
    }

    /// Closes the store, opens the same file again and starts a new engine with `client`.
    async fn reopen(&mut self, client: Client) {
        hold_clock(self.store.close()).await;
        self.store = open(&self.db.url).await;
        self.engine = Engine::new(
            self.store.clone(),
            client,
            self.recorder.clone(),
            Clock::new(),
        );
        self.start_engine();
    }

    /// Queues `op` as never sent, as a write waiting behind another on its target is.
    async fn submit(&self, guild: u64, op: &Operation) -> i64 {
        let now = self.engine.now_ms();
        self.engine
            .submit(op.new_job(guild, ADMIN, now, now))
            .await
            .expect("queued")
    }

    /// Queues `op` after a first attempt that surely did not reach Technified (a refused
    /// connection), next tried `after` from now.
    async fn submit_unsent(&self, guild: u64, op: &Operation, after: Duration) -> i64 {
        let now = self.engine.now_ms();
        let job = op.new_job(guild, ADMIN, now, now + after.as_millis() as i64);
        let refused = ApiError {
            endpoint: op.endpoint(),
            request_id: "first-attempt".into(),
            kind: ErrorKind::Transport {
                timeout: false,
                sent: false,
            },
        };
        self.engine
            .submit_after(job, &refused)
            .await
            .expect("queued")
    }

    /// Queues `op` after a first attempt that may have reached Technified (answered 503), to
    /// be tried again now.
    async fn submit_maybe_sent(&self, guild: u64, op: &Operation) -> i64 {
        let now = self.engine.now_ms();
        self.engine
            .submit_after(op.new_job(guild, ADMIN, now, now), &unavailable(op))
            .await
            .expect("queued")
    }

    async fn job(&self, id: i64) -> Job {
        hold_clock(self.store.job(id))
            .await
            .unwrap()
            .expect("job exists")
    }

    /// Requests with this method and exact path, oldest first.
    fn requests(&self, method: &str, path: &str) -> Vec<Recorded> {
        self.fake
            .requests()
            .into_iter()
            .filter(|r| r.method == method && r.path == path)
            .collect()
    }
}

/// A 503 answer to `op`: it may have been applied.
fn unavailable(op: &Operation) -> ApiError {
    ApiError {
        endpoint: op.endpoint(),
        request_id: "first-attempt".into(),
        kind: ErrorKind::Api {
            status: 503,
            message: "Service Unavailable".into(),
            details: None,
            retry_after: None,
        },
    }
}

fn punish(roblox_id: u64) -> Punish {
    Punish {
        roblox_id,
        reason: "Exploiting".into(),
        moderator_roblox_id: MODERATOR,
        duration: None,
    }
}

fn lift(roblox_id: u64) -> Lift {
    Lift {
        roblox_id,
        reason: Some("Appeal accepted".into()),
    }
}

fn binding() -> NewBinding {
    NewBinding {
        discord_role_id: ROLE,
        rule: BindingRule::AccountAge {
            platform: AgePlatform::Roblox,
            min_days: 30,
        },
        priority: None,
    }
}

fn binding_spec() -> serde_json::Value {
    serde_json::json!({
        "discord_role_id": ROLE.to_string(),
        "binding_type": "account_age",
        "account_age_platform": "roblox",
        "account_age_min_days": 30,
    })
}

fn path(guild: u64, action: &str) -> String {
    format!("/moderation/{guild}/roblox/{action}")
}

fn route(guild: u64, action: &str) -> String {
    format!("POST {}", path(guild, action))
}

fn gap(a: &Recorded, b: &Recorded) -> f64 {
    b.at.duration_since(a.at).as_secs_f64()
}

fn assert_between(value: f64, low: f64, high: f64, what: &str) {
    assert!(
        (low..=high).contains(&value),
        "{what}: {value:.3} s not within [{low}, {high}]"
    );
}

fn failed(outcome: &Outcome) -> (FailureReason, u32, Option<u16>) {
    match outcome {
        Outcome::Failed {
            error,
            reason,
            attempts,
        } => (
            *reason,
            *attempts,
            error.as_ref().and_then(ApiError::status),
        ),
        Outcome::Done => panic!("expected a failure, got Done"),
    }
}

// ---- backoff, rate limits, 500 ------------------------------------------------------------

#[tokio::test(start_paused = true)]
async fn backoff_spaces_attempts_one_then_two_seconds() {
    for db in databases::each().await {
        let w = World::start_on(db).await;
        w.fake.fail_next(
            &route(GUILD, "ban"),
            Fault::Status(503, "Roblox is unavailable".into()),
            2,
        );
        let id = w.submit(GUILD, &Operation::Ban(punish(42))).await;
        assert_eq!(w.recorder.outcome(id).await, Outcome::Done);

        let posts = w.requests("POST", &path(GUILD, "ban"));
        let statuses: Vec<u16> = posts.iter().map(|r| r.status).collect();
        assert_eq!(statuses, [503, 503, 200]);
        assert_between(gap(&posts[0], &posts[1]), 0.9, 1.1, "first backoff");
        assert_between(gap(&posts[1], &posts[2]), 1.8, 2.2, "second backoff");
        assert_eq!(w.fake.bans(GUILD).len(), 1);

        let progress = w.recorder.progress(id);
        let attempts: Vec<u32> = progress.iter().map(|p| p.0).collect();
        assert_eq!(attempts, [1, 2]);
        assert!(progress.iter().all(|p| p.2.status() == Some(503)));
        let job = w.job(id).await;
        assert_eq!(
            (job.state, job.attempts, job.sent_at_ms.is_some()),
            (JobState::Done, 2, true)
        );
        let key = hold_clock(w.store.key(GUILD)).await.unwrap().unwrap();
        assert!(key.last_success_at.is_some());
        assert_eq!(key.last_error.map(|e| e.status), Some(Some(503)));
    }
}

#[tokio::test(start_paused = true)]
async fn html_502_is_retried_like_502() {
    let w = World::start().await;
    w.fake.fail_next(&route(GUILD, "ban"), Fault::Html(502), 2);
    let id = w
        .submit_unsent(GUILD, &Operation::Ban(punish(42)), Duration::ZERO)
        .await;
    assert_eq!(w.recorder.outcome(id).await, Outcome::Done);
    let posts = w.requests("POST", &path(GUILD, "ban"));
    assert_eq!(posts.len(), 3);
    // `submit_unsent` counted the command's attempt: the engine's retries are the second
    // and third backoff steps.
    assert_between(
        gap(&posts[0], &posts[1]),
        1.8,
        2.2,
        "after the first HTML 502",
    );
    assert_between(
        gap(&posts[1], &posts[2]),
        3.6,
        4.4,
        "after the second HTML 502",
    );
    assert_eq!(w.fake.bans(GUILD).len(), 1);
}

#[tokio::test(start_paused = true)]
async fn a_429_holds_the_write_for_its_retry_after() {
    let w = World::start().await;
    w.fake
        .fail_next(&route(GUILD, "ban"), Fault::RateLimitedHeader(3), 1);
    let id = w
        .submit_unsent(GUILD, &Operation::Ban(punish(42)), Duration::ZERO)
        .await;
    assert_eq!(w.recorder.outcome(id).await, Outcome::Done);
    let posts = w.requests("POST", &path(GUILD, "ban"));
    assert_eq!(posts.len(), 2);
    assert_between(gap(&posts[0], &posts[1]), 3.0, 3.1, "Retry-After 3");
    // A 429 was refused before any work: nothing to read back.
    assert_eq!(
        w.requests("GET", &format!("/moderation/{GUILD}/ban-status/42"))
            .len(),
        0
    );
    let progress = w.recorder.progress(id);
    assert_eq!(progress.len(), 1);
    assert_eq!(progress[0].2.status(), Some(429));
}

#[tokio::test(start_paused = true)]
async fn a_500_is_retried_exactly_once() {
    let w = World::start().await;

    // Once, then success.
    w.fake.fail_next(
        &route(GUILD, "ban"),
        Fault::Status(500, "Internal server error".into()),
        1,
    );
    let first = w
        .submit_unsent(GUILD, &Operation::Ban(punish(1)), Duration::ZERO)
        .await;
    assert_eq!(w.recorder.outcome(first).await, Outcome::Done);
    let posts = w.requests("POST", &path(GUILD, "ban"));
    assert_eq!(posts.len(), 2);
    assert_between(
        gap(&posts[0], &posts[1]),
        1.0,
        1.01,
        "the one retry of a 500",
    );

    // Twice: failed for good after the one retry.
    w.fake.clear_requests();
    w.fake.fail_next(
        &route(GUILD, "ban"),
        Fault::Status(500, "Internal server error".into()),
        2,
    );
    let second = w
        .submit_unsent(GUILD, &Operation::Ban(punish(2)), Duration::ZERO)
        .await;
    let outcome = w.recorder.outcome(second).await;
    assert_eq!(failed(&outcome), (FailureReason::FailedTwice, 3, Some(500)));
    tokio::time::sleep(Duration::from_secs(120)).await;
    assert_eq!(w.requests("POST", &path(GUILD, "ban")).len(), 2);
    assert_eq!(w.job(second).await.state, JobState::Failed);
    let roblox_ids: Vec<u64> = w.fake.bans(GUILD).iter().map(|b| b.roblox_id).collect();
    assert_eq!(roblox_ids, [1]);
}

#[tokio::test(start_paused = true)]
async fn a_refused_write_fails_at_once() {
    let w = World::start().await;
    w.fake.fail_next(
        &route(GUILD, "ban"),
        Fault::Status(403, "API key does not match target guild".into()),
        1,
    );
    let id = w
        .submit_unsent(GUILD, &Operation::Ban(punish(42)), Duration::ZERO)
        .await;
    let outcome = w.recorder.outcome(id).await;
    assert_eq!(failed(&outcome), (FailureReason::Refused, 2, Some(403)));
    assert!(w.recorder.progress(id).is_empty());
    let job = w.job(id).await;
    assert_eq!(job.state, JobState::Failed);
    assert_eq!(FailureReason::of(&job), Some(FailureReason::Refused));
    assert!(job.last_error.unwrap().contains("403"));
}

// ---- ambiguous writes ---------------------------------------------------------------------

/// What each kind of write looks like at the fake, for the ambiguous-write test.
struct Case {
    op: Operation,
    method_path: (&'static str, String),
    /// The read-back's path (status reads are checked for `no_cache=true`).
    read_back: String,
    applied: fn(&FakeTechnified, u64) -> bool,
}

fn case(kind: &str, guild: u64, fake: &FakeTechnified) -> Case {
    const USER: u64 = 77;
    let status = |what: &str| format!("/moderation/{guild}/{what}-status/{USER}");
    match kind {
        "ban" => Case {
            op: Operation::Ban(punish(USER)),
            method_path: ("POST", path(guild, "ban")),
            read_back: status("ban"),
            applied: |f, g| f.bans(g).len() == 1,
        },
        "unban" => {
            fake.ban(guild, USER, "old", MODERATOR, None);
            Case {
                op: Operation::Unban(lift(USER)),
                method_path: ("POST", path(guild, "unban")),
                read_back: status("ban"),
                applied: |f, g| f.bans(g).is_empty(),
            }
        }
        "mute" => Case {
            op: Operation::Mute(Punish {
                duration: Some("1h".into()),
                ..punish(USER)
            }),
            method_path: ("POST", path(guild, "mute")),
            read_back: status("mute"),
            applied: |f, g| f.mutes(g).len() == 1,
        },
        "unmute" => {
            fake.mute(guild, USER, "old", MODERATOR, Some("1d"));
            Case {
                op: Operation::Unmute(lift(USER)),
                method_path: ("POST", path(guild, "unmute")),
                read_back: status("mute"),
                applied: |f, g| f.mutes(g).is_empty(),
            }
        }
        "add_binding" => Case {
            op: Operation::AddBinding(binding()),
            method_path: ("POST", "/bindings/add".into()),
            read_back: "/bindings/list".into(),
            applied: |f, g| f.bindings(g).len() == 1,
        },
        "remove_binding" => {
            let id = fake.insert_binding(guild, binding_spec());
            Case {
                op: Operation::RemoveBinding { id: id.to_string() },
                method_path: ("POST", "/bindings/remove".into()),
                read_back: "/bindings/list".into(),
                applied: |f, g| f.bindings(g).is_empty(),
            }
        }
        other => panic!("no case {other}"),
    }
}

#[tokio::test(start_paused = true)]
async fn ambiguous_writes_are_read_back_and_never_repeated() {
    let w = World::start().await;
    // A cached "not banned" from before the write must not fool the read-back.
    w.fake.set_status_cache_ttl(Duration::from_secs(300));
    let kinds = [
        "ban",
        "unban",
        "mute",
        "unmute",
        "add_binding",
        "remove_binding",
    ];
    let faults = [Fault::ApplyThen(503), Fault::ApplyThenDrop];
    let mut guild = 1_300_000_000_000_001_000;
    for kind in kinds {
        for fault in &faults {
            guild += 1;
            let key = w.connect(guild).await;
            let c = case(kind, guild, &w.fake);
            if c.read_back.contains("-status/") {
                // Seed the fake's status cache with the state before the write.
                let client = w.client();
                let user = 77;
                if c.read_back.contains("ban") {
                    client
                        .punishment_status(&key, Punishment::Ban, user, None, false)
                        .await
                        .unwrap();
                } else {
                    client
                        .punishment_status(&key, Punishment::Mute, user, None, false)
                        .await
                        .unwrap();
                }
            }
            let (method, write_path) = &c.method_path;
            w.fake
                .fail_next(&format!("{method} {write_path}"), fault.clone(), 1);
            assert!(!(c.applied)(&w.fake, guild), "{kind}: applied too early");
            let id = w.submit_unsent(guild, &c.op, Duration::ZERO).await;
            let outcome = w.recorder.outcome(id).await;
            let what = format!("{kind} with {fault:?}");
            assert_eq!(outcome, Outcome::Done, "{what}");
            assert!((c.applied)(&w.fake, guild), "{what}: not applied");

            let writes: Vec<Recorded> = w
                .fake
                .requests()
                .into_iter()
                .filter(|r| r.method == *method && r.path == *write_path)
                .filter(|r| {
                    // Binding routes carry the guild in the body.
                    r.body
                        .as_ref()
                        .and_then(|b| b.get("guild_id"))
                        .is_none_or(|g| g.as_str() == Some(guild.to_string().as_str()))
                })
                .collect();
            assert_eq!(writes.len(), 1, "{what}: sent more than once");
            let reads: Vec<Recorded> = w
                .fake
                .requests()
                .into_iter()
                .filter(|r| r.method == "GET" && r.path == c.read_back && r.at > writes[0].at)
                .filter(|r| {
                    r.header("x-guild-id")
                        .is_none_or(|g| g == guild.to_string())
                })
                .collect();
            assert!(!reads.is_empty(), "{what}: no read-back");
            if c.read_back.contains("-status/") {
                assert!(
                    reads.iter().all(|r| r
                        .query
                        .as_deref()
                        .is_some_and(|q| q.contains("no_cache=true"))),
                    "{what}: read back through the cache: {reads:?}"
                );
            }
            let job = w.job(id).await;
            assert_eq!(
                (job.state, job.sent_at_ms.is_some()),
                (JobState::Done, true),
                "{what}"
            );
            assert_eq!(job.result.as_deref(), Some("done_earlier"), "{what}");
        }
    }
}

#[tokio::test(start_paused = true)]
async fn a_refusal_after_an_ambiguous_attempt_counts_as_done() {
    let w = World::start().await;
    // The read-back fails, and the re-send is refused as a duplicate: the first attempt did it.
    w.fake
        .fail_next("POST /bindings/add", Fault::ApplyThen(502), 1);
    w.fake
        .fail_next("GET /bindings/list", Fault::Status(503, "down".into()), 1);
    let id = w
        .submit_unsent(GUILD, &Operation::AddBinding(binding()), Duration::ZERO)
        .await;
    assert_eq!(w.recorder.outcome(id).await, Outcome::Done);
    assert_eq!(w.fake.bindings(GUILD).len(), 1);
    assert_eq!(w.fake.count("POST /bindings/add"), 1);
}

#[tokio::test(start_paused = true)]
async fn a_failed_read_back_does_not_end_a_write_that_may_have_applied() {
    let w = World::start().await;
    // Applied, then a 500; the read-backs get 500s too (other requests, saying nothing about
    // the ban), so the job keeps looking instead of spending the write's one retry.
    w.fake
        .fail_next(&route(GUILD, "ban"), Fault::ApplyThen(500), 1);
    w.fake.fail_next(
        &format!("GET /moderation/{GUILD}/ban-status/42"),
        Fault::Status(500, "Internal server error".into()),
        3,
    );
    let id = w
        .submit_unsent(GUILD, &Operation::Ban(punish(42)), Duration::ZERO)
        .await;
    assert_eq!(w.recorder.outcome(id).await, Outcome::Done);
    assert_eq!(w.requests("POST", &path(GUILD, "ban")).len(), 1);
    assert_eq!(w.fake.bans(GUILD).len(), 1);
    let job = w.job(id).await;
    assert_eq!((job.state, job.attempts), (JobState::Done, 5));
}

// ---- cancel, restart, crash ----------------------------------------------------------------

/// A command's first attempt (`Engine::begin`) is under way when the engine starts: the
/// recovery of jobs a crash left running must not take it for one (it would be marked sent and
/// read back or re-sent beside the command's own send).
#[tokio::test(start_paused = true)]
async fn recovery_never_takes_a_first_attempt_under_way() {
    let mut w = World::start().await;
    w.stop_engine().await;
    let now = w.engine.now_ms();
    let job = Operation::Ban(punish(42)).new_job(GUILD, ADMIN, now, now);
    let write = w.engine.begin(job, None).await.expect("stored");
    assert!(!write.begun.behind);
    let first = write.begun.job_id;
    w.start_engine();
    let other = w.submit(GUILD, &Operation::Ban(punish(43))).await;
    tokio::time::sleep(Duration::from_secs(5)).await;
    let job = w.job(first).await;
    assert_eq!(
        (job.state, job.sent_at_ms),
        (JobState::Running, None),
        "not recovered"
    );

    // The command's attempt ends; the engine then recovers (nothing) and runs the rest.
    w.engine.end_first(write, CaseOutcome::Done).await;
    assert_eq!(w.recorder.outcome(other).await, Outcome::Done);
    assert!(
        w.requests("POST", &path(GUILD, "ban")).len() == 1,
        "only 43 was sent"
    );
    assert!(hold_clock(w.store.job(first)).await.unwrap().is_none());
    w.stop_engine().await;
}

#[tokio::test(start_paused = true)]
async fn a_cancelled_job_is_never_sent() {
    let w = World::start().await;
    w.connect(OTHER_GUILD).await;
    let id = w
        .submit_unsent(GUILD, &Operation::Ban(punish(42)), Duration::from_secs(10))
        .await;
    assert!(
        !w.engine.cancel(OTHER_GUILD, id).await,
        "another server's job"
    );
    assert!(w.engine.cancel(GUILD, id).await);
    assert!(!w.engine.cancel(GUILD, id).await, "already cancelled");
    tokio::time::sleep(Duration::from_secs(120)).await;
    assert_eq!(w.fake.count(&route(GUILD, "ban")), 0);
    assert!(w.fake.bans(GUILD).is_empty());
    assert!(w.recorder.finished(id).is_empty());
    assert_eq!(w.job(id).await.state, JobState::Cancelled);

    // A finished job cannot be cancelled.
    let done = w.submit(GUILD, &Operation::Ban(punish(43))).await;
    assert_eq!(w.recorder.outcome(done).await, Outcome::Done);
    assert!(!w.engine.cancel(GUILD, done).await);
}

#[tokio::test(start_paused = true)]
async fn a_queued_write_survives_a_restart_and_is_applied_once() {
    // Technified is unreachable for the first engine: a port nobody listens on.
    let closed = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let dead = format!("http://{}/api/v1", closed.local_addr().unwrap());
    drop(closed);
    for db in databases::each().await {
        let fake = FakeTechnified::start().await;
        let mut w = World::start_with(db, fake, |_| Client::new(&dead)).await;

        let id = w.submit(GUILD, &Operation::Ban(punish(42))).await;
        w.recorder.progressed(id, 2).await;
        w.stop_engine().await;
        let job = w.job(id).await;
        assert_eq!(job.state, JobState::Pending);
        assert!(job.attempts >= 2);
        assert!(w.fake.requests().is_empty());

        let client = w.client();
        w.reopen(client).await;
        assert_eq!(w.recorder.outcome(id).await, Outcome::Done);
        assert_eq!(w.fake.count(&route(GUILD, "ban")), 1);
        assert_eq!(w.fake.bans(GUILD).len(), 1);
        assert_eq!(w.recorder.finished(id).len(), 1);
        w.stop_engine().await;
    }
}

#[tokio::test(start_paused = true)]
async fn a_crash_mid_write_is_read_back_after_the_restart() {
    for db in databases::each().await {
        let mut w = World::start_on(db).await;
        w.fake.fail_next(
            &route(GUILD, "ban"),
            Fault::Delay(Duration::from_secs(2)),
            1,
        );
        let id = w
            .submit_unsent(GUILD, &Operation::Ban(punish(42)), Duration::ZERO)
            .await;
        w.fake
            .wait_for_requests(&route(GUILD, "ban"), 1, Duration::from_secs(60))
            .await;
        w.crash_engine().await;
        // Whatever became of the interrupted request has happened by now.
        tokio::time::sleep(Duration::from_secs(5)).await;
        let job = w.job(id).await;
        assert_eq!((job.state, job.sent_at_ms), (JobState::Running, None));

        let restarted = Instant::now();
        let client = w.client();
        w.reopen(client).await;
        assert_eq!(w.recorder.outcome(id).await, Outcome::Done);
        let applied = w
            .requests("POST", &path(GUILD, "ban"))
            .iter()
            .filter(|r| r.status == 200)
            .count();
        assert_eq!(applied, 1, "{:#?}", w.fake.requests());
        assert_eq!(w.fake.bans(GUILD).len(), 1);
        // The new engine read the state back before anything else.
        let after_restart: Vec<Recorded> = w
            .fake
            .requests()
            .into_iter()
            .filter(|r| r.at >= restarted)
            .collect();
        assert_eq!(after_restart[0].method, "GET", "{after_restart:#?}");
        assert!(
            after_restart[0]
                .query
                .as_deref()
                .is_some_and(|q| q.contains("no_cache=true"))
        );
        assert_eq!(w.recorder.finished(id).len(), 1);
    }
}

// ---- deadlines, keys ----------------------------------------------------------------------

#[tokio::test(start_paused = true)]
async fn an_end_not_reported_before_a_crash_is_reported_at_the_next_start() {
    let mut w = World::start().await;
    w.recorder.hold.store(true, Ordering::SeqCst);
    let id = w
        .submit_unsent(GUILD, &Operation::Ban(punish(42)), Duration::ZERO)
        .await;
    w.recorder
        .wait("the report to begin", |events| {
            events
                .iter()
                .any(|e| matches!(e, Event::Held { id: i } if *i == id))
                .then_some(())
        })
        .await;
    // The job is finished in the store, its report is under way: crash now.
    w.crash_engine().await;
    assert_eq!(w.job(id).await.state, JobState::Done);
    assert!(w.recorder.finished(id).is_empty());

    w.recorder.hold.store(false, Ordering::SeqCst);
    w.reopen(w.client()).await;
    assert_eq!(w.recorder.outcome(id).await, Outcome::Done);
    // Reported once: another restart does not report it again.
    w.stop_engine().await;
    w.reopen(w.client()).await;
    tokio::time::sleep(Duration::from_secs(60)).await;
    assert_eq!(w.recorder.finished(id).len(), 1);
    assert_eq!(w.requests("POST", &path(GUILD, "ban")).len(), 1);
}

#[tokio::test(start_paused = true)]
async fn a_job_past_its_deadline_fails_visibly() {
    let w = World::start().await;
    w.fake.fail_next(
        &route(GUILD, "ban"),
        Fault::Status(503, "Roblox is unavailable".into()),
        1000,
    );
    let op = Operation::Ban(punish(42));
    let now = w.engine.now_ms();
    let mut job = op.new_job(GUILD, ADMIN, now, now);
    job.deadline_at_ms = now + 10_000;
    let id = w.engine.submit(job).await.unwrap();
    let outcome = w.recorder.outcome(id).await;
    let (reason, attempts, status) = failed(&outcome);
    assert_eq!((reason, status), (FailureReason::GaveUp, Some(503)));
    // 503 at 0 s, 1 s, 3 s and 7 s; the next would be after 15 s, past the deadline.
    assert_eq!(attempts, 4);
    assert_eq!(w.fake.count(&route(GUILD, "ban")), 4);
    assert_eq!(w.recorder.progress(id).len(), 3);
    let (state, _, at) = w.recorder.finished(id)[0].clone();
    assert_eq!(state, JobState::Failed);
    let started = w.fake.requests()[0].at;
    assert!(at.duration_since(started) < Duration::from_secs(10));
    let stored = w.job(id).await;
    assert_eq!(FailureReason::of(&stored), Some(FailureReason::GaveUp));
    let key = hold_clock(w.store.key(GUILD)).await.unwrap().unwrap();
    assert_eq!(key.last_error.map(|e| e.status), Some(Some(503)));
}

#[tokio::test(start_paused = true)]
async fn a_job_found_past_its_deadline_is_not_sent() {
    let w = World::start().await;
    let op = Operation::Ban(punish(42));
    let now = w.engine.now_ms();
    let mut job = op.new_job(GUILD, ADMIN, now - 90_000_000, now - 90_000_000);
    job.deadline_at_ms = now - 3_600_000;
    let id = w.engine.submit_after(job, &unavailable(&op)).await.unwrap();
    let outcome = w.recorder.outcome(id).await;
    assert_eq!(failed(&outcome), (FailureReason::GaveUp, 1, None));
    assert_eq!(w.fake.count(&route(GUILD, "ban")), 0);
    // It may have been sent before the stop, so the state was read back first.
    assert_eq!(
        w.fake.count(&format!("GET /moderation/{GUILD}/ban-status")),
        1
    );
}

#[tokio::test(start_paused = true)]
async fn a_removed_key_fails_the_job() {
    let w = World::start().await;
    let id = w
        .submit_unsent(GUILD, &Operation::Ban(punish(42)), Duration::from_secs(5))
        .await;
    assert!(hold_clock(w.store.delete_key(GUILD)).await.unwrap());
    let outcome = w.recorder.outcome(id).await;
    assert_eq!(failed(&outcome), (FailureReason::KeyRemoved, 1, None));
    assert!(w.fake.requests().is_empty());
}

#[tokio::test(start_paused = true)]
async fn a_key_check_retries_then_marks_the_key_verified() {
    let w = World::start().await;
    let key = ApiKey::parse(&w.fake.add_key(OTHER_GUILD)).unwrap();
    hold_clock(w.store.put_key(OTHER_GUILD, &key, ADMIN, false, 0))
        .await
        .unwrap();
    w.fake
        .fail_next("GET /bindings/list", Fault::Status(503, "down".into()), 2);
    let id = w
        .submit_unsent(OTHER_GUILD, &Operation::VerifyKey, Duration::ZERO)
        .await;
    assert_eq!(w.recorder.outcome(id).await, Outcome::Done);
    assert_eq!(w.fake.count("GET /bindings/list"), 3);
    let stored = hold_clock(w.store.key(OTHER_GUILD)).await.unwrap().unwrap();
    assert!(stored.verified);
    assert!(stored.last_success_at.is_some());
}

/// Issue 11, item 6: a key saved by `/setup` during an outage waits beside the key in use.
/// Queued writes keep the verified key until a check accepts the new one; a key the check
/// rejects is dropped and the verified key stays.
#[tokio::test(start_paused = true)]
async fn a_replacing_key_takes_over_queued_writes_only_once_verified() {
    let w = World::start().await;
    let old = hold_clock(w.store.key(GUILD)).await.unwrap().unwrap().key;
    let used_key = |r: &Recorded| r.header("x-api-key").map(str::to_owned);

    // A key Technified does not know: the check is refused, the old key stays.
    let bogus = ApiKey::parse(&format!("technified_{GUILD}_notknown")).unwrap();
    assert!(
        hold_clock(w.store.stage_key(GUILD, &bogus, ADMIN, 10))
            .await
            .unwrap()
    );
    let check = w
        .submit_unsent(GUILD, &Operation::VerifyKey, Duration::ZERO)
        .await;
    assert_eq!(failed(&w.recorder.outcome(check).await).2, Some(401));
    let kept = hold_clock(w.store.key(GUILD)).await.unwrap().unwrap();
    assert!(kept.verified && kept.key.expose() == old.expose());
    let to_check = hold_clock(w.store.key_to_check(GUILD))
        .await
        .unwrap()
        .unwrap();
    assert_eq!(to_check.expose(), old.expose(), "the rejected key is gone");

    // A real new key, staged during an outage: a queued write still goes out with the old key.
    let new = ApiKey::parse(&w.fake.add_key(GUILD)).unwrap();
    assert!(
        hold_clock(w.store.stage_key(GUILD, &new, ADMIN, 20))
            .await
            .unwrap()
    );
    let ban = w.submit(GUILD, &Operation::Ban(punish(42))).await;
    assert_eq!(w.recorder.outcome(ban).await, Outcome::Done);
    let sent = w.requests("POST", &path(GUILD, "ban"));
    assert_eq!(used_key(&sent[0]).as_deref(), Some(old.expose()));

    // Once its check passes, the new key is the server's key and the next write uses it.
    let check = w
        .submit_unsent(GUILD, &Operation::VerifyKey, Duration::ZERO)
        .await;
    assert_eq!(w.recorder.outcome(check).await, Outcome::Done);
    let stored = hold_clock(w.store.key(GUILD)).await.unwrap().unwrap();
    assert!(stored.verified && stored.key.expose() == new.expose());
    let mute = w.submit(GUILD, &Operation::Mute(punish(42))).await;
    assert_eq!(w.recorder.outcome(mute).await, Outcome::Done);
    let sent = w.requests("POST", &path(GUILD, "mute"));
    assert_eq!(used_key(&sent[0]).as_deref(), Some(new.expose()));
}

/// Issue 11, item 6: removing the key ends the server's pending writes at once, reported,
/// instead of leaving them to run with whatever key is set next.
#[tokio::test(start_paused = true)]
async fn removing_the_key_ends_pending_writes_at_once() {
    for db in databases::each().await {
        let w = World::start_on(db).await;
        w.connect(OTHER_GUILD).await;
        let waiting = w
            .submit_unsent(
                GUILD,
                &Operation::Ban(punish(42)),
                Duration::from_secs(3600),
            )
            .await;
        let other = w
            .submit_unsent(
                OTHER_GUILD,
                &Operation::Ban(punish(42)),
                Duration::from_secs(3600),
            )
            .await;
        assert!(hold_clock(w.store.delete_key(GUILD)).await.unwrap());
        assert_eq!(
            w.engine
                .end_pending(GUILD, FailureReason::KeyRemoved)
                .await
                .unwrap(),
            1
        );
        // Reported without waiting for its next try; a key set again later sends nothing.
        assert_eq!(
            failed(&w.recorder.outcome(waiting).await).0,
            FailureReason::KeyRemoved
        );
        w.connect(GUILD).await;
        tokio::time::sleep(Duration::from_secs(7200)).await;
        assert_eq!(w.requests("POST", &path(GUILD, "ban")).len(), 0);
        assert_eq!(w.job(waiting).await.state, JobState::Failed);
        assert_eq!(
            w.recorder.outcome(other).await,
            Outcome::Done,
            "another server's write goes on"
        );
    }
}

/// Issue 11, item 8: interaction tokens leave the jobs table once of no use: when the job's
/// end is reported, and when the token expires while the job still waits.
#[tokio::test(start_paused = true)]
async fn interaction_tokens_are_deleted_once_of_no_use() {
    let w = World::start().await;
    let with_token = |op: &Operation, after: Duration| {
        let now = w.engine.now_ms();
        let mut job = op.new_job(GUILD, ADMIN, now, now + after.as_millis() as i64);
        job.interaction_token = Some(SecretString::from("interaction-token".to_owned()));
        job.token_expires_at_ms = Some(now + 15 * 60_000);
        job
    };
    let done = w
        .engine
        .submit(with_token(&Operation::Ban(punish(42)), Duration::ZERO))
        .await
        .unwrap();
    let waiting = w
        .engine
        .submit(with_token(
            &Operation::Ban(punish(43)),
            Duration::from_secs(3600),
        ))
        .await
        .unwrap();
    assert_eq!(w.recorder.outcome(done).await, Outcome::Done);
    tokio::time::sleep(Duration::from_secs(1)).await;
    assert!(
        w.job(done).await.interaction_token.is_none(),
        "reported: deleted"
    );
    assert!(
        w.job(waiting).await.interaction_token.is_some(),
        "still of use"
    );
    // Expired at 15 minutes; the engine looks at least every 5.
    tokio::time::sleep(Duration::from_secs(21 * 60)).await;
    let job = w.job(waiting).await;
    assert_eq!(job.state, JobState::Pending);
    assert!(job.interaction_token.is_none(), "expired: deleted");
}

/// Issue 11, item 8: the key and settings of a server the bot was removed from are deleted
/// after 7 days, unless the bot was added back meanwhile.
#[tokio::test(start_paused = true)]
async fn a_server_the_bot_left_is_forgotten_after_seven_days_unless_it_returns() {
    let w = World::start().await;
    w.connect(OTHER_GUILD).await;
    hold_clock(w.store.set_log_channel(GUILD, Some(5)))
        .await
        .unwrap();
    let now = w.engine.now_ms();
    for guild in [GUILD, OTHER_GUILD] {
        hold_clock(w.store.guild_left(guild, now)).await.unwrap();
    }
    // OTHER_GUILD adds the bot back.
    hold_clock(w.store.guild_present(OTHER_GUILD))
        .await
        .unwrap();
    let has_key = |guild| {
        let store = w.store.clone();
        async move { hold_clock(store.key(guild)).await.unwrap().is_some() }
    };

    tokio::time::sleep(Duration::from_secs(7 * 86_400 - 3_600)).await;
    assert!(has_key(GUILD).await, "kept for 7 days");
    tokio::time::sleep(Duration::from_secs(2 * 3_600)).await;
    assert!(!has_key(GUILD).await, "deleted after 7 days");
    assert_eq!(hold_clock(w.store.log_channel(GUILD)).await.unwrap(), None);
    assert!(has_key(OTHER_GUILD).await, "the bot came back: kept");
}

// ---- isolation and order -------------------------------------------------------------------

/// A second process's engine on the same database: its own store (own connections) and
/// reporter, the same fake Technified, running `shards`' servers' jobs.
fn second_engine(w: &World, store: Store, shards: ShardRange) -> (Engine, Arc<Recorder>) {
    let recorder = Recorder::new();
    let engine = Engine::new(store, w.client(), recorder.clone(), Clock::new());
    engine.own_shards(shards);
    (engine, recorder)
}

/// Issue 15, item 3: two processes on one database whose engines race for the same queued
/// writes (the same shards, as before leases keep them apart): each write runs once. Both
/// engines are idle when twenty writes land in the queue, already due, and each is woken by
/// a write of its own, so their looks at the queue interleave and both try to claim the same
/// jobs; a claim that did not check the job is still pending sends some of them twice here.
#[tokio::test(start_paused = true)]
async fn two_engines_racing_for_the_same_jobs_run_each_once() {
    for db in databases::each().await {
        let w = World::start_on(db).await;
        let store = open(&w.db.url).await;
        let (other, other_recorder) = second_engine(&w, store, ShardRange::all(1));
        let other_task = tokio::spawn({
            let other = other.clone();
            async move { other.run(std::future::pending()).await }
        });
        // Both past their start-up (which takes back jobs left running), now idle.
        tokio::time::sleep(Duration::from_secs(1)).await;
        let now = w.engine.now_ms();
        let mut ids = Vec::new();
        for user in 1..=20 {
            let job = Operation::Ban(punish(user)).new_job(GUILD, ADMIN, now, 0);
            ids.push(
                hold_clock(w.store.enqueue(job, 1, None, None))
                    .await
                    .unwrap(),
            );
        }
        ids.push(w.submit(GUILD, &Operation::Ban(punish(21))).await);
        let op = Operation::Ban(punish(22));
        ids.push(
            other
                .submit(op.new_job(GUILD, ADMIN, now, now))
                .await
                .expect("queued"),
        );
        for &id in &ids {
            tokio::select! {
                _ = w.recorder.outcome(id) => {}
                _ = other_recorder.outcome(id) => {}
            }
        }
        other.stop();
        other_task.await.unwrap();
        for &id in &ids {
            let runs = w.recorder.finished(id).len() + other_recorder.finished(id).len();
            assert_eq!(runs, 1, "job {id} finished {runs} times");
            assert_eq!(w.job(id).await.state, JobState::Done);
        }
        assert_eq!(
            w.fake.count(&route(GUILD, "ban")),
            22,
            "{:#?}",
            w.fake.requests()
        );
        assert_eq!(w.fake.bans(GUILD).len(), 22);
    }
}

/// Issue 15, item 3: with the shards split over two processes, each engine runs its own
/// servers' queued writes only, and recovers only its own interrupted ones.
#[tokio::test(start_paused = true)]
async fn each_engine_runs_only_the_jobs_of_its_shards_servers() {
    let halves = [
        ShardRange::parse("0-0/2").unwrap(),
        ShardRange::parse("1-1/2").unwrap(),
    ];
    // GUILD's neighbour on the other shard: the shard is in the ID's bits above the 22nd.
    let elsewhere = GUILD + (1 << 22);
    let (mine, theirs) = if halves[0].shard_of(GUILD) == 0 {
        (halves[0], halves[1])
    } else {
        (halves[1], halves[0])
    };
    assert_ne!(mine.shard_of(GUILD), mine.shard_of(elsewhere));
    for db in databases::each().await {
        let mut w = World::start_on(db).await;
        w.connect(elsewhere).await;
        w.stop_engine().await;
        w.engine.own_shards(mine);
        let here = w.submit(GUILD, &Operation::Ban(punish(1))).await;
        let there = w.submit(elsewhere, &Operation::Ban(punish(2))).await;
        // The other process's write is under way there: this start must not take it back.
        let running = w.submit(elsewhere, &Operation::Ban(punish(3))).await;
        assert!(hold_clock(w.store.claim(running)).await.unwrap());

        w.start_engine();
        assert_eq!(w.recorder.outcome(here).await, Outcome::Done);
        tokio::time::sleep(Duration::from_secs(60)).await;
        assert!(
            w.recorder.finished(there).is_empty(),
            "ran another shard's job"
        );
        assert_eq!(w.job(there).await.state, JobState::Pending);
        assert_eq!(w.job(running).await.state, JobState::Running);

        let store = open(&w.db.url).await;
        let (other, other_recorder) = second_engine(&w, store, theirs);
        let other_task = tokio::spawn({
            let other = other.clone();
            async move { other.run(std::future::pending()).await }
        });
        assert_eq!(other_recorder.outcome(there).await, Outcome::Done);
        assert_eq!(other_recorder.outcome(running).await, Outcome::Done);
        assert!(other_recorder.finished(here).is_empty());
        assert_eq!(w.recorder.finished(here).len(), 1);
        w.stop_engine().await;
        other.stop();
        other_task.await.unwrap();
    }
}

#[tokio::test(start_paused = true)]
async fn a_rate_limited_server_does_not_hold_up_another() {
    for db in databases::each().await {
        let w = World::start_on(db).await;
        w.connect(OTHER_GUILD).await;
        // GUILD's moderation writes are paused for 20 s...
        w.fake
            .fail_next(&route(GUILD, "ban"), Fault::RateLimitedHeader(20), 1);
        let first = w
            .submit_unsent(GUILD, &Operation::Ban(punish(1)), Duration::ZERO)
            .await;
        w.recorder.progressed(first, 1).await;
        // ...and 40 more of its writes wait for that pause inside the client.
        let mut stuck = Vec::new();
        for user in 2..=41 {
            stuck.push(
                w.submit_maybe_sent(GUILD, &Operation::Ban(punish(user)))
                    .await,
            );
        }
        w.fake
            .wait_for_requests(
                &format!("GET /moderation/{GUILD}/ban-status"),
                4,
                Duration::from_secs(5),
            )
            .await;

        let submitted = Instant::now();
        let other = w.submit(OTHER_GUILD, &Operation::Ban(punish(99))).await;
        assert_eq!(w.recorder.outcome(other).await, Outcome::Done);
        let (_, _, at) = w.recorder.finished(other)[0].clone();
        assert!(
            at.duration_since(submitted) < Duration::from_millis(100),
            "the other server waited {:?}",
            at.duration_since(submitted)
        );
        assert_eq!(w.fake.bans(OTHER_GUILD).len(), 1);
        // Nothing of the paused server went out meanwhile, and it held only its share of the
        // engine's slots (each of its attempts under way had read back and then waited).
        assert_eq!(w.fake.count(&route(GUILD, "ban")), 1);
        assert_eq!(
            w.fake.count(&format!("GET /moderation/{GUILD}/ban-status")),
            MAX_IN_FLIGHT_PER_GUILD
        );

        for id in std::iter::once(first).chain(stuck) {
            assert_eq!(w.recorder.outcome(id).await, Outcome::Done);
        }
        assert_eq!(w.fake.bans(GUILD).len(), 41);
        let posts = w.requests("POST", &path(GUILD, "ban"));
        assert!(gap(&posts[0], &posts[1]) >= 20.0);
    }
}

#[tokio::test(start_paused = true)]
async fn jobs_on_one_target_apply_in_order() {
    for db in databases::each().await {
        let w = World::start_on(db).await;
        w.fake.fail_next(
            &route(GUILD, "ban"),
            Fault::Status(503, "Roblox is unavailable".into()),
            2,
        );
        let ban = w
            .submit_unsent(GUILD, &Operation::Ban(punish(42)), Duration::ZERO)
            .await;
        // Due at once, but behind the ban, which is retrying.
        let unban = w.submit(GUILD, &Operation::Unban(lift(42))).await;
        // Another target of the same server is not held back.
        let mute = w.submit(GUILD, &Operation::Mute(punish(42))).await;
        assert_eq!(w.recorder.outcome(mute).await, Outcome::Done);
        assert!(w.recorder.finished(ban).is_empty());

        assert_eq!(w.recorder.outcome(ban).await, Outcome::Done);
        assert_eq!(w.recorder.outcome(unban).await, Outcome::Done);
        let ban_done = w.recorder.finished(ban)[0].2;
        let last_ban = w.requests("POST", &path(GUILD, "ban")).pop().unwrap();
        let unbans = w.requests("POST", &path(GUILD, "unban"));
        assert_eq!(unbans.len(), 1);
        assert!(unbans[0].at >= last_ban.at && unbans[0].at >= ban_done);
        assert!(
            w.fake.bans(GUILD).is_empty(),
            "the unban ran before the ban"
        );
        assert_eq!(w.fake.mutes(GUILD).len(), 1);
    }
}

/// Issue 11, item 1: a permanent ban queued behind a 7-day ban of the same user was never
/// sent, because the queued job was marked as maybe sent and its read-back took the 7-day
/// ban for it.
#[tokio::test(start_paused = true)]
async fn a_write_queued_behind_another_is_sent_not_taken_as_done() {
    let w = World::start().await;
    w.fake.fail_next(
        &route(GUILD, "ban"),
        Fault::Status(503, "Roblox is unavailable".into()),
        2,
    );
    let week = Operation::Ban(Punish {
        duration: Some("7d".into()),
        ..punish(42)
    });
    let first = w.submit_unsent(GUILD, &week, Duration::ZERO).await;
    let permanent = w.submit(GUILD, &Operation::Ban(punish(42))).await;
    assert_eq!(w.recorder.outcome(first).await, Outcome::Done);
    assert_eq!(w.recorder.outcome(permanent).await, Outcome::Done);

    let posts = w.requests("POST", &path(GUILD, "ban"));
    let durations: Vec<_> = posts
        .iter()
        .filter(|r| r.status == 200)
        .map(|r| r.body.as_ref().and_then(|b| b.get("duration")).cloned())
        .collect();
    assert_eq!(
        durations,
        [Some(serde_json::json!("7d")), None],
        "both sent"
    );
    let bans = w.fake.bans(GUILD);
    assert!(bans.len() == 1 && bans[0].is_permanent, "{bans:?}");
}

/// A read-back finds a ban, but not the one asked: the write was not applied, so it is sent.
#[tokio::test(start_paused = true)]
async fn a_read_back_counts_only_the_state_asked_for() {
    let w = World::start().await;
    // A 7-day ban is in place; a permanent ban's first attempt got a 503 without applying.
    w.fake.ban(GUILD, 42, "Spam", MODERATOR, Some("7d"));
    let permanent = w
        .submit_maybe_sent(GUILD, &Operation::Ban(punish(42)))
        .await;
    assert_eq!(w.recorder.outcome(permanent).await, Outcome::Done);
    assert_eq!(
        w.fake.count(&format!("GET /moderation/{GUILD}/ban-status")),
        1
    );
    assert_eq!(
        w.requests("POST", &path(GUILD, "ban")).len(),
        1,
        "sent after the read-back"
    );
    assert!(w.fake.bans(GUILD)[0].is_permanent);

    // The same 7-day ban asked again, maybe applied: the read-back finds it, nothing is sent.
    w.fake.ban(GUILD, 43, "Spam", MODERATOR, Some("7d"));
    let week = Operation::Ban(Punish {
        duration: Some("7d".into()),
        ..punish(43)
    });
    let again = w.submit_maybe_sent(GUILD, &week).await;
    assert_eq!(w.recorder.outcome(again).await, Outcome::Done);
    assert_eq!(
        w.requests("POST", &path(GUILD, "ban")).len(),
        1,
        "not re-sent"
    );
    // A mute asked of someone banned is not applied by the ban.
    let mute = w
        .submit_maybe_sent(GUILD, &Operation::Mute(punish(43)))
        .await;
    assert_eq!(w.recorder.outcome(mute).await, Outcome::Done);
    assert_eq!(w.fake.mutes(GUILD).len(), 1);
}

// ---- model test ----------------------------------------------------------------------------

/// The operations a model case draws from; each acts in its own guild so that every write
/// route has its own fault script.
#[derive(Debug, Clone, Copy, PartialEq)]
enum Scenario {
    Ban,
    Unban,
    Mute,
    Unmute,
    AddBinding,
    RemoveBinding,
    /// A ban and an unban of one user: same target, applied in order.
    BanThenUnban,
}

const SCENARIOS: [Scenario; 7] = [
    Scenario::Ban,
    Scenario::Unban,
    Scenario::Mute,
    Scenario::Unmute,
    Scenario::AddBinding,
    Scenario::RemoveBinding,
    Scenario::BanThenUnban,
];

#[derive(Debug, Clone)]
struct ModelCase {
    scenarios: Vec<Scenario>,
    /// Per scenario: faults for its write route(s) (the second list is the unban's, for
    /// `BanThenUnban`) and for its read-back route.
    writes: Vec<(Vec<Fault>, Vec<Fault>)>,
    reads: Vec<Vec<Fault>>,
    /// Per job: whether the command's first attempt is known not to have been sent.
    unsent: Vec<bool>,
    /// (tokio ms after the start, crash rather than clean stop).
    restarts: Vec<(u64, bool)>,
}

fn write_fault() -> impl Strategy<Value = Fault> {
    prop_oneof![
        Just(Fault::Status(503, "Roblox is unavailable".into())),
        Just(Fault::Status(500, "Internal server error".into())),
        Just(Fault::Html(502)),
        Just(Fault::RateLimitedHeader(2)),
        Just(Fault::Drop),
        Just(Fault::ApplyThen(504)),
        Just(Fault::ApplyThenDrop),
        Just(Fault::Status(400, "Bad request".into())),
    ]
}

fn read_fault() -> impl Strategy<Value = Fault> {
    prop_oneof![
        Just(Fault::Status(503, "Roblox is unavailable".into())),
        Just(Fault::Status(500, "Internal server error".into())),
        Just(Fault::Html(502)),
        Just(Fault::RateLimitedHeader(1)),
        Just(Fault::Drop),
    ]
}

fn model_case() -> impl Strategy<Value = ModelCase> {
    proptest::sample::subsequence(SCENARIOS.to_vec(), 1..=4).prop_flat_map(|scenarios| {
        let n = scenarios.len();
        let faults = || proptest::collection::vec(write_fault(), 0..4);
        (
            Just(scenarios),
            proptest::collection::vec((faults(), faults()), n),
            proptest::collection::vec(proptest::collection::vec(read_fault(), 0..3), n),
            proptest::collection::vec(any::<bool>(), n + 1),
            proptest::collection::vec((0u64..8_000, any::<bool>()), 0..4),
        )
            .prop_map(|(scenarios, writes, reads, unsent, restarts)| ModelCase {
                scenarios,
                writes,
                reads,
                unsent,
                restarts,
            })
    })
}

/// Of the requests on one write route, how many were handled (applied, or refused by the
/// API itself) rather than answered by a fault that never reached the API.
fn handled(requests: &[Recorded], faults: &[Fault]) -> usize {
    requests
        .iter()
        .enumerate()
        .filter(|(i, r)| match faults.get(*i) {
            Some(fault) => matches!(fault, Fault::ApplyThen(_) | Fault::ApplyThenDrop),
            None => r.status != 429,
        })
        .count()
}

/// One write route of a scenario's job, with the faults scripted on it.
struct Watched {
    job: i64,
    method_path: (String, String),
    faults: Vec<Fault>,
}

async fn run_model_case(case: ModelCase) -> Result<(), TestCaseError> {
    let mut w = World::start().await;
    let base_guild = 1_300_000_000_000_002_000u64;
    let user = 77u64;
    let mut watched: Vec<Watched> = Vec::new();
    let mut jobs: Vec<i64> = Vec::new();
    // (scenario, guild, job ids, binding id)
    let mut plan = Vec::new();
    let mut unsent = case.unsent.iter().copied();

    for (i, scenario) in case.scenarios.iter().enumerate() {
        let guild = base_guild + i as u64;
        w.connect(guild).await;
        let (write_faults, second_faults) = &case.writes[i];
        let mut binding_id = None;
        let (ops, read_route): (Vec<(Operation, String, String)>, String) = match scenario {
            Scenario::Ban => (
                vec![(
                    Operation::Ban(punish(user)),
                    "POST".into(),
                    path(guild, "ban"),
                )],
                format!("GET /moderation/{guild}/ban-status"),
            ),
            Scenario::Unban => {
                w.fake.ban(guild, user, "old", MODERATOR, None);
                (
                    vec![(
                        Operation::Unban(lift(user)),
                        "POST".into(),
                        path(guild, "unban"),
                    )],
                    format!("GET /moderation/{guild}/ban-status"),
                )
            }
            Scenario::Mute => (
                vec![(
                    Operation::Mute(punish(user)),
                    "POST".into(),
                    path(guild, "mute"),
                )],
                format!("GET /moderation/{guild}/mute-status"),
            ),
            Scenario::Unmute => {
                w.fake.mute(guild, user, "old", MODERATOR, None);
                (
                    vec![(
                        Operation::Unmute(lift(user)),
                        "POST".into(),
                        path(guild, "unmute"),
                    )],
                    format!("GET /moderation/{guild}/mute-status"),
                )
            }
            Scenario::AddBinding => (
                vec![(
                    Operation::AddBinding(binding()),
                    "POST".into(),
                    "/bindings/add".into(),
                )],
                "GET /bindings/list".into(),
            ),
            Scenario::RemoveBinding => {
                let id = w.fake.insert_binding(guild, binding_spec());
                binding_id = Some(id);
                (
                    vec![(
                        Operation::RemoveBinding { id: id.to_string() },
                        "POST".into(),
                        "/bindings/remove".into(),
                    )],
                    "GET /bindings/list".into(),
                )
            }
            Scenario::BanThenUnban => (
                vec![
                    (
                        Operation::Ban(punish(user)),
                        "POST".into(),
                        path(guild, "ban"),
                    ),
                    (
                        Operation::Unban(lift(user)),
                        "POST".into(),
                        path(guild, "unban"),
                    ),
                ],
                format!("GET /moderation/{guild}/ban-status"),
            ),
        };
        for fault in &case.reads[i] {
            w.fake.fail_next(&read_route, fault.clone(), 1);
        }
        let mut ids = Vec::new();
        for (n, (op, method, write_path)) in ops.into_iter().enumerate() {
            let faults = if n == 0 { write_faults } else { second_faults };
            for fault in faults {
                w.fake
                    .fail_next(&format!("{method} {write_path}"), fault.clone(), 1);
            }
            let id = if unsent.next().unwrap_or(false) {
                w.submit_unsent(guild, &op, Duration::ZERO).await
            } else {
                w.submit(guild, &op).await
            };
            watched.push(Watched {
                job: id,
                method_path: (method, write_path),
                faults: faults.clone(),
            });
            ids.push(id);
            jobs.push(id);
        }
        plan.push((*scenario, guild, ids, binding_id));
    }

    // Restarts at random times, while jobs are still under way.
    let start = Instant::now();
    let mut restarts = case.restarts.clone();
    restarts.sort_unstable();
    let mut crashed = false;
    let all_finished = |events: &[Event]| {
        jobs.iter()
            .all(|id| {
                events
                    .iter()
                    .any(|e| matches!(e, Event::Finished { id: i, .. } if i == id))
            })
            .then_some(())
    };
    for (at, crash) in restarts {
        let deadline = start + Duration::from_millis(at);
        let waited =
            tokio::time::timeout_at(deadline, w.recorder.wait("all jobs", all_finished)).await;
        if waited.is_ok() {
            break;
        }
        if crash {
            crashed = true;
            w.crash_engine().await;
            // A restart takes a moment: whatever the crash left on the wire lands first.
            tokio::time::sleep(Duration::from_secs(1)).await;
        } else {
            w.stop_engine().await;
        }
        let client = w.client();
        w.reopen(client).await;
    }
    if crashed {
        // A crash may lose the report of a job it interrupted between finishing and
        // reporting; the store is the truth: wait until every job is over there.
        let over = async {
            loop {
                let mut all = true;
                for id in &jobs {
                    let state = hold_clock(w.store.job(*id)).await.unwrap().unwrap().state;
                    all &= matches!(state, JobState::Done | JobState::Failed);
                }
                if all {
                    return;
                }
                tokio::time::sleep(Duration::from_secs(1)).await;
            }
        };
        tokio::time::timeout(PATIENCE, over)
            .await
            .map_err(|_| TestCaseError::fail("jobs never ended"))?;
    } else {
        w.recorder.wait("all jobs", all_finished).await;
    }
    w.stop_engine().await;

    // Every job ended exactly once, and the report agrees with the store.
    let mut outcomes: HashMap<i64, Outcome> = HashMap::new();
    for id in &jobs {
        let job = hold_clock(w.store.job(*id)).await.unwrap().unwrap();
        prop_assert!(
            matches!(job.state, JobState::Done | JobState::Failed),
            "job {} ended {:?}",
            id,
            job.state
        );
        let reports = w.recorder.finished(*id);
        prop_assert!(
            reports.len() <= 1,
            "job {} reported {} times",
            id,
            reports.len()
        );
        if !crashed {
            prop_assert_eq!(reports.len(), 1, "job {} not reported", id);
        }
        if let Some((state, outcome, _)) = reports.first() {
            prop_assert_eq!(*state, job.state);
            prop_assert_eq!(
                matches!(outcome, Outcome::Done),
                job.state == JobState::Done
            );
            outcomes.insert(*id, outcome.clone());
        }
        let done = job.state == JobState::Done;
        outcomes.entry(*id).or_insert(if done {
            Outcome::Done
        } else {
            Outcome::Failed {
                error: None,
                reason: FailureReason::Unknown,
                attempts: 0,
            }
        });
    }

    // Never applied twice: at most one request per write route reached the API.
    let requests = w.fake.requests();
    let mut handled_by_job: HashMap<i64, usize> = HashMap::new();
    for watch in &watched {
        let (method, write_path) = &watch.method_path;
        let on_route: Vec<Recorded> = requests
            .iter()
            .filter(|r| &r.method == method && &r.path == write_path)
            .cloned()
            .collect();
        let n = handled(&on_route, &watch.faults);
        prop_assert!(
            n <= 1,
            "{} {} handled {} times: {:#?}",
            method,
            write_path,
            n,
            on_route
        );
        handled_by_job.insert(watch.job, n);
    }

    // The fake's state matches what was applied, and Done means applied.
    for (scenario, guild, ids, binding_id) in &plan {
        let banned = !w.fake.bans(*guild).is_empty();
        let muted = !w.fake.mutes(*guild).is_empty();
        let bindings = w.fake.bindings(*guild).len();
        let first = ids[0];
        let applied = handled_by_job[&first] == 1;
        let done = outcomes[&first] == Outcome::Done;
        match scenario {
            Scenario::Ban => prop_assert_eq!(banned, applied),
            Scenario::Unban => prop_assert_eq!(!banned, applied),
            Scenario::Mute => prop_assert_eq!(muted, applied),
            Scenario::Unmute => prop_assert_eq!(!muted, applied),
            Scenario::AddBinding => prop_assert_eq!(bindings == 1, applied),
            Scenario::RemoveBinding => {
                prop_assert!(binding_id.is_some());
                prop_assert_eq!(bindings == 0, applied);
            }
            Scenario::BanThenUnban => {
                let unban = ids[1];
                let unbanned = handled_by_job[&unban] == 1;
                prop_assert_eq!(banned, applied && !unbanned);
                if outcomes[&unban] == Outcome::Done {
                    prop_assert!(!banned);
                }
                // Order: nothing of the unban was sent before the ban's last send.
                let position = |p: &str| {
                    requests
                        .iter()
                        .enumerate()
                        .filter(|(_, r)| r.method == "POST" && r.path == p)
                        .map(|(i, _)| i)
                        .collect::<Vec<_>>()
                };
                let bans = position(&path(*guild, "ban"));
                let unbans = position(&path(*guild, "unban"));
                if let (Some(last_ban), Some(first_unban)) = (bans.last(), unbans.first()) {
                    prop_assert!(last_ban < first_unban, "unban sent before the ban ended");
                }
            }
        }
        if done && *scenario != Scenario::BanThenUnban {
            prop_assert!(applied, "{:?} done but not applied", scenario);
        }
    }
    Ok(())
}

#[test]
fn random_faults_and_restarts_never_lose_or_repeat_a_write() {
    let config = Config {
        cases: 64,
        max_shrink_iters: 64,
        failure_persistence: None,
        ..Config::default()
    };
    let mut runner = TestRunner::new(config);
    runner
        .run(&model_case(), |case| {
            let runtime = tokio::runtime::Builder::new_current_thread()
                .enable_all()
                .start_paused(true)
                .build()
                .expect("a runtime");
            runtime.block_on(async {
                tokio::time::timeout(Duration::from_secs(6 * 3600), run_model_case(case))
                    .await
                    .map_err(|_| TestCaseError::fail("the case did not end"))?
            })
        })
        .unwrap();
}

// ---- bulk runs -----------------------------------------------------------------------------

/// Accounts in the bulk tests: more than two of Technified's moderation write windows.
const BULK: u64 = 120;

impl World {
    /// Queues one bulk run of `ops` (each a case from a bulk file), as a confirmed file does.
    async fn bulk(&self, action: CaseAction, ops: &[Operation]) -> i64 {
        let now = self.engine.now_ms();
        let writes = ops
            .iter()
            .map(|op| {
                let case = op.case(CaseSource::Bulk, ADMIN).expect("a case");
                (op.new_job(GUILD, ADMIN, now, now), case)
            })
            .collect();
        let run = NewBulkRun {
            guild_id: GUILD,
            action,
            requested_by: ADMIN,
            interaction_token: None,
            token_expires_at_ms: None,
            locale: None,
            now_ms: now,
        };
        self.engine.begin_bulk(run, writes).await.expect("queued")
    }

    /// How many ban requests Technified received for each account.
    fn bans_sent(&self) -> HashMap<u64, usize> {
        let mut sent = HashMap::new();
        for request in self.fake.requests() {
            if request.method == "POST" && request.path.ends_with("/roblox/ban") {
                let body = request.body.unwrap_or_default();
                let id = body["roblox_id"].as_str().and_then(|id| id.parse().ok());
                *sent.entry(id.expect("a roblox_id")).or_default() += 1;
            }
        }
        sent
    }

    /// The outcome of every case, by Roblox account.
    async fn case_outcomes(&self) -> HashMap<u64, CaseOutcome> {
        let cases = hold_clock(self.store.all_cases(GUILD)).await.unwrap();
        cases.iter().map(|c| (c.roblox_id, c.outcome)).collect()
    }
}

fn bans(n: u64) -> Vec<Operation> {
    (1..=n).map(|id| Operation::Ban(punish(id))).collect()
}

/// No two reports of one run (its end included) are less than 5 s apart.
fn assert_spaced(reports: &[(Instant, i64, bool)]) {
    for pair in reports.windows(2) {
        assert!(
            pair[1].0 - pair[0].0 >= PROGRESS_EVERY,
            "reports {:?} and {:?} are closer than {PROGRESS_EVERY:?}",
            pair[0],
            pair[1]
        );
    }
}

#[tokio::test(start_paused = true)]
async fn a_bulk_run_is_paced_within_the_quota_and_reported_at_most_every_five_seconds() {
    for db in databases::each().await {
        let w = World::start_on(db).await;
        let started = Instant::now();
        let run = w.bulk(CaseAction::Ban, &bans(BULK)).await;
        let (counts, writes, _) = w.recorder.bulk_finished(run).await;

        assert_eq!(w.fake.rate_limited_count(), 0, "no request met a 429");
        let sent = w.bans_sent();
        assert_eq!(sent.len() as u64, BULK);
        assert!(
            sent.values().all(|&n| n == 1),
            "each account once: {sent:?}"
        );
        assert_eq!(w.fake.bans(GUILD).len() as u64, BULK);
        // 50 per window (plus the client's 1 s margin): the last 20 leave two windows after the first.
        let last_sent = w
            .fake
            .requests()
            .iter()
            .filter(|r| r.path.ends_with("/roblox/ban"))
            .map(|r| r.at)
            .max()
            .unwrap();
        let bound = Duration::from_secs(2 * 61);
        let took = last_sent - started;
        assert!(
            took >= Duration::from_secs(2 * 60),
            "faster than the quota allows: {took:?}"
        );
        assert!(
            took <= bound.mul_f64(1.05),
            "{took:?} against the quota-bound {bound:?}"
        );

        assert_eq!(
            counts,
            BulkCounts {
                done: BULK as i64,
                ..BulkCounts::default()
            }
        );
        let ids: Vec<u64> = writes.iter().map(|w| w.roblox_id).collect();
        assert_eq!(
            ids,
            (1..=BULK).collect::<Vec<_>>(),
            "the report follows the file"
        );
        assert!(writes.iter().all(|w| w.state == JobState::Done));
        let cases = w.case_outcomes().await;
        assert_eq!(cases.len() as u64, BULK);
        assert!(cases.values().all(|&o| o == CaseOutcome::Done), "{cases:?}");

        let reports = w.recorder.bulk_reports(run);
        assert!(
            reports.len() >= 3,
            "progress was shown along the way: {reports:?}"
        );
        assert_spaced(&reports);
        let overs: Vec<i64> = reports.iter().map(|r| r.1).collect();
        assert!(overs.is_sorted(), "{overs:?}");
        // Once there is a pace, the estimated end is not before now.
        let estimates = w.recorder.events().into_iter().filter_map(|e| match e {
            Event::BulkProgress {
                end_ms: Some(end), ..
            } => Some(end),
            _ => None,
        });
        assert!(estimates.count() >= 2);
    }
}

#[tokio::test(start_paused = true)]
async fn a_slow_progress_edit_still_leaves_five_seconds_before_the_next() {
    for db in databases::each().await {
        let w = World::start_on(db).await;
        *w.recorder.slow_bulk_progress.lock().unwrap() = Some(Duration::from_millis(700));
        let run = w.bulk(CaseAction::Ban, &bans(BULK)).await;
        w.recorder.bulk_finished(run).await;
        let reports = w.recorder.bulk_reports(run);
        assert!(reports.len() >= 3, "{reports:?}");
        assert_spaced(&reports);
    }
}

/// Issue 15, item 3: with the shards split over two processes, a bulk run's progress and its
/// final report come from the process of its server's shard only; the other process, which
/// sees the same database, never posts them a second time.
#[tokio::test(start_paused = true)]
async fn a_bulk_run_is_shown_and_reported_by_its_servers_process_only() {
    let halves = [
        ShardRange::parse("0-0/2").unwrap(),
        ShardRange::parse("1-1/2").unwrap(),
    ];
    let theirs = halves[usize::from(halves[0].shard_of(GUILD) == 0)];
    assert!(!theirs.contains(theirs.shard_of(GUILD)));
    for db in databases::each().await {
        let w = World::start_on(db).await;
        let store = open(&w.db.url).await;
        let (other, other_recorder) = second_engine(&w, store, theirs);
        let other_task = tokio::spawn({
            let other = other.clone();
            async move { other.run(std::future::pending()).await }
        });
        // Both past their start-up.
        tokio::time::sleep(Duration::from_secs(1)).await;
        let run = w.bulk(CaseAction::Ban, &bans(BULK)).await;
        let (counts, _, _) = w.recorder.bulk_finished(run).await;
        assert_eq!(counts.done, BULK as i64);
        // Long enough for the other process to have looked at the open runs many times.
        tokio::time::sleep(Duration::from_secs(60)).await;
        other.stop();
        other_task.await.unwrap();
        let spoken = other_recorder.events();
        assert!(
            spoken.is_empty(),
            "the other shard's process spoke: {spoken:?}"
        );
        assert!(w.recorder.bulk_reports(run).len() >= 2);
    }
}

#[tokio::test(start_paused = true)]
async fn a_bulk_unban_counts_an_account_without_a_ban_as_had_none() {
    for db in databases::each().await {
        let w = World::start_on(db).await;
        w.fake.ban(GUILD, 1, "Exploiting", MODERATOR, None);
        let ops = [Operation::Unban(lift(1)), Operation::Unban(lift(2))];
        let run = w.bulk(CaseAction::Unban, &ops).await;
        let (counts, writes, _) = w.recorder.bulk_finished(run).await;
        assert_eq!(counts.done, 2, "{writes:?}");
        assert_eq!(writes[0].result.as_deref(), Some("done"));
        assert_eq!(writes[1].result.as_deref(), Some(DONE_NOTHING_TO_DO_RESULT));
        assert!(w.fake.bans(GUILD).is_empty());
    }
}

#[tokio::test(start_paused = true)]
async fn cancelling_a_bulk_run_stops_what_is_left_and_cancels_its_cases() {
    for db in databases::each().await {
        let w = World::start_on(db).await;
        let run = w.bulk(CaseAction::Ban, &bans(BULK)).await;
        w.recorder.bulk_progressed(run).await;
        let cancelled = w.engine.cancel_bulk(GUILD, run).await.expect("cancelled");
        assert!(cancelled > 0);
        assert_eq!(w.engine.cancel_bulk(OTHER_GUILD, run).await, None);
        let (counts, writes, _) = w.recorder.bulk_finished(run).await;
        // Nothing more leaves after the end.
        tokio::time::sleep(Duration::from_secs(300)).await;

        let sent = w.bans_sent();
        assert!(sent.values().all(|&n| n == 1));
        assert_eq!(counts.done, sent.len() as i64);
        assert_eq!(counts.cancelled, BULK as i64 - counts.done - counts.failed);
        assert!(counts.cancelled >= cancelled as i64);
        let cases = w.case_outcomes().await;
        for write in &writes {
            let expected = match write.state {
                JobState::Done => CaseOutcome::Done,
                JobState::Cancelled => CaseOutcome::Cancelled,
                other => panic!("{other:?} after the end"),
            };
            assert_eq!(cases[&write.roblox_id], expected, "{write:?}");
            assert_eq!(
                sent.contains_key(&write.roblox_id),
                expected == CaseOutcome::Done
            );
        }
        // Over: a second cancel finds nothing.
        assert_eq!(w.engine.cancel_bulk(GUILD, run).await, None);
    }
}

#[tokio::test(start_paused = true)]
async fn a_crash_in_the_middle_of_a_bulk_run_bans_each_account_exactly_once() {
    for db in databases::each().await {
        let mut w = World::start_on(db).await;
        let run = w.bulk(CaseAction::Ban, &bans(BULK)).await;
        w.recorder.bulk_progressed(run).await;
        w.crash_engine().await;
        let before = w.bans_sent().len();
        assert!(
            before > 0 && (before as u64) < BULK,
            "in the middle: {before} sent"
        );
        let client = w.client();
        w.reopen(client).await;
        let (counts, _, _) = w.recorder.bulk_finished(run).await;

        assert_eq!(counts.done, BULK as i64);
        let sent = w.bans_sent();
        assert_eq!(sent.len() as u64, BULK);
        assert!(
            sent.values().all(|&n| n == 1),
            "each account once: {sent:?}"
        );
        assert_eq!(w.fake.rate_limited_count(), 0);
        assert_spaced(&w.recorder.bulk_reports(run));
    }
}
