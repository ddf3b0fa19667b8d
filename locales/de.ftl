# technified-bot: de
#
# Deutsch, übersetzt aus en-US.ftl (dort stehen die Regeln für Variablen, Markup und
# Befehle). Anrede: "du". Begriffe: API-Schlüssel, Rollenverknüpfung, verifiziert
# (Mitglieder), geprüft (Schlüssel), Bann/bannen, Stummschaltung/stummschalten,
# Fall (Moderationsfall), Änderung (eine Schreibaktion in der Warteschlange),
# Log-Kanal, Log-Einträge (die Audit-Zeilen des Bots), Audit-Log (Discords eigenes),
# Bann-Sync, Massenbann/Massen-Entbannung, Durchlauf (eines Massenbanns).

## setup: /setup and /key

where-keys-are = Erstelle einen im Technified-Dashboard unter Settings → API Keys (der vollständige Schlüssel wird nur einmal angezeigt).
setup-modal-title = Technified verbinden
setup-key-label = API-Schlüssel
setup-key-placeholder = technified_<Server-ID>_…
connected-title = Mit Technified verbunden
key-malformed = Das ist kein Technified-API-Schlüssel
    .body = Ein Schlüssel sieht so aus: technified_<Server-ID>_<zufällige Zeichen> ({ $problem }). { where-keys-are }
key-problem = { $problem ->
        [empty] der Schlüssel ist leer
        [too-long] der Schlüssel ist zu lang
        [missing-prefix] der Schlüssel beginnt nicht mit `technified_`
        [missing-guild] nach `technified_` fehlt die Server-ID
        [guild-not-numeric] die Server-ID im Schlüssel ist keine Discord-ID
        [missing-secret] nach der Server-ID fehlt der Rest des Schlüssels
       *[invalid-characters] der Schlüssel enthält Leerzeichen oder Zeichen, die ein Schlüssel nicht haben kann
    }
key-for-other-server = Dieser Schlüssel gehört zu einem anderen Server
    .body = Er wurde für den Server mit der ID { $owner_guild } erstellt. Erstelle im Technified-Dashboard dieses Servers (Settings → API Keys) einen Schlüssel und führe /{ cmd-setup } erneut aus. Es wurde nichts gespeichert.
connected = Technified hat den Schlüssel `{ $masked }` akzeptiert. Er wird verschlüsselt gespeichert; /{ cmd-key } { cmd-key-status } zeigt ihn an.
key-remove-question = Gespeicherten Schlüssel entfernen?
    .body = Der Bot vergisst `{ $masked }` und ruft Technified für diesen Server nicht mehr auf, bis /{ cmd-setup } erneut ausgeführt wird.
remove = Entfernen
kept = Behalten
key-kept = Der Schlüssel wurde nicht entfernt.
removed = Entfernt
key-removed = Der Schlüssel ist vergessen.{ $ended ->
        [0] {""}
        [one] {" "}{ $ended } wartende Änderung wurde ungesendet aus der Warteschlange entfernt.
       *[other] {" "}{ $ended } wartende Änderungen wurden ungesendet aus der Warteschlange entfernt.
    } Widerrufe ihn auch im Technified-Dashboard, falls er in falsche Hände geraten sein könnte.
key-status-title = Technified-API-Schlüssel
set-by = Eingerichtet von
state = Status
verified-yes = von Technified akzeptiert
verified-pending = noch nicht geprüft
last-success = Letzter erfolgreicher Aufruf
last-error = Letzter Fehler
pending-retries = Ausstehende Wiederholungen
never = nie
none = keiner
no-answer = keine Antwort
key-staged = Schlüssel gespeichert, noch nicht geprüft
    .body = Technified hat nicht geantwortet, daher wartet der neue Schlüssel auf eine automatische Prüfung. Bis Technified ihn akzeptiert, bleibt der bisherige Schlüssel in Gebrauch, auch für Änderungen in der Warteschlange. /{ cmd-key } { cmd-key-status } zeigt, welcher Schlüssel gerade genutzt wird.
key-checking = Schlüssel gespeichert, noch nicht geprüft
    .body = Technified hat nicht geantwortet, daher ist der Schlüssel als noch nicht geprüft gespeichert. Er wird automatisch geprüft; /{ cmd-key } { cmd-key-status } zeigt das Ergebnis.

## settings: /settings

saved = Gespeichert
log-channel-test-title = Log des Technified-Bots
log-channel-test = <@{ $by }> hat diesen Kanal für die Log-Einträge und verspäteten Ergebnisse des Bots ausgewählt.
log-channel-set = Log-Einträge und verspätete Ergebnisse landen ab jetzt in <#{ $channel }>.

## lookup: /lookup and /shield

verified = Verifiziert
discord = Discord
roblox = Roblox
roblox-id = Roblox-ID
not-verified-short = nicht verifiziert
reason = Grund
category = Kategorie
source = Quelle
batch-title = { $verified } von { $asked } verifiziert
shield-flagged = Von Shield markiert
    .body = Das Roblox-Konto { $roblox_id } steht auf der Shield-Liste von Technified.
shield-clear = Roblox-Konto { $roblox_id } ist nicht von Shield markiert
lookup-cooldown = Mach mal langsam
    .body = Jedes Mitglied kann { $uses ->
            [one] { $uses } Abfrage
           *[other] { $uses } Abfragen
        } { $window_secs ->
            [one] pro Sekunde
           *[other] alle { $window_secs } Sekunden
        } ausführen. Versuch es <t:{ $free_unix }:R> noch einmal.

## bindings: /bindings

no-bindings = Dieser Server hat noch keine Rollenverknüpfungen. Füge eine mit /{ cmd-bindings } { cmd-bindings-add } hinzu.
priority = Priorität
binding-matches = Trifft zu
binding-no-match = Trifft nicht zu
binding-result = Test der Rollenverknüpfung
group-rank = Gruppenrang
previous = Zurück
next = Weiter
bindings-title = { $total ->
        [one] { $total } Rollenverknüpfung
       *[other] { $total } Rollenverknüpfungen
    }
page = Seite { $current } von { $of }
target-group-rank = Gruppe { $group_id }, Ränge { $min_rank } bis { $max_rank }
target-gamepass = Gamepass { $gamepass_id }
target-asset = Asset { $asset_id }
target-badge = Badge { $badge_id }
target-account-age = { $platform }-Konto, mindestens { $min_days ->
        [one] { $min_days } Tag
       *[other] { $min_days } Tage
    } alt
target-in-group = { $target } ({ $group })
target-of-type = Rollenverknüpfung vom Typ { $binding_type }

## roblox: /roblox moderation, and the Discord half of a ban on both

ban-confirm = Dauerhaft bannen
cancelled = Abgebrochen
nothing-changed = Es wurde nichts geändert.
by-roblox = Von (Roblox)
since = Seit
until = Bis
permanent = dauerhaft
permanent-ban-question = Dauerhaft bannen?
    .body = Das Roblox-Konto { $roblox_id } wird ohne Enddatum aus den Spielen dieses Servers gebannt. Grund: { $reason }
not-banned = Roblox-Konto { $roblox_id } ist nicht gebannt
not-muted = Roblox-Konto { $roblox_id } ist nicht stummgeschaltet
banned = Gebannt
    .body = Roblox-Konto { $roblox_id } ist gebannt.
muted = Stummgeschaltet
    .body = Roblox-Konto { $roblox_id } ist stummgeschaltet.
discord-ban-needs-permanent = Ein Discord-Bann hat kein Enddatum, daher geht discord:true nur zusammen mit einem dauerhaften Bann. Lass die Dauer weg (oder gib `permanent` an) oder banne selbst auf Discord.
both-bans-question = { permanent-ban-question }
    .body =
        { permanent-ban-question.body }
        { $discord_line }
the-linked-member = das verknüpfte Mitglied
discord-ban-line = **Discord:** { $status }
discord-will-ban-member = <@{ $user }> wird auch von diesem Server gebannt.
discord-will-ban-absent = <@{ $user }> ist gerade nicht auf diesem Server und wird trotzdem gebannt, damit kein Beitritt mehr möglich ist.
discord-banned-member = <@{ $user }> wurde von diesem Server gebannt.
discord-banned-absent = <@{ $user }> wurde gebannt. Das Mitglied ist gerade nicht auf diesem Server; der Bann verhindert einen Beitritt.
discord-not-banned = nicht gebannt: { $why }
refused-not-linked = Mit dem Roblox-Konto { $roblox_id } ist auf diesem Server kein Discord-Konto verknüpft.
refused-owner = { $who } ist Eigentümer dieses Servers, und den Servereigentümer kann niemand bannen.
refused-bot-lacks-ban-members = Dem Bot fehlt die Berechtigung „Mitglieder bannen“. Gib der Rolle des Bots unter Servereinstellungen → Rollen die Berechtigung „Mitglieder bannen“.
refused-not-below-bot = { $who } steht in der Rollenhierarchie nicht unter dem Bot, und Discord lässt den Bot nur Mitglieder bannen, deren höchste Rolle unter seiner liegt. Schieb die Rolle des Bots unter Servereinstellungen → Rollen über die höchste Rolle dieses Mitglieds.
refused-not-below-moderator = { $who } steht in der Rollenhierarchie nicht unter dir, und auf Discord kann man nur Mitglieder bannen, deren höchste Rolle unter der eigenen liegt.
discord-lookup-failed = nicht gebannt: Das verknüpfte Discord-Konto konnte nicht abgefragt werden ({ $detail }).
discord-check-failed = nicht gebannt: Discord hat nicht verraten, welche Rollen { $who } und der Bot haben, daher konnte der Bann nicht geprüft werden ({ $detail }).
discord-ban-failed = fehlgeschlagen: { $who } konnte nicht gebannt werden ({ $detail }).
discord-ban-audit-reason = { $moderator_name } ({ $moderator_id }) per /{ cmd-roblox } { cmd-roblox-ban } für Roblox-Konto { $roblox_id }: { $reason }
discord-ban-summary = Discord-Mitglied <@{ $user }> bannen (verknüpft mit Roblox-Konto { $roblox_id }): { $reason }
discord-said = Discord sagt: { $message }, Code { $code }

## jobs: queued writes, late results, /jobs, and why a write was not done

late-done = Erledigt, sobald Technified wieder erreichbar war.
jobs-title = Wiederholungen
no-jobs = Nichts wartet, und nichts ist in letzter Zeit fehlgeschlagen.
already-running = nicht abgebrochen (läuft schon oder ist bereits fertig)
queued = Technified hat Probleme: in der Warteschlange
    .body = { $summary }: noch nicht ausgeführt. Die Änderung ist gespeichert und wird automatisch wiederholt (nächster Versuch <t:{ $next_try_unix }:R>); diese Nachricht wird mit dem Ergebnis aktualisiert. Mit /{ cmd-jobs } kannst du sie ansehen oder abbrechen.
queued-rate-limited = Rate-Limit erreicht: in der Warteschlange
    .body = { $summary }: noch nicht gesendet, weil dieser Server seine Technified-Aufrufe dieser Art vorerst aufgebraucht hat. Die Änderung ist gespeichert und wird um <t:{ $send_unix }:T> (<t:{ $send_unix }:R>) gesendet; diese Nachricht wird mit dem Ergebnis aktualisiert. Mit /{ cmd-jobs } kannst du sie ansehen oder abbrechen.
job-failed = Nicht erledigt
    .body = { $summary }: { $why }.
cancel-job = #{ $id } abbrechen
job-cancel-summary = Wartenden Auftrag #{ $id } abgebrochen
job-line = `#{ $id }` { $summary } (von <@{ $by }>): { $state }
job-waiting = wartet, Versuch { $attempt } <t:{ $next_try_unix }:R>
job-running = wird gerade gesendet
job-done = erledigt
job-cancelled = abgebrochen
job-failed-state = fehlgeschlagen: { $label }{ $has_last_error ->
        [yes] {" "}(letzter Fehler: { $last_error })
       *[no] {""}
    }
failed-key-removed = der API-Schlüssel des Servers wurde entfernt, bevor die Änderung gesendet werden konnte
failed-bot-removed = der Bot wurde vom Server entfernt, bevor die Änderung gesendet werden konnte
failed-key-unreadable = der gespeicherte Schlüssel kann nicht gelesen werden; ein Admin muss /{ cmd-setup } erneut ausführen
failed-gave-up = Technified lieferte auch nach einem Tag voller Wiederholungen noch Fehler
failed-refused = Technified hat die Änderung abgelehnt
failed-twice = Technified ist auch beim erneuten Versuch fehlgeschlagen
failed-unreadable-job = diese Version des Bots kann die gespeicherte Änderung nicht lesen
failed-unknown = die Änderung wurde beendet, ohne ausgeführt zu werden
label-key-removed = Schlüssel vor dem Senden entfernt
label-bot-removed = Bot vom Server entfernt
label-key-unreadable = gespeicherter Schlüssel unlesbar
label-gave-up = bei Fristende aufgegeben
label-refused = von Technified abgelehnt
label-failed-twice = beim erneuten Versuch wieder fehlgeschlagen
label-unreadable-job = für diese Version unlesbar
label-unknown = nicht ausgeführt

## writes: what a write does, in one line
## $done is "yes" once the write is made (past tense, the green reply), "no" while
## it waits or when it failed (the action as asked: the amber and red replies,
## /jobs, audit lines).

ban-summary = Roblox-Konto { $roblox_id } { $has_duration ->
        [yes] für { $duration }
       *[no] dauerhaft
    } { $done ->
        [yes] gebannt
       *[no] bannen
    }: { $reason }
mute-summary = Roblox-Konto { $roblox_id } { $has_duration ->
        [yes] für { $duration }
       *[no] dauerhaft
    } { $done ->
        [yes] stummgeschaltet
       *[no] stummschalten
    }: { $reason }
unban-summary = Bann von Roblox-Konto { $roblox_id } { $done ->
        [yes] aufgehoben
       *[no] aufheben
    }
unmute-summary = Stummschaltung von Roblox-Konto { $roblox_id } { $done ->
        [yes] aufgehoben
       *[no] aufheben
    }
binding-added = Rollenverknüpfung { $done ->
        [yes] hinzugefügt
       *[no] hinzufügen
    }: <@&{ $role }> für { $target }
binding-removed = Rollenverknüpfung { $id } { $done ->
        [yes] entfernt
       *[no] entfernen
    }
key-check-summary = Gespeicherten API-Schlüssel { $done ->
        [yes] geprüft
       *[no] prüfen
    }

## doctor: /doctor, the checklist

doctor-title = Checkliste
fix = Lösung
doctor-api-key = API-Schlüssel
doctor-key-accepted = Schlüssel akzeptiert
doctor-technified-api = Technified-API
doctor-log-channel = Log-Kanal
doctor-retry-queue = Wiederholungs-Warteschlange
doctor-headroom = Spielraum beim Rate-Limit
doctor-ban-sync = Bann-Sync
doctor-ban-members = Mitglieder bannen
doctor-view-audit-log = Audit-Log anzeigen
doctor-server-permissions = Serverberechtigungen
doctor-moderation-events = Moderationsereignisse
check-key-missing = kein Schlüssel gespeichert
check-key-missing-fix = Ein Admin führt /{ cmd-setup } mit dem Technified-API-Schlüssel dieses Servers aus.
check-key-unreadable = gespeichert, aber mit diesem ENCRYPTION_KEY nicht zu entschlüsseln
check-key-unreadable-fix = Führe /{ cmd-setup } erneut aus oder stelle die Datei encryption.key wieder her, mit der der Schlüssel gespeichert wurde.
check-key-present = gespeichert: `{ $masked }`
check-key-accepted = ja
check-key-refused = nein (HTTP { $status })
check-key-refused-fix = Der Schlüssel wurde widerrufen oder gehört zu einem anderen Server. { where-keys-are } Führe danach /{ cmd-setup } aus.
check-key-not-checked-paced = gerade nicht geprüft (dieser Server steckt im Rate-Limit)
check-key-accepted-rate-limited = ja (gerade im Rate-Limit)
check-api-reachable = erreichbar, { $latency_ms } ms
check-api-trouble-timeout = keine Antwort innerhalb des Timeouts
check-api-trouble-no-connection = keine Verbindung möglich
check-api-trouble-status = antwortet mit HTTP { $status }
check-api-trouble-fix = Technified hat vielleicht gerade Probleme; versuch es in ein paar Minuten noch einmal. Wenn es so bleibt, prüft der Betreiber des Bots TECHNIFIED_API_URL mit `technified-bot check`.
check-log-channel-unset = nicht festgelegt
check-log-channel-unset-fix = Führe /{ cmd-settings } { cmd-settings-log-channel } aus, damit verspätete Ergebnisse und Log-Einträge irgendwo ankommen.
check-log-channel-blocked = <#{ $channel }>: Der Bot kann dort nicht posten
check-log-channel-blocked-fix = Gib dem Bot in <#{ $channel }> diese Berechtigung: { $missing }.
check-log-channel-writable = <#{ $channel }>, Bot kann posten
check-log-channel-uncached = <#{ $channel }> (Berechtigungen noch nicht im Cache)
check-queue = { $pending } ausstehend
headroom-line = { $paused_until ->
        [none] { $group }: { $used }/{ $quota } in dieser Minute
       *[other] { $group }: im Rate-Limit bis <t:{ $paused_until }:T>
    }
check-headroom-paused-fix = Technified begrenzt die Aufrufe pro Schlüssel und Minute; der Bot wartet und versucht es von selbst erneut.
check-ban-sync-off = aus
check-ban-sync-posting = { $mode }, postet in <#{ $channel }>
check-ban-sync-no-log-channel = { $mode }, aber kein Log-Kanal festgelegt: Discord-Banns werden nicht synchronisiert
check-ban-sync-no-log-channel-fix = Führe /{ cmd-settings } { cmd-settings-log-channel } aus: Bann-Sync postet seine Karten und Hinweise dort. Oder schalte ihn mit /{ cmd-settings } { cmd-settings-ban-sync } off ab.
check-ban-sync-blocked = { $mode }, aber der Bot kann nicht in <#{ $channel }> posten: Discord-Banns werden nicht synchronisiert
check-ban-sync-blocked-fix = Gib dem Bot in <#{ $channel }> diese Berechtigung: { $missing }. Oder wähle mit /{ cmd-settings } { cmd-settings-log-channel } einen anderen Kanal.
check-ban-members-granted = erteilt
check-ban-members-missing = fehlt
check-ban-members-missing-fix = Aktiviere unter Servereinstellungen → Rollen → Rolle des Bots die Berechtigung „Mitglieder bannen“: /{ cmd-roblox } { cmd-roblox-ban } { cmd-roblox-ban-discord }:true, Bann-Sync und Banns auf Discord brauchen sie.
check-view-audit-log-granted = erteilt
check-view-audit-log-missing = fehlt
check-view-audit-log-missing-fix = Aktiviere unter Servereinstellungen → Rollen → Rolle des Bots die Berechtigung „Audit-Log anzeigen“: Bann-Sync liest dort, wer gebannt hat und warum.
check-server-permissions-uncached = noch nicht im Cache
check-moderation-events-seen = letztes Moderationsereignis <t:{ $last_seen_unix }:R>
check-moderation-events-none = seit dem Start keines gesehen

## help: /help

help-title = Befehle des Technified-Bots
help-footer = /{ cmd-help } <command> zeigt die Optionen eines Befehls und wer ihn nutzen darf.
optional-mark = {" "}(optional)
who = Wer
everyone = alle
unknown-command = Diesen Befehl gibt es nicht
    .body = Es gibt keinen Befehl namens /{ $name }. /{ cmd-help } listet alle auf.

## errors: failures (red) and trouble being worked around (amber)

not-connected = Dieser Server ist noch nicht verbunden
    .body = Ein Admin (Berechtigung „Server verwalten“) führt /{ cmd-setup } mit dem Technified-API-Schlüssel dieses Servers aus.
key-unreadable = Der gespeicherte Schlüssel kann nicht gelesen werden
    .body = Der ENCRYPTION_KEY des Bots hat sich geändert, seit der Schlüssel gespeichert wurde. Ein Admin führt /{ cmd-setup } erneut aus.
key-rejected = Der gespeicherte API-Schlüssel wurde abgelehnt
    .body = Er wurde widerrufen oder ist falsch. { where-keys-are } Führe danach /{ cmd-setup } aus.
key-other-guild = Dieser Schlüssel gehört zu einem anderen Server
    .body = Technified hat ihn für diesen Server abgelehnt. { where-keys-are } Führe danach /{ cmd-setup } aus.
internal-fault = Im Bot ist etwas schiefgelaufen
    .body = Das ist ein Fehler des Bots, nicht deiner. Bitte melde ihn mit der Anfrage-ID { $request_id }.
input-rejected = Technified hat das nicht akzeptiert
    .body = Technified sagt: { $technified_says }. Prüf die Werte und versuch es noch einmal.
not-verified = Nicht verifiziert
    .body = Dieser Nutzer ist auf diesem Server nicht bei Technified verifiziert.
no-active-ban = Kein aktiver Bann
    .body = Dieser Nutzer hat keinen aktiven Bann, es gibt also nichts aufzuheben.
no-active-mute = Keine aktive Stummschaltung
    .body = Dieser Nutzer hat keine aktive Stummschaltung, es gibt also nichts aufzuheben.
not-found = Nicht gefunden
    .body = Das gibt es nicht (oder dieser Server ist noch nicht bei Technified eingerichtet).
already-exists = Existiert bereits
    .body = Das gibt es bei Technified schon (zum Beispiel dieselbe Rollenverknüpfung).
gave-up = Technified hat weiterhin Probleme
    .body = Nach { $attempts ->
            [one] { $attempts } Versuch
           *[other] { $attempts } Versuchen
        } aufgegeben. Es ist nichts verloren gegangen; versuch es in ein paar Minuten noch einmal.
shield-offline = Shield ist offline
    .body = Technified hat Shield ausgesetzt, daher können Markierungen gerade nicht geprüft werden.
moderator-not-verified = Du bist nicht verifiziert
    .body = Roblox-Aktionen werden unter dem Roblox-Konto des Moderators gespeichert. Verifiziere dich auf diesem Server bei Technified und versuch es dann noch einmal.
invalid-input = Bitte prüf deine Eingabe
    .body = { $what }
missing-permission = Das kannst du nicht nutzen
    .body = Dafür { $count ->
        [one] fehlt dir auf diesem Server eine Berechtigung
       *[other] fehlen dir auf diesem Server Berechtigungen
    }: { $permission }.
guild-only = Nur auf Servern
    .body = Dieser Befehl funktioniert nur auf einem Server, nicht in Direktnachrichten.
option-unreadable = Bitte prüf deine Eingabe
    .body = Eine der Optionen konnte nicht gelesen werden (zum Beispiel ein Kanal oder Nutzer, den der Bot nicht sehen kann). Wähle sie noch einmal aus der Liste von Discord aus.
command-outdated = Dieser Befehl hat sich geändert
    .body = Discord hat dir eine ältere Version dieses Befehls angezeigt. Warte eine Minute (oder starte Discord neu) und führe ihn dann noch einmal aus.
permissions-unknown = Deine Berechtigungen konnten nicht geprüft werden
    .body = Discord hat nicht mitgeteilt, was du hier darfst. Versuch es gleich noch einmal.
not-here = Das kannst du hier nicht nutzen
    .body = Dieser Befehl steht dir an dieser Stelle nicht zur Verfügung. /{ cmd-help } listet auf, was du nutzen kannst.
cooldown = Mach mal langsam
    .body = Du kannst diesen Befehl <t:{ $again_unix }:R> wieder ausführen.
this-channel = diesem Kanal
that-channel = dem betroffenen Kanal
discord-refused = Discord hat das abgelehnt
    .body = { $what }
bot-missing-permission = Dem Bot { $count ->
        [one] fehlt eine Berechtigung
       *[other] fehlen Berechtigungen
    }
    .body = Gib dem Bot in { $place } { $count ->
        [one] diese Berechtigung
       *[other] diese Berechtigungen
    }: { $permission }. Versuch es dann noch einmal.
unexpected = Im Bot ist etwas schiefgelaufen
    .body = Das ist ein Fehler des Bots, nicht deiner. Die Details stehen im Log des Bots.
queue-full = Zu viele wartende Änderungen: nicht eingereiht
    .body = Auf diesem Server warten schon { $max_waiting } Änderungen auf Technified, deshalb wurde diese nicht eingereiht. Führe den Befehl noch einmal aus, sobald /{ cmd-jobs } weniger anzeigt.
timed-out = Zeit abgelaufen
    .body = Es wurde nichts geändert. Führe den Befehl noch einmal aus, wenn du so weit bist.
retrying = Technified hat Probleme
    .body = Technified (oder Discord bzw. Roblox dahinter) hat nicht richtig geantwortet. Automatische Wiederholung: Versuch { $attempt }, nächster Versuch <t:{ $next_try_unix }:R>.
rate-limited = Technified hat diesen Server ins Rate-Limit gesetzt
    .body = Automatische Wiederholung um <t:{ $next_try_unix }:T> (<t:{ $next_try_unix }:R>).
rate-limited-until = Rate-Limit erreicht
    .body = Dieser Server hat seine Technified-Aufrufe dieser Art vorerst aufgebraucht: Rate-Limit bis <t:{ $free_unix }:T> (<t:{ $free_unix }:R>). Versuch es dann noch einmal.
write-not-retried = Technified hat Probleme
    .body = Technified (oder Discord bzw. Roblox dahinter) hat nicht richtig geantwortet, daher wurde diese Änderung vielleicht nicht übernommen. Prüf in einer Minute ihren Status, bevor du es noch einmal versuchst.

## audit: the audit lines posted in the log channel

audit-done = erledigt
audit-failed = fehlgeschlagen ({ $why })
audit-line = { $number ->
        [none] <@{ $member }>: { $what }: { $outcome }
       *[other] <@{ $member }>: { $what } · { case-title }: { $outcome }
    }

## input: checks of what a member typed

priority-out-of-range = priority muss zwischen 0 und 1000 liegen.
min-days-out-of-range = min_days muss zwischen 0 und 36500 liegen.
reason-missing = Gib einen Grund an.
no-users = Gib mindestens einen Nutzer an (Erwähnungen oder IDs).
duration-too-long = Diese Dauer ist länger als zehn Jahre; nutze stattdessen `permanent`.
not-a-binding-id = Wähle eine Rollenverknüpfung aus der Liste (zum Suchen einfach lostippen) oder gib ihre ID aus /{ cmd-bindings } { cmd-bindings-list } an.
not-positive = { $option } muss eine positive Zahl sein.
rank-out-of-range = { $option } muss zwischen 0 und 255 liegen.
ranks-reversed = min_rank ({ $min }) darf nicht größer als max_rank ({ $max }) sein.
reason-too-long = Der Grund ist zu lang: höchstens { $max } Zeichen.
not-a-duration = `{ $value }` ist keine Dauer. Nutze eine Zahl mit Einheit, etwa 30m, 12h, 7d oder 2w, oder `permanent`.
not-a-user = `{ $token }` ist weder eine Nutzer-Erwähnung noch eine ID.
too-many-users = Höchstens { $max } Nutzer auf einmal; du hast { $listed } angegeben.

## cases: /cases, its lines, the case card and the export

case-title = Fall #{ $number }
cases-title = Fälle ({ $total })
no-cases = Keine passenden Fälle. Jeder Bann, jede Entbannung, Stummschaltung und Aufhebung einer Stummschaltung über den Bot wird zu einem Fall.
cases-cut = Angezeigt werden die neuesten { $shown } von { $total }; /{ cmd-cases } { cmd-cases-export } enthält alle.
case-not-found = Diesen Fall gibt es nicht
    .body = Dieser Server hat keinen Fall #{ $number }. /{ cmd-cases } { cmd-cases-list } zeigt die vorhandenen Fälle.
case-ban = Bann
case-unban = Entbannung
case-mute = Stummschaltung
case-unmute = Aufhebung der Stummschaltung
from-command = Befehl
from-bulk = Datei einer Massenaktion
from-ban-sync = Bann-Sync
case-queued = in der Warteschlange
case-done = erledigt
case-failed = fehlgeschlagen
case-cancelled = abgebrochen
case-line = `#{ $number }` { $action } von Roblox-Konto { $roblox_id } durch <@{ $moderator }>: { $outcome } · <t:{ $opened_unix }:R>
case-choice = #{ $number } { $action } von Roblox-Konto { $roblox_id }
case-roblox = Roblox-Konto
case-member = Discord-Mitglied
case-moderator = Moderator
case-reason = Grund
case-duration = Dauer
case-source = Herkunft
case-outcome = Ergebnis
case-opened = Eröffnet
case-updated = Letzte Änderung
not-known = unbekannt
case-moderator-line = { $roblox_id ->
        [none] <@{ $discord_id }>
       *[other] <@{ $discord_id }> (Roblox { $roblox_id })
    }
cases-file = cases.csv
cases-exported = Fälle exportiert
    .body = { $count ->
            [0] Dieser Server hat noch keine Fälle: Die angehängte CSV-Datei enthält nur die Kopfzeile.
            [one] Der einzige Fall dieses Servers steht in der angehängten CSV-Datei (UTF-8, ein Fall pro Zeile).
           *[other] Alle { $count } Fälle dieses Servers stehen in der angehängten CSV-Datei (UTF-8, ein Fall pro Zeile).
        }

## ban_sync: /settings ban-sync, its cards and notes in the log channel

ban-sync-saved = Bann-Sync gespeichert
ban-sync-off = Bann-Sync ist aus: Discord-Banns haben keine Auswirkung auf Roblox.
ban-sync-ask = Bann-Sync fragt nach: Bei einem Discord-Bann eines verifizierten Mitglieds erscheint eine Karte im Log-Kanal, mit einem Button, um es auch auf Roblox zu bannen.
ban-sync-mirror = Bann-Sync spiegelt: Ein Discord-Bann eines verifizierten Mitglieds bannt sofort auch sein Roblox-Konto, mit dem Roblox-Konto des Discord-Moderators als Moderator (eine Karte fragt nach, wenn dieser Moderator unbekannt oder nicht verifiziert ist).
ban-sync-needs-log-channel = Die Modi ask und mirror posten ihre Karten und Hinweise im Log-Kanal, und dieser Server hat noch keinen. Führe zuerst /{ cmd-settings } { cmd-settings-log-channel } aus und dann noch einmal /{ cmd-settings } { cmd-settings-ban-sync }.
ban-sync-reason = Auf Discord gebannt: { $has_discord_reason ->
        [yes] { $discord_reason }
       *[no] kein Grund angegeben
    }
unban-sync-reason = Auf Discord entbannt
card-banned-title = Auf Discord gebannt
card-unbanned-title = Auf Discord entbannt
card-ban-button = Auch auf Roblox bannen
card-unban-button = Auch auf Roblox entbannen
card-dismiss-button = Verwerfen
card-member = Mitglied
card-roblox = Roblox-Konto
card-by = Von
card-reason = Grund
no-reason = keiner angegeben
card-moderator = { $moderator ->
        [none] unbekannt (der Bot kann das Audit-Log nicht lesen, oder es gab keinen Eintrag)
       *[other] <@{ $moderator }>
    }
card-question = { $unban ->
        [yes] Bann-Sync hat dieses Konto auf Roblox gebannt. Diesen Roblox-Bann auch aufheben?
       *[no] Das Roblox-Konto auch bannen?
    }
card-fallback = { $moderator ->
        [none] Nicht sofort auf Roblox gebannt: Wer gebannt hat, ist unbekannt, und Technified speichert jeden Bann unter dem Roblox-Konto eines Moderators.
       *[other] Nicht sofort auf Roblox gebannt: <@{ $moderator }> hat hier kein bei Technified verifiziertes Roblox-Konto, und Technified speichert jeden Bann unter dem Roblox-Konto eines Moderators.
    }
card-dismissed = Verworfen von <@{ $by }>.
sync-outcome = { $unban ->
        [yes] Entbannung auf Roblox
       *[no] Bann auf Roblox
    } durch <@{ $by }>: { $written }.
sync-done = erledigt
sync-queued = in der Warteschlange, Technified nimmt gerade nichts an; das Ergebnis folgt hier
sync-failed = fehlgeschlagen ({ $why })
mirrored-ban-title = Auch auf Roblox gebannt
mirrored-unban-title = Auch auf Roblox entbannt
unverified-ban-title = Discord-Bann: auf Roblox nichts zu tun
unverified-ban = <@{ $member }> wurde auf Discord gebannt. Auf diesem Server gibt es dazu kein bei Technified verifiziertes Roblox-Konto, daher hat Bann-Sync auf Roblox nichts gemacht.
sync-lookup-failed-title = Bann-Sync konnte das Mitglied nicht abfragen
sync-lookup-failed = <@{ $member }> wurde auf Discord gebannt oder entbannt, aber Technified konnte nicht gefragt werden, ob das Mitglied verifiziert ist ({ $why }). Nutze bei Bedarf `/{ cmd-roblox } { cmd-roblox-ban }` oder `/{ cmd-roblox } { cmd-roblox-unban }`.
card-refused-no-account = Du brauchst ein verifiziertes Roblox-Konto
    .body = Technified speichert jeden Roblox-Bann unter dem Roblox-Konto des Moderators. Verifiziere deins auf diesem Server bei Technified und drück dann noch einmal auf den Button.
card-closed = Bereits erledigt
    .body = Jemand anderes hat diese Karte schon beantwortet, oder sie wird gerade beantwortet.

## bulk: /roblox bulk-ban and bulk-unban files, their preview, progress and end
## In every bulk message, $unban is "yes" for a bulk unban, "no" for a bulk ban.

bulk-too-big = die Datei ist { $size_kib } KiB groß; erlaubt sind höchstens { $max_kib } KiB
bulk-not-text = die Datei ist kein Text: Hänge eine .txt- oder .csv-Datei mit einer Roblox-Nutzer-ID pro Zeile an
bulk-empty = die Datei enthält keine Roblox-Nutzer-ID: Schreib eine ID pro Zeile (eine Kopfzeile und #-Kommentare werden übersprungen)
bulk-unreachable = die Datei konnte nicht von Discord heruntergeladen werden; hänge sie noch einmal an
bulk-line-numbers = { $lines }{ $more ->
        [0] {""}
       *[other] {" "}und { $more } weitere
    }
bulk-nothing-valid = keine Zeile ist eine Roblox-Nutzer-ID (eine Zahl); betroffen { $count ->
        [one] ist die Zeile
       *[other] sind die Zeilen
    } { bulk-line-numbers }
bulk-too-many = die Datei enthält { $ids } verschiedene Roblox-Nutzer-IDs; erlaubt sind höchstens { $max } auf einmal
bulk-preview = { $unban ->
        [yes] Massen-Entbannung
       *[no] Massenbann
    }: bestätigen?
    .body = { $ids ->
            [one] { $ids } Roblox-Konto wird
           *[other] { $ids } Roblox-Konten werden
        } { $unban ->
            [yes] entbannt
           *[no] gebannt
        }.{ $duplicates ->
            [0] {""}
            [one] {" "}{ $duplicates } Duplikat ausgelassen.
           *[other] {" "}{ $duplicates } Duplikate ausgelassen.
        }{ $has_invalid_lines ->
            [yes] {" "}Übersprungen, weil keine Roblox-Nutzer-ID: { $count ->
                [one] Zeile
               *[other] Zeilen
            } { bulk-line-numbers }.
           *[no] {""}
        }{ $has_reason ->
            [yes] {" "}Grund: { $reason }.
           *[no] {""}
        } Sie werden nacheinander im Rahmen der Rate-Limits von Technified abgearbeitet; der Fortschritt erscheint hier.
bulk-confirm = { $unban ->
        [yes] { $ids } entbannen
       *[no] { $ids } bannen
    }
bulk-progress = { $unban ->
        [yes] Massen-Entbannung
       *[no] Massenbann
    }: { $over } von { $total }
    .body = Wird nacheinander im Rahmen der Rate-Limits von Technified abgearbeitet. { $end_unix ->
            [none] Das voraussichtliche Ende erscheint, sobald die ersten gesendet sind.
           *[other] Voraussichtlich fertig <t:{ $end_unix }:R> (<t:{ $end_unix }:T>).
        } Mit /{ cmd-jobs } kannst du den Rest abbrechen.
bulk-finished = { $unban ->
        [yes] Massen-Entbannung
       *[no] Massenbann
    }: abgeschlossen
    .body = { $done } { $unban ->
            [yes] entbannt
           *[no] gebannt
        }, { $failed } fehlgeschlagen, { $cancelled } abgebrochen. Das Ergebnis für jedes Konto steht in der angehängten CSV-Datei.
bulk-report-file = { $unban ->
        [yes] bulk-unban-report.csv
       *[no] bulk-ban-report.csv
    }
bulk-job-line = `Durchlauf { $run_id }` { $unban ->
        [yes] Massen-Entbannung
       *[no] Massenbann
    } von { $total ->
        [one] { $total } Konto
       *[other] { $total } Konten
    } (gestartet von <@{ $requested_by }>): { $over } von { $total } fertig, { $cancelled ->
        [yes] abgebrochen
       *[no] läuft
    }
cancel-bulk = Durchlauf { $run_id } abbrechen
bulk-cancel-summary = Massen-Durchlauf { $run_id } abgebrochen ({ $cancelled ->
        [one] { $cancelled } Konto
       *[other] { $cancelled } Konten
    } nicht gesendet)
bulk-summary = { $unban ->
        [yes] Massen-Entbannung
       *[no] Massenbann
    } von { $total ->
        [one] { $total } Roblox-Konto
       *[other] { $total } Roblox-Konten
    }
audit-bulk-finished = { $done } erledigt, { $failed } fehlgeschlagen, { $cancelled } abgebrochen

## words: small words shared by several features

timeout = Zeitüberschreitung
no-connection = keine Verbindung
not-sent = nicht gesendet
unreadable-answer = unlesbare Antwort
request-not-valid = die Anfrage war ungültig
required = erforderlich
duration = { $unit ->
        [m] { $count ->
                [one] { $count } Minute
               *[other] { $count } Minuten
            }
        [h] { $count ->
                [one] { $count } Stunde
               *[other] { $count } Stunden
            }
        [d] { $count ->
                [one] { $count } Tag
               *[other] { $count } Tage
            }
       *[w] { $count ->
                [one] { $count } Woche
               *[other] { $count } Wochen
            }
    }
permission = { $permission ->
        [view-channel] Kanal ansehen
        [send-messages] Nachrichten senden
        [embed-links] Links einbetten
        [attach-files] Dateien anhängen
        [read-message-history] Nachrichtenverlauf anzeigen
        [ban-members] Mitglieder bannen
        [view-audit-log] Audit-Log anzeigen
        [manage-guild] Server verwalten
        [manage-roles] Rollen verwalten
        [moderate-members] Timeout für Mitglieder
       *[other] { $name }
    }
http-status = HTTP { $status }
request-id = Anfrage { $id }
channel-mention = <#{ $id }>
role-by-id = Rolle { $id }
cancel = Abbrechen

## commands: what Discord shows of the slash commands
## Ids and rules: the same group at the end of en-US.ftl.
cmd-setup = einrichten
    .description = Verbinde diesen Server mit seinem API-Schlüssel mit Technified.
cmd-key = schlüssel
    .description = Der Technified-API-Schlüssel dieses Servers.
cmd-key-status = status
    .description = Der gespeicherte Schlüssel (maskiert), wer ihn gesetzt hat und wie seine Aufrufe liefen.
cmd-key-remove = entfernen
    .description = Den gespeicherten Schlüssel vergessen (fragt vorher nach).
cmd-lookup = suchen
    .description = Finde heraus, wer in diesem Server mit Technified verifiziert ist.
cmd-lookup-discord = discord
    .description = Das mit einem Mitglied verknüpfte Roblox-Konto.
cmd-lookup-discord-user = mitglied
    .description = Das gesuchte Mitglied
cmd-lookup-roblox = roblox
    .description = Das mit einem Roblox-Konto verknüpfte Discord-Mitglied.
cmd-lookup-roblox-roblox_id = roblox_id
    .description = Die Roblox-Benutzer-ID
cmd-lookup-batch = mehrere
    .description = Bis zu 25 Mitglieder auf einmal nachschlagen.
cmd-lookup-batch-users = mitglieder
    .description = Bis zu 25 Erwähnungen oder IDs, getrennt durch Leerzeichen oder Kommas
cmd-bindings = verknüpfungen
    .description = Rollenverknüpfungen: Discord-Rollen aus Roblox-Daten.
cmd-bindings-list = liste
    .description = Alle Verknüpfungen dieses Servers.
cmd-bindings-add = hinzufügen
    .description = Eine Verknüpfung hinzufügen.
cmd-bindings-add-group-rank = gruppenrang
    .description = Gib Mitgliedern eine Rolle, deren Rang in einer Roblox-Gruppe in einem Bereich liegt.
cmd-bindings-add-group-rank-role = rolle
    .description = Die zu vergebende Rolle
cmd-bindings-add-group-rank-group_id = gruppen_id
    .description = Die ID der Roblox-Gruppe
cmd-bindings-add-group-rank-min_rank = min_rang
    .description = Niedrigster passender Rang (0 bis 255)
cmd-bindings-add-group-rank-max_rank = max_rang
    .description = Höchster passender Rang (0 bis 255)
cmd-bindings-add-group-rank-priority = priorität
    .description = Reihenfolge, wenn sich Verknüpfungen überschneiden (optional)
cmd-bindings-add-gamepass = gamepass
    .description = Gib Besitzern eines Gamepasses eine Rolle.
cmd-bindings-add-gamepass-role = rolle
    .description = Die zu vergebende Rolle
cmd-bindings-add-gamepass-gamepass_id = gamepass_id
    .description = Die ID des Roblox-Gamepasses
cmd-bindings-add-gamepass-priority = priorität
    .description = Reihenfolge, wenn sich Verknüpfungen überschneiden (optional)
cmd-bindings-add-asset = asset
    .description = Gib Besitzern eines Roblox-Assets eine Rolle.
cmd-bindings-add-asset-role = rolle
    .description = Die zu vergebende Rolle
cmd-bindings-add-asset-asset_id = asset_id
    .description = Die ID des Roblox-Assets
cmd-bindings-add-asset-priority = priorität
    .description = Reihenfolge, wenn sich Verknüpfungen überschneiden (optional)
cmd-bindings-add-badge = abzeichen
    .description = Gib Inhabern eines Roblox-Abzeichens eine Rolle.
cmd-bindings-add-badge-role = rolle
    .description = Die zu vergebende Rolle
cmd-bindings-add-badge-badge_id = abzeichen_id
    .description = Die ID des Roblox-Abzeichens
cmd-bindings-add-badge-priority = priorität
    .description = Reihenfolge, wenn sich Verknüpfungen überschneiden (optional)
cmd-bindings-add-account-age = kontoalter
    .description = Gib Konten eine Rolle, die älter als eine Anzahl von Tagen sind.
cmd-bindings-add-account-age-role = rolle
    .description = Die zu vergebende Rolle
cmd-bindings-add-account-age-platform = plattform
    .description = Wessen Kontoalter zählt
cmd-bindings-add-account-age-platform-choice-discord = Discord
cmd-bindings-add-account-age-platform-choice-roblox = Roblox
cmd-bindings-add-account-age-min_days = min_tage
    .description = Mindestalter in Tagen
cmd-bindings-add-account-age-priority = priorität
    .description = Reihenfolge, wenn sich Verknüpfungen überschneiden (optional)
cmd-bindings-remove = entfernen
    .description = Eine Verknüpfung entfernen.
cmd-bindings-remove-id = id
    .description = Die Verknüpfung (tippe, um zu suchen)
cmd-bindings-test = testen
    .description = Warum ein Mitglied zu einer Verknüpfung passt oder nicht, wie Technified es erklärt.
cmd-bindings-test-id = id
    .description = Die Verknüpfung (tippe, um zu suchen)
cmd-bindings-test-user = mitglied
    .description = Das zu testende Mitglied
cmd-roblox = roblox
    .description = Roblox-Banns und -Stummschaltungen über Technified.
cmd-roblox-ban-status = bannstatus
    .description = Ob ein Roblox-Konto gebannt ist.
cmd-roblox-ban-status-roblox_id = roblox_id
    .description = Die Roblox-Benutzer-ID
cmd-roblox-ban-status-place_id = place_id
    .description = Auch Banns zählen, die nur für diesen Place gelten
cmd-roblox-mute-status = stummstatus
    .description = Ob ein Roblox-Konto stummgeschaltet ist.
cmd-roblox-mute-status-roblox_id = roblox_id
    .description = Die Roblox-Benutzer-ID
cmd-roblox-mute-status-place_id = place_id
    .description = Auch Stummschaltungen zählen, die nur für diesen Place gelten
cmd-roblox-ban = bannen
    .description = Ein Roblox-Konto aus den Spielen dieses Servers bannen; mit discord auch sein Mitglied hier.
cmd-roblox-ban-roblox_id = roblox_id
    .description = Die Roblox-Benutzer-ID
cmd-roblox-ban-reason = grund
    .description = Warum (im Dashboard und in den Logs sichtbar)
cmd-roblox-ban-duration = dauer
    .description = Wie lange: 30m, 12h, 7d, 2w oder permanent (Standard)
cmd-roblox-ban-discord = discord
    .description = Auch das mit dem Roblox-Konto verknüpfte Discord-Mitglied von diesem Server bannen (dauerhaft)
cmd-roblox-unban = entbannen
    .description = Einen Roblox-Bann aufheben.
cmd-roblox-unban-roblox_id = roblox_id
    .description = Die Roblox-Benutzer-ID
cmd-roblox-unban-reason = grund
    .description = Warum (optional)
cmd-roblox-mute = stummschalten
    .description = Ein Roblox-Konto in den Spielen dieses Servers stummschalten.
cmd-roblox-mute-roblox_id = roblox_id
    .description = Die Roblox-Benutzer-ID
cmd-roblox-mute-reason = grund
    .description = Warum (im Dashboard und in den Logs sichtbar)
cmd-roblox-mute-duration = dauer
    .description = Wie lange: 30m, 12h, 7d, 2w oder permanent (Standard)
cmd-roblox-unmute = stummschaltung-aufheben
    .description = Eine Roblox-Stummschaltung aufheben.
cmd-roblox-unmute-roblox_id = roblox_id
    .description = Die Roblox-Benutzer-ID
cmd-roblox-unmute-reason = grund
    .description = Warum (optional)
cmd-roblox-bulk-ban = massenbann
    .description = Jedes in einer Datei aufgeführte Roblox-Konto bannen.
cmd-roblox-bulk-ban-file = datei
    .description = Eine .txt- oder .csv-Datei: eine Roblox-Benutzer-ID pro Zeile (erste Spalte), höchstens 5.000
cmd-roblox-bulk-ban-reason = grund
    .description = Warum (im Dashboard und in den Logs sichtbar)
cmd-roblox-bulk-ban-duration = dauer
    .description = Wie lange: 30m, 12h, 7d, 2w oder permanent (Standard)
cmd-roblox-bulk-unban = massen-entbannung
    .description = Die Roblox-Banns aller in einer Datei aufgeführten Konten aufheben.
cmd-roblox-bulk-unban-file = datei
    .description = Eine .txt- oder .csv-Datei: eine Roblox-Benutzer-ID pro Zeile (erste Spalte), höchstens 5.000
cmd-roblox-bulk-unban-reason = grund
    .description = Warum (optional)
cmd-shield = shield
    .description = Technified Shield, die gemeinsame Liste markierter Roblox-Konten.
cmd-shield-check = prüfen
    .description = Ob ein Roblox-Konto von Shield markiert ist.
cmd-shield-check-roblox_id = roblox_id
    .description = Die Roblox-Benutzer-ID
cmd-jobs = aufträge
    .description = Wartende und kürzlich gescheiterte Wiederholungen dieses Servers, jede mit Abbrechen-Knopf.
cmd-settings = einstellungen
    .description = Bot-Einstellungen für diesen Server.
cmd-settings-log-channel = log-kanal
    .description = Wohin verspätete Ergebnisse wiederholter Aktionen und ein Log-Eintrag jeder Änderung gehen.
cmd-settings-log-channel-channel = kanal
    .description = Ein Textkanal, in dem der Bot posten darf
cmd-settings-ban-sync = bann-sync
    .description = Was ein Discord-Bann eines verifizierten Mitglieds auf Roblox bewirkt: nichts, fragen oder spiegeln.
cmd-settings-ban-sync-mode = modus
    .description = aus: nichts; fragen: eine Karte im Log-Kanal; spiegeln: sofort auf Roblox bannen
cmd-settings-ban-sync-mode-choice-off = aus (off)
cmd-settings-ban-sync-mode-choice-ask = fragen (ask)
cmd-settings-ban-sync-mode-choice-mirror = spiegeln (mirror)
cmd-cases = fälle
    .description = Die Moderationsfälle dieses Servers.
cmd-cases-list = liste
    .description = Die Moderationsfälle dieses Servers, die neuesten zuerst.
cmd-cases-list-user = mitglied
    .description = Nur Fälle zu diesem Mitglied (und seinem verknüpften Roblox-Konto)
cmd-cases-list-roblox_id = roblox_id
    .description = Nur Fälle zu dieser Roblox-Benutzer-ID
cmd-cases-list-moderator = moderator
    .description = Nur Fälle dieses Moderators
cmd-cases-show = anzeigen
    .description = Ein Fall vollständig.
cmd-cases-show-case = fall
    .description = Die Fallnummer
cmd-cases-export = exportieren
    .description = Alle Fälle dieses Servers als CSV-Datei.
cmd-doctor = diagnose
    .description = Checkliste: Schlüssel, API, Log-Kanal, Bann-Sync, Berechtigungen, Events, Warteschlange, Limits.
cmd-help = hilfe
    .description = Was jeder Befehl tut.
cmd-help-command = befehl
    .description = Ein Befehl, etwa `lookup discord` (leer lassen für alle)
