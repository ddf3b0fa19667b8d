# technified-bot: en-US
#
# English, the source of every other file. Each message is one function of
# src/discord/text/, its id that function's name in kebab-case.
#
# Variables:
# - Discord and Roblox IDs, case, job and run numbers, HTTP status and error codes
#   and Unix timestamps are plain text: write them as they are, never as numbers.
# - Every other number variable is a count: a plural selector works on any of them
#   ({ $count -> [one] … *[other] … }), also where English needs none.
# - Flags are "yes" or "no"; an ID or time that may be missing is "none" when it is.
# - Markdown and Discord markup must stay as they are: `code spans`, **bold**,
#   <@user>, <@&role> and <#channel> mentions, <t:…:R> and <t:…:T> timestamps
#   (Discord shows these in the reader's own language and time zone).
# - A command in a sentence is written with references to its names in the commands
#   group at the end (/{ cmd-key } { cmd-key-status }, an option as
#   { cmd-roblox-ban-discord }:true), so that it reads as the member's command picker
#   shows it: keep those references as they are. Other option names (min_rank …) and
#   values a member types (`permanent`) are Discord's words: never translate them.
# - Labels of buttons are at most 80 characters, titles of modals and labels of
#   their fields at most 45.

## setup: /setup and /key

where-keys-are = Create one in the Technified dashboard: Settings, API Keys (the full key is shown only once).
# The title of the /setup form: at most 45 characters.
setup-modal-title = Connect Technified
# The label of the form's one field: at most 45 characters.
setup-key-label = API key
# The example in the empty field (at most 100 characters): a key's shape, keep "technified_".
setup-key-placeholder = technified_<server ID>_…
connected-title = Connected to Technified
# $problem: what is wrong with the typed key (the key-problem message).
key-malformed = That is not a Technified API key
    .body = A key looks like technified_<server ID>_<random letters> ({ $problem }). { where-keys-are }
# What is wrong with a typed key, inside key-malformed: $problem is one of the codes below.
key-problem = { $problem ->
        [empty] the key is empty
        [too-long] the key is too long
        [missing-prefix] the key does not start with `technified_`
        [missing-guild] the key has no server ID after `technified_`
        [guild-not-numeric] the server ID in the key is not a Discord ID
        [missing-secret] the key has nothing after the server ID
       *[invalid-characters] the key contains spaces or characters a key cannot have
    }
# $owner_guild: the ID of the server the key was made for.
key-for-other-server = This key belongs to another server
    .body = It was made for the server with ID { $owner_guild }. Create a key for this server in its Technified dashboard (Settings, API Keys) and run /{ cmd-setup } again. Nothing was saved.
# $masked: the key with most of it hidden, like technified_123_ab…yz.
connected = Technified accepted the key `{ $masked }`. It is stored encrypted; /{ cmd-key } { cmd-key-status } shows it.
key-remove-question = Remove the saved key?
    .body = The bot will forget `{ $masked }` and stop calling Technified for this server until /{ cmd-setup } is run again.
# A button label.
remove = Remove
# A title: the key was kept.
kept = Kept
key-kept = The key was not removed.
# A title: the key was removed.
removed = Removed
# $ended: how many queued writes were dropped with the key (0 says nothing about them).
key-removed = The key is forgotten.{ $ended ->
        [0] {""}
        [one] {" "}{ $ended } write waiting in the queue was ended without being sent.
       *[other] {" "}{ $ended } writes waiting in the queue were ended without being sent.
    } Revoke it in the Technified dashboard too if it may have leaked.
key-status-title = Technified API key
# Field names of /key status, then values they can show.
set-by = Set by
state = State
verified-yes = accepted by Technified
verified-pending = not yet verified
last-success = Last successful call
last-error = Last error
pending-retries = Pending retries
never = never
none = none
no-answer = no answer
key-staged = Key saved, not yet verified
    .body = Technified did not answer, so the new key waits to be checked automatically; the current key stays in use, queued writes included, until Technified accepts the new one. /{ cmd-key } { cmd-key-status } shows the key in use.
key-checking = Key saved, not yet verified
    .body = Technified did not answer, so the key is stored as not yet verified. It will be checked automatically; /{ cmd-key } { cmd-key-status } shows the result.

## settings: /settings

# A title.
saved = Saved
log-channel-test-title = Technified bot log
# Posted in the chosen channel; $by: who chose it.
log-channel-test = <@{ $by }> chose this channel for the bot's audit lines and late results.
log-channel-set = Audit lines and late results will go to <#{ $channel }>.

## lookup: /lookup and /shield

# Titles and field names of lookup results.
verified = Verified
discord = Discord
roblox = Roblox
roblox-id = Roblox ID
not-verified-short = not verified
reason = Reason
category = Category
source = Source
# The title of a lookup of several members: $verified of the $asked are verified.
batch-title = { $verified } of { $asked } verified
shield-flagged = Flagged by Shield
    .body = Roblox account { $roblox_id } is on Technified's Shield list.
shield-clear = Roblox account { $roblox_id } is not flagged by Shield
# $uses lookups are allowed per member every $window_secs seconds.
lookup-cooldown = Slow down
    .body = Each member can run { $uses } lookups every { $window_secs } seconds. Try again <t:{ $free_unix }:R>.

## bindings: /bindings

no-bindings = This server has no bindings yet. Add one with /{ cmd-bindings } { cmd-bindings-add }.
# Shown before a binding's priority number.
priority = priority
binding-matches = Matches
binding-no-match = Does not match
binding-result = Binding test
group-rank = Group rank
# Button labels: the pages of a list.
previous = Previous
next = Next
bindings-title = { $total ->
        [one] { $total } binding
       *[other] { $total } bindings
    }
page = Page { $current } of { $of }
# What a binding matches, in a list of bindings: "group 123, ranks 1 to 255".
target-group-rank = group { $group_id }, ranks { $min_rank } to { $max_rank }
target-gamepass = game pass { $gamepass_id }
target-asset = asset { $asset_id }
target-badge = badge { $badge_id }
# $platform: "Discord" or "Roblox" (the messages discord and roblox).
target-account-age = { $platform } account at least { $min_days ->
        [one] { $min_days } day
       *[other] { $min_days } days
    } old
# $target: one of the target-… lines above; $group: the Roblox group's name.
target-in-group = { $target } ({ $group })
# A binding of a type this version of the bot does not know; $binding_type: its name from Technified.
target-of-type = { $binding_type } binding

## roblox: /roblox moderation, and the Discord half of a ban on both

# A button label.
ban-confirm = Ban permanently
cancelled = Cancelled
nothing-changed = Nothing was changed.
# Field names and a value of ban and mute status.
by-roblox = By (Roblox)
since = Since
until = Until
permanent = permanent
# $reason: as the moderator typed it.
permanent-ban-question = Ban permanently?
    .body = Roblox account { $roblox_id } will be banned from this server's games with no end date. Reason: { $reason }
not-banned = Roblox account { $roblox_id } is not banned
not-muted = Roblox account { $roblox_id } is not muted
banned = Banned
    .body = Roblox account { $roblox_id } is banned.
muted = Muted
    .body = Roblox account { $roblox_id } is muted.
discord-ban-needs-permanent = A Discord ban has no end date, so discord:true goes with a permanent ban only. Leave out the duration (or give `permanent`), or ban on Discord yourself.
# The permanent-ban question with, on its own line, what will happen on Discord
# ($discord_line: a discord-ban-line).
both-bans-question = { permanent-ban-question }
    .body =
        { permanent-ban-question.body }
        { $discord_line }
# Stands for the member while nobody knows who that is, as $who below.
the-linked-member = the linked member
# $status: one of the sentences below, from discord-will-ban-member to discord-ban-failed.
discord-ban-line = **Discord:** { $status }
discord-will-ban-member = <@{ $user }> will be banned from this server too.
discord-will-ban-absent = <@{ $user }> is not in this server now and will be banned from it, so they cannot join.
discord-banned-member = banned <@{ $user }> from this server.
discord-banned-absent = banned <@{ $user }>. They are not in this server now; the ban keeps them from joining.
# $why: one of the refused-… sentences below.
discord-not-banned = not banned: { $why }
refused-not-linked = no Discord account is linked to Roblox account { $roblox_id } in this server.
# $who: a member's mention, or the-linked-member.
refused-owner = { $who } owns this server, and nobody can ban a server's owner.
refused-bot-lacks-ban-members = the bot lacks the Ban Members permission. Give the bot's role Ban Members in Server Settings, Roles.
refused-not-below-bot = { $who }'s highest role is not below the bot's, and Discord lets the bot ban only members below it. Move the bot's role above theirs in Server Settings, Roles.
refused-not-below-moderator = { $who }'s highest role is not below yours, and Discord lets members ban only members below them.
# $detail: the failure as Technified or Discord gave it.
discord-lookup-failed = not banned: the linked Discord account could not be looked up ({ $detail }).
discord-check-failed = not banned: the roles of { $who } and of the bot could not be read from Discord to check the ban ({ $detail }).
discord-ban-failed = failed: the ban of { $who } did not go through ({ $detail }).
# The reason in Discord's audit log, where the bot is named as the one who banned:
# $moderator_name ($moderator_id) asked for it.
discord-ban-audit-reason = { $moderator_name } ({ $moderator_id }) with /{ cmd-roblox } { cmd-roblox-ban } of Roblox account { $roblox_id }: { $reason }
# The audit line's "what" of a Discord ban.
discord-ban-summary = Ban Discord member <@{ $user }> (linked to Roblox account { $roblox_id }): { $reason }
# $message: Discord's error in English, as Discord wrote it; $code: its number.
discord-said = Discord says: { $message }, code { $code }

## jobs: queued writes, late results, /jobs, and why a write was not done

late-done = Done after Technified recovered.
jobs-title = Retries
no-jobs = Nothing is waiting or failed recently.
already-running = not cancelled (already running or finished)
# $summary: what the write does (a message of the writes group, as asked).
queued = Technified is having trouble: queued
    .body = { $summary }: not applied yet. It is saved and will be retried automatically (next try <t:{ $next_try_unix }:R>); this message is updated with the result. /{ cmd-jobs } shows or cancels it.
queued-rate-limited = Rate-limited: queued
    .body = { $summary }: not sent yet, because this server has used its Technified calls of this kind for now. It is saved and will be sent at <t:{ $send_unix }:T> (<t:{ $send_unix }:R>); this message is updated with the result. /{ cmd-jobs } shows or cancels it.
# $why: one of the failed-… sentences below.
job-failed = Not done
    .body = { $summary }: { $why }.
# A button label.
cancel-job = Cancel #{ $id }
job-cancel-summary = Cancelled queued job #{ $id }
# One /jobs line; $state: one of the job-… states below.
job-line = `#{ $id }` { $summary } (by <@{ $by }>): { $state }
job-waiting = waiting, attempt { $attempt } next <t:{ $next_try_unix }:R>
job-running = being sent now
job-done = done
job-cancelled = cancelled
# $label: one of the label-… words below; $last_error: Technified's last error, when $has_last_error is "yes".
job-failed-state = failed: { $label }{ $has_last_error ->
        [yes] {" "}(last error: { $last_error })
       *[no] {""}
    }
# Why a queued write was not done, as a sentence (the member's reply, the audit line)…
failed-key-removed = the server's API key was removed before it could be sent
failed-bot-removed = the bot was removed from the server before it could be sent
failed-key-unreadable = the saved key cannot be read; an admin runs /{ cmd-setup } again
failed-gave-up = Technified was still failing after a day of retries
failed-refused = Technified refused it
failed-twice = Technified failed again on the retry
failed-unreadable-job = this version of the bot cannot read the queued change
failed-unknown = it ended without being applied
# … and as a short label (/jobs).
label-key-removed = key removed before it was sent
label-bot-removed = bot removed from the server
label-key-unreadable = saved key unreadable
label-gave-up = gave up at the deadline
label-refused = refused by Technified
label-failed-twice = failed again on the retry
label-unreadable-job = this version cannot read it
label-unknown = not applied

## writes: what a write does, in one line
## $done is "yes" once the write is made (past tense, the green reply), "no" while
## it waits or when it failed (the action as asked: the amber and red replies,
## /jobs, audit lines).

# $duration: how long, already a phrase (the duration message, "7 days"), when $has_duration is "yes";
# $reason: as the moderator typed it.
ban-summary = { $done ->
        [yes] Banned
       *[no] Ban
    } Roblox account { $roblox_id } { $has_duration ->
        [yes] for { $duration }
       *[no] permanently
    }: { $reason }
mute-summary = { $done ->
        [yes] Muted
       *[no] Mute
    } Roblox account { $roblox_id } { $has_duration ->
        [yes] for { $duration }
       *[no] permanently
    }: { $reason }
unban-summary = { $done ->
        [yes] Lifted
       *[no] Lift
    } the ban of Roblox account { $roblox_id }
unmute-summary = { $done ->
        [yes] Lifted
       *[no] Lift
    } the mute of Roblox account { $roblox_id }
# $target: what the binding matches (a target-… message of the bindings group).
binding-added = { $done ->
        [yes] Added
       *[no] Add
    } a binding: <@&{ $role }> for { $target }
binding-removed = { $done ->
        [yes] Removed
       *[no] Remove
    } binding { $id }
key-check-summary = { $done ->
        [yes] Verified
       *[no] Verify
    } the saved API key

## doctor: /doctor, the checklist

doctor-title = Checklist
# The name of a line's fix.
fix = Fix
# What each line checks.
doctor-api-key = API key
doctor-key-accepted = Key accepted
doctor-technified-api = Technified API
doctor-log-channel = Log channel
doctor-retry-queue = Retry queue
doctor-headroom = Rate-limit headroom
doctor-ban-sync = Ban sync
doctor-ban-members = Ban Members
doctor-view-audit-log = View Audit Log
doctor-server-permissions = Server permissions
doctor-moderation-events = Moderation events
# What each line found; a failed line's fix follows as the message with the same
# id and "-fix".
check-key-missing = no key saved
check-key-missing-fix = An admin runs /{ cmd-setup } with this server's Technified API key.
check-key-unreadable = saved, but cannot be decrypted with this ENCRYPTION_KEY
check-key-unreadable-fix = Run /{ cmd-setup } again, or restore the encryption.key that was used to save it.
check-key-present = saved: `{ $masked }`
# The answers to "Key accepted".
check-key-accepted = yes
check-key-refused = no (HTTP { $status })
check-key-refused-fix = The key was revoked or belongs to another server. { where-keys-are } Then run /{ cmd-setup }.
check-key-not-checked-paced = not checked now (this server's calls are rate-limited)
check-key-accepted-rate-limited = yes (rate-limited right now)
check-api-reachable = reachable, { $latency_ms } ms
check-api-trouble-timeout = no answer within the timeout
check-api-trouble-no-connection = cannot connect
check-api-trouble-status = answered HTTP { $status }
check-api-trouble-fix = Technified may be having trouble; try again in a few minutes. If it persists, the bot's operator checks TECHNIFIED_API_URL with `technified-bot check`.
check-log-channel-unset = not set
check-log-channel-unset-fix = Run /{ cmd-settings } { cmd-settings-log-channel } so late results and audit lines have somewhere to go.
# $missing: the permissions' names as Discord shows them.
check-log-channel-blocked = <#{ $channel }>: the bot cannot post there
check-log-channel-blocked-fix = Give the bot { $missing } in <#{ $channel }>.
check-log-channel-writable = <#{ $channel }>, writable
check-log-channel-uncached = <#{ $channel }> (permissions not cached yet)
check-queue = { $pending } pending
# One rate-limit group's line: $group is the group's code name (lookup,
# bindings_read, …: keep it as it is); either its use this minute ($used of $quota
# calls) or, when $paused_until is not "none", the pause Technified asked for.
headroom-line = { $paused_until ->
        [none] { $group }: { $used }/{ $quota } this minute
       *[other] { $group }: rate-limited until <t:{ $paused_until }:T>
    }
# The headroom line's fix when a group is paused.
check-headroom-paused-fix = Technified limits calls per key and minute; the bot waits and retries by itself.
check-ban-sync-off = off
# $mode: the ban sync mode, as its /settings ban-sync option names it (ask, mirror).
check-ban-sync-posting = { $mode }, posting in <#{ $channel }>
check-ban-sync-no-log-channel = { $mode }, but no log channel is set: Discord bans are not synced
check-ban-sync-no-log-channel-fix = Run /{ cmd-settings } { cmd-settings-log-channel }: ban sync posts its cards and notes there. Or turn it off with /{ cmd-settings } { cmd-settings-ban-sync } off.
check-ban-sync-blocked = { $mode }, but the bot cannot post in <#{ $channel }>: Discord bans are not synced
check-ban-sync-blocked-fix = Give the bot { $missing } in <#{ $channel }>, or pick another channel with /{ cmd-settings } { cmd-settings-log-channel }.
check-ban-members-granted = granted
check-ban-members-missing = missing
# Server Settings, Roles and Ban Members as Discord's own interface names them.
check-ban-members-missing-fix = In Server Settings → Roles → the bot's role, turn on Ban Members: /{ cmd-roblox } { cmd-roblox-ban } { cmd-roblox-ban-discord }:true, ban sync and bans on Discord need it.
check-view-audit-log-granted = granted
check-view-audit-log-missing = missing
check-view-audit-log-missing-fix = In Server Settings → Roles → the bot's role, turn on View Audit Log: ban sync reads there who banned and why.
check-server-permissions-uncached = not cached yet
check-moderation-events-seen = last moderation event seen <t:{ $last_seen_unix }:R>
check-moderation-events-none = none seen since start

## help: /help

help-title = Technified bot commands
help-footer = /{ cmd-help } <command> shows a command's options and who can use it.
# Put after an option's name; starts with a space.
optional-mark = {" "}(optional)
# A field name, and its value for commands anyone may use.
who = Who
everyone = everyone
unknown-command = No such command
    .body = There is no command called /{ $name }. /{ cmd-help } lists them all.

## errors: failures (red) and trouble being worked around (amber)

not-connected = This server is not connected yet
    .body = An admin (Manage Server) runs /{ cmd-setup } with this server's Technified API key.
key-unreadable = The saved key cannot be read
    .body = The bot's ENCRYPTION_KEY changed since the key was saved. An admin runs /{ cmd-setup } again.
key-rejected = The saved API key was rejected
    .body = It was revoked or is wrong. { where-keys-are } Then run /{ cmd-setup }.
key-other-guild = This key belongs to another server
    .body = Technified refused it for this server. { where-keys-are } Then run /{ cmd-setup }.
internal-fault = Something went wrong inside the bot
    .body = This is a fault of the bot, not yours. Please report it with request ID { $request_id }.
# $technified_says: Technified's own words (English).
input-rejected = Technified did not accept that
    .body = Technified says: { $technified_says }. Check the values and try again.
not-verified = Not verified
    .body = That user is not verified with Technified in this server.
no-active-ban = No active ban
    .body = That user has no active ban, so there is nothing to lift.
no-active-mute = No active mute
    .body = That user has no active mute, so there is nothing to lift.
not-found = Not found
    .body = That item does not exist (or this server is not set up on Technified yet).
already-exists = Already exists
    .body = That already exists on Technified (for example the same binding).
gave-up = Technified is still having trouble
    .body = Gave up after { $attempts } attempts. Nothing was lost; try again in a few minutes.
shield-offline = Shield is offline
    .body = Technified has suspended Shield, so flags cannot be checked right now.
moderator-not-verified = You are not verified
    .body = Roblox actions are recorded under the moderator's Roblox account. Verify with Technified in this server, then try again.
# $what: what is wrong with the input (a message of the input group).
invalid-input = Please check your input
    .body = { $what }
# $permission: the permission's name as Discord's app shows it (the permission message).
missing-permission = You cannot use this
    .body = It needs the { $permission } { $count ->
        [one] permission
       *[other] permissions
    } in this server.
guild-only = Servers only
    .body = This command works inside a server, not in direct messages.
option-unreadable = Please check your input
    .body = One of the options could not be read (for example a channel or user the bot cannot see). Pick it again from Discord's list.
command-outdated = This command has changed
    .body = Discord showed you an older version of this command. Wait a minute (or restart Discord) and run it again.
permissions-unknown = Your permissions could not be checked
    .body = Discord did not say what you may do here. Try again in a moment.
not-here = You cannot use this here
    .body = This command is not available to you in this place. /{ cmd-help } lists what you can use.
cooldown = Slow down
    .body = You can run this command again <t:{ $again_unix }:R>.
# Where the bot lacks a permission, as $place below.
this-channel = this channel
# Where Discord refused the bot, when the channel is not known.
that-channel = that channel
# $what: Discord's reason.
discord-refused = Discord refused that
    .body = { $what }
# $place: a channel's mention, this-channel or that-channel.
# $permission: one or more permission names as Discord's app shows them.
bot-missing-permission = The bot lacks { $count ->
        [one] a permission
       *[other] permissions
    }
    .body = Give the bot the { $permission } { $count ->
        [one] permission
       *[other] permissions
    } in { $place }, then try again.
unexpected = Something went wrong inside the bot
    .body = This is a fault of the bot, not yours. The details are in the bot's log.
queue-full = Too many writes are waiting: not queued
    .body = This server already has { $max_waiting } writes waiting for Technified, so this one was not queued. Run the command again once /{ cmd-jobs } shows fewer.
timed-out = Timed out
    .body = Nothing was changed. Run the command again when you are ready.
retrying = Technified is having trouble
    .body = Technified (or Discord or Roblox behind it) did not answer properly. Retrying automatically: attempt { $attempt }, next try <t:{ $next_try_unix }:R>.
rate-limited = Technified is rate-limiting this server
    .body = Retrying automatically at <t:{ $next_try_unix }:T> (<t:{ $next_try_unix }:R>).
# A read not sent because this server's calls of its kind are booked for longer than a member should wait.
rate-limited-until = Rate-limited
    .body = This server has used its Technified calls of this kind for now: rate-limited until <t:{ $free_unix }:T> (<t:{ $free_unix }:R>). Try again then.
write-not-retried = Technified is having trouble
    .body = Technified (or Discord or Roblox behind it) did not answer properly, so this change may not have been applied. Check its status in a minute before trying again.

## audit: the audit lines posted in the log channel

audit-done = done
# $why: the failure's short headline.
audit-failed = failed ({ $why })
# One audit line: $member did $what (a message of the writes group), with its
# outcome (audit-done or audit-failed). When $number is not "none", the write is
# that moderation case (shown as case-title).
audit-line = { $number ->
        [none] <@{ $member }>: { $what }: { $outcome }
       *[other] <@{ $member }>: { $what } · { case-title }: { $outcome }
    }

## input: checks of what a member typed

priority-out-of-range = priority must be between 0 and 1000.
min-days-out-of-range = min_days must be between 0 and 36500.
reason-missing = Give a reason.
no-users = List at least one user (mentions or IDs).
duration-too-long = That duration is longer than ten years; use `permanent` instead.
not-a-binding-id = Pick a binding from the list (start typing to search), or give its ID from /{ cmd-bindings } { cmd-bindings-list }.
# $option: the name of the command's option.
not-positive = { $option } must be a positive number.
rank-out-of-range = { $option } must be between 0 and 255.
ranks-reversed = min_rank ({ $min }) must not be greater than max_rank ({ $max }).
reason-too-long = The reason is too long: at most { $max } characters.
# $value: what the member typed.
not-a-duration = `{ $value }` is not a duration. Use a number and a unit, like 30m, 12h, 7d or 2w, or `permanent`.
not-a-user = `{ $token }` is not a user mention or ID.
too-many-users = At most { $max } users at once; you listed { $listed }.

## cases: /cases, its lines, the case card and the export

case-title = Case #{ $number }
cases-title = Cases ({ $total })
no-cases = No cases match. Every ban, unban, mute and unmute made through the bot becomes one.
# Under a list cut short.
cases-cut = The newest { $shown } of { $total } are listed; /{ cmd-cases } { cmd-cases-export } has them all.
case-not-found = No such case
    .body = This server has no case #{ $number }. /{ cmd-cases } { cmd-cases-list } shows the cases it has.
# What a case did (as $action below), where it came from, how it stands.
case-ban = Ban
case-unban = Unban
case-mute = Mute
case-unmute = Unmute
from-command = a command
from-bulk = a bulk file
from-ban-sync = ban sync
case-queued = queued
case-done = done
case-failed = failed
case-cancelled = cancelled
# One /cases list line; $action: case-ban … case-unmute, $outcome: case-queued … case-cancelled.
case-line = `#{ $number }` { $action } of Roblox account { $roblox_id } by <@{ $moderator }>: { $outcome } · <t:{ $opened_unix }:R>
# One choice of /cases show as the member types (plain text, at most 100 characters).
case-choice = #{ $number } { $action } of Roblox account { $roblox_id }
# Field names of the case card.
case-roblox = Roblox account
case-member = Discord member
case-moderator = Moderator
case-reason = Reason
case-duration = Duration
case-source = From
case-outcome = Outcome
case-opened = Opened
case-updated = Last change
not-known = not known
# A moderator, with their Roblox account when it was recorded ($roblox_id is "none" when not).
case-moderator-line = { $roblox_id ->
        [none] <@{ $discord_id }>
       *[other] <@{ $discord_id }> (Roblox { $roblox_id })
    }
# The export's file name: no spaces, keep ".csv".
cases-file = cases.csv
cases-exported = Cases exported
    .body = { $count ->
            [0] This server has no cases yet: the attached CSV file has only its header row.
            [one] This server's one case is in the attached CSV file (UTF-8, one case per row).
           *[other] All { $count } cases of this server are in the attached CSV file (UTF-8, one case per row).
        }

## ban_sync: /settings ban-sync, its cards and notes in the log channel

ban-sync-saved = Ban sync saved
# What each /settings ban-sync mode (off, ask, mirror) does, said when it is set.
ban-sync-off = Ban sync is off: Discord bans do nothing on Roblox.
ban-sync-ask = Ban sync asks: a Discord ban of a verified member posts a card in the log channel, with a button to ban them on Roblox too.
ban-sync-mirror = Ban sync mirrors: a Discord ban of a verified member bans their Roblox account at once, with the Discord moderator's Roblox account as the moderator (a card asks when that moderator is unknown or not verified).
ban-sync-needs-log-channel = ask and mirror post their cards and notes in the log channel, and this server has none yet. Run /{ cmd-settings } { cmd-settings-log-channel } first, then /{ cmd-settings } { cmd-settings-ban-sync } again.
# The Roblox ban's reason: Discord's ($discord_reason, when $has_discord_reason is "yes"), marked as coming from Discord.
ban-sync-reason = Banned on Discord: { $has_discord_reason ->
        [yes] { $discord_reason }
       *[no] no reason given
    }
unban-sync-reason = Unbanned on Discord
card-banned-title = Banned on Discord
card-unbanned-title = Unbanned on Discord
# Button labels.
card-ban-button = Ban on Roblox too
card-unban-button = Unban on Roblox too
card-dismiss-button = Dismiss
# Field names of a card, and a reason's value when Discord had none.
card-member = Member
card-roblox = Roblox account
card-by = By
card-reason = Reason
no-reason = none given
# Who banned, as the card names them ($moderator is "none" when unknown).
card-moderator = { $moderator ->
        [none] unknown (the bot cannot read the audit log, or it had no entry)
       *[other] <@{ $moderator }>
    }
# $unban: "yes" on a card about an unban.
card-question = { $unban ->
        [yes] Ban sync banned this account on Roblox. Lift that Roblox ban too?
       *[no] Ban their Roblox account too?
    }
# Why mirror asked instead of banning on Roblox at once ($moderator is "none" when unknown).
card-fallback = { $moderator ->
        [none] Not banned on Roblox at once: the moderator who banned is unknown, and Technified records every ban under a moderator's Roblox account.
       *[other] Not banned on Roblox at once: <@{ $moderator }> has no Roblox account verified with Technified here, and Technified records every ban under a moderator's Roblox account.
    }
card-dismissed = Dismissed by <@{ $by }>.
# A card's or a mirror's outcome: who, what became of the Roblox write
# ($written: sync-done, sync-queued or sync-failed).
sync-outcome = { $unban ->
        [yes] Unban on Roblox
       *[no] Ban on Roblox
    } by <@{ $by }>: { $written }.
sync-done = done
sync-queued = queued, Technified is not taking it yet; the result will follow here
sync-failed = failed ({ $why })
mirrored-ban-title = Banned on Roblox too
mirrored-unban-title = Unbanned on Roblox too
unverified-ban-title = Discord ban: nothing to do on Roblox
unverified-ban = <@{ $member }> was banned on Discord. They have no Roblox account verified with Technified in this server, so ban sync did nothing on Roblox.
sync-lookup-failed-title = Ban sync could not look up the member
sync-lookup-failed = <@{ $member }> was banned or unbanned on Discord, but Technified could not be asked whether they are verified ({ $why }). Use `/{ cmd-roblox } { cmd-roblox-ban }` or `/{ cmd-roblox } { cmd-roblox-unban }` if needed.
card-refused-no-account = You need a verified Roblox account
    .body = Technified records every Roblox ban under the moderator's Roblox account. Verify yours with Technified in this server, then press the button again.
card-closed = Already handled
    .body = Someone else has already answered this card, or it is being answered right now.

## bulk: /roblox bulk-ban and bulk-unban files, their preview, progress and end
## In every bulk message, $unban is "yes" for a bulk unban, "no" for a bulk ban.

# The file's refusals: $size_kib is the file's size, $max_kib the most allowed, both in KiB.
bulk-too-big = the file is { $size_kib } KiB; a bulk file may be at most { $max_kib } KiB
bulk-not-text = the file is not text: attach a .txt or .csv file with one Roblox user ID per line
bulk-empty = the file lists no Roblox user ID: put one ID per line (a header and # comments are skipped)
bulk-unreachable = the file could not be downloaded from Discord; attach it again
# Line numbers of the file: $lines lists the first of them ("3, 7, 12"), $more counts the rest.
bulk-line-numbers = { $lines }{ $more ->
        [0] {""}
       *[other] {" "}and { $more } more
    }
bulk-nothing-valid = no line is a Roblox user ID (a number): { $count ->
        [one] line
       *[other] lines
    } { bulk-line-numbers }
bulk-too-many = the file lists { $ids } different Roblox user IDs; at most { $max } at once
# The preview before a run is confirmed: $ids accounts, $duplicates left out, the
# file's lines that are no ID when $has_invalid_lines is "yes" (bulk-line-numbers),
# and the reason as the moderator typed it when $has_reason is "yes".
bulk-preview = Bulk { $unban ->
        [yes] unban
       *[no] ban
    }: confirm?
    .body = { $ids ->
            [one] { $ids } Roblox account
           *[other] { $ids } Roblox accounts
        } to { $unban ->
            [yes] unban
           *[no] ban
        }.{ $duplicates ->
            [0] {""}
            [one] {" "}{ $duplicates } duplicate left out.
           *[other] {" "}{ $duplicates } duplicates left out.
        }{ $has_invalid_lines ->
            [yes] {" "}Skipped, not a Roblox user ID: { $count ->
                [one] line
               *[other] lines
            } { bulk-line-numbers }.
           *[no] {""}
        }{ $has_reason ->
            [yes] {" "}Reason: { $reason }.
           *[no] {""}
        } Each is sent in turn within Technified's rate limits; progress shows here.
# The confirm button's label.
bulk-confirm = { $unban ->
        [yes] Unban { $ids }
       *[no] Ban { $ids }
    }
# A run's progress: $over of $total accounts are over; the expected end shows once
# there is a pace to go by ($end_unix is "none" until then).
bulk-progress = Bulk { $unban ->
        [yes] unban
       *[no] ban
    }: { $over } of { $total }
    .body = Sent in turn within Technified's rate limits. { $end_unix ->
            [none] The expected end shows once the first are sent.
           *[other] Expected to end <t:{ $end_unix }:R> (<t:{ $end_unix }:T>).
        } /{ cmd-jobs } cancels what is left.
bulk-finished = Bulk { $unban ->
        [yes] unban
       *[no] ban
    }: finished
    .body = { $done } { $unban ->
            [yes] unbanned
           *[no] banned
        }, { $failed } failed, { $cancelled } cancelled. Each account's result is in the attached CSV file.
# The report's file name: no spaces, keep ".csv".
bulk-report-file = { $unban ->
        [yes] bulk-unban-report.csv
       *[no] bulk-ban-report.csv
    }
# One /jobs line for a whole run: $over of $total accounts are over; $cancelled is "yes" once it is cancelled.
bulk-job-line = `run { $run_id }` Bulk { $unban ->
        [yes] unban
       *[no] ban
    } of { $total ->
        [one] { $total } account
       *[other] { $total } accounts
    } (by <@{ $requested_by }>): { $over } of { $total } over, { $cancelled ->
        [yes] cancelled
       *[no] running
    }
# A button label.
cancel-bulk = Cancel run { $run_id }
# $cancelled: how many accounts of the run were not sent.
bulk-cancel-summary = Cancelled bulk run { $run_id } ({ $cancelled ->
        [one] { $cancelled } account
       *[other] { $cancelled } accounts
    } not sent)
# The audit line's "what" for a run.
bulk-summary = Bulk { $unban ->
        [yes] unban
       *[no] ban
    } of { $total ->
        [one] { $total } Roblox account
       *[other] { $total } Roblox accounts
    }
audit-bulk-finished = { $done } done, { $failed } failed, { $cancelled } cancelled

## words: small words shared by several features

timeout = timeout
no-connection = no connection
not-sent = not sent
unreadable-answer = unreadable answer
request-not-valid = the request was not valid
required = required
# A ban or mute's length: $count of $unit (m minutes, h hours, d days, w weeks). It follows
# "for" in a sentence ("Banned … for 7 days") and stands alone in a case's Duration field.
duration = { $unit ->
        [m] { $count ->
                [one] { $count } minute
               *[other] { $count } minutes
            }
        [h] { $count ->
                [one] { $count } hour
               *[other] { $count } hours
            }
        [d] { $count ->
                [one] { $count } day
               *[other] { $count } days
            }
       *[w] { $count ->
                [one] { $count } week
               *[other] { $count } weeks
            }
    }
# One of Discord's permissions, named as Discord's own app names it in this language.
# $permission is its key (the English name in kebab-case), $name its English name, shown
# for any permission not listed here.
permission = { $permission ->
        [view-channel] View Channel
        [send-messages] Send Messages
        [embed-links] Embed Links
        [attach-files] Attach Files
        [read-message-history] Read Message History
        [ban-members] Ban Members
        [view-audit-log] View Audit Log
        [manage-guild] Manage Server
        [manage-roles] Manage Roles
        [moderate-members] Timeout Members
       *[other] { $name }
    }
http-status = HTTP { $status }
request-id = request { $id }
channel-mention = <#{ $id }>
role-by-id = role { $id }
# A button label.
cancel = Cancel

## commands: what Discord shows of the slash commands
## The name and description of every command, subcommand, option and choice, as Discord's
## command picker shows them. Ids: cmd-<command>, then -<subcommand> for each level below
## it, then -<option> for an option, then -choice-<choice> for one of its choices; every part
## is the English name the code registers (cmd-roblox-ban-reason is the reason option of
## /roblox ban, cmd-settings-ban-sync-mode-choice-ask the ask choice of its mode option).
## The value is the name, .description the description (a choice has none).
## Names: in English exactly the code's name (it routes the command). In other languages a
## word a member recognises (many know the English names): lowercase, 1 to 32 letters,
## digits, - or _, no spaces, and unique among its siblings. A choice's name is a label of
## 1 to 100 characters. Descriptions: 1 to 100 characters.
## tests/command_languages.rs checks all of this for every language.
cmd-setup = setup
    .description = Connect this server to Technified with its API key.
cmd-key = key
    .description = This server's Technified API key.
cmd-key-status = status
    .description = The saved key (masked), who set it, and how its calls went.
cmd-key-remove = remove
    .description = Forget the saved key (asks first).
cmd-lookup = lookup
    .description = Find who is verified with Technified in this server.
cmd-lookup-discord = discord
    .description = The Roblox account linked to a member.
cmd-lookup-discord-user = user
    .description = The member to look up
cmd-lookup-roblox = roblox
    .description = The Discord member linked to a Roblox account.
cmd-lookup-roblox-roblox_id = roblox_id
    .description = The Roblox user ID
cmd-lookup-batch = batch
    .description = Look up to 25 members at once.
cmd-lookup-batch-users = users
    .description = Up to 25 mentions or IDs, separated by spaces or commas
cmd-bindings = bindings
    .description = Role bindings: Discord roles given from Roblox data.
cmd-bindings-list = list
    .description = All bindings of this server.
cmd-bindings-add = add
    .description = Add a binding.
cmd-bindings-add-group-rank = group-rank
    .description = Give a role to members whose rank in a Roblox group is in a range.
cmd-bindings-add-group-rank-role = role
    .description = The role to give
cmd-bindings-add-group-rank-group_id = group_id
    .description = The Roblox group ID
cmd-bindings-add-group-rank-min_rank = min_rank
    .description = Lowest rank that matches (0 to 255)
cmd-bindings-add-group-rank-max_rank = max_rank
    .description = Highest rank that matches (0 to 255)
cmd-bindings-add-group-rank-priority = priority
    .description = Order when bindings overlap (optional)
cmd-bindings-add-gamepass = gamepass
    .description = Give a role to owners of a game pass.
cmd-bindings-add-gamepass-role = role
    .description = The role to give
cmd-bindings-add-gamepass-gamepass_id = gamepass_id
    .description = The Roblox game pass ID
cmd-bindings-add-gamepass-priority = priority
    .description = Order when bindings overlap (optional)
cmd-bindings-add-asset = asset
    .description = Give a role to owners of a Roblox asset.
cmd-bindings-add-asset-role = role
    .description = The role to give
cmd-bindings-add-asset-asset_id = asset_id
    .description = The Roblox asset ID
cmd-bindings-add-asset-priority = priority
    .description = Order when bindings overlap (optional)
cmd-bindings-add-badge = badge
    .description = Give a role to holders of a Roblox badge.
cmd-bindings-add-badge-role = role
    .description = The role to give
cmd-bindings-add-badge-badge_id = badge_id
    .description = The Roblox badge ID
cmd-bindings-add-badge-priority = priority
    .description = Order when bindings overlap (optional)
cmd-bindings-add-account-age = account-age
    .description = Give a role to accounts older than a number of days.
cmd-bindings-add-account-age-role = role
    .description = The role to give
cmd-bindings-add-account-age-platform = platform
    .description = Whose account age counts
cmd-bindings-add-account-age-platform-choice-discord = discord
cmd-bindings-add-account-age-platform-choice-roblox = roblox
cmd-bindings-add-account-age-min_days = min_days
    .description = Minimum age in days
cmd-bindings-add-account-age-priority = priority
    .description = Order when bindings overlap (optional)
cmd-bindings-remove = remove
    .description = Remove a binding.
cmd-bindings-remove-id = id
    .description = The binding (start typing to search)
cmd-bindings-test = test
    .description = Why a member does or does not match a binding, as Technified explains it.
cmd-bindings-test-id = id
    .description = The binding (start typing to search)
cmd-bindings-test-user = user
    .description = The member to test
cmd-roblox = roblox
    .description = Roblox bans and mutes through Technified.
cmd-roblox-ban-status = ban-status
    .description = Whether a Roblox account is banned.
cmd-roblox-ban-status-roblox_id = roblox_id
    .description = The Roblox user ID
cmd-roblox-ban-status-place_id = place_id
    .description = Also count bans for this place only
cmd-roblox-mute-status = mute-status
    .description = Whether a Roblox account is muted.
cmd-roblox-mute-status-roblox_id = roblox_id
    .description = The Roblox user ID
cmd-roblox-mute-status-place_id = place_id
    .description = Also count mutes for this place only
cmd-roblox-ban = ban
    .description = Ban a Roblox account from this server's games; with discord, its linked member from here too.
cmd-roblox-ban-roblox_id = roblox_id
    .description = The Roblox user ID
cmd-roblox-ban-reason = reason
    .description = Why (shown in the dashboard and logs)
cmd-roblox-ban-duration = duration
    .description = How long: 30m, 12h, 7d, 2w, or permanent (the default)
cmd-roblox-ban-discord = discord
    .description = Also ban the Discord member linked to that Roblox account from this server (permanent)
cmd-roblox-unban = unban
    .description = Lift a Roblox ban.
cmd-roblox-unban-roblox_id = roblox_id
    .description = The Roblox user ID
cmd-roblox-unban-reason = reason
    .description = Why (optional)
cmd-roblox-mute = mute
    .description = Mute a Roblox account in this server's games.
cmd-roblox-mute-roblox_id = roblox_id
    .description = The Roblox user ID
cmd-roblox-mute-reason = reason
    .description = Why (shown in the dashboard and logs)
cmd-roblox-mute-duration = duration
    .description = How long: 30m, 12h, 7d, 2w, or permanent (the default)
cmd-roblox-unmute = unmute
    .description = Lift a Roblox mute.
cmd-roblox-unmute-roblox_id = roblox_id
    .description = The Roblox user ID
cmd-roblox-unmute-reason = reason
    .description = Why (optional)
cmd-roblox-bulk-ban = bulk-ban
    .description = Ban every Roblox account listed in a file.
cmd-roblox-bulk-ban-file = file
    .description = A .txt or .csv file: one Roblox user ID per line (first column), at most 5,000
cmd-roblox-bulk-ban-reason = reason
    .description = Why (shown in the dashboard and logs)
cmd-roblox-bulk-ban-duration = duration
    .description = How long: 30m, 12h, 7d, 2w, or permanent (the default)
cmd-roblox-bulk-unban = bulk-unban
    .description = Lift the Roblox bans of every account listed in a file.
cmd-roblox-bulk-unban-file = file
    .description = A .txt or .csv file: one Roblox user ID per line (first column), at most 5,000
cmd-roblox-bulk-unban-reason = reason
    .description = Why (optional)
cmd-shield = shield
    .description = Technified Shield, the shared list of flagged Roblox accounts.
cmd-shield-check = check
    .description = Whether a Roblox account is flagged by Shield.
cmd-shield-check-roblox_id = roblox_id
    .description = The Roblox user ID
cmd-jobs = jobs
    .description = This server's pending and recently failed retries, each with a cancel button.
cmd-settings = settings
    .description = Bot settings for this server.
cmd-settings-log-channel = log-channel
    .description = Where late results of retried operations and an audit line of every write go.
cmd-settings-log-channel-channel = channel
    .description = A text channel the bot can post in
cmd-settings-ban-sync = ban-sync
    .description = What a Discord ban of a verified member does on Roblox: nothing, ask, or mirror.
cmd-settings-ban-sync-mode = mode
    .description = off: nothing; ask: a card in the log channel; mirror: ban on Roblox at once
cmd-settings-ban-sync-mode-choice-off = off
cmd-settings-ban-sync-mode-choice-ask = ask
cmd-settings-ban-sync-mode-choice-mirror = mirror
cmd-cases = cases
    .description = This server's moderation cases.
cmd-cases-list = list
    .description = This server's moderation cases, newest first.
cmd-cases-list-user = user
    .description = Only cases about this member (and their linked Roblox account)
cmd-cases-list-roblox_id = roblox_id
    .description = Only cases about this Roblox user ID
cmd-cases-list-moderator = moderator
    .description = Only cases this moderator made
cmd-cases-show = show
    .description = One case in full.
cmd-cases-show-case = case
    .description = The case number
cmd-cases-export = export
    .description = Every case of this server as a CSV file.
cmd-doctor = doctor
    .description = One checklist: key, API, log channel, ban sync, permissions, events, queue, rate limits.
cmd-help = help
    .description = What each command does.
cmd-help-command = command
    .description = A command, like `lookup discord` (leave empty for all)
