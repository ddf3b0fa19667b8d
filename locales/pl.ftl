# technified-bot: pl
#
# Polski, przetłumaczony z en-US.ftl (tam są zasady dotyczące zmiennych, znaczników
# i poleceń). Zwracamy się na "ty", bez form zależnych od płci (tryb rozkazujący,
# formy bezosobowe: "zbanowano", "podano"). Terminy: klucz API, powiązanie roli
# (powiązanie), zweryfikowany, ban/zbanować/odbanować, wyciszenie, sprawa
# (sprawa moderacyjna), zmiana (zapis czekający w kolejce), zadanie (/jobs),
# kanał logów, wpisy logów (wpisy audytu bota), dziennik zdarzeń (Discorda),
# synchronizacja banów, masowy ban / masowe odbanowanie, przebieg (masowej akcji).
# Liczby: one/few/many, a other (ułamki) jak many lub dopełniacz liczby pojedynczej.

## setup: /setup and /key

where-keys-are = Utwórz go w panelu Technified: Settings → API Keys (pełny klucz jest widoczny tylko raz).
setup-modal-title = Połącz z Technified
setup-key-label = Klucz API
setup-key-placeholder = technified_<ID serwera>_…
connected-title = Połączono z Technified
key-malformed = To nie jest klucz API Technified
    .body = Klucz wygląda tak: technified_<ID serwera>_<losowe znaki> ({ $problem }). { where-keys-are }
key-problem = { $problem ->
        [empty] klucz jest pusty
        [too-long] klucz jest za długi
        [missing-prefix] klucz nie zaczyna się od `technified_`
        [missing-guild] po `technified_` brakuje ID serwera
        [guild-not-numeric] ID serwera w kluczu nie jest identyfikatorem Discorda
        [missing-secret] po ID serwera nic nie ma
       *[invalid-characters] klucz zawiera spacje lub znaki, których klucz nie może mieć
    }
key-for-other-server = Ten klucz należy do innego serwera
    .body = Został utworzony dla serwera o ID { $owner_guild }. Utwórz klucz dla tego serwera w jego panelu Technified (Settings → API Keys) i uruchom /{ cmd-setup } jeszcze raz. Nic nie zostało zapisane.
connected = Technified zaakceptował klucz `{ $masked }`. Jest przechowywany w postaci zaszyfrowanej; /{ cmd-key } { cmd-key-status } go pokazuje.
key-remove-question = Usunąć zapisany klucz?
    .body = Bot zapomni `{ $masked }` i przestanie łączyć się z Technified dla tego serwera, dopóki ktoś znów nie uruchomi /{ cmd-setup }.
remove = Usuń
kept = Zachowano
key-kept = Klucz nie został usunięty.
removed = Usunięto
key-removed = Klucz został zapomniany.{ $ended ->
        [0] {""}
        [one] {" "}{ $ended } zmiana czekająca w kolejce nie zostanie już wysłana.
        [few] {" "}{ $ended } zmiany czekające w kolejce nie zostaną już wysłane.
        [many] {" "}{ $ended } zmian czekających w kolejce nie zostanie już wysłanych.
       *[other] {" "}{ $ended } zmiany czekającej w kolejce nie zostanie już wysłane.
    } Unieważnij go też w panelu Technified, jeśli mógł wyciec.
key-status-title = Klucz API Technified
set-by = Ustawiony przez
state = Stan
verified-yes = zaakceptowany przez Technified
verified-pending = jeszcze niezweryfikowany
last-success = Ostatnie udane zapytanie
last-error = Ostatni błąd
pending-retries = Oczekujące ponowienia
never = nigdy
none = brak
no-answer = brak odpowiedzi
key-staged = Klucz zapisany, jeszcze niezweryfikowany
    .body = Technified nie odpowiedział, więc nowy klucz czeka na automatyczne sprawdzenie. Dopóki Technified go nie zaakceptuje, używany jest obecny klucz, także dla zmian w kolejce. /{ cmd-key } { cmd-key-status } pokazuje, który klucz jest w użyciu.
key-checking = Klucz zapisany, jeszcze niezweryfikowany
    .body = Technified nie odpowiedział, więc klucz został zapisany jako jeszcze niezweryfikowany. Zostanie sprawdzony automatycznie; /{ cmd-key } { cmd-key-status } pokaże wynik.

## settings: /settings

saved = Zapisano
log-channel-test-title = Logi bota Technified
log-channel-test = Ten kanał został wybrany przez <@{ $by }> na wpisy logów i spóźnione wyniki bota.
log-channel-set = Wpisy logów i spóźnione wyniki będą trafiać na <#{ $channel }>.

## lookup: /lookup and /shield

verified = Zweryfikowany
discord = Discord
roblox = Roblox
roblox-id = ID Roblox
not-verified-short = niezweryfikowany
reason = Powód
category = Kategoria
source = Źródło
batch-title = Zweryfikowani: { $verified } z { $asked }
shield-flagged = Oznaczone przez Shield
    .body = Konto Roblox { $roblox_id } jest na liście Shield od Technified.
shield-clear = Konto Roblox { $roblox_id } nie jest oznaczone przez Shield
lookup-cooldown = Zwolnij trochę
    .body = Każdy członek może wykonać { $uses ->
            [one] { $uses } wyszukiwanie
            [few] { $uses } wyszukiwania
            [many] { $uses } wyszukiwań
           *[other] { $uses } wyszukiwania
        } co { $window_secs ->
            [one] { $window_secs } sekundę
            [few] { $window_secs } sekundy
            [many] { $window_secs } sekund
           *[other] { $window_secs } sekundy
        }. Spróbuj ponownie <t:{ $free_unix }:R>.

## bindings: /bindings

no-bindings = Ten serwer nie ma jeszcze żadnych powiązań. Dodaj pierwsze przez /{ cmd-bindings } { cmd-bindings-add }.
priority = priorytet
binding-matches = Pasuje
binding-no-match = Nie pasuje
binding-result = Test powiązania
group-rank = Ranga w grupie
previous = Poprzednia
next = Następna
bindings-title = { $total ->
        [one] { $total } powiązanie
        [few] { $total } powiązania
        [many] { $total } powiązań
       *[other] { $total } powiązania
    }
page = Strona { $current } z { $of }
target-group-rank = grupa { $group_id }, rangi od { $min_rank } do { $max_rank }
target-gamepass = gamepass { $gamepass_id }
target-asset = asset { $asset_id }
target-badge = odznaka { $badge_id }
target-account-age = konto { $platform } mające co najmniej { $min_days ->
        [one] { $min_days } dzień
        [few] { $min_days } dni
        [many] { $min_days } dni
       *[other] { $min_days } dnia
    }
target-in-group = { $target } ({ $group })
target-of-type = powiązanie typu { $binding_type }

## roblox: /roblox moderation, and the Discord half of a ban on both

ban-confirm = Zbanuj na stałe
cancelled = Anulowano
nothing-changed = Nic nie zostało zmienione.
by-roblox = Moderator (Roblox)
since = Od
until = Do
permanent = bezterminowo
permanent-ban-question = Zbanować na stałe?
    .body = Konto Roblox { $roblox_id } zostanie zbanowane w grach tego serwera bez daty zakończenia. Powód: { $reason }
not-banned = Konto Roblox { $roblox_id } nie jest zbanowane
not-muted = Konto Roblox { $roblox_id } nie jest wyciszone
banned = Zbanowane
    .body = Konto Roblox { $roblox_id } jest zbanowane.
muted = Wyciszone
    .body = Konto Roblox { $roblox_id } jest wyciszone.
discord-ban-needs-permanent = Ban na Discordzie nie ma daty zakończenia, więc discord:true działa tylko z banem na stałe. Pomiń czas trwania (albo podaj `permanent`) albo zbanuj na Discordzie samodzielnie.
both-bans-question = { permanent-ban-question }
    .body =
        { permanent-ban-question.body }
        { $discord_line }
the-linked-member = członek z połączonym kontem
discord-ban-line = **Discord:** { $status }
discord-will-ban-member = Bot zbanuje też <@{ $user }> na tym serwerze.
discord-will-ban-absent = <@{ $user }> nie ma teraz na tym serwerze, ale bot i tak nałoży bana, żeby ta osoba nie mogła dołączyć.
discord-banned-member = zbanowano <@{ $user }> na tym serwerze.
discord-banned-absent = zbanowano <@{ $user }>. Tej osoby nie ma teraz na serwerze; ban uniemożliwia jej dołączenie.
discord-not-banned = nie zbanowano: { $why }
refused-not-linked = z kontem Roblox { $roblox_id } nie jest połączone żadne konto Discord na tym serwerze.
refused-owner = { $who } jest właścicielem tego serwera, a właściciela serwera nikt nie może zbanować.
refused-bot-lacks-ban-members = bot nie ma uprawnienia „Banowanie członków”. Nadaj je roli bota w Ustawieniach serwera → Role.
refused-not-below-bot = { $who } ma najwyższą rolę nie niższą niż rola bota, a Discord pozwala botowi banować tylko członków z niższymi rolami. Przesuń rolę bota nad najwyższą rolę tej osoby w Ustawieniach serwera → Role.
refused-not-below-moderator = { $who } ma najwyższą rolę nie niższą niż twoja, a Discord pozwala banować tylko członków z niższymi rolami.
discord-lookup-failed = nie zbanowano: nie udało się sprawdzić połączonego konta Discord ({ $detail }).
discord-check-failed = nie zbanowano: Discord nie podał, jakie role mają { $who } i bot, więc nie dało się sprawdzić, czy ban jest możliwy ({ $detail }).
discord-ban-failed = niepowodzenie: { $who } – ban nie przeszedł ({ $detail }).
discord-ban-audit-reason = { $moderator_name } ({ $moderator_id }) przez /{ cmd-roblox } { cmd-roblox-ban } konta Roblox { $roblox_id }: { $reason }
discord-ban-summary = Ban członka Discorda <@{ $user }> (połączonego z kontem Roblox { $roblox_id }): { $reason }
discord-said = Discord odpowiada: { $message }, kod { $code }

## jobs: queued writes, late results, /jobs, and why a write was not done

late-done = Wykonano, gdy Technified znów zaczął działać.
jobs-title = Ponowienia
no-jobs = Nic nie czeka w kolejce ani nie zakończyło się ostatnio niepowodzeniem.
already-running = nie anulowano (już trwa albo się zakończyło)
queued = Technified ma problemy: dodano do kolejki
    .body = { $summary }: jeszcze nie zastosowano. Zmiana jest zapisana i zostanie automatycznie ponowiona (kolejna próba <t:{ $next_try_unix }:R>); ta wiadomość zostanie zaktualizowana o wynik. Przez /{ cmd-jobs } możesz ją zobaczyć albo anulować.
queued-rate-limited = Limit zapytań: dodano do kolejki
    .body = { $summary }: jeszcze nie wysłano, bo ten serwer na razie wykorzystał swoje zapytania do Technified tego rodzaju. Zmiana jest zapisana i zostanie wysłana o <t:{ $send_unix }:T> (<t:{ $send_unix }:R>); ta wiadomość zostanie zaktualizowana o wynik. Przez /{ cmd-jobs } możesz ją zobaczyć albo anulować.
job-failed = Nie wykonano
    .body = { $summary }: { $why }.
cancel-job = Anuluj #{ $id }
job-cancel-summary = Anulowano zadanie #{ $id } z kolejki
job-line = `#{ $id }` { $summary } (od <@{ $by }>): { $state }
job-waiting = czeka, próba { $attempt } <t:{ $next_try_unix }:R>
job-running = właśnie wysyłane
job-done = wykonane
job-cancelled = anulowane
job-failed-state = nieudane: { $label }{ $has_last_error ->
        [yes] {" "}(ostatni błąd: { $last_error })
       *[no] {""}
    }
failed-key-removed = klucz API serwera został usunięty, zanim zmianę wysłano
failed-bot-removed = bot został usunięty z serwera, zanim zmianę wysłano
failed-key-unreadable = nie da się odczytać zapisanego klucza; admin musi ponownie uruchomić /{ cmd-setup }
failed-gave-up = Technified wciąż zwracał błędy po całym dniu ponawiania
failed-refused = Technified odrzucił zmianę
failed-twice = Technified znów zawiódł przy ponownej próbie
failed-unreadable-job = ta wersja bota nie potrafi odczytać zmiany z kolejki
failed-unknown = zadanie zakończyło się, ale zmiany nie zastosowano
label-key-removed = klucz usunięty przed wysłaniem
label-bot-removed = bot usunięty z serwera
label-key-unreadable = zapisany klucz nieczytelny
label-gave-up = porzucone po terminie
label-refused = odrzucone przez Technified
label-failed-twice = ponowna próba też nieudana
label-unreadable-job = nieczytelne dla tej wersji
label-unknown = nie zastosowano

## writes: what a write does, in one line
## $done is "yes" once the write is made (past tense, the green reply), "no" while
## it waits or when it failed (the action as asked: the amber and red replies,
## /jobs, audit lines).

ban-summary = { $done ->
        [yes] Zbanowano konto Roblox { $roblox_id }
       *[no] Ban konta Roblox { $roblox_id }
    } { $has_duration ->
        [yes] na { $duration }
       *[no] na stałe
    }: { $reason }
mute-summary = { $done ->
        [yes] Wyciszono konto Roblox { $roblox_id }
       *[no] Wyciszenie konta Roblox { $roblox_id }
    } { $has_duration ->
        [yes] na { $duration }
       *[no] na stałe
    }: { $reason }
unban-summary = { $done ->
        [yes] Odbanowano konto Roblox { $roblox_id }
       *[no] Odbanowanie konta Roblox { $roblox_id }
    }
unmute-summary = { $done ->
        [yes] Zdjęto wyciszenie z konta Roblox { $roblox_id }
       *[no] Zdjęcie wyciszenia z konta Roblox { $roblox_id }
    }
binding-added = { $done ->
        [yes] Dodano powiązanie roli
       *[no] Dodanie powiązania roli
    } <@&{ $role }>: { $target }
binding-removed = { $done ->
        [yes] Usunięto powiązanie
       *[no] Usunięcie powiązania
    } { $id }
key-check-summary = { $done ->
        [yes] Zweryfikowano zapisany klucz API
       *[no] Weryfikacja zapisanego klucza API
    }

## doctor: /doctor, the checklist

doctor-title = Lista kontrolna
fix = Jak naprawić
doctor-api-key = Klucz API
doctor-key-accepted = Klucz zaakceptowany
doctor-technified-api = API Technified
doctor-log-channel = Kanał logów
doctor-retry-queue = Kolejka ponowień
doctor-headroom = Zapas limitu zapytań
doctor-ban-sync = Synchronizacja banów
doctor-ban-members = Banowanie członków
doctor-view-audit-log = Wyświetlanie dziennika zdarzeń
doctor-server-permissions = Uprawnienia na serwerze
doctor-moderation-events = Zdarzenia moderacyjne
check-key-missing = brak zapisanego klucza
check-key-missing-fix = Admin musi uruchomić /{ cmd-setup } z kluczem API Technified tego serwera.
check-key-unreadable = zapisany, ale nie da się go odszyfrować tym ENCRYPTION_KEY
check-key-unreadable-fix = Uruchom /{ cmd-setup } jeszcze raz albo przywróć plik encryption.key, z którym klucz został zapisany.
check-key-present = zapisany: `{ $masked }`
check-key-accepted = tak
check-key-refused = nie (HTTP { $status })
check-key-refused-fix = Klucz został unieważniony albo należy do innego serwera. { where-keys-are } Potem uruchom /{ cmd-setup }.
check-key-not-checked-paced = teraz nie sprawdzono (zapytania tego serwera są ograniczone limitem)
check-key-accepted-rate-limited = tak (obecnie działa limit zapytań)
check-api-reachable = dostępne, { $latency_ms } ms
check-api-trouble-timeout = brak odpowiedzi w limicie czasu
check-api-trouble-no-connection = nie można się połączyć
check-api-trouble-status = odpowiedź HTTP { $status }
check-api-trouble-fix = Technified może mieć problemy; spróbuj ponownie za kilka minut. Jeśli to nie minie, operator bota sprawdza TECHNIFIED_API_URL poleceniem `technified-bot check`.
check-log-channel-unset = nie ustawiono
check-log-channel-unset-fix = Uruchom /{ cmd-settings } { cmd-settings-log-channel }, żeby spóźnione wyniki i wpisy logów miały dokąd trafiać.
check-log-channel-blocked = <#{ $channel }>: bot nie może tam pisać
check-log-channel-blocked-fix = Nadaj botowi na <#{ $channel }> uprawnienie: { $missing }.
check-log-channel-writable = <#{ $channel }>, bot może pisać
check-log-channel-uncached = <#{ $channel }> (uprawnienia jeszcze nie w pamięci podręcznej)
check-queue = oczekujące: { $pending }
headroom-line = { $paused_until ->
        [none] { $group }: { $used }/{ $quota } w tej minucie
       *[other] { $group }: limit do <t:{ $paused_until }:T>
    }
check-headroom-paused-fix = Technified ogranicza liczbę zapytań na klucz i minutę; bot sam czeka i ponawia.
check-ban-sync-off = wyłączona
check-ban-sync-posting = { $mode }, publikuje na <#{ $channel }>
check-ban-sync-no-log-channel = { $mode }, ale nie ustawiono kanału logów: bany z Discorda nie są synchronizowane
check-ban-sync-no-log-channel-fix = Uruchom /{ cmd-settings } { cmd-settings-log-channel }: synchronizacja banów publikuje tam swoje karty i powiadomienia. Albo wyłącz ją przez /{ cmd-settings } { cmd-settings-ban-sync } off.
check-ban-sync-blocked = { $mode }, ale bot nie może pisać na <#{ $channel }>: bany z Discorda nie są synchronizowane
check-ban-sync-blocked-fix = Nadaj botowi na <#{ $channel }> uprawnienie: { $missing }. Albo wybierz inny kanał przez /{ cmd-settings } { cmd-settings-log-channel }.
check-ban-members-granted = nadane
check-ban-members-missing = brak
check-ban-members-missing-fix = W Ustawieniach serwera → Role → rola bota włącz „Banowanie członków”: potrzebują tego /{ cmd-roblox } { cmd-roblox-ban } { cmd-roblox-ban-discord }:true, synchronizacja banów i bany na Discordzie.
check-view-audit-log-granted = nadane
check-view-audit-log-missing = brak
check-view-audit-log-missing-fix = W Ustawieniach serwera → Role → rola bota włącz „Wyświetlanie dziennika zdarzeń”: synchronizacja banów odczytuje z niego, kto zbanował i dlaczego.
check-server-permissions-uncached = jeszcze nie w pamięci podręcznej
check-moderation-events-seen = ostatnie zdarzenie moderacyjne <t:{ $last_seen_unix }:R>
check-moderation-events-none = brak od uruchomienia

## help: /help

help-title = Polecenia bota Technified
help-footer = /{ cmd-help } <command> pokazuje opcje polecenia i to, kto może go używać.
optional-mark = {" "}(opcjonalne)
who = Kto
everyone = wszyscy
unknown-command = Nie ma takiego polecenia
    .body = Nie ma polecenia o nazwie /{ $name }. /{ cmd-help } pokazuje wszystkie.

## errors: failures (red) and trouble being worked around (amber)

not-connected = Ten serwer nie jest jeszcze połączony
    .body = Admin (uprawnienie „Zarządzanie serwerem”) musi uruchomić /{ cmd-setup } z kluczem API Technified tego serwera.
key-unreadable = Nie da się odczytać zapisanego klucza
    .body = ENCRYPTION_KEY bota zmienił się od zapisania klucza. Admin musi ponownie uruchomić /{ cmd-setup }.
key-rejected = Zapisany klucz API został odrzucony
    .body = Został unieważniony albo jest błędny. { where-keys-are } Potem uruchom /{ cmd-setup }.
key-other-guild = Ten klucz należy do innego serwera
    .body = Technified odrzucił go dla tego serwera. { where-keys-are } Potem uruchom /{ cmd-setup }.
internal-fault = Coś poszło nie tak w bocie
    .body = To błąd bota, nie twój. Zgłoś go, podając ID żądania { $request_id }.
input-rejected = Technified tego nie przyjął
    .body = Technified odpowiada: { $technified_says }. Sprawdź wartości i spróbuj ponownie.
not-verified = Niezweryfikowany
    .body = Ten użytkownik nie jest zweryfikowany w Technified na tym serwerze.
no-active-ban = Brak aktywnego bana
    .body = Ten użytkownik nie ma aktywnego bana, więc nie ma czego zdejmować.
no-active-mute = Brak aktywnego wyciszenia
    .body = Ten użytkownik nie ma aktywnego wyciszenia, więc nie ma czego zdejmować.
not-found = Nie znaleziono
    .body = Taki element nie istnieje (albo ten serwer nie jest jeszcze skonfigurowany w Technified).
already-exists = Już istnieje
    .body = To już istnieje w Technified (na przykład takie samo powiązanie).
gave-up = Technified nadal ma problemy
    .body = Bot poddał się po { $attempts ->
            [one] { $attempts } próbie
            [few] { $attempts } próbach
            [many] { $attempts } próbach
           *[other] { $attempts } próby
        }. Nic nie przepadło; spróbuj ponownie za kilka minut.
shield-offline = Shield jest offline
    .body = Technified zawiesił Shield, więc teraz nie da się sprawdzić oznaczeń.
moderator-not-verified = Brak weryfikacji
    .body = Akcje na Robloxie są zapisywane na konto Roblox moderatora. Zweryfikuj się w Technified na tym serwerze i spróbuj ponownie.
invalid-input = Sprawdź, co wpisujesz
    .body = { $what }
missing-permission = Nie możesz tego użyć
    .body = Brakuje ci { $count ->
        [one] uprawnienia
       *[other] uprawnień
    } na tym serwerze: { $permission }.
guild-only = Tylko na serwerach
    .body = To polecenie działa na serwerze, nie w wiadomościach prywatnych.
option-unreadable = Sprawdź, co wpisujesz
    .body = Nie udało się odczytać jednej z opcji (na przykład kanału albo użytkownika, którego bot nie widzi). Wybierz ją ponownie z listy Discorda.
command-outdated = To polecenie się zmieniło
    .body = Discord pokazał ci starszą wersję tego polecenia. Poczekaj minutę (albo uruchom Discorda ponownie) i użyj go jeszcze raz.
permissions-unknown = Nie udało się sprawdzić twoich uprawnień
    .body = Discord nie przekazał, co możesz tu robić. Spróbuj ponownie za chwilę.
not-here = Nie możesz tego tutaj użyć
    .body = To polecenie nie jest dla ciebie dostępne w tym miejscu. /{ cmd-help } pokazuje, czego możesz używać.
cooldown = Zwolnij trochę
    .body = Możesz znów użyć tego polecenia <t:{ $again_unix }:R>.
this-channel = tym kanale
that-channel = tamtym kanale
discord-refused = Discord to odrzucił
    .body = { $what }
bot-missing-permission = Botowi brakuje { $count ->
        [one] uprawnienia
       *[other] uprawnień
    }
    .body = Nadaj botowi na { $place } { $count ->
        [one] uprawnienie
       *[other] uprawnienia
    }: { $permission }. Potem spróbuj ponownie.
unexpected = Coś poszło nie tak w bocie
    .body = To błąd bota, nie twój. Szczegóły są w logu bota.
queue-full = Za dużo zmian czeka: nie dodano do kolejki
    .body = Na tym serwerze { $max_waiting ->
            [one] czeka już { $max_waiting } zmiana
            [few] czekają już { $max_waiting } zmiany
            [many] czeka już { $max_waiting } zmian
           *[other] czeka już { $max_waiting } zmiany
        } na Technified, więc ta nie trafiła do kolejki. Uruchom polecenie ponownie, gdy /{ cmd-jobs } pokaże mniej.
timed-out = Czas minął
    .body = Nic nie zostało zmienione. Uruchom polecenie ponownie, kiedy zechcesz.
retrying = Technified ma problemy
    .body = Technified (albo stojący za nim Discord lub Roblox) nie odpowiedział poprawnie. Automatyczne ponawianie: próba { $attempt }, kolejna <t:{ $next_try_unix }:R>.
rate-limited = Technified ogranicza zapytania tego serwera
    .body = Automatyczne ponowienie o <t:{ $next_try_unix }:T> (<t:{ $next_try_unix }:R>).
rate-limited-until = Limit zapytań
    .body = Ten serwer na razie wykorzystał swoje zapytania do Technified tego rodzaju: limit do <t:{ $free_unix }:T> (<t:{ $free_unix }:R>). Spróbuj ponownie po tym czasie.
write-not-retried = Technified ma problemy
    .body = Technified (albo stojący za nim Discord lub Roblox) nie odpowiedział poprawnie, więc ta zmiana mogła nie zostać zastosowana. Sprawdź jej stan za minutę, zanim spróbujesz ponownie.

## audit: the audit lines posted in the log channel

audit-done = wykonano
audit-failed = niepowodzenie ({ $why })
audit-line = { $number ->
        [none] <@{ $member }>: { $what }: { $outcome }
       *[other] <@{ $member }>: { $what } · { case-title }: { $outcome }
    }

## input: checks of what a member typed

priority-out-of-range = priority musi mieścić się w zakresie od 0 do 1000.
min-days-out-of-range = min_days musi mieścić się w zakresie od 0 do 36500.
reason-missing = Podaj powód.
no-users = Podaj co najmniej jednego użytkownika (wzmianki albo ID).
duration-too-long = Ten czas trwania przekracza dziesięć lat; zamiast tego użyj `permanent`.
not-a-binding-id = Wybierz powiązanie z listy (zacznij pisać, żeby wyszukać) albo podaj jego ID z /{ cmd-bindings } { cmd-bindings-list }.
not-positive = { $option } musi być liczbą dodatnią.
rank-out-of-range = { $option } musi mieścić się w zakresie od 0 do 255.
ranks-reversed = min_rank ({ $min }) nie może być większe niż max_rank ({ $max }).
reason-too-long = Powód jest za długi: maksymalnie { $max ->
        [one] { $max } znak
        [few] { $max } znaki
        [many] { $max } znaków
       *[other] { $max } znaku
    }.
not-a-duration = `{ $value }` to nie jest czas trwania. Podaj liczbę i jednostkę, np. 30m, 12h, 7d lub 2w, albo `permanent`.
not-a-user = `{ $token }` to nie jest wzmianka użytkownika ani ID.
too-many-users = Limit użytkowników naraz: { $max }; podano { $listed }.

## cases: /cases, its lines, the case card and the export

case-title = Sprawa #{ $number }
cases-title = Sprawy ({ $total })
no-cases = Brak pasujących spraw. Każdy ban, odbanowanie, wyciszenie i zdjęcie wyciszenia wykonane przez bota staje się sprawą.
cases-cut = Najnowsze sprawy: { $shown } z { $total }; pełną listę zawiera /{ cmd-cases } { cmd-cases-export }.
case-not-found = Nie ma takiej sprawy
    .body = Ten serwer nie ma sprawy #{ $number }. /{ cmd-cases } { cmd-cases-list } pokazuje jego sprawy.
case-ban = Ban
case-unban = Odbanowanie
case-mute = Wyciszenie
case-unmute = Zdjęcie wyciszenia
from-command = polecenie
from-bulk = plik zbiorczy
from-ban-sync = synchronizacja banów
case-queued = w kolejce
case-done = wykonano
case-failed = niepowodzenie
case-cancelled = anulowano
case-line = `#{ $number }` { $action } konta Roblox { $roblox_id }, moderator <@{ $moderator }>: { $outcome } · <t:{ $opened_unix }:R>
case-choice = #{ $number } { $action } konta Roblox { $roblox_id }
case-roblox = Konto Roblox
case-member = Członek Discorda
case-moderator = Moderator
case-reason = Powód
case-duration = Czas trwania
case-source = Źródło
case-outcome = Wynik
case-opened = Otwarto
case-updated = Ostatnia zmiana
not-known = nieznane
case-moderator-line = { $roblox_id ->
        [none] <@{ $discord_id }>
       *[other] <@{ $discord_id }> (Roblox { $roblox_id })
    }
cases-file = cases.csv
cases-exported = Wyeksportowano sprawy
    .body = { $count ->
            [0] Ten serwer nie ma jeszcze spraw: załączony plik CSV zawiera tylko wiersz nagłówka.
            [one] Jedyna sprawa tego serwera jest w załączonym pliku CSV (UTF-8, jedna sprawa na wiersz).
            [few] Wszystkie sprawy tego serwera ({ $count }) są w załączonym pliku CSV (UTF-8, jedna sprawa na wiersz).
            [many] Wszystkie sprawy tego serwera ({ $count }) są w załączonym pliku CSV (UTF-8, jedna sprawa na wiersz).
           *[other] Wszystkie sprawy tego serwera ({ $count }) są w załączonym pliku CSV (UTF-8, jedna sprawa na wiersz).
        }

## ban_sync: /settings ban-sync, its cards and notes in the log channel

ban-sync-saved = Zapisano synchronizację banów
ban-sync-off = Synchronizacja banów jest wyłączona: bany na Discordzie nie mają wpływu na Roblox.
ban-sync-ask = Synchronizacja banów pyta: ban zweryfikowanego członka na Discordzie publikuje na kanale logów kartę z przyciskiem, który banuje go też na Robloxie.
ban-sync-mirror = Synchronizacja banów odzwierciedla: ban zweryfikowanego członka na Discordzie od razu banuje jego konto Roblox, a jako moderator zapisywane jest konto Roblox moderatora z Discorda (gdy ten moderator jest nieznany albo niezweryfikowany, pyta karta).
ban-sync-needs-log-channel = Tryby ask i mirror publikują karty i powiadomienia na kanale logów, a ten serwer jeszcze go nie ma. Najpierw uruchom /{ cmd-settings } { cmd-settings-log-channel }, potem jeszcze raz /{ cmd-settings } { cmd-settings-ban-sync }.
ban-sync-reason = Zbanowano na Discordzie: { $has_discord_reason ->
        [yes] { $discord_reason }
       *[no] nie podano powodu
    }
unban-sync-reason = Odbanowano na Discordzie
card-banned-title = Ban na Discordzie
card-unbanned-title = Odbanowanie na Discordzie
card-ban-button = Zbanuj też na Robloxie
card-unban-button = Odbanuj też na Robloxie
card-dismiss-button = Odrzuć
card-member = Członek
card-roblox = Konto Roblox
card-by = Moderator
card-reason = Powód
no-reason = nie podano
card-moderator = { $moderator ->
        [none] nieznany (bot nie może odczytać dziennika zdarzeń albo nie było w nim wpisu)
       *[other] <@{ $moderator }>
    }
card-question = { $unban ->
        [yes] Synchronizacja banów zbanowała to konto na Robloxie. Odbanować je tam też?
       *[no] Zbanować też konto Roblox tej osoby?
    }
card-fallback = { $moderator ->
        [none] Nie zbanowano od razu na Robloxie: nie wiadomo, kto nałożył bana, a Technified zapisuje każdy ban na konto Roblox moderatora.
       *[other] Nie zbanowano od razu na Robloxie: <@{ $moderator }> nie ma tu konta Roblox zweryfikowanego w Technified, a Technified zapisuje każdy ban na konto Roblox moderatora.
    }
card-dismissed = Odrzucone przez <@{ $by }>.
sync-outcome = { $unban ->
        [yes] Odbanowanie na Robloxie
       *[no] Ban na Robloxie
    } (<@{ $by }>): { $written }.
sync-done = wykonano
sync-queued = w kolejce, Technified jeszcze tego nie przyjmuje; wynik pojawi się tutaj
sync-failed = niepowodzenie ({ $why })
mirrored-ban-title = Zbanowano też na Robloxie
mirrored-unban-title = Odbanowano też na Robloxie
unverified-ban-title = Ban na Discordzie: na Robloxie nic do zrobienia
unverified-ban = Zbanowano <@{ $member }> na Discordzie. Ta osoba nie ma na tym serwerze konta Roblox zweryfikowanego w Technified, więc synchronizacja banów nic nie zrobiła na Robloxie.
sync-lookup-failed-title = Synchronizacja banów nie mogła sprawdzić członka
sync-lookup-failed = Na Discordzie zbanowano albo odbanowano <@{ $member }>, ale nie udało się zapytać Technified, czy ta osoba jest zweryfikowana ({ $why }). W razie potrzeby użyj `/{ cmd-roblox } { cmd-roblox-ban }` lub `/{ cmd-roblox } { cmd-roblox-unban }`.
card-refused-no-account = Potrzebujesz zweryfikowanego konta Roblox
    .body = Technified zapisuje każdy ban na Robloxie na konto Roblox moderatora. Zweryfikuj swoje konto w Technified na tym serwerze, a potem kliknij przycisk jeszcze raz.
card-closed = Już obsłużone
    .body = Ktoś inny już odpowiedział na tę kartę albo właśnie to robi.

## bulk: /roblox bulk-ban and bulk-unban files, their preview, progress and end
## In every bulk message, $unban is "yes" for a bulk unban, "no" for a bulk ban.

bulk-too-big = plik ma { $size_kib } KiB; plik zbiorczy może mieć najwyżej { $max_kib } KiB
bulk-not-text = plik nie jest tekstowy: załącz plik .txt lub .csv z jednym ID użytkownika Roblox w każdym wierszu
bulk-empty = plik nie zawiera żadnego ID użytkownika Roblox: wpisz jedno ID w każdym wierszu (nagłówek i komentarze # są pomijane)
bulk-unreachable = nie udało się pobrać pliku z Discorda; załącz go ponownie
bulk-line-numbers = { $lines }{ $more ->
        [0] {""}
        [one] {" "}i { $more } inny
        [few] {" "}i { $more } inne
        [many] {" "}i { $more } innych
       *[other] {" "}i { $more } innego
    }
bulk-nothing-valid = żaden wiersz nie jest ID użytkownika Roblox (liczbą); dotyczy to { $count ->
        [one] wiersza
       *[other] wierszy
    }: { bulk-line-numbers }
bulk-too-many = plik zawiera { $ids ->
        [one] { $ids } ID
        [few] { $ids } różne ID
        [many] { $ids } różnych ID
       *[other] { $ids } różnego ID
    } użytkowników Roblox; naraz można najwyżej { $max }
bulk-preview = { $unban ->
        [yes] Masowe odbanowanie
       *[no] Masowy ban
    }: potwierdzić?
    .body = Kont Roblox do { $unban ->
            [yes] odbanowania
           *[no] zbanowania
        }: { $ids }.{ $duplicates ->
            [0] {""}
            [one] {" "}Pominięto { $duplicates } duplikat.
            [few] {" "}Pominięto { $duplicates } duplikaty.
            [many] {" "}Pominięto { $duplicates } duplikatów.
           *[other] {" "}Pominięto { $duplicates } duplikatu.
        }{ $has_invalid_lines ->
            [yes] {" "}{ $count ->
                [one] Pominięty wiersz, w którym
               *[other] Pominięte wiersze, w których
            } nie ma ID użytkownika Roblox: { bulk-line-numbers }.
           *[no] {""}
        }{ $has_reason ->
            [yes] {" "}Powód: { $reason }.
           *[no] {""}
        } Konta są przetwarzane po kolei w ramach limitów zapytań Technified; postęp widać tutaj.
bulk-confirm = { $unban ->
        [yes] Odbanuj { $ids }
       *[no] Zbanuj { $ids }
    }
bulk-progress = { $unban ->
        [yes] Masowe odbanowanie
       *[no] Masowy ban
    }: { $over } z { $total }
    .body = Konta są przetwarzane po kolei w ramach limitów zapytań Technified. { $end_unix ->
            [none] Przewidywany koniec pojawi się, gdy zostaną wysłane pierwsze.
           *[other] Przewidywany koniec <t:{ $end_unix }:R> (<t:{ $end_unix }:T>).
        } Przez /{ cmd-jobs } możesz anulować resztę.
bulk-finished = { $unban ->
        [yes] Masowe odbanowanie
       *[no] Masowy ban
    }: zakończono
    .body = { $unban ->
            [yes] Odbanowane
           *[no] Zbanowane
        }: { $done }, nieudane: { $failed }, anulowane: { $cancelled }. Wynik dla każdego konta jest w załączonym pliku CSV.
bulk-report-file = { $unban ->
        [yes] bulk-unban-report.csv
       *[no] bulk-ban-report.csv
    }
bulk-job-line = `przebieg { $run_id }` { $unban ->
        [yes] Masowe odbanowanie
       *[no] Masowy ban
    } (kont: { $total }, od <@{ $requested_by }>): zakończone { $over } z { $total }, { $cancelled ->
        [yes] anulowany
       *[no] w toku
    }
cancel-bulk = Anuluj przebieg { $run_id }
bulk-cancel-summary = Anulowano przebieg masowy { $run_id } (niewysłane konta: { $cancelled })
bulk-summary = { $unban ->
        [yes] Masowe odbanowanie
       *[no] Masowy ban
    } { $total ->
        [one] { $total } konta Roblox
        [few] { $total } kont Roblox
        [many] { $total } kont Roblox
       *[other] { $total } konta Roblox
    }
audit-bulk-finished = wykonano: { $done }, nieudane: { $failed }, anulowane: { $cancelled }

## words: small words shared by several features

timeout = przekroczono limit czasu
no-connection = brak połączenia
not-sent = nie wysłano
unreadable-answer = nieczytelna odpowiedź
request-not-valid = żądanie było nieprawidłowe
required = wymagane
duration = { $unit ->
        [m] { $count ->
                [one] { $count } min
                [few] { $count } min
                [many] { $count } min
               *[other] { $count } min
            }
        [h] { $count ->
                [one] { $count } godz.
                [few] { $count } godz.
                [many] { $count } godz.
               *[other] { $count } godz.
            }
        [d] { $count ->
                [one] { $count } dzień
                [few] { $count } dni
                [many] { $count } dni
               *[other] { $count } dnia
            }
       *[w] { $count ->
                [one] { $count } tydzień
                [few] { $count } tygodnie
                [many] { $count } tygodni
               *[other] { $count } tygodnia
            }
    }
permission = { $permission ->
        [view-channel] Wyświetlanie kanału
        [send-messages] Wysyłanie wiadomości
        [embed-links] Osadzanie linków
        [attach-files] Załączanie plików
        [read-message-history] Czytanie historii wiadomości
        [ban-members] Banowanie członków
        [view-audit-log] Wyświetlanie dziennika zdarzeń
        [manage-guild] Zarządzanie serwerem
        [manage-roles] Zarządzanie rolami
        [moderate-members] Nałóż przerwę na członków
       *[other] { $name }
    }
http-status = HTTP { $status }
request-id = żądanie { $id }
channel-mention = <#{ $id }>
role-by-id = rola { $id }
cancel = Anuluj

## commands: what Discord shows of the slash commands
## Ids and rules: the same group at the end of en-US.ftl.
cmd-setup = konfiguracja
    .description = Połącz ten serwer z Technified za pomocą klucza API.
cmd-key = klucz
    .description = Klucz API Technified tego serwera.
cmd-key-status = status
    .description = Zapisany klucz (zamaskowany), kto go ustawił i jak przebiegały jego wywołania.
cmd-key-remove = usuń
    .description = Zapomnij zapisany klucz (najpierw pyta).
cmd-lookup = wyszukaj
    .description = Sprawdź, kto na tym serwerze jest zweryfikowany w Technified.
cmd-lookup-discord = discord
    .description = Konto Roblox powiązane z członkiem.
cmd-lookup-discord-user = członek
    .description = Członek do wyszukania
cmd-lookup-roblox = roblox
    .description = Członek Discorda powiązany z kontem Roblox.
cmd-lookup-roblox-roblox_id = roblox_id
    .description = ID użytkownika Roblox
cmd-lookup-batch = wielu
    .description = Wyszukaj do 25 członków naraz.
cmd-lookup-batch-users = członkowie
    .description = Do 25 wzmianek lub ID, oddzielonych spacjami lub przecinkami
cmd-bindings = powiązania
    .description = Powiązania ról: role Discorda nadawane na podstawie danych z Roblox.
cmd-bindings-list = lista
    .description = Wszystkie powiązania tego serwera.
cmd-bindings-add = dodaj
    .description = Dodaj powiązanie.
cmd-bindings-add-group-rank = ranga-w-grupie
    .description = Nadaj rolę członkom, których ranga w grupie Roblox mieści się w zakresie.
cmd-bindings-add-group-rank-role = rola
    .description = Rola do nadania
cmd-bindings-add-group-rank-group_id = id_grupy
    .description = ID grupy Roblox
cmd-bindings-add-group-rank-min_rank = min_ranga
    .description = Najniższa pasująca ranga (od 0 do 255)
cmd-bindings-add-group-rank-max_rank = max_ranga
    .description = Najwyższa pasująca ranga (od 0 do 255)
cmd-bindings-add-group-rank-priority = priorytet
    .description = Kolejność, gdy powiązania się nakładają (opcjonalnie)
cmd-bindings-add-gamepass = gamepass
    .description = Nadaj rolę posiadaczom gamepassa.
cmd-bindings-add-gamepass-role = rola
    .description = Rola do nadania
cmd-bindings-add-gamepass-gamepass_id = id_gamepassa
    .description = ID gamepassa Roblox
cmd-bindings-add-gamepass-priority = priorytet
    .description = Kolejność, gdy powiązania się nakładają (opcjonalnie)
cmd-bindings-add-asset = zasób
    .description = Nadaj rolę posiadaczom zasobu Roblox.
cmd-bindings-add-asset-role = rola
    .description = Rola do nadania
cmd-bindings-add-asset-asset_id = id_zasobu
    .description = ID zasobu Roblox
cmd-bindings-add-asset-priority = priorytet
    .description = Kolejność, gdy powiązania się nakładają (opcjonalnie)
cmd-bindings-add-badge = odznaka
    .description = Nadaj rolę posiadaczom odznaki Roblox.
cmd-bindings-add-badge-role = rola
    .description = Rola do nadania
cmd-bindings-add-badge-badge_id = id_odznaki
    .description = ID odznaki Roblox
cmd-bindings-add-badge-priority = priorytet
    .description = Kolejność, gdy powiązania się nakładają (opcjonalnie)
cmd-bindings-add-account-age = wiek-konta
    .description = Nadaj rolę kontom starszym niż podana liczba dni.
cmd-bindings-add-account-age-role = rola
    .description = Rola do nadania
cmd-bindings-add-account-age-platform = platforma
    .description = Czyj wiek konta się liczy
cmd-bindings-add-account-age-platform-choice-discord = Discord
cmd-bindings-add-account-age-platform-choice-roblox = Roblox
cmd-bindings-add-account-age-min_days = min_dni
    .description = Minimalny wiek w dniach
cmd-bindings-add-account-age-priority = priorytet
    .description = Kolejność, gdy powiązania się nakładają (opcjonalnie)
cmd-bindings-remove = usuń
    .description = Usuń powiązanie.
cmd-bindings-remove-id = id
    .description = Powiązanie (zacznij pisać, aby wyszukać)
cmd-bindings-test = testuj
    .description = Dlaczego członek pasuje lub nie pasuje do powiązania, według wyjaśnienia Technified.
cmd-bindings-test-id = id
    .description = Powiązanie (zacznij pisać, aby wyszukać)
cmd-bindings-test-user = członek
    .description = Członek do przetestowania
cmd-roblox = roblox
    .description = Bany i wyciszenia na Roblox przez Technified.
cmd-roblox-ban-status = status-bana
    .description = Czy konto Roblox jest zbanowane.
cmd-roblox-ban-status-roblox_id = roblox_id
    .description = ID użytkownika Roblox
cmd-roblox-ban-status-place_id = place_id
    .description = Licz też bany obowiązujące tylko w tym place
cmd-roblox-mute-status = status-wyciszenia
    .description = Czy konto Roblox jest wyciszone.
cmd-roblox-mute-status-roblox_id = roblox_id
    .description = ID użytkownika Roblox
cmd-roblox-mute-status-place_id = place_id
    .description = Licz też wyciszenia obowiązujące tylko w tym place
cmd-roblox-ban = zbanuj
    .description = Zbanuj konto Roblox w grach tego serwera; z discord także powiązanego członka tutaj.
cmd-roblox-ban-roblox_id = roblox_id
    .description = ID użytkownika Roblox
cmd-roblox-ban-reason = powód
    .description = Powód (widoczny w panelu i w logach)
cmd-roblox-ban-duration = czas
    .description = Na jak długo: 30m, 12h, 7d, 2w lub permanent (domyślnie)
cmd-roblox-ban-discord = discord
    .description = Zbanuj też na tym serwerze członka Discorda powiązanego z tym kontem Roblox (na stałe)
cmd-roblox-unban = odbanuj
    .description = Zdejmij bana na Roblox.
cmd-roblox-unban-roblox_id = roblox_id
    .description = ID użytkownika Roblox
cmd-roblox-unban-reason = powód
    .description = Powód (opcjonalnie)
cmd-roblox-mute = wycisz
    .description = Wycisz konto Roblox w grach tego serwera.
cmd-roblox-mute-roblox_id = roblox_id
    .description = ID użytkownika Roblox
cmd-roblox-mute-reason = powód
    .description = Powód (widoczny w panelu i w logach)
cmd-roblox-mute-duration = czas
    .description = Na jak długo: 30m, 12h, 7d, 2w lub permanent (domyślnie)
cmd-roblox-unmute = odcisz
    .description = Zdejmij wyciszenie na Roblox.
cmd-roblox-unmute-roblox_id = roblox_id
    .description = ID użytkownika Roblox
cmd-roblox-unmute-reason = powód
    .description = Powód (opcjonalnie)
cmd-roblox-bulk-ban = masowy-ban
    .description = Zbanuj każde konto Roblox z listy w pliku.
cmd-roblox-bulk-ban-file = plik
    .description = Plik .txt lub .csv: jedno ID użytkownika Roblox w wierszu (pierwsza kolumna), najwyżej 5000
cmd-roblox-bulk-ban-reason = powód
    .description = Powód (widoczny w panelu i w logach)
cmd-roblox-bulk-ban-duration = czas
    .description = Na jak długo: 30m, 12h, 7d, 2w lub permanent (domyślnie)
cmd-roblox-bulk-unban = masowe-odbanowanie
    .description = Zdejmij bany na Roblox wszystkim kontom z listy w pliku.
cmd-roblox-bulk-unban-file = plik
    .description = Plik .txt lub .csv: jedno ID użytkownika Roblox w wierszu (pierwsza kolumna), najwyżej 5000
cmd-roblox-bulk-unban-reason = powód
    .description = Powód (opcjonalnie)
cmd-shield = shield
    .description = Technified Shield, wspólna lista oznaczonych kont Roblox.
cmd-shield-check = sprawdź
    .description = Czy konto Roblox jest oznaczone przez Shield.
cmd-shield-check-roblox_id = roblox_id
    .description = ID użytkownika Roblox
cmd-jobs = zadania
    .description = Oczekujące i niedawno nieudane ponowienia tego serwera, każde z przyciskiem anulowania.
cmd-settings = ustawienia
    .description = Ustawienia bota na tym serwerze.
cmd-settings-log-channel = kanał-logów
    .description = Dokąd trafiają spóźnione wyniki ponawianych operacji i wpis logu każdej zmiany.
cmd-settings-log-channel-channel = kanał
    .description = Kanał tekstowy, na którym bot może pisać
cmd-settings-ban-sync = synchronizacja-banów
    .description = Co na Roblox robi ban na Discordzie zweryfikowanego członka: nic, pytaj lub odzwierciedlaj.
cmd-settings-ban-sync-mode = tryb
    .description = wyłączone: nic; pytaj: karta na kanale logów; odzwierciedlaj: od razu ban na Roblox
cmd-settings-ban-sync-mode-choice-off = wyłączone (off)
cmd-settings-ban-sync-mode-choice-ask = pytaj (ask)
cmd-settings-ban-sync-mode-choice-mirror = odzwierciedlaj (mirror)
cmd-cases = sprawy
    .description = Sprawy moderacyjne tego serwera.
cmd-cases-list = lista
    .description = Sprawy moderacyjne tego serwera, od najnowszych.
cmd-cases-list-user = członek
    .description = Tylko sprawy dotyczące tego członka (i jego powiązanego konta Roblox)
cmd-cases-list-roblox_id = roblox_id
    .description = Tylko sprawy dotyczące tego ID użytkownika Roblox
cmd-cases-list-moderator = moderator
    .description = Tylko sprawy utworzone przez tego moderatora
cmd-cases-show = pokaż
    .description = Jedna sprawa w całości.
cmd-cases-show-case = sprawa
    .description = Numer sprawy
cmd-cases-export = eksportuj
    .description = Wszystkie sprawy tego serwera jako plik CSV.
cmd-doctor = diagnostyka
    .description = Sprawdza: klucz, API, kanał logów, synchronizację banów, uprawnienia, zdarzenia, kolejkę, limity.
cmd-help = pomoc
    .description = Co robi każde polecenie.
cmd-help-command = polecenie
    .description = Polecenie, np. `lookup discord` (puste = wszystkie)
