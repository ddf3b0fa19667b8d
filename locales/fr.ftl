# technified-bot: fr
#
# Français, traduit de en-US.ftl (la source : lis son en-tête). On tutoie le membre,
# comme sur Discord. Typographie : espace normale avant : ; ? ! partout.
# Termes : clé API, liaison (de rôle), vérifié, serveur, rôle, bannissement / bannir /
# débannir, mute / rendre muet, logs du serveur (le journal d'audit de Discord),
# salon de logs, lignes d'audit (les lignes du bot dans le salon de logs),
# synchro des bannissements, cas, action (une écriture vers Technified), file d'attente.

## setup: /setup and /key

where-keys-are = Crées-en une dans le tableau de bord Technified : Settings, API Keys (la clé complète ne s'affiche qu'une seule fois).
setup-modal-title = Connecter Technified
setup-key-label = Clé API
setup-key-placeholder = technified_<ID du serveur>_…
connected-title = Connecté à Technified
key-malformed = Ce n'est pas une clé API Technified
    .body = Une clé ressemble à technified_<ID du serveur>_<lettres aléatoires> ({ $problem }). { where-keys-are }
key-problem = { $problem ->
        [empty] la clé est vide
        [too-long] la clé est trop longue
        [missing-prefix] la clé ne commence pas par `technified_`
        [missing-guild] il manque l'ID du serveur après `technified_`
        [guild-not-numeric] l'ID du serveur dans la clé n'est pas un ID Discord
        [missing-secret] il n'y a rien après l'ID du serveur
       *[invalid-characters] la clé contient des espaces ou des caractères qu'une clé ne peut pas avoir
    }
key-for-other-server = Cette clé appartient à un autre serveur
    .body = Elle a été créée pour le serveur dont l'ID est { $owner_guild }. Crée une clé pour ce serveur dans son tableau de bord Technified (Settings, API Keys) et relance /{ cmd-setup }. Rien n'a été enregistré.
connected = Technified a accepté la clé `{ $masked }`. Elle est stockée chiffrée ; /{ cmd-key } { cmd-key-status } l'affiche.
key-remove-question = Supprimer la clé enregistrée ?
    .body = Le bot va oublier `{ $masked }` et n'appellera plus Technified pour ce serveur tant que /{ cmd-setup } n'aura pas été relancé.
remove = Supprimer
kept = Clé conservée
key-kept = La clé n'a pas été supprimée.
removed = Clé supprimée
key-removed = La clé est oubliée.{ $ended ->
        [0] {""}
        [one] {" "}{ $ended } action en file d'attente a été abandonnée sans être envoyée.
       *[other] {" "}{ $ended } actions en file d'attente ont été abandonnées sans être envoyées.
    } Révoque-la aussi dans le tableau de bord Technified si elle a pu fuiter.
key-status-title = Clé API Technified
set-by = Définie par
state = État
verified-yes = acceptée par Technified
verified-pending = pas encore vérifiée
last-success = Dernier appel réussi
last-error = Dernière erreur
pending-retries = Nouvelles tentatives en attente
never = jamais
none = aucune
no-answer = pas de réponse
key-staged = Clé enregistrée, pas encore vérifiée
    .body = Technified n'a pas répondu : la nouvelle clé attend d'être vérifiée automatiquement. La clé actuelle reste utilisée, actions en file d'attente comprises, jusqu'à ce que Technified accepte la nouvelle. /{ cmd-key } { cmd-key-status } affiche la clé utilisée.
key-checking = Clé enregistrée, pas encore vérifiée
    .body = Technified n'a pas répondu : la clé est enregistrée comme pas encore vérifiée. Elle sera vérifiée automatiquement ; /{ cmd-key } { cmd-key-status } affiche le résultat.

## settings: /settings

saved = Enregistré
log-channel-test-title = Logs du bot Technified
log-channel-test = <@{ $by }> a choisi ce salon pour les lignes d'audit et les résultats différés du bot.
log-channel-set = Les lignes d'audit et les résultats différés iront dans <#{ $channel }>.

## lookup: /lookup and /shield

verified = Vérifié
discord = Discord
roblox = Roblox
roblox-id = ID Roblox
not-verified-short = non vérifié
reason = Raison
category = Catégorie
source = Source
batch-title = { $verified ->
        [one] { $verified } sur { $asked } vérifié
       *[other] { $verified } sur { $asked } vérifiés
    }
shield-flagged = Signalé par Shield
    .body = Le compte Roblox { $roblox_id } figure sur la liste Shield de Technified.
shield-clear = Le compte Roblox { $roblox_id } n'est pas signalé par Shield
lookup-cooldown = Pas si vite
    .body = Chaque membre peut faire { $uses ->
            [one] { $uses } recherche
           *[other] { $uses } recherches
        } toutes les { $window_secs } secondes. Réessaie <t:{ $free_unix }:R>.

## bindings: /bindings

no-bindings = Ce serveur n'a encore aucune liaison. Ajoutes-en une avec /{ cmd-bindings } { cmd-bindings-add }.
priority = priorité
binding-matches = Correspond
binding-no-match = Ne correspond pas
binding-result = Test de liaison
group-rank = Rang dans le groupe
previous = Précédent
next = Suivant
bindings-title = { $total ->
        [one] { $total } liaison
       *[other] { $total } liaisons
    }
page = Page { $current } sur { $of }
target-group-rank = groupe { $group_id }, rangs { $min_rank } à { $max_rank }
target-gamepass = game pass { $gamepass_id }
target-asset = objet { $asset_id }
target-badge = badge { $badge_id }
target-account-age = { $min_days ->
        [one] compte { $platform } d'au moins { $min_days } jour
       *[other] compte { $platform } d'au moins { $min_days } jours
    }
target-in-group = { $target } ({ $group })
target-of-type = liaison { $binding_type }

## roblox: /roblox moderation, and the Discord half of a ban on both

ban-confirm = Bannir définitivement
cancelled = Annulé
nothing-changed = Rien n'a été modifié.
by-roblox = Par (Roblox)
since = Depuis
until = Jusqu'à
permanent = définitif
permanent-ban-question = Bannir définitivement ?
    .body = Le compte Roblox { $roblox_id } sera banni des jeux de ce serveur, sans date de fin. Raison : { $reason }
not-banned = Le compte Roblox { $roblox_id } n'est pas banni
not-muted = Le compte Roblox { $roblox_id } n'est pas rendu muet
banned = Banni
    .body = Le compte Roblox { $roblox_id } est banni.
muted = Rendu muet
    .body = Le compte Roblox { $roblox_id } est rendu muet.
discord-ban-needs-permanent = Un bannissement Discord n'a pas de date de fin, donc discord:true ne va qu'avec un bannissement définitif. Retire la durée (ou indique `permanent`), ou bannis toi-même sur Discord.
both-bans-question = { permanent-ban-question }
    .body =
        { permanent-ban-question.body }
        { $discord_line }
the-linked-member = le membre lié
discord-ban-line = **Discord :** { $status }
discord-will-ban-member = <@{ $user }> sera aussi banni de ce serveur.
discord-will-ban-absent = <@{ $user }> n'est pas sur ce serveur en ce moment, mais en sera banni pour ne pas pouvoir le rejoindre.
discord-banned-member = <@{ $user }> a été banni de ce serveur.
discord-banned-absent = <@{ $user }> a été banni. Il n'est pas sur ce serveur en ce moment ; le bannissement l'empêche de le rejoindre.
discord-not-banned = pas banni : { $why }
refused-not-linked = aucun compte Discord n'est lié au compte Roblox { $roblox_id } sur ce serveur.
refused-owner = { $who } est propriétaire de ce serveur, et personne ne peut bannir le propriétaire d'un serveur.
refused-bot-lacks-ban-members = il manque au bot la permission Bannir des membres. Donne-la au rôle du bot dans Paramètres du serveur, Rôles.
refused-not-below-bot = { $who } a un rôle au moins aussi haut que celui du bot, et Discord ne laisse le bot bannir que les membres en dessous de lui. Place le rôle du bot plus haut que le sien dans Paramètres du serveur, Rôles.
refused-not-below-moderator = { $who } a un rôle au moins aussi haut que le tien, et Discord ne laisse un membre bannir que les membres en dessous de lui.
discord-lookup-failed = pas banni : impossible de trouver le compte Discord lié ({ $detail }).
discord-check-failed = pas banni : impossible de lire sur Discord les rôles du bot et des membres pour vérifier si { $who } peut être banni ({ $detail }).
discord-ban-failed = échec : { $who } n'a pas pu être banni ({ $detail }).
discord-ban-audit-reason = { $moderator_name } ({ $moderator_id }) via /{ cmd-roblox } { cmd-roblox-ban } du compte Roblox { $roblox_id } : { $reason }
discord-ban-summary = Bannir le membre Discord <@{ $user }> (lié au compte Roblox { $roblox_id }) : { $reason }
discord-said = Discord indique : { $message }, code { $code }

## jobs: queued writes, late results, /jobs, and why a write was not done

late-done = Fait après le rétablissement de Technified.
jobs-title = Nouvelles tentatives
no-jobs = Rien n'est en attente ni n'a échoué récemment.
already-running = pas annulé (déjà en cours ou terminé)
queued = Technified a des problèmes : mis en file d'attente
    .body = { $summary } : pas encore appliqué. C'est enregistré et ce sera retenté automatiquement (prochain essai <t:{ $next_try_unix }:R>) ; ce message sera mis à jour avec le résultat. /{ cmd-jobs } permet de le voir ou de l'annuler.
queued-rate-limited = Limite de débit atteinte : mis en file d'attente
    .body = { $summary } : pas encore envoyé, car ce serveur a utilisé pour l'instant tous ses appels Technified de ce type. C'est enregistré et ce sera envoyé à <t:{ $send_unix }:T> (<t:{ $send_unix }:R>) ; ce message sera mis à jour avec le résultat. /{ cmd-jobs } permet de le voir ou de l'annuler.
job-failed = Non effectué
    .body = { $summary } : { $why }.
cancel-job = Annuler #{ $id }
job-cancel-summary = Action en file d'attente #{ $id } annulée
job-line = `#{ $id }` { $summary } (par <@{ $by }>) : { $state }
job-waiting = en attente, tentative { $attempt } prévue <t:{ $next_try_unix }:R>
job-running = en cours d'envoi
job-done = fait
job-cancelled = annulé
job-failed-state = échec : { $label }{ $has_last_error ->
        [yes] {" "}(dernière erreur : { $last_error })
       *[no] {""}
    }
failed-key-removed = la clé API du serveur a été supprimée avant l'envoi
failed-bot-removed = le bot a été retiré du serveur avant l'envoi
failed-key-unreadable = la clé enregistrée est illisible ; un admin doit relancer /{ cmd-setup }
failed-gave-up = Technified échouait encore après une journée de tentatives
failed-refused = Technified l'a refusé
failed-twice = Technified a encore échoué à la nouvelle tentative
failed-unreadable-job = cette version du bot ne sait pas lire la modification en attente
failed-unknown = l'action s'est terminée sans être appliquée
label-key-removed = clé supprimée avant l'envoi
label-bot-removed = bot retiré du serveur
label-key-unreadable = clé enregistrée illisible
label-gave-up = abandon à l'échéance
label-refused = refusé par Technified
label-failed-twice = nouvel échec à la nouvelle tentative
label-unreadable-job = illisible pour cette version
label-unknown = non appliqué

## writes: what a write does, in one line
## $done is "yes" once the write is made (past tense, the green reply), "no" while
## it waits or when it failed (the action as asked: the amber and red replies,
## /jobs, audit lines).

ban-summary = { $done ->
        [yes] Compte Roblox { $roblox_id } banni
       *[no] Bannir le compte Roblox { $roblox_id }
    } { $has_duration ->
        [yes] pour { $duration }
       *[no] définitivement
    } : { $reason }
mute-summary = { $done ->
        [yes] Compte Roblox { $roblox_id } rendu muet
       *[no] Rendre muet le compte Roblox { $roblox_id }
    } { $has_duration ->
        [yes] pour { $duration }
       *[no] définitivement
    } : { $reason }
unban-summary = { $done ->
        [yes] Compte Roblox { $roblox_id } débanni
       *[no] Débannir le compte Roblox { $roblox_id }
    }
unmute-summary = { $done ->
        [yes] Mute du compte Roblox { $roblox_id } levé
       *[no] Lever le mute du compte Roblox { $roblox_id }
    }
binding-added = { $done ->
        [yes] Liaison ajoutée
       *[no] Ajouter une liaison
    } : <@&{ $role }> pour { $target }
binding-removed = { $done ->
        [yes] Liaison { $id } supprimée
       *[no] Supprimer la liaison { $id }
    }
key-check-summary = { $done ->
        [yes] Clé API enregistrée vérifiée
       *[no] Vérifier la clé API enregistrée
    }

## doctor: /doctor, the checklist

doctor-title = Check-list
fix = Solution
doctor-api-key = Clé API
doctor-key-accepted = Clé acceptée
doctor-technified-api = API Technified
doctor-log-channel = Salon de logs
doctor-retry-queue = File des nouvelles tentatives
doctor-headroom = Marge avant la limite de débit
doctor-ban-sync = Synchro des bannissements
doctor-ban-members = Bannir des membres
doctor-view-audit-log = Voir les logs du serveur
doctor-server-permissions = Permissions sur le serveur
doctor-moderation-events = Événements de modération
check-key-missing = aucune clé enregistrée
check-key-missing-fix = Un admin lance /{ cmd-setup } avec la clé API Technified de ce serveur.
check-key-unreadable = enregistrée, mais impossible à déchiffrer avec cette ENCRYPTION_KEY
check-key-unreadable-fix = Relance /{ cmd-setup }, ou restaure le fichier encryption.key qui a servi à l'enregistrer.
check-key-present = enregistrée : `{ $masked }`
check-key-accepted = oui
check-key-refused = non (HTTP { $status })
check-key-refused-fix = La clé a été révoquée ou appartient à un autre serveur. { where-keys-are } Puis lance /{ cmd-setup }.
check-key-not-checked-paced = pas vérifiée pour l'instant (les appels de ce serveur sont limités)
check-key-accepted-rate-limited = oui (limite de débit atteinte en ce moment)
check-api-reachable = joignable, { $latency_ms } ms
check-api-trouble-timeout = pas de réponse dans le délai imparti
check-api-trouble-no-connection = connexion impossible
check-api-trouble-status = a répondu HTTP { $status }
check-api-trouble-fix = Technified a peut-être des soucis ; réessaie dans quelques minutes. Si ça continue, l'opérateur du bot vérifie TECHNIFIED_API_URL avec `technified-bot check`.
check-log-channel-unset = non défini
check-log-channel-unset-fix = Lance /{ cmd-settings } { cmd-settings-log-channel } pour que les résultats différés et les lignes d'audit aient un endroit où aller.
check-log-channel-blocked = <#{ $channel }> : le bot ne peut pas y écrire
check-log-channel-blocked-fix = Donne au bot { $missing } dans <#{ $channel }>.
check-log-channel-writable = <#{ $channel }>, le bot peut y écrire
check-log-channel-uncached = <#{ $channel }> (permissions pas encore en cache)
check-queue = { $pending } en attente
headroom-line = { $paused_until ->
        [none] { $group } : { $used }/{ $quota } cette minute
       *[other] { $group } : limité jusqu'à <t:{ $paused_until }:T>
    }
check-headroom-paused-fix = Technified limite les appels par clé et par minute ; le bot attend et réessaie tout seul.
check-ban-sync-off = désactivée
check-ban-sync-posting = { $mode }, publie dans <#{ $channel }>
check-ban-sync-no-log-channel = { $mode }, mais aucun salon de logs n'est défini : les bannissements Discord ne sont pas synchronisés
check-ban-sync-no-log-channel-fix = Lance /{ cmd-settings } { cmd-settings-log-channel } : la synchro des bannissements y publie ses cartes et ses notes. Ou désactive-la avec /{ cmd-settings } { cmd-settings-ban-sync } off.
check-ban-sync-blocked = { $mode }, mais le bot ne peut pas écrire dans <#{ $channel }> : les bannissements Discord ne sont pas synchronisés
check-ban-sync-blocked-fix = Donne au bot { $missing } dans <#{ $channel }>, ou choisis un autre salon avec /{ cmd-settings } { cmd-settings-log-channel }.
check-ban-members-granted = accordée
check-ban-members-missing = manquante
check-ban-members-missing-fix = Dans Paramètres du serveur → Rôles → le rôle du bot, active Bannir des membres : /{ cmd-roblox } { cmd-roblox-ban } { cmd-roblox-ban-discord }:true, la synchro des bannissements et les bannissements sur Discord en ont besoin.
check-view-audit-log-granted = accordée
check-view-audit-log-missing = manquante
check-view-audit-log-missing-fix = Dans Paramètres du serveur → Rôles → le rôle du bot, active Voir les logs du serveur : la synchro des bannissements y lit qui a banni et pourquoi.
check-server-permissions-uncached = pas encore en cache
check-moderation-events-seen = dernier événement de modération reçu <t:{ $last_seen_unix }:R>
check-moderation-events-none = aucun reçu depuis le démarrage

## help: /help

help-title = Commandes du bot Technified
help-footer = /{ cmd-help } <commande> affiche les options d'une commande et qui peut l'utiliser.
optional-mark = {" "}(facultatif)
who = Qui
everyone = tout le monde
unknown-command = Commande introuvable
    .body = Il n'y a pas de commande /{ $name }. /{ cmd-help } les liste toutes.

## errors: failures (red) and trouble being worked around (amber)

not-connected = Ce serveur n'est pas encore connecté
    .body = Un admin (Gérer le serveur) lance /{ cmd-setup } avec la clé API Technified de ce serveur.
key-unreadable = La clé enregistrée est illisible
    .body = L'ENCRYPTION_KEY du bot a changé depuis l'enregistrement de la clé. Un admin doit relancer /{ cmd-setup }.
key-rejected = La clé API enregistrée a été refusée
    .body = Elle a été révoquée ou elle est incorrecte. { where-keys-are } Puis lance /{ cmd-setup }.
key-other-guild = Cette clé appartient à un autre serveur
    .body = Technified l'a refusée pour ce serveur. { where-keys-are } Puis lance /{ cmd-setup }.
internal-fault = Un problème est survenu dans le bot
    .body = C'est une erreur du bot, pas la tienne. Signale-la avec l'ID de requête { $request_id }.
input-rejected = Technified n'a pas accepté ça
    .body = Technified indique : { $technified_says }. Vérifie les valeurs et réessaie.
not-verified = Non vérifié
    .body = Cet utilisateur n'est pas vérifié avec Technified sur ce serveur.
no-active-ban = Aucun bannissement actif
    .body = Cet utilisateur n'a aucun bannissement actif, il n'y a donc rien à lever.
no-active-mute = Aucun mute actif
    .body = Cet utilisateur n'a aucun mute actif, il n'y a donc rien à lever.
not-found = Introuvable
    .body = Cet élément n'existe pas (ou ce serveur n'est pas encore configuré sur Technified).
already-exists = Existe déjà
    .body = Ça existe déjà sur Technified (par exemple la même liaison).
gave-up = Technified a toujours des problèmes
    .body = Abandon après { $attempts } tentatives. Rien n'a été perdu ; réessaie dans quelques minutes.
shield-offline = Shield est hors ligne
    .body = Technified a suspendu Shield, les signalements ne peuvent donc pas être vérifiés pour le moment.
moderator-not-verified = Tu n'es pas vérifié
    .body = Les actions Roblox sont enregistrées sous le compte Roblox du modérateur. Vérifie-toi avec Technified sur ce serveur, puis réessaie.
invalid-input = Vérifie ta saisie
    .body = { $what }
missing-permission = Tu ne peux pas utiliser ça
    .body = Il faut { $count ->
        [one] la permission
       *[other] les permissions
    } { $permission } sur ce serveur.
guild-only = Serveurs uniquement
    .body = Cette commande fonctionne dans un serveur, pas en messages privés.
option-unreadable = Vérifie ta saisie
    .body = Une des options n'a pas pu être lue (par exemple un salon ou un utilisateur que le bot ne voit pas). Choisis-la à nouveau dans la liste de Discord.
command-outdated = Cette commande a changé
    .body = Discord t'a montré une ancienne version de cette commande. Attends une minute (ou redémarre Discord) et relance-la.
permissions-unknown = Impossible de vérifier tes permissions
    .body = Discord n'a pas indiqué ce que tu as le droit de faire ici. Réessaie dans un instant.
not-here = Tu ne peux pas utiliser ça ici
    .body = Cette commande n'est pas disponible pour toi à cet endroit. /{ cmd-help } liste ce que tu peux utiliser.
cooldown = Pas si vite
    .body = Tu pourras relancer cette commande <t:{ $again_unix }:R>.
this-channel = ce salon
that-channel = le salon concerné
discord-refused = Discord a refusé
    .body = { $what }
bot-missing-permission = Il manque { $count ->
        [one] une permission
       *[other] des permissions
    } au bot
    .body = Donne au bot { $count ->
        [one] la permission
       *[other] les permissions
    } { $permission } dans { $place }, puis réessaie.
unexpected = Un problème est survenu dans le bot
    .body = C'est une erreur du bot, pas la tienne. Les détails sont dans les logs du bot.
queue-full = Trop d'actions en attente : pas mis en file d'attente
    .body = Ce serveur a déjà { $max_waiting } actions en attente pour Technified, donc celle-ci n'a pas été mise en file d'attente. Relance la commande quand /{ cmd-jobs } en affiche moins.
timed-out = Temps écoulé
    .body = Rien n'a été modifié. Relance la commande quand tu es prêt.
retrying = Technified a des problèmes
    .body = Technified (ou Discord ou Roblox derrière lui) n'a pas répondu correctement. Nouvelle tentative automatique : tentative { $attempt }, prochain essai <t:{ $next_try_unix }:R>.
rate-limited = Technified limite le débit de ce serveur
    .body = Nouvelle tentative automatique à <t:{ $next_try_unix }:T> (<t:{ $next_try_unix }:R>).
rate-limited-until = Limite de débit atteinte
    .body = Ce serveur a utilisé pour l'instant tous ses appels Technified de ce type : limité jusqu'à <t:{ $free_unix }:T> (<t:{ $free_unix }:R>). Réessaie à ce moment-là.
write-not-retried = Technified a des problèmes
    .body = Technified (ou Discord ou Roblox derrière lui) n'a pas répondu correctement, donc cette modification n'a peut-être pas été appliquée. Vérifie son état dans une minute avant de réessayer.

## audit: the audit lines posted in the log channel

audit-done = fait
audit-failed = échec ({ $why })
audit-line = { $number ->
        [none] <@{ $member }> : { $what } : { $outcome }
       *[other] <@{ $member }> : { $what } · { case-title } : { $outcome }
    }

## input: checks of what a member typed

priority-out-of-range = priority doit être entre 0 et 1000.
min-days-out-of-range = min_days doit être entre 0 et 36500.
reason-missing = Indique une raison.
no-users = Indique au moins un utilisateur (mentions ou ID).
duration-too-long = Cette durée dépasse dix ans ; utilise plutôt `permanent`.
not-a-binding-id = Choisis une liaison dans la liste (commence à taper pour chercher), ou indique son ID depuis /{ cmd-bindings } { cmd-bindings-list }.
not-positive = { $option } doit être un nombre positif.
rank-out-of-range = { $option } doit être entre 0 et 255.
ranks-reversed = min_rank ({ $min }) ne doit pas être supérieur à max_rank ({ $max }).
reason-too-long = La raison est trop longue : { $max } caractères maximum.
not-a-duration = `{ $value }` n'est pas une durée. Utilise un nombre et une unité, comme 30m, 12h, 7d ou 2w, ou `permanent`.
not-a-user = `{ $token }` n'est ni une mention ni un ID d'utilisateur.
too-many-users = { $max } utilisateurs maximum à la fois ; tu en as indiqué { $listed }.

## cases: /cases, its lines, the case card and the export

case-title = Cas #{ $number }
cases-title = Cas ({ $total })
no-cases = Aucun cas ne correspond. Chaque bannissement, débannissement, mute et levée de mute fait avec le bot devient un cas.
cases-cut = Les { $shown } plus récents sur { $total } sont listés ; /{ cmd-cases } { cmd-cases-export } les contient tous.
case-not-found = Cas introuvable
    .body = Ce serveur n'a pas de cas #{ $number }. /{ cmd-cases } { cmd-cases-list } affiche ceux qu'il a.
case-ban = Bannissement
case-unban = Débannissement
case-mute = Mute
case-unmute = Levée du mute
from-command = une commande
from-bulk = un fichier d'actions en masse
from-ban-sync = la synchro des bannissements
case-queued = en file d'attente
case-done = fait
case-failed = échec
case-cancelled = annulé
case-line = `#{ $number }` { $action } du compte Roblox { $roblox_id } par <@{ $moderator }> : { $outcome } · <t:{ $opened_unix }:R>
case-choice = #{ $number } { $action } du compte Roblox { $roblox_id }
case-roblox = Compte Roblox
case-member = Membre Discord
case-moderator = Modérateur
case-reason = Raison
case-duration = Durée
case-source = Origine
case-outcome = Résultat
case-opened = Ouvert
case-updated = Dernière modification
not-known = inconnu
case-moderator-line = { $roblox_id ->
        [none] <@{ $discord_id }>
       *[other] <@{ $discord_id }> (Roblox { $roblox_id })
    }
cases-file = cases.csv
cases-exported = Cas exportés
    .body = Tous les cas de ce serveur ({ $count }) sont dans le fichier CSV joint (UTF-8, un cas par ligne).

## ban_sync: /settings ban-sync, its cards and notes in the log channel

ban-sync-saved = Synchro des bannissements enregistrée
ban-sync-off = La synchro des bannissements est désactivée : les bannissements Discord n'ont aucun effet sur Roblox.
ban-sync-ask = La synchro des bannissements demande : quand un membre vérifié est banni sur Discord, une carte est publiée dans le salon de logs, avec un bouton pour le bannir aussi sur Roblox.
ban-sync-mirror = La synchro des bannissements reproduit : quand un membre vérifié est banni sur Discord, son compte Roblox est banni aussitôt, avec le compte Roblox du modérateur Discord comme modérateur (une carte demande quand ce modérateur est inconnu ou non vérifié).
ban-sync-needs-log-channel = ask et mirror publient leurs cartes et leurs notes dans le salon de logs, et ce serveur n'en a pas encore. Lance d'abord /{ cmd-settings } { cmd-settings-log-channel }, puis à nouveau /{ cmd-settings } { cmd-settings-ban-sync }.
ban-sync-reason = Banni sur Discord : { $has_discord_reason ->
        [yes] { $discord_reason }
       *[no] aucune raison donnée
    }
unban-sync-reason = Débanni sur Discord
card-banned-title = Banni sur Discord
card-unbanned-title = Débanni sur Discord
card-ban-button = Bannir aussi sur Roblox
card-unban-button = Débannir aussi sur Roblox
card-dismiss-button = Ignorer
card-member = Membre
card-roblox = Compte Roblox
card-by = Par
card-reason = Raison
no-reason = aucune
card-moderator = { $moderator ->
        [none] inconnu (le bot ne peut pas lire les logs du serveur, ou ils n'avaient aucune entrée)
       *[other] <@{ $moderator }>
    }
card-question = { $unban ->
        [yes] La synchro des bannissements a banni ce compte sur Roblox. Lever aussi ce bannissement Roblox ?
       *[no] Bannir aussi son compte Roblox ?
    }
card-fallback = { $moderator ->
        [none] Pas banni sur Roblox tout de suite : le modérateur qui a banni est inconnu, et Technified enregistre chaque bannissement sous le compte Roblox d'un modérateur.
       *[other] Pas banni sur Roblox tout de suite : <@{ $moderator }> n'a pas de compte Roblox vérifié avec Technified ici, et Technified enregistre chaque bannissement sous le compte Roblox d'un modérateur.
    }
card-dismissed = Ignorée par <@{ $by }>.
sync-outcome = { $unban ->
        [yes] Débannissement sur Roblox
       *[no] Bannissement sur Roblox
    } par <@{ $by }> : { $written }.
sync-done = fait
sync-queued = en file d'attente, Technified ne le prend pas encore ; le résultat suivra ici
sync-failed = échec ({ $why })
mirrored-ban-title = Banni aussi sur Roblox
mirrored-unban-title = Débanni aussi sur Roblox
unverified-ban-title = Bannissement Discord : rien à faire sur Roblox
unverified-ban = <@{ $member }> a été banni sur Discord. Il n'a aucun compte Roblox vérifié avec Technified sur ce serveur, donc la synchro des bannissements n'a rien fait sur Roblox.
sync-lookup-failed-title = La synchro des bannissements n'a pas pu rechercher le membre
sync-lookup-failed = <@{ $member }> a été banni ou débanni sur Discord, mais impossible de demander à Technified s'il est vérifié ({ $why }). Utilise `/{ cmd-roblox } { cmd-roblox-ban }` ou `/{ cmd-roblox } { cmd-roblox-unban }` si besoin.
card-refused-no-account = Il te faut un compte Roblox vérifié
    .body = Technified enregistre chaque bannissement Roblox sous le compte Roblox du modérateur. Vérifie le tien avec Technified sur ce serveur, puis appuie à nouveau sur le bouton.
card-closed = Déjà traité
    .body = Quelqu'un d'autre a déjà répondu à cette carte, ou est en train d'y répondre.

## bulk: /roblox bulk-ban and bulk-unban files, their preview, progress and end
## In every bulk message, $unban is "yes" for a bulk unban, "no" for a bulk ban.

bulk-too-big = le fichier fait { $size_kib } Kio ; un fichier d'actions en masse peut faire au plus { $max_kib } Kio
bulk-not-text = le fichier n'est pas du texte : joins un fichier .txt ou .csv avec un ID d'utilisateur Roblox par ligne
bulk-empty = le fichier ne contient aucun ID d'utilisateur Roblox : mets un ID par ligne (un en-tête et les commentaires # sont ignorés)
bulk-unreachable = le fichier n'a pas pu être téléchargé depuis Discord ; joins-le à nouveau
bulk-line-numbers = { $lines }{ $more ->
        [0] {""}
       *[other] {" "}et { $more } autres
    }
bulk-nothing-valid = aucune ligne n'est un ID d'utilisateur Roblox (un nombre) ; { $count ->
        [one] ligne concernée
       *[other] lignes concernées
    } : { bulk-line-numbers }
bulk-too-many = le fichier contient { $ids } ID d'utilisateur Roblox différents ; { $max } maximum à la fois
bulk-preview = { $unban ->
        [yes] Débannissement
       *[no] Bannissement
    } en masse : confirmer ?
    .body = { $ids ->
            [one] { $ids } compte Roblox
           *[other] { $ids } comptes Roblox
        } à { $unban ->
            [yes] débannir
           *[no] bannir
        }.{ $duplicates ->
            [0] {""}
            [one] {" "}{ $duplicates } doublon ignoré.
           *[other] {" "}{ $duplicates } doublons ignorés.
        }{ $has_invalid_lines ->
            [yes] {" "}{ $count ->
                [one] Ignorée, car ce n'est pas un ID d'utilisateur Roblox : ligne
               *[other] Ignorées, car ce ne sont pas des ID d'utilisateur Roblox : lignes
            } { bulk-line-numbers }.
           *[no] {""}
        }{ $has_reason ->
            [yes] {" "}Raison : { $reason }.
           *[no] {""}
        } Chacun est envoyé à son tour dans les limites de débit de Technified ; la progression s'affiche ici.
bulk-confirm = { $unban ->
        [yes] Débannir { $ids }
       *[no] Bannir { $ids }
    }
bulk-progress = { $unban ->
        [yes] Débannissement
       *[no] Bannissement
    } en masse : { $over } sur { $total }
    .body = Envoi à tour de rôle dans les limites de débit de Technified. { $end_unix ->
            [none] La fin prévue s'affichera après les premiers envois.
           *[other] Fin prévue <t:{ $end_unix }:R> (<t:{ $end_unix }:T>).
        } /{ cmd-jobs } annule ce qui reste.
bulk-finished = { $unban ->
        [yes] Débannissement
       *[no] Bannissement
    } en masse : terminé
    .body = { $unban ->
            [yes] Débannis
           *[no] Bannis
        } : { $done }, échecs : { $failed }, annulés : { $cancelled }. Le résultat de chaque compte est dans le fichier CSV joint.
bulk-report-file = { $unban ->
        [yes] bulk-unban-report.csv
       *[no] bulk-ban-report.csv
    }
bulk-job-line = `lot { $run_id }` { $unban ->
        [yes] Débannissement
       *[no] Bannissement
    } en masse de { $total ->
        [one] { $total } compte
       *[other] { $total } comptes
    } (par <@{ $requested_by }>) : { $over } sur { $total } traités, { $cancelled ->
        [yes] annulé
       *[no] en cours
    }
cancel-bulk = Annuler le lot { $run_id }
bulk-cancel-summary = Lot { $run_id } annulé ({ $cancelled ->
        [one] { $cancelled } compte non envoyé
       *[other] { $cancelled } comptes non envoyés
    })
bulk-summary = { $unban ->
        [yes] Débannissement
       *[no] Bannissement
    } en masse de { $total ->
        [one] { $total } compte Roblox
       *[other] { $total } comptes Roblox
    }
audit-bulk-finished = réussis : { $done }, échecs : { $failed }, annulés : { $cancelled }

## words: small words shared by several features

timeout = délai dépassé
no-connection = pas de connexion
not-sent = non envoyé
unreadable-answer = réponse illisible
request-not-valid = la requête n'était pas valide
required = requise
duration = { $unit ->
        [m] { $count ->
                [one] { $count } minute
               *[other] { $count } minutes
            }
        [h] { $count ->
                [one] { $count } heure
               *[other] { $count } heures
            }
        [d] { $count ->
                [one] { $count } jour
               *[other] { $count } jours
            }
       *[w] { $count ->
                [one] { $count } semaine
               *[other] { $count } semaines
            }
    }
permission = { $permission ->
        [view-channel] Voir les salons
        [send-messages] Envoyer des messages
        [embed-links] Intégrer des liens
        [attach-files] Joindre des fichiers
        [read-message-history] Voir les anciens messages
        [ban-members] Bannir des membres
        [view-audit-log] Voir les logs du serveur
        [manage-guild] Gérer le serveur
        [manage-roles] Gérer les rôles
        [moderate-members] Exclure temporairement des membres
       *[other] { $name }
    }
http-status = HTTP { $status }
request-id = requête { $id }
channel-mention = <#{ $id }>
role-by-id = rôle { $id }
cancel = Annuler

## commands: what Discord shows of the slash commands
## Ids and rules: the same group at the end of en-US.ftl.
cmd-setup = configurer
    .description = Connecte ce serveur à Technified avec sa clé API.
cmd-key = clé
    .description = La clé API Technified de ce serveur.
cmd-key-status = statut
    .description = La clé enregistrée (masquée), qui l'a définie et comment ses appels se sont passés.
cmd-key-remove = supprimer
    .description = Oublier la clé enregistrée (demande d'abord).
cmd-lookup = rechercher
    .description = Trouve qui est vérifié avec Technified sur ce serveur.
cmd-lookup-discord = discord
    .description = Le compte Roblox lié à un membre.
cmd-lookup-discord-user = membre
    .description = Le membre à rechercher
cmd-lookup-roblox = roblox
    .description = Le membre Discord lié à un compte Roblox.
cmd-lookup-roblox-roblox_id = roblox_id
    .description = L'ID d'utilisateur Roblox
cmd-lookup-batch = plusieurs
    .description = Recherche jusqu'à 25 membres à la fois.
cmd-lookup-batch-users = membres
    .description = Jusqu'à 25 mentions ou ID, séparés par des espaces ou des virgules
cmd-bindings = liaisons
    .description = Liaisons de rôles : des rôles Discord donnés selon les données Roblox.
cmd-bindings-list = liste
    .description = Toutes les liaisons de ce serveur.
cmd-bindings-add = ajouter
    .description = Ajouter une liaison.
cmd-bindings-add-group-rank = rang-de-groupe
    .description = Donne un rôle aux membres dont le rang dans un groupe Roblox est dans une plage.
cmd-bindings-add-group-rank-role = rôle
    .description = Le rôle à donner
cmd-bindings-add-group-rank-group_id = id_groupe
    .description = L'ID du groupe Roblox
cmd-bindings-add-group-rank-min_rank = rang_min
    .description = Rang le plus bas qui correspond (0 à 255)
cmd-bindings-add-group-rank-max_rank = rang_max
    .description = Rang le plus haut qui correspond (0 à 255)
cmd-bindings-add-group-rank-priority = priorité
    .description = Ordre quand des liaisons se chevauchent (facultatif)
cmd-bindings-add-gamepass = gamepass
    .description = Donne un rôle aux possesseurs d'un game pass.
cmd-bindings-add-gamepass-role = rôle
    .description = Le rôle à donner
cmd-bindings-add-gamepass-gamepass_id = id_gamepass
    .description = L'ID du game pass Roblox
cmd-bindings-add-gamepass-priority = priorité
    .description = Ordre quand des liaisons se chevauchent (facultatif)
cmd-bindings-add-asset = ressource
    .description = Donne un rôle aux possesseurs d'une ressource Roblox.
cmd-bindings-add-asset-role = rôle
    .description = Le rôle à donner
cmd-bindings-add-asset-asset_id = id_ressource
    .description = L'ID de la ressource Roblox
cmd-bindings-add-asset-priority = priorité
    .description = Ordre quand des liaisons se chevauchent (facultatif)
cmd-bindings-add-badge = badge
    .description = Donne un rôle aux détenteurs d'un badge Roblox.
cmd-bindings-add-badge-role = rôle
    .description = Le rôle à donner
cmd-bindings-add-badge-badge_id = id_badge
    .description = L'ID du badge Roblox
cmd-bindings-add-badge-priority = priorité
    .description = Ordre quand des liaisons se chevauchent (facultatif)
cmd-bindings-add-account-age = âge-du-compte
    .description = Donne un rôle aux comptes plus anciens qu'un nombre de jours.
cmd-bindings-add-account-age-role = rôle
    .description = Le rôle à donner
cmd-bindings-add-account-age-platform = plateforme
    .description = Le compte dont l'âge compte
cmd-bindings-add-account-age-platform-choice-discord = Discord
cmd-bindings-add-account-age-platform-choice-roblox = Roblox
cmd-bindings-add-account-age-min_days = jours_min
    .description = Âge minimum en jours
cmd-bindings-add-account-age-priority = priorité
    .description = Ordre quand des liaisons se chevauchent (facultatif)
cmd-bindings-remove = supprimer
    .description = Supprimer une liaison.
cmd-bindings-remove-id = id
    .description = La liaison (tape pour chercher)
cmd-bindings-test = tester
    .description = Pourquoi un membre correspond ou non à une liaison, comme Technified l'explique.
cmd-bindings-test-id = id
    .description = La liaison (tape pour chercher)
cmd-bindings-test-user = membre
    .description = Le membre à tester
cmd-roblox = roblox
    .description = Bannissements et mutes Roblox via Technified.
cmd-roblox-ban-status = statut-ban
    .description = Si un compte Roblox est banni.
cmd-roblox-ban-status-roblox_id = roblox_id
    .description = L'ID d'utilisateur Roblox
cmd-roblox-ban-status-place_id = place_id
    .description = Compter aussi les bannissements propres à cette place
cmd-roblox-mute-status = statut-muet
    .description = Si un compte Roblox est rendu muet.
cmd-roblox-mute-status-roblox_id = roblox_id
    .description = L'ID d'utilisateur Roblox
cmd-roblox-mute-status-place_id = place_id
    .description = Compter aussi les mutes propres à cette place
cmd-roblox-ban = bannir
    .description = Bannir un compte Roblox des jeux de ce serveur ; avec discord, aussi son membre lié ici.
cmd-roblox-ban-roblox_id = roblox_id
    .description = L'ID d'utilisateur Roblox
cmd-roblox-ban-reason = raison
    .description = Pourquoi (affiché dans le tableau de bord et les logs)
cmd-roblox-ban-duration = durée
    .description = Durée : 30m, 12h, 7d, 2w ou permanent (par défaut)
cmd-roblox-ban-discord = discord
    .description = Bannir aussi de ce serveur le membre Discord lié à ce compte Roblox (définitif)
cmd-roblox-unban = débannir
    .description = Lever un bannissement Roblox.
cmd-roblox-unban-roblox_id = roblox_id
    .description = L'ID d'utilisateur Roblox
cmd-roblox-unban-reason = raison
    .description = Pourquoi (facultatif)
cmd-roblox-mute = rendre-muet
    .description = Rendre muet un compte Roblox dans les jeux de ce serveur.
cmd-roblox-mute-roblox_id = roblox_id
    .description = L'ID d'utilisateur Roblox
cmd-roblox-mute-reason = raison
    .description = Pourquoi (affiché dans le tableau de bord et les logs)
cmd-roblox-mute-duration = durée
    .description = Durée : 30m, 12h, 7d, 2w ou permanent (par défaut)
cmd-roblox-unmute = retirer-muet
    .description = Lever un mute Roblox.
cmd-roblox-unmute-roblox_id = roblox_id
    .description = L'ID d'utilisateur Roblox
cmd-roblox-unmute-reason = raison
    .description = Pourquoi (facultatif)
cmd-roblox-bulk-ban = bannir-en-masse
    .description = Bannir chaque compte Roblox listé dans un fichier.
cmd-roblox-bulk-ban-file = fichier
    .description = Fichier .txt ou .csv : un ID d'utilisateur Roblox par ligne (première colonne), 5 000 au plus
cmd-roblox-bulk-ban-reason = raison
    .description = Pourquoi (affiché dans le tableau de bord et les logs)
cmd-roblox-bulk-ban-duration = durée
    .description = Durée : 30m, 12h, 7d, 2w ou permanent (par défaut)
cmd-roblox-bulk-unban = débannir-en-masse
    .description = Lever les bannissements Roblox de chaque compte listé dans un fichier.
cmd-roblox-bulk-unban-file = fichier
    .description = Fichier .txt ou .csv : un ID d'utilisateur Roblox par ligne (première colonne), 5 000 au plus
cmd-roblox-bulk-unban-reason = raison
    .description = Pourquoi (facultatif)
cmd-shield = shield
    .description = Technified Shield, la liste partagée des comptes Roblox signalés.
cmd-shield-check = vérifier
    .description = Si un compte Roblox est signalé par Shield.
cmd-shield-check-roblox_id = roblox_id
    .description = L'ID d'utilisateur Roblox
cmd-jobs = tâches
    .description = Nouvelles tentatives en attente ou échouées récemment, chacune avec un bouton Annuler.
cmd-settings = paramètres
    .description = Paramètres du bot pour ce serveur.
cmd-settings-log-channel = salon-de-logs
    .description = Où vont les résultats différés des actions réessayées et une ligne d'audit de chaque action.
cmd-settings-log-channel-channel = salon
    .description = Un salon textuel où le bot peut publier
cmd-settings-ban-sync = synchro-bans
    .description = Ce qu'un bannissement Discord d'un membre vérifié fait sur Roblox : rien, demander ou répliquer.
cmd-settings-ban-sync-mode = mode
    .description = désactivé : rien ; demander : une carte dans le salon de logs ; répliquer : ban Roblox immédiat
cmd-settings-ban-sync-mode-choice-off = désactivé (off)
cmd-settings-ban-sync-mode-choice-ask = demander (ask)
cmd-settings-ban-sync-mode-choice-mirror = répliquer (mirror)
cmd-cases = cas
    .description = Les cas de modération de ce serveur.
cmd-cases-list = liste
    .description = Les cas de modération de ce serveur, les plus récents d'abord.
cmd-cases-list-user = membre
    .description = Seulement les cas de ce membre (et de son compte Roblox lié)
cmd-cases-list-roblox_id = roblox_id
    .description = Seulement les cas de cet ID d'utilisateur Roblox
cmd-cases-list-moderator = modérateur
    .description = Seulement les cas créés par ce modérateur
cmd-cases-show = afficher
    .description = Un cas en entier.
cmd-cases-show-case = cas
    .description = Le numéro du cas
cmd-cases-export = exporter
    .description = Tous les cas de ce serveur en fichier CSV.
cmd-doctor = diagnostic
    .description = Une check-list : clé, API, salon de logs, synchro des bans, permissions, événements, file, limites.
cmd-help = aide
    .description = Ce que fait chaque commande.
cmd-help-command = commande
    .description = Une commande, comme `lookup discord` (vide pour toutes)
