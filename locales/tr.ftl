# technified-bot: tr
#
# Türkçe, en-US.ftl dosyasından çevrildi (kaynak: başlığını oku). Üyeye "sen" diye
# hitap edilir. Değişkenlere ek getirilmez ({ $id }'li değil, "ID: { $id }" ya da
# "{ $id } numaralı" gibi); ekler sabit kelimelere (Roblox'ta, Discord'da,
# Technified'a) ve sözcüklere (kanalına, hesabı) gelir.
# Terimler: API anahtarı, rol bağlantısı / bağlantı, doğrulanmış, sunucu, rol,
# yasak / yasakla, susturma / sustur, denetim kaydı (Discord'un), log kanalı,
# log kayıtları (botun log kanalına yazdıkları), yasak senkronizasyonu, vaka,
# işlem (Technified'a yazılan bir değişiklik), kuyruk, hız sınırı.

## setup: /setup and /key

where-keys-are = Technified panelinden bir tane oluşturabilirsin: Settings, API Keys (anahtarın tamamı yalnızca bir kez gösterilir).
setup-modal-title = Technified'ı bağla
setup-key-label = API anahtarı
setup-key-placeholder = technified_<sunucu ID>_…
connected-title = Technified bağlantısı kuruldu
key-malformed = Bu bir Technified API anahtarı değil
    .body = Bir anahtar technified_<sunucu ID>_<rastgele harfler> biçimindedir ({ $problem }). { where-keys-are }
key-problem = { $problem ->
        [empty] anahtar boş
        [too-long] anahtar çok uzun
        [missing-prefix] anahtar `technified_` ile başlamıyor
        [missing-guild] `technified_` sonrasında sunucu ID'si yok
        [guild-not-numeric] anahtardaki sunucu ID'si bir Discord ID'si değil
        [missing-secret] sunucu ID'sinden sonra hiçbir şey yok
       *[invalid-characters] anahtarda boşluk ya da bir anahtarda olamayacak karakterler var
    }
key-for-other-server = Bu anahtar başka bir sunucuya ait
    .body = Anahtar başka bir sunucu için oluşturulmuş (sunucu ID: { $owner_guild }). Technified panelinden (Settings, API Keys) bu sunucu için bir anahtar oluştur ve /{ cmd-setup } komutunu tekrar çalıştır. Hiçbir şey kaydedilmedi.
connected = Technified `{ $masked }` anahtarını kabul etti. Anahtar şifrelenmiş olarak saklanıyor; /{ cmd-key } { cmd-key-status } ile görebilirsin.
key-remove-question = Kayıtlı anahtar kaldırılsın mı?
    .body = Bot `{ $masked }` anahtarını unutacak ve /{ cmd-setup } tekrar çalıştırılana kadar bu sunucu için Technified'a istek göndermeyecek.
remove = Kaldır
kept = Anahtar korundu
key-kept = Anahtar kaldırılmadı.
removed = Anahtar kaldırıldı
key-removed = Anahtar unutuldu.{ $ended ->
        [0] {""}
       *[other] {" "}Kuyrukta bekleyen { $ended } işlem gönderilmeden sonlandırıldı.
    } Anahtar sızmış olabilirse Technified panelinden de iptal et.
key-status-title = Technified API anahtarı
set-by = Ayarlayan
state = Durum
verified-yes = Technified tarafından kabul edildi
verified-pending = henüz doğrulanmadı
last-success = Son başarılı istek
last-error = Son hata
pending-retries = Bekleyen yeniden denemeler
never = hiç
none = yok
no-answer = yanıt yok
key-staged = Anahtar kaydedildi, henüz doğrulanmadı
    .body = Technified yanıt vermedi, bu yüzden yeni anahtar otomatik olarak kontrol edilmeyi bekliyor. Technified yenisini kabul edene kadar, kuyruktaki işlemler dahil, mevcut anahtar kullanılmaya devam ediyor. Kullanılan anahtarı /{ cmd-key } { cmd-key-status } gösterir.
key-checking = Anahtar kaydedildi, henüz doğrulanmadı
    .body = Technified yanıt vermedi, bu yüzden anahtar henüz doğrulanmamış olarak kaydedildi. Otomatik olarak kontrol edilecek; sonucu /{ cmd-key } { cmd-key-status } gösterir.

## settings: /settings

saved = Kaydedildi
log-channel-test-title = Technified bot logları
log-channel-test = <@{ $by }> bu kanalı botun log kayıtları ve geç gelen sonuçlar için seçti.
log-channel-set = Log kayıtları ve geç gelen sonuçlar <#{ $channel }> kanalına gönderilecek.

## lookup: /lookup and /shield

verified = Doğrulanmış
discord = Discord
roblox = Roblox
roblox-id = Roblox ID
not-verified-short = doğrulanmamış
reason = Sebep
category = Kategori
source = Kaynak
batch-title = Doğrulanmış: { $verified }/{ $asked }
shield-flagged = Shield tarafından işaretlendi
    .body = Roblox hesabı { $roblox_id } Technified Shield listesinde yer alıyor.
shield-clear = Roblox hesabı { $roblox_id } Shield tarafından işaretlenmemiş
lookup-cooldown = Biraz yavaşla
    .body = Her üye { $window_secs } saniyede en fazla { $uses } sorgu yapabilir. <t:{ $free_unix }:R> tekrar dene.

## bindings: /bindings

no-bindings = Bu sunucuda henüz rol bağlantısı yok. /{ cmd-bindings } { cmd-bindings-add } ile bir tane ekle.
priority = öncelik
binding-matches = Eşleşiyor
binding-no-match = Eşleşmiyor
binding-result = Bağlantı testi
group-rank = Grup rütbesi
previous = Önceki
next = Sonraki
bindings-title = { $total } bağlantı
page = Sayfa { $current }/{ $of }
target-group-rank = grup { $group_id }, rütbe { $min_rank } ile { $max_rank } arası
target-gamepass = gamepass { $gamepass_id }
target-asset = öğe { $asset_id }
target-badge = rozet { $badge_id }
target-account-age = en az { $min_days } günlük { $platform } hesabı
target-in-group = { $target } ({ $group })
target-of-type = { $binding_type } bağlantısı

## roblox: /roblox moderation, and the Discord half of a ban on both

ban-confirm = Kalıcı olarak yasakla
cancelled = İptal edildi
nothing-changed = Hiçbir şey değiştirilmedi.
by-roblox = Yapan (Roblox)
since = Başlangıç
until = Bitiş
permanent = kalıcı
permanent-ban-question = Kalıcı olarak yasaklansın mı?
    .body = Roblox hesabı { $roblox_id }, bu sunucunun oyunlarından süresiz olarak yasaklanacak. Sebep: { $reason }
not-banned = Roblox hesabı { $roblox_id } yasaklı değil
not-muted = Roblox hesabı { $roblox_id } susturulmuş değil
banned = Yasaklandı
    .body = Roblox hesabı { $roblox_id } yasaklı.
muted = Susturuldu
    .body = Roblox hesabı { $roblox_id } susturulmuş.
discord-ban-needs-permanent = Discord yasaklarının bitiş tarihi yoktur, bu yüzden discord:true yalnızca kalıcı yasakla birlikte kullanılabilir. Süreyi boş bırak (ya da `permanent` yaz) veya Discord'da kendin yasakla.
both-bans-question = { permanent-ban-question }
    .body =
        { permanent-ban-question.body }
        { $discord_line }
the-linked-member = bağlı üye
discord-ban-line = **Discord:** { $status }
discord-will-ban-member = <@{ $user }> bu sunucudan da yasaklanacak.
discord-will-ban-absent = <@{ $user }> şu an bu sunucuda değil; katılamaması için sunucudan yasaklanacak.
discord-banned-member = <@{ $user }> bu sunucudan yasaklandı.
discord-banned-absent = <@{ $user }> yasaklandı. Şu an bu sunucuda değil; yasak, sunucuya katılmasını engelliyor.
discord-not-banned = yasaklanmadı: { $why }
refused-not-linked = bu sunucuda Roblox hesabı { $roblox_id } ile bağlantılı bir Discord hesabı yok.
refused-owner = { $who } bu sunucunun sahibi ve kimse bir sunucunun sahibini yasaklayamaz.
refused-bot-lacks-ban-members = botun Üyeleri Yasakla izni yok. Sunucu Ayarları, Roller bölümünden botun rolüne Üyeleri Yasakla iznini ver.
refused-not-below-bot = { $who } botunkiyle aynı seviyede ya da daha yüksek bir role sahip ve Discord, botun yalnızca kendisinden düşük roldeki üyeleri yasaklamasına izin verir. Sunucu Ayarları, Roller bölümünden botun rolünü daha yukarı taşı.
refused-not-below-moderator = { $who } seninkiyle aynı seviyede ya da daha yüksek bir role sahip ve Discord, üyelerin yalnızca kendilerinden düşük roldeki üyeleri yasaklamasına izin verir.
discord-lookup-failed = yasaklanmadı: bağlı Discord hesabı sorgulanamadı ({ $detail }).
discord-check-failed = yasaklanmadı: yasağı kontrol etmek için { $who } ve botun rolleri Discord'dan okunamadı ({ $detail }).
discord-ban-failed = başarısız: { $who } yasaklanamadı ({ $detail }).
discord-ban-audit-reason = { $moderator_name } ({ $moderator_id }), Roblox hesabı { $roblox_id } için /{ cmd-roblox } { cmd-roblox-ban } kullandı: { $reason }
discord-ban-summary = Discord üyesi <@{ $user }> için yasak (Roblox hesabı { $roblox_id } ile bağlantılı): { $reason }
discord-said = Discord yanıtı: { $message }, kod { $code }

## jobs: queued writes, late results, /jobs, and why a write was not done

late-done = Technified düzeldikten sonra tamamlandı.
jobs-title = Yeniden denemeler
no-jobs = Bekleyen ya da son zamanlarda başarısız olan bir şey yok.
already-running = iptal edilmedi (zaten çalışıyor ya da bitti)
queued = Technified sorun yaşıyor: kuyruğa alındı
    .body = { $summary }: henüz uygulanmadı. Kaydedildi ve otomatik olarak yeniden denenecek (sonraki deneme <t:{ $next_try_unix }:R>); bu mesaj sonuçla güncellenecek. /{ cmd-jobs } ile görebilir ya da iptal edebilirsin.
queued-rate-limited = Hız sınırı: kuyruğa alındı
    .body = { $summary }: henüz gönderilmedi, çünkü bu sunucu bu türdeki Technified istek sınırını şimdilik doldurdu. Kaydedildi; gönderim zamanı: <t:{ $send_unix }:T> (<t:{ $send_unix }:R>). Bu mesaj sonuçla güncellenecek. /{ cmd-jobs } ile görebilir ya da iptal edebilirsin.
job-failed = Yapılmadı
    .body = { $summary }: { $why }.
cancel-job = İptal et: #{ $id }
job-cancel-summary = Kuyruktaki iş #{ $id } iptal edildi
job-line = `#{ $id }` { $summary } (<@{ $by }> tarafından): { $state }
job-waiting = bekliyor, { $attempt }. deneme <t:{ $next_try_unix }:R>
job-running = şu an gönderiliyor
job-done = tamamlandı
job-cancelled = iptal edildi
job-failed-state = başarısız: { $label }{ $has_last_error ->
        [yes] {" "}(son hata: { $last_error })
       *[no] {""}
    }
failed-key-removed = sunucunun API anahtarı, işlem gönderilemeden kaldırıldı
failed-bot-removed = bot, işlem gönderilemeden sunucudan çıkarıldı
failed-key-unreadable = kayıtlı anahtar okunamıyor; bir yönetici /{ cmd-setup } komutunu tekrar çalıştırmalı
failed-gave-up = Technified bir gün boyunca yapılan yeniden denemelerden sonra hâlâ hata veriyordu
failed-refused = Technified reddetti
failed-twice = Technified yeniden denemede de başarısız oldu
failed-unreadable-job = botun bu sürümü kuyruktaki değişikliği okuyamıyor
failed-unknown = uygulanmadan sona erdi
label-key-removed = gönderilmeden önce anahtar kaldırıldı
label-bot-removed = bot sunucudan çıkarıldı
label-key-unreadable = kayıtlı anahtar okunamıyor
label-gave-up = süre dolunca vazgeçildi
label-refused = Technified reddetti
label-failed-twice = yeniden denemede de başarısız
label-unreadable-job = bu sürüm okuyamıyor
label-unknown = uygulanmadı

## writes: what a write does, in one line
## $done is "yes" once the write is made (past tense, the green reply), "no" while
## it waits or when it failed (the action as asked: the amber and red replies,
## /jobs, audit lines).

ban-summary = { $done ->
        [yes] Roblox hesabı { $roblox_id }, { $has_duration ->
            [yes] { $duration } süreyle yasaklandı
           *[no] kalıcı olarak yasaklandı
        }
       *[no] Roblox hesabı { $roblox_id } için { $has_duration ->
            [yes] { $duration } süreli yasak
           *[no] kalıcı yasak
        }
    }: { $reason }
mute-summary = { $done ->
        [yes] Roblox hesabı { $roblox_id }, { $has_duration ->
            [yes] { $duration } süreyle susturuldu
           *[no] kalıcı olarak susturuldu
        }
       *[no] Roblox hesabı { $roblox_id } için { $has_duration ->
            [yes] { $duration } süreli susturma
           *[no] kalıcı susturma
        }
    }: { $reason }
unban-summary = { $done ->
        [yes] Roblox hesabı { $roblox_id } için yasak kaldırıldı
       *[no] Roblox hesabı { $roblox_id } için yasağın kaldırılması
    }
unmute-summary = { $done ->
        [yes] Roblox hesabı { $roblox_id } için susturma kaldırıldı
       *[no] Roblox hesabı { $roblox_id } için susturmanın kaldırılması
    }
binding-added = { $done ->
        [yes] Rol bağlantısı eklendi
       *[no] Yeni rol bağlantısı
    }: { $target } için <@&{ $role }>
binding-removed = { $done ->
        [yes] Bağlantı kaldırıldı
       *[no] Bağlantının kaldırılması
    }: { $id }
key-check-summary = { $done ->
        [yes] Kayıtlı API anahtarı doğrulandı
       *[no] Kayıtlı API anahtarının doğrulanması
    }

## doctor: /doctor, the checklist

doctor-title = Kontrol listesi
fix = Çözüm
doctor-api-key = API anahtarı
doctor-key-accepted = Anahtar kabul edildi mi
doctor-technified-api = Technified API
doctor-log-channel = Log kanalı
doctor-retry-queue = Yeniden deneme kuyruğu
doctor-headroom = Hız sınırı payı
doctor-ban-sync = Yasak senkronizasyonu
doctor-ban-members = Üyeleri Yasakla
doctor-view-audit-log = Denetim Kaydını Görüntüle
doctor-server-permissions = Sunucu izinleri
doctor-moderation-events = Moderasyon olayları
check-key-missing = kayıtlı anahtar yok
check-key-missing-fix = Bir yönetici, bu sunucunun Technified API anahtarıyla /{ cmd-setup } komutunu çalıştırmalı.
check-key-unreadable = kayıtlı, ama bu ENCRYPTION_KEY ile şifresi çözülemiyor
check-key-unreadable-fix = /{ cmd-setup } komutunu tekrar çalıştır ya da anahtar kaydedilirken kullanılan encryption.key dosyasını geri yükle.
check-key-present = kayıtlı: `{ $masked }`
check-key-accepted = evet
check-key-refused = hayır (HTTP { $status })
check-key-refused-fix = Anahtar iptal edilmiş ya da başka bir sunucuya ait. { where-keys-are } Sonra /{ cmd-setup } komutunu çalıştır.
check-key-not-checked-paced = şu an kontrol edilmedi (bu sunucunun istekleri hız sınırında)
check-key-accepted-rate-limited = evet (şu an hız sınırında)
check-api-reachable = erişilebilir, { $latency_ms } ms
check-api-trouble-timeout = zaman aşımı süresi içinde yanıt yok
check-api-trouble-no-connection = bağlanılamıyor
check-api-trouble-status = yanıt: HTTP { $status }
check-api-trouble-fix = Technified sorun yaşıyor olabilir; birkaç dakika sonra tekrar dene. Sorun sürerse botu çalıştıran kişi `technified-bot check` ile TECHNIFIED_API_URL ayarını kontrol etmeli.
check-log-channel-unset = ayarlanmamış
check-log-channel-unset-fix = Geç gelen sonuçların ve log kayıtlarının gidebileceği bir yer olması için /{ cmd-settings } { cmd-settings-log-channel } komutunu çalıştır.
check-log-channel-blocked = <#{ $channel }>: bot bu kanala mesaj gönderemiyor
check-log-channel-blocked-fix = <#{ $channel }> kanalında bota şu izinleri ver: { $missing }.
check-log-channel-writable = <#{ $channel }>, yazılabilir
check-log-channel-uncached = <#{ $channel }> (izinler henüz önbellekte değil)
check-queue = { $pending } bekliyor
headroom-line = { $paused_until ->
        [none] { $group }: bu dakika { $used }/{ $quota }
       *[other] { $group }: <t:{ $paused_until }:T> saatine kadar hız sınırında
    }
check-headroom-paused-fix = Technified istekleri anahtar ve dakika başına sınırlar; bot kendi kendine bekleyip yeniden dener.
check-ban-sync-off = kapalı
check-ban-sync-posting = { $mode }, <#{ $channel }> kanalına gönderiyor
check-ban-sync-no-log-channel = { $mode }, ama log kanalı ayarlanmamış: Discord yasakları senkronize edilmiyor
check-ban-sync-no-log-channel-fix = /{ cmd-settings } { cmd-settings-log-channel } komutunu çalıştır: yasak senkronizasyonu kartlarını ve notlarını oraya gönderir. Ya da /{ cmd-settings } { cmd-settings-ban-sync } off ile kapat.
check-ban-sync-blocked = { $mode }, ama bot <#{ $channel }> kanalına mesaj gönderemiyor: Discord yasakları senkronize edilmiyor
check-ban-sync-blocked-fix = <#{ $channel }> kanalında bota şu izinleri ver: { $missing }. Ya da /{ cmd-settings } { cmd-settings-log-channel } ile başka bir kanal seç.
check-ban-members-granted = verilmiş
check-ban-members-missing = eksik
check-ban-members-missing-fix = Sunucu Ayarları → Roller → botun rolü bölümünde Üyeleri Yasakla iznini aç: /{ cmd-roblox } { cmd-roblox-ban } { cmd-roblox-ban-discord }:true, yasak senkronizasyonu ve Discord yasakları için gerekli.
check-view-audit-log-granted = verilmiş
check-view-audit-log-missing = eksik
check-view-audit-log-missing-fix = Sunucu Ayarları → Roller → botun rolü bölümünde Denetim Kaydını Görüntüle iznini aç: yasak senkronizasyonu kimin neden yasakladığını oradan okur.
check-server-permissions-uncached = henüz önbellekte değil
check-moderation-events-seen = son moderasyon olayı <t:{ $last_seen_unix }:R> görüldü
check-moderation-events-none = bot başladığından beri hiç görülmedi

## help: /help

help-title = Technified bot komutları
help-footer = /{ cmd-help } <komut>, bir komutun seçeneklerini ve kimlerin kullanabileceğini gösterir.
optional-mark = {" "}(isteğe bağlı)
who = Kimler
everyone = herkes
unknown-command = Böyle bir komut yok
    .body = /{ $name } adında bir komut yok. Hepsini /{ cmd-help } listeler.

## errors: failures (red) and trouble being worked around (amber)

not-connected = Bu sunucu henüz bağlanmadı
    .body = Bir yönetici (Sunucuyu Yönet), bu sunucunun Technified API anahtarıyla /{ cmd-setup } komutunu çalıştırmalı.
key-unreadable = Kayıtlı anahtar okunamıyor
    .body = Anahtar kaydedildikten sonra botun ENCRYPTION_KEY değeri değişti. Bir yönetici /{ cmd-setup } komutunu tekrar çalıştırmalı.
key-rejected = Kayıtlı API anahtarı reddedildi
    .body = Anahtar iptal edilmiş ya da hatalı. { where-keys-are } Sonra /{ cmd-setup } komutunu çalıştır.
key-other-guild = Bu anahtar başka bir sunucuya ait
    .body = Technified bu anahtarı bu sunucu için reddetti. { where-keys-are } Sonra /{ cmd-setup } komutunu çalıştır.
internal-fault = Botta bir şeyler ters gitti
    .body = Bu senin değil, botun hatası. Lütfen bunu bildir (istek ID: { $request_id }).
input-rejected = Technified bunu kabul etmedi
    .body = Technified'ın yanıtı: { $technified_says }. Değerleri kontrol edip tekrar dene.
not-verified = Doğrulanmamış
    .body = Bu kullanıcı bu sunucuda Technified ile doğrulanmamış.
no-active-ban = Aktif yasak yok
    .body = Bu kullanıcının aktif bir yasağı yok, yani kaldırılacak bir şey yok.
no-active-mute = Aktif susturma yok
    .body = Bu kullanıcının aktif bir susturması yok, yani kaldırılacak bir şey yok.
not-found = Bulunamadı
    .body = Böyle bir öğe yok (ya da bu sunucu henüz Technified'da kurulmamış).
already-exists = Zaten var
    .body = Bu, Technified'da zaten var (örneğin aynı bağlantı).
gave-up = Technified hâlâ sorun yaşıyor
    .body = { $attempts } denemeden sonra vazgeçildi. Hiçbir şey kaybolmadı; birkaç dakika sonra tekrar dene.
shield-offline = Shield çevrimdışı
    .body = Technified, Shield hizmetini askıya aldı; bu yüzden işaretler şu an kontrol edilemiyor.
moderator-not-verified = Doğrulanmamışsın
    .body = Roblox işlemleri moderatörün Roblox hesabı adına kaydedilir. Bu sunucuda Technified ile doğrulan, sonra tekrar dene.
invalid-input = Girdini kontrol et
    .body = { $what }
missing-permission = Bunu kullanamazsın
    .body = Bunun için bu sunucuda { $permission } { $count ->
        [one] izni
       *[other] izinleri
    } gerekiyor.
guild-only = Yalnızca sunucularda
    .body = Bu komut özel mesajlarda değil, bir sunucuda çalışır.
option-unreadable = Girdini kontrol et
    .body = Seçeneklerden biri okunamadı (örneğin botun göremediği bir kanal ya da kullanıcı). Discord'un listesinden tekrar seç.
command-outdated = Bu komut değişti
    .body = Discord sana bu komutun eski bir sürümünü gösterdi. Bir dakika bekle (ya da Discord'u yeniden başlat) ve tekrar çalıştır.
permissions-unknown = İzinlerin kontrol edilemedi
    .body = Discord burada neler yapabileceğini bildirmedi. Birazdan tekrar dene.
not-here = Bunu burada kullanamazsın
    .body = Bu komut burada senin için kullanılabilir değil. Kullanabileceklerini /{ cmd-help } listeler.
cooldown = Biraz yavaşla
    .body = Bu komutu <t:{ $again_unix }:R> tekrar çalıştırabilirsin.
this-channel = bu kanal
that-channel = o kanal
discord-refused = Discord bunu reddetti
    .body = { $what }
bot-missing-permission = Botun { $count ->
        [one] bir izni
       *[other] bazı izinleri
    } eksik
    .body = { $place } için bota { $permission } { $count ->
        [one] iznini
       *[other] izinlerini
    } ver, sonra tekrar dene.
unexpected = Botta bir şeyler ters gitti
    .body = Bu senin değil, botun hatası. Ayrıntılar botun loglarında.
queue-full = Çok fazla işlem bekliyor: kuyruğa alınmadı
    .body = Bu sunucunun Technified için bekleyen { $max_waiting } işlemi zaten var, bu yüzden bu işlem kuyruğa alınmadı. /{ cmd-jobs } daha az işlem gösterdiğinde komutu tekrar çalıştır.
timed-out = Süre doldu
    .body = Hiçbir şey değiştirilmedi. Hazır olduğunda komutu tekrar çalıştır.
retrying = Technified sorun yaşıyor
    .body = Technified (ya da arkasındaki Discord veya Roblox) düzgün yanıt vermedi. Otomatik olarak yeniden deneniyor: { $attempt }. deneme, sonraki deneme <t:{ $next_try_unix }:R>.
rate-limited = Technified bu sunucuya hız sınırı uyguluyor
    .body = Otomatik yeniden deneme zamanı: <t:{ $next_try_unix }:T> (<t:{ $next_try_unix }:R>).
rate-limited-until = Hız sınırı
    .body = Bu sunucu bu türdeki Technified istek sınırını şimdilik doldurdu: <t:{ $free_unix }:T> saatine kadar hız sınırında (<t:{ $free_unix }:R>). O zaman tekrar dene.
write-not-retried = Technified sorun yaşıyor
    .body = Technified (ya da arkasındaki Discord veya Roblox) düzgün yanıt vermedi, bu yüzden bu değişiklik uygulanmamış olabilir. Tekrar denemeden önce bir dakika bekleyip durumunu kontrol et.

## audit: the audit lines posted in the log channel

audit-done = tamamlandı
audit-failed = başarısız ({ $why })
audit-line = { $number ->
        [none] <@{ $member }>: { $what }: { $outcome }
       *[other] <@{ $member }>: { $what } · { case-title }: { $outcome }
    }

## input: checks of what a member typed

priority-out-of-range = priority 0 ile 1000 arasında olmalı.
min-days-out-of-range = min_days 0 ile 36500 arasında olmalı.
reason-missing = Bir sebep belirt.
no-users = En az bir kullanıcı belirt (etiket ya da ID).
duration-too-long = Bu süre on yıldan uzun; bunun yerine `permanent` kullan.
not-a-binding-id = Listeden bir bağlantı seç (aramak için yazmaya başla) ya da /{ cmd-bindings } { cmd-bindings-list } ile gördüğün ID'yi gir.
not-positive = { $option } pozitif bir sayı olmalı.
rank-out-of-range = { $option } 0 ile 255 arasında olmalı.
ranks-reversed = min_rank ({ $min }), max_rank ({ $max }) değerinden büyük olmamalı.
reason-too-long = Sebep çok uzun: en fazla { $max } karakter olabilir.
not-a-duration = `{ $value }` bir süre değil. 30m, 12h, 7d ya da 2w gibi bir sayı ve birim kullan veya `permanent` yaz.
not-a-user = `{ $token }` bir kullanıcı etiketi ya da ID değil.
too-many-users = Tek seferde en fazla { $max } kullanıcı olabilir; sen { $listed } kullanıcı yazdın.

## cases: /cases, its lines, the case card and the export

case-title = Vaka #{ $number }
cases-title = Vakalar ({ $total })
no-cases = Eşleşen vaka yok. Bot üzerinden yapılan her yasaklama, yasak kaldırma, susturma ve susturma kaldırma bir vaka olur.
cases-cut = { $total } vakadan en yeni { $shown } tanesi listelendi; hepsi /{ cmd-cases } { cmd-cases-export } ile alınabilir.
case-not-found = Böyle bir vaka yok
    .body = Bu sunucuda #{ $number } numaralı bir vaka yok. Mevcut vakaları /{ cmd-cases } { cmd-cases-list } gösterir.
case-ban = Yasaklama
case-unban = Yasak kaldırma
case-mute = Susturma
case-unmute = Susturma kaldırma
from-command = bir komut
from-bulk = bir toplu işlem dosyası
from-ban-sync = yasak senkronizasyonu
case-queued = kuyrukta
case-done = tamamlandı
case-failed = başarısız
case-cancelled = iptal edildi
case-line = `#{ $number }` { $action }, Roblox hesabı { $roblox_id }, yapan <@{ $moderator }>: { $outcome } · <t:{ $opened_unix }:R>
case-choice = #{ $number } { $action }, Roblox hesabı { $roblox_id }
case-roblox = Roblox hesabı
case-member = Discord üyesi
case-moderator = Moderatör
case-reason = Sebep
case-duration = Süre
case-source = Kaynak
case-outcome = Sonuç
case-opened = Açılış
case-updated = Son değişiklik
not-known = bilinmiyor
case-moderator-line = { $roblox_id ->
        [none] <@{ $discord_id }>
       *[other] <@{ $discord_id }> (Roblox { $roblox_id })
    }
cases-file = cases.csv
cases-exported = Vakalar dışa aktarıldı
    .body = Bu sunucunun tüm vakaları ({ $count }) ekteki CSV dosyasında (UTF-8, her satırda bir vaka).

## ban_sync: /settings ban-sync, its cards and notes in the log channel

ban-sync-saved = Yasak senkronizasyonu kaydedildi
ban-sync-off = Yasak senkronizasyonu kapalı: Discord yasakları Roblox'ta hiçbir şey yapmaz.
ban-sync-ask = Yasak senkronizasyonu soruyor: doğrulanmış bir üye Discord'da yasaklandığında log kanalına, onu Roblox'ta da yasaklamak için bir düğme içeren bir kart gönderilir.
ban-sync-mirror = Yasak senkronizasyonu yansıtıyor: doğrulanmış bir üye Discord'da yasaklandığında Roblox hesabı da hemen yasaklanır; moderatör olarak Discord moderatörünün Roblox hesabı kullanılır (bu moderatör bilinmiyorsa ya da doğrulanmamışsa bir kart sorar).
ban-sync-needs-log-channel = ask ve mirror kartlarını ve notlarını log kanalına gönderir, ama bu sunucuda henüz log kanalı yok. Önce /{ cmd-settings } { cmd-settings-log-channel }, sonra tekrar /{ cmd-settings } { cmd-settings-ban-sync } komutunu çalıştır.
ban-sync-reason = Discord'da yasaklandı: { $has_discord_reason ->
        [yes] { $discord_reason }
       *[no] sebep belirtilmedi
    }
unban-sync-reason = Discord'da yasağı kaldırıldı
card-banned-title = Discord'da yasaklandı
card-unbanned-title = Discord'da yasağı kaldırıldı
card-ban-button = Roblox'ta da yasakla
card-unban-button = Roblox'ta da yasağı kaldır
card-dismiss-button = Yoksay
card-member = Üye
card-roblox = Roblox hesabı
card-by = Yapan
card-reason = Sebep
no-reason = belirtilmedi
card-moderator = { $moderator ->
        [none] bilinmiyor (bot denetim kaydını okuyamıyor ya da kayıtta bir giriş yoktu)
       *[other] <@{ $moderator }>
    }
card-question = { $unban ->
        [yes] Yasak senkronizasyonu bu hesabı Roblox'ta yasakladı. Bu Roblox yasağı da kaldırılsın mı?
       *[no] Roblox hesabı da yasaklansın mı?
    }
card-fallback = { $moderator ->
        [none] Roblox'ta hemen yasaklanmadı: yasaklayan moderatör bilinmiyor ve Technified her yasağı bir moderatörün Roblox hesabı adına kaydeder.
       *[other] Roblox'ta hemen yasaklanmadı: <@{ $moderator }> bu sunucuda Technified ile doğrulanmış bir Roblox hesabına sahip değil ve Technified her yasağı bir moderatörün Roblox hesabı adına kaydeder.
    }
card-dismissed = <@{ $by }> tarafından yoksayıldı.
sync-outcome = { $unban ->
        [yes] Roblox'ta yasak kaldırma
       *[no] Roblox'ta yasaklama
    } (<@{ $by }> tarafından): { $written }.
sync-done = tamamlandı
sync-queued = kuyrukta, Technified henüz kabul etmiyor; sonuç buraya gelecek
sync-failed = başarısız ({ $why })
mirrored-ban-title = Roblox'ta da yasaklandı
mirrored-unban-title = Roblox'ta da yasağı kaldırıldı
unverified-ban-title = Discord yasağı: Roblox'ta yapılacak bir şey yok
unverified-ban = <@{ $member }> Discord'da yasaklandı. Bu sunucuda Technified ile doğrulanmış bir Roblox hesabı yok, bu yüzden yasak senkronizasyonu Roblox'ta hiçbir şey yapmadı.
sync-lookup-failed-title = Yasak senkronizasyonu üyeyi sorgulayamadı
sync-lookup-failed = <@{ $member }> Discord'da yasaklandı ya da yasağı kaldırıldı, ama doğrulanmış olup olmadığı Technified'a sorulamadı ({ $why }). Gerekirse `/{ cmd-roblox } { cmd-roblox-ban }` ya da `/{ cmd-roblox } { cmd-roblox-unban }` kullan.
card-refused-no-account = Doğrulanmış bir Roblox hesabın olmalı
    .body = Technified her Roblox yasağını moderatörün Roblox hesabı adına kaydeder. Bu sunucuda hesabını Technified ile doğrula, sonra düğmeye tekrar bas.
card-closed = Zaten ilgilenildi
    .body = Bu karta başka biri zaten yanıt verdi ya da şu an yanıt veriyor.

## bulk: /roblox bulk-ban and bulk-unban files, their preview, progress and end
## In every bulk message, $unban is "yes" for a bulk unban, "no" for a bulk ban.

bulk-too-big = dosya { $size_kib } KiB; bir toplu işlem dosyası en fazla { $max_kib } KiB olabilir
bulk-not-text = dosya metin değil: her satırda bir Roblox kullanıcı ID'si olan bir .txt ya da .csv dosyası ekle
bulk-empty = dosyada hiç Roblox kullanıcı ID'si yok: her satıra bir ID yaz (başlık satırı ve # yorumları atlanır)
bulk-unreachable = dosya Discord'dan indirilemedi; tekrar ekle
bulk-line-numbers = { $lines }{ $more ->
        [0] {""}
       *[other] {" "}ve { $more } satır daha
    }
bulk-nothing-valid = hiçbir satır bir Roblox kullanıcı ID'si (bir sayı) değil; geçersiz { $count ->
        [one] satır
       *[other] satırlar
    }: { bulk-line-numbers }
bulk-too-many = dosyada { $ids } farklı Roblox kullanıcı ID'si var; tek seferde en fazla { $max } olabilir
bulk-preview = { $unban ->
        [yes] Toplu yasak kaldırma
       *[no] Toplu yasaklama
    }: onaylıyor musun?
    .body = { $unban ->
            [yes] Yasağı kaldırılacak
           *[no] Yasaklanacak
        } Roblox hesabı: { $ids }.{ $duplicates ->
            [0] {""}
           *[other] {" "}Tekrar eden { $duplicates } ID çıkarıldı.
        }{ $has_invalid_lines ->
            [yes] {" "}Roblox kullanıcı ID'si olmadığı için atlanan { $count ->
                [one] satır
               *[other] satırlar
            }: { bulk-line-numbers }.
           *[no] {""}
        }{ $has_reason ->
            [yes] {" "}Sebep: { $reason }.
           *[no] {""}
        } Her biri Technified'ın hız sınırları içinde sırayla gönderilir; ilerleme burada görünür.
bulk-confirm = { $unban ->
        [yes] { $ids } hesabın yasağını kaldır
       *[no] { $ids } hesabı yasakla
    }
bulk-progress = { $unban ->
        [yes] Toplu yasak kaldırma
       *[no] Toplu yasaklama
    }: { $over }/{ $total }
    .body = Technified'ın hız sınırları içinde sırayla gönderiliyor. { $end_unix ->
            [none] Tahmini bitiş, ilk hesaplar gönderilince görünecek.
           *[other] Tahmini bitiş: <t:{ $end_unix }:R> (<t:{ $end_unix }:T>).
        } Kalanları /{ cmd-jobs } ile iptal edebilirsin.
bulk-finished = { $unban ->
        [yes] Toplu yasak kaldırma
       *[no] Toplu yasaklama
    }: tamamlandı
    .body = { $unban ->
            [yes] Yasağı kaldırılan
           *[no] Yasaklanan
        }: { $done }, başarısız: { $failed }, iptal edilen: { $cancelled }. Her hesabın sonucu ekteki CSV dosyasında.
bulk-report-file = { $unban ->
        [yes] bulk-unban-report.csv
       *[no] bulk-ban-report.csv
    }
bulk-job-line = `toplu iş { $run_id }` { $total } hesap için { $unban ->
        [yes] toplu yasak kaldırma
       *[no] toplu yasaklama
    } (<@{ $requested_by }> tarafından): { $total } hesaptan { $over } tanesi bitti, { $cancelled ->
        [yes] iptal edildi
       *[no] sürüyor
    }
cancel-bulk = { $run_id } numaralı toplu işi iptal et
bulk-cancel-summary = { $run_id } numaralı toplu iş iptal edildi ({ $cancelled } hesap gönderilmedi)
bulk-summary = { $total } Roblox hesabı için { $unban ->
        [yes] toplu yasak kaldırma
       *[no] toplu yasaklama
    }
audit-bulk-finished = tamamlanan: { $done }, başarısız: { $failed }, iptal edilen: { $cancelled }

## words: small words shared by several features

timeout = zaman aşımı
no-connection = bağlantı yok
not-sent = gönderilmedi
unreadable-answer = okunamayan yanıt
request-not-valid = istek geçerli değildi
required = gerekli
duration = { $unit ->
        [m] { $count } dakika
        [h] { $count } saat
        [d] { $count } gün
       *[w] { $count } hafta
    }
permission = { $permission ->
        [view-channel] Kanalları Görüntüle
        [send-messages] Mesaj Gönder
        [embed-links] Bağlantı Yerleştir
        [attach-files] Dosya Ekle
        [read-message-history] Mesaj Geçmişini Oku
        [ban-members] Üyeleri Yasakla
        [view-audit-log] Denetim Kaydını Görüntüle
        [manage-guild] Sunucuyu Yönet
        [manage-roles] Rolleri Yönet
        [moderate-members] Üyelere Zaman Aşımı Uygula
       *[other] { $name }
    }
http-status = HTTP { $status }
request-id = istek { $id }
channel-mention = <#{ $id }>
role-by-id = rol { $id }
cancel = İptal

## commands: what Discord shows of the slash commands
## Ids and rules: the same group at the end of en-US.ftl.
cmd-setup = kurulum
    .description = Bu sunucuyu API anahtarıyla Technified'a bağla.
cmd-key = anahtar
    .description = Bu sunucunun Technified API anahtarı.
cmd-key-status = durum
    .description = Kayıtlı anahtar (maskeli), onu kimin ayarladığı ve çağrılarının nasıl gittiği.
cmd-key-remove = kaldır
    .description = Kayıtlı anahtarı unut (önce sorar).
cmd-lookup = sorgula
    .description = Bu sunucuda Technified ile kimin doğrulanmış olduğunu bul.
cmd-lookup-discord = discord
    .description = Bir üyeye bağlı Roblox hesabı.
cmd-lookup-discord-user = üye
    .description = Aranacak üye
cmd-lookup-roblox = roblox
    .description = Bir Roblox hesabına bağlı Discord üyesi.
cmd-lookup-roblox-roblox_id = roblox_id
    .description = Roblox kullanıcı ID'si
cmd-lookup-batch = toplu
    .description = Tek seferde en fazla 25 üyeyi sorgula.
cmd-lookup-batch-users = üyeler
    .description = Boşluk veya virgülle ayrılmış en fazla 25 etiket ya da ID
cmd-bindings = bağlantılar
    .description = Rol bağlantıları: Roblox verilerine göre verilen Discord rolleri.
cmd-bindings-list = liste
    .description = Bu sunucunun tüm bağlantıları.
cmd-bindings-add = ekle
    .description = Bağlantı ekle.
cmd-bindings-add-group-rank = grup-rütbesi
    .description = Bir Roblox grubundaki rütbesi belli bir aralıkta olan üyelere rol ver.
cmd-bindings-add-group-rank-role = rol
    .description = Verilecek rol
cmd-bindings-add-group-rank-group_id = grup_id
    .description = Roblox grup ID'si
cmd-bindings-add-group-rank-min_rank = min_rütbe
    .description = Eşleşen en düşük rütbe (0 ile 255 arası)
cmd-bindings-add-group-rank-max_rank = max_rütbe
    .description = Eşleşen en yüksek rütbe (0 ile 255 arası)
cmd-bindings-add-group-rank-priority = öncelik
    .description = Bağlantılar çakıştığında sıra (isteğe bağlı)
cmd-bindings-add-gamepass = gamepass
    .description = Bir game pass'in sahiplerine rol ver.
cmd-bindings-add-gamepass-role = rol
    .description = Verilecek rol
cmd-bindings-add-gamepass-gamepass_id = gamepass_id
    .description = Roblox game pass ID'si
cmd-bindings-add-gamepass-priority = öncelik
    .description = Bağlantılar çakıştığında sıra (isteğe bağlı)
cmd-bindings-add-asset = varlık
    .description = Bir Roblox varlığının sahiplerine rol ver.
cmd-bindings-add-asset-role = rol
    .description = Verilecek rol
cmd-bindings-add-asset-asset_id = varlık_id
    .description = Roblox varlık ID'si
cmd-bindings-add-asset-priority = öncelik
    .description = Bağlantılar çakıştığında sıra (isteğe bağlı)
cmd-bindings-add-badge = rozet
    .description = Bir Roblox rozetine sahip olanlara rol ver.
cmd-bindings-add-badge-role = rol
    .description = Verilecek rol
cmd-bindings-add-badge-badge_id = rozet_id
    .description = Roblox rozet ID'si
cmd-bindings-add-badge-priority = öncelik
    .description = Bağlantılar çakıştığında sıra (isteğe bağlı)
cmd-bindings-add-account-age = hesap-yaşı
    .description = Belli bir gün sayısından eski hesaplara rol ver.
cmd-bindings-add-account-age-role = rol
    .description = Verilecek rol
cmd-bindings-add-account-age-platform = platform
    .description = Hangi hesabın yaşı sayılır
cmd-bindings-add-account-age-platform-choice-discord = Discord
cmd-bindings-add-account-age-platform-choice-roblox = Roblox
cmd-bindings-add-account-age-min_days = min_gün
    .description = Gün olarak en düşük yaş
cmd-bindings-add-account-age-priority = öncelik
    .description = Bağlantılar çakıştığında sıra (isteğe bağlı)
cmd-bindings-remove = kaldır
    .description = Bağlantı kaldır.
cmd-bindings-remove-id = id
    .description = Bağlantı (aramak için yazmaya başla)
cmd-bindings-test = test
    .description = Bir üyenin bir bağlantıya neden uyup uymadığı, Technified'ın açıklamasıyla.
cmd-bindings-test-id = id
    .description = Bağlantı (aramak için yazmaya başla)
cmd-bindings-test-user = üye
    .description = Test edilecek üye
cmd-roblox = roblox
    .description = Technified üzerinden Roblox yasakları ve susturmaları.
cmd-roblox-ban-status = yasak-durumu
    .description = Bir Roblox hesabının yasaklı olup olmadığı.
cmd-roblox-ban-status-roblox_id = roblox_id
    .description = Roblox kullanıcı ID'si
cmd-roblox-ban-status-place_id = place_id
    .description = Yalnızca bu place'te geçerli yasakları da say
cmd-roblox-mute-status = susturma-durumu
    .description = Bir Roblox hesabının susturulmuş olup olmadığı.
cmd-roblox-mute-status-roblox_id = roblox_id
    .description = Roblox kullanıcı ID'si
cmd-roblox-mute-status-place_id = place_id
    .description = Yalnızca bu place'te geçerli susturmaları da say
cmd-roblox-ban = yasakla
    .description = Bir Roblox hesabını bu sunucunun oyunlarından yasakla; discord ile bağlı üyesini de buradan.
cmd-roblox-ban-roblox_id = roblox_id
    .description = Roblox kullanıcı ID'si
cmd-roblox-ban-reason = sebep
    .description = Neden (panelde ve loglarda gösterilir)
cmd-roblox-ban-duration = süre
    .description = Ne kadar süre: 30m, 12h, 7d, 2w veya permanent (varsayılan)
cmd-roblox-ban-discord = discord
    .description = O Roblox hesabına bağlı Discord üyesini de bu sunucudan yasakla (kalıcı)
cmd-roblox-unban = yasağı-kaldır
    .description = Bir Roblox yasağını kaldır.
cmd-roblox-unban-roblox_id = roblox_id
    .description = Roblox kullanıcı ID'si
cmd-roblox-unban-reason = sebep
    .description = Neden (isteğe bağlı)
cmd-roblox-mute = sustur
    .description = Bir Roblox hesabını bu sunucunun oyunlarında sustur.
cmd-roblox-mute-roblox_id = roblox_id
    .description = Roblox kullanıcı ID'si
cmd-roblox-mute-reason = sebep
    .description = Neden (panelde ve loglarda gösterilir)
cmd-roblox-mute-duration = süre
    .description = Ne kadar süre: 30m, 12h, 7d, 2w veya permanent (varsayılan)
cmd-roblox-unmute = susturmayı-kaldır
    .description = Bir Roblox susturmasını kaldır.
cmd-roblox-unmute-roblox_id = roblox_id
    .description = Roblox kullanıcı ID'si
cmd-roblox-unmute-reason = sebep
    .description = Neden (isteğe bağlı)
cmd-roblox-bulk-ban = toplu-yasakla
    .description = Bir dosyada listelenen her Roblox hesabını yasakla.
cmd-roblox-bulk-ban-file = dosya
    .description = .txt veya .csv dosyası: her satırda bir Roblox kullanıcı ID'si (ilk sütun), en fazla 5.000
cmd-roblox-bulk-ban-reason = sebep
    .description = Neden (panelde ve loglarda gösterilir)
cmd-roblox-bulk-ban-duration = süre
    .description = Ne kadar süre: 30m, 12h, 7d, 2w veya permanent (varsayılan)
cmd-roblox-bulk-unban = toplu-yasak-kaldır
    .description = Bir dosyada listelenen her hesabın Roblox yasağını kaldır.
cmd-roblox-bulk-unban-file = dosya
    .description = .txt veya .csv dosyası: her satırda bir Roblox kullanıcı ID'si (ilk sütun), en fazla 5.000
cmd-roblox-bulk-unban-reason = sebep
    .description = Neden (isteğe bağlı)
cmd-shield = shield
    .description = Technified Shield, işaretlenmiş Roblox hesaplarının ortak listesi.
cmd-shield-check = kontrol
    .description = Bir Roblox hesabının Shield tarafından işaretlenip işaretlenmediği.
cmd-shield-check-roblox_id = roblox_id
    .description = Roblox kullanıcı ID'si
cmd-jobs = işler
    .description = Bu sunucunun bekleyen ve yakın zamanda başarısız olan yeniden denemeleri, her biri iptal düğmeli.
cmd-settings = ayarlar
    .description = Bu sunucu için bot ayarları.
cmd-settings-log-channel = log-kanalı
    .description = Yeniden denenen işlemlerin geç sonuçlarının ve her işlemin log kaydının gittiği yer.
cmd-settings-log-channel-channel = kanal
    .description = Botun mesaj gönderebildiği bir metin kanalı
cmd-settings-ban-sync = yasak-senkronizasyonu
    .description = Doğrulanmış bir üyenin Discord yasağının Roblox'ta ne yaptığı: hiçbir şey, sor veya yansıt.
cmd-settings-ban-sync-mode = mod
    .description = kapalı: hiçbir şey; sor: log kanalında bir kart; yansıt: Roblox'ta hemen yasakla
cmd-settings-ban-sync-mode-choice-off = kapalı (off)
cmd-settings-ban-sync-mode-choice-ask = sor (ask)
cmd-settings-ban-sync-mode-choice-mirror = yansıt (mirror)
cmd-cases = vakalar
    .description = Bu sunucunun moderasyon vakaları.
cmd-cases-list = liste
    .description = Bu sunucunun moderasyon vakaları, en yenisi önce.
cmd-cases-list-user = üye
    .description = Yalnızca bu üyeyle (ve bağlı Roblox hesabıyla) ilgili vakalar
cmd-cases-list-roblox_id = roblox_id
    .description = Yalnızca bu Roblox kullanıcı ID'siyle ilgili vakalar
cmd-cases-list-moderator = moderatör
    .description = Yalnızca bu moderatörün açtığı vakalar
cmd-cases-show = göster
    .description = Tek bir vakanın tamamı.
cmd-cases-show-case = vaka
    .description = Vaka numarası
cmd-cases-export = dışa-aktar
    .description = Bu sunucunun tüm vakaları, CSV dosyası olarak.
cmd-doctor = tanılama
    .description = Kontrol: anahtar, API, log kanalı, yasak senkronizasyonu, izinler, olaylar, kuyruk, hız sınırları.
cmd-help = yardım
    .description = Her komutun ne yaptığı.
cmd-help-command = komut
    .description = Bir komut, örneğin `lookup discord` (hepsi için boş bırak)
