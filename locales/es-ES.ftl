# technified-bot: es-ES
#
# Spanish, also served to es-419 (Latin American Spanish): "tú", no "vosotros" and
# no Spain-only words, so both read it naturally.
# Terms: clave de API, vinculación (de roles), verificado, baneo / banear / desbanear,
# muteo / mutear / desmutear, canal de registros (log channel), registros de acciones
# (the bot's audit lines there), registro de auditoría (Discord's audit log), acción
# en cola (a queued write), lote (a bulk run), aviso (a ban sync card), límite de
# solicitudes (rate limit). Discord's menus and permissions as its Spanish interface
# names them (Ajustes del servidor, Roles, Banear miembros, Gestionar servidor).

## setup: /setup and /key

where-keys-are = Crea una en el panel de Technified: Settings, API Keys (la clave completa solo se muestra una vez).
setup-modal-title = Conectar Technified
setup-key-label = Clave de API
setup-key-placeholder = technified_<ID del servidor>_…
connected-title = Conectado a Technified
key-malformed = Eso no es una clave de API de Technified
    .body = Una clave tiene el formato technified_<ID del servidor>_<letras aleatorias> ({ $problem }). { where-keys-are }
key-problem = { $problem ->
        [empty] la clave está vacía
        [too-long] la clave es demasiado larga
        [missing-prefix] la clave no empieza por `technified_`
        [missing-guild] falta el ID del servidor después de `technified_`
        [guild-not-numeric] el ID del servidor de la clave no es un ID de Discord
        [missing-secret] no hay nada después del ID del servidor
       *[invalid-characters] la clave tiene espacios o caracteres que una clave no puede tener
    }
key-for-other-server = Esta clave es de otro servidor
    .body = Se creó para el servidor con ID { $owner_guild }. Crea una clave para este servidor en su panel de Technified (Settings, API Keys) y vuelve a ejecutar /{ cmd-setup }. No se guardó nada.
connected = Technified aceptó la clave `{ $masked }`. Se guarda cifrada; puedes verla con /{ cmd-key } { cmd-key-status }.
key-remove-question = ¿Eliminar la clave guardada?
    .body = El bot olvidará `{ $masked }` y dejará de llamar a Technified para este servidor hasta que alguien vuelva a ejecutar /{ cmd-setup }.
remove = Eliminar
kept = Conservada
key-kept = La clave no se eliminó.
removed = Eliminada
key-removed = El bot olvidó la clave.{ $ended ->
        [0] {""}
        [one] {" "}{ $ended } acción que esperaba en la cola terminó sin enviarse.
       *[other] {" "}{ $ended } acciones que esperaban en la cola terminaron sin enviarse.
    } Revócala también en el panel de Technified si pudo haberse filtrado.
key-status-title = Clave de API de Technified
set-by = Configurada por
state = Estado
verified-yes = aceptada por Technified
verified-pending = aún sin verificar
last-success = Última llamada correcta
last-error = Último error
pending-retries = Reintentos pendientes
never = nunca
none = ninguno
no-answer = sin respuesta
key-staged = Clave guardada, aún sin verificar
    .body = Technified no respondió, así que la clave nueva queda a la espera de comprobarse automáticamente; la clave actual se sigue usando, también para las acciones en cola, hasta que Technified acepte la nueva. /{ cmd-key } { cmd-key-status } muestra la clave en uso.
key-checking = Clave guardada, aún sin verificar
    .body = Technified no respondió, así que la clave se guardó como aún sin verificar. Se comprobará automáticamente; /{ cmd-key } { cmd-key-status } muestra el resultado.

## settings: /settings

saved = Guardado
log-channel-test-title = Registro del bot de Technified
log-channel-test = <@{ $by }> eligió este canal para los registros de acciones del bot y los resultados que lleguen tarde.
log-channel-set = Los registros de acciones y los resultados que lleguen tarde se publicarán en <#{ $channel }>.

## lookup: /lookup and /shield

verified = Verificado
discord = Discord
roblox = Roblox
roblox-id = ID de Roblox
not-verified-short = no verificado
reason = Motivo
category = Categoría
source = Fuente
batch-title = { $verified } de { $asked } verificados
shield-flagged = Marcado por Shield
    .body = La cuenta de Roblox { $roblox_id } está en la lista de Shield de Technified.
shield-clear = La cuenta de Roblox { $roblox_id } no está marcada por Shield
lookup-cooldown = Más despacio
    .body = Cada miembro puede hacer { $uses ->
            [one] { $uses } consulta
           *[other] { $uses } consultas
        } cada { $window_secs ->
            [one] { $window_secs } segundo
           *[other] { $window_secs } segundos
        }. Vuelve a intentarlo <t:{ $free_unix }:R>.

## bindings: /bindings

no-bindings = Este servidor aún no tiene vinculaciones. Crea una con /{ cmd-bindings } { cmd-bindings-add }.
priority = prioridad
binding-matches = Coincide
binding-no-match = No coincide
binding-result = Prueba de vinculación
group-rank = Rango en el grupo
previous = Anterior
next = Siguiente
bindings-title = { $total ->
        [one] { $total } vinculación
       *[other] { $total } vinculaciones
    }
page = Página { $current } de { $of }
target-group-rank = grupo { $group_id }, rangos { $min_rank } a { $max_rank }
target-gamepass = pase de juego { $gamepass_id }
target-asset = recurso { $asset_id }
target-badge = insignia { $badge_id }
target-account-age = cuenta de { $platform } con al menos { $min_days ->
        [one] { $min_days } día
       *[other] { $min_days } días
    } de antigüedad
target-in-group = { $target } ({ $group })
target-of-type = vinculación de tipo { $binding_type }

## roblox: /roblox moderation, and the Discord half of a ban on both

ban-confirm = Banear permanentemente
cancelled = Cancelado
nothing-changed = No se cambió nada.
by-roblox = Por (Roblox)
since = Desde
until = Hasta
permanent = permanente
permanent-ban-question = ¿Banear permanentemente?
    .body = La cuenta de Roblox { $roblox_id } quedará baneada de los juegos de este servidor sin fecha de fin. Motivo: { $reason }
not-banned = La cuenta de Roblox { $roblox_id } no está baneada
not-muted = La cuenta de Roblox { $roblox_id } no está muteada
banned = Baneada
    .body = La cuenta de Roblox { $roblox_id } está baneada.
muted = Muteada
    .body = La cuenta de Roblox { $roblox_id } está muteada.
discord-ban-needs-permanent = Un baneo de Discord no tiene fecha de fin, así que discord:true solo sirve con un baneo permanente. No indiques la duración (o usa `permanent`), o banea tú en Discord.
both-bans-question = { permanent-ban-question }
    .body =
        { permanent-ban-question.body }
        { $discord_line }
the-linked-member = el miembro vinculado
discord-ban-line = **Discord:** { $status }
discord-will-ban-member = también se baneará a <@{ $user }> de este servidor.
discord-will-ban-absent = <@{ $user }> no está ahora en este servidor; se le baneará igualmente para que no pueda entrar.
discord-banned-member = se baneó a <@{ $user }> de este servidor.
discord-banned-absent = se baneó a <@{ $user }>. Ahora no está en este servidor; el baneo le impide entrar.
discord-not-banned = no baneado: { $why }
refused-not-linked = no hay ninguna cuenta de Discord vinculada a la cuenta de Roblox { $roblox_id } en este servidor.
refused-owner = { $who } es el propietario de este servidor, y nadie puede banear al propietario de un servidor.
refused-bot-lacks-ban-members = al bot le falta el permiso Banear miembros. Dáselo al rol del bot en Ajustes del servidor, Roles.
refused-not-below-bot = { $who } tiene un rol igual o superior al rol más alto del bot, y Discord solo deja que el bot banee a miembros por debajo de él. Sube el rol del bot por encima del suyo en Ajustes del servidor, Roles.
refused-not-below-moderator = { $who } tiene un rol igual o superior a tu rol más alto, y Discord solo te deja banear a miembros por debajo de ti.
discord-lookup-failed = no baneado: no se pudo consultar la cuenta de Discord vinculada ({ $detail }).
discord-check-failed = no baneado: no se pudieron leer de Discord los roles que tienen { $who } y el bot para comprobar el baneo ({ $detail }).
discord-ban-failed = falló: el baneo contra { $who } no se completó ({ $detail }).
discord-ban-audit-reason = { $moderator_name } ({ $moderator_id }) con /{ cmd-roblox } { cmd-roblox-ban } de la cuenta de Roblox { $roblox_id }: { $reason }
discord-ban-summary = Banear al miembro de Discord <@{ $user }> (vinculado a la cuenta de Roblox { $roblox_id }): { $reason }
discord-said = Discord dice: { $message }, código { $code }

## jobs: queued writes, late results, /jobs, and why a write was not done

late-done = Hecho cuando Technified se recuperó.
jobs-title = Reintentos
no-jobs = No hay nada en espera ni nada que haya fallado hace poco.
already-running = no se canceló (ya se está enviando o ya terminó)
queued = Technified tiene problemas: en cola
    .body = { $summary }: aún no se aplicó. Quedó guardado y se reintentará automáticamente (próximo intento <t:{ $next_try_unix }:R>); este mensaje se actualizará con el resultado. /{ cmd-jobs } lo muestra o lo cancela.
queued-rate-limited = Límite de solicitudes: en cola
    .body = { $summary }: aún no se envió, porque este servidor ya gastó por ahora sus llamadas a Technified de este tipo. Quedó guardado y se enviará a las <t:{ $send_unix }:T> (<t:{ $send_unix }:R>); este mensaje se actualizará con el resultado. /{ cmd-jobs } lo muestra o lo cancela.
job-failed = No se hizo
    .body = { $summary }: { $why }.
cancel-job = Cancelar #{ $id }
job-cancel-summary = Se canceló la acción en cola #{ $id }
job-line = `#{ $id }` { $summary } (por <@{ $by }>): { $state }
job-waiting = en espera, intento { $attempt } <t:{ $next_try_unix }:R>
job-running = enviándose ahora
job-done = hecho
job-cancelled = cancelado
job-failed-state = falló: { $label }{ $has_last_error ->
        [yes] {" "}(último error: { $last_error })
       *[no] {""}
    }
failed-key-removed = la clave de API del servidor se eliminó antes de poder enviarlo
failed-bot-removed = el bot salió del servidor antes de poder enviarlo
failed-key-unreadable = la clave guardada no se puede leer; un admin debe volver a ejecutar /{ cmd-setup }
failed-gave-up = Technified seguía fallando tras un día de reintentos
failed-refused = Technified lo rechazó
failed-twice = Technified volvió a fallar en el reintento
failed-unreadable-job = esta versión del bot no puede leer el cambio en cola
failed-unknown = terminó sin aplicarse
label-key-removed = clave eliminada antes del envío
label-bot-removed = el bot salió del servidor
label-key-unreadable = clave guardada ilegible
label-gave-up = se agotó el plazo
label-refused = rechazado por Technified
label-failed-twice = falló otra vez en el reintento
label-unreadable-job = esta versión no puede leerlo
label-unknown = no aplicado

## writes: what a write does, in one line
## $done is "yes" once the write is made (past tense, the green reply), "no" while
## it waits or when it failed (the action as asked: the amber and red replies,
## /jobs, audit lines).

ban-summary = { $done ->
        [yes] Cuenta de Roblox { $roblox_id } baneada
       *[no] Banear la cuenta de Roblox { $roblox_id }
    } { $has_duration ->
        [yes] durante { $duration }
       *[no] de forma permanente
    }: { $reason }
mute-summary = { $done ->
        [yes] Cuenta de Roblox { $roblox_id } muteada
       *[no] Mutear la cuenta de Roblox { $roblox_id }
    } { $has_duration ->
        [yes] durante { $duration }
       *[no] de forma permanente
    }: { $reason }
unban-summary = { $done ->
        [yes] Se levantó
       *[no] Levantar
    } el baneo de la cuenta de Roblox { $roblox_id }
unmute-summary = { $done ->
        [yes] Se quitó
       *[no] Quitar
    } el muteo de la cuenta de Roblox { $roblox_id }
binding-added = { $done ->
        [yes] Vinculación creada
       *[no] Crear una vinculación
    }: <@&{ $role }> para { $target }
binding-removed = { $done ->
        [yes] Se eliminó
       *[no] Eliminar
    } la vinculación { $id }
key-check-summary = { $done ->
        [yes] Se verificó
       *[no] Verificar
    } la clave de API guardada

## doctor: /doctor, the checklist

doctor-title = Lista de comprobación
fix = Solución
doctor-api-key = Clave de API
doctor-key-accepted = Clave aceptada
doctor-technified-api = API de Technified
doctor-log-channel = Canal de registros
doctor-retry-queue = Cola de reintentos
doctor-headroom = Margen del límite de solicitudes
doctor-ban-sync = Sincronización de baneos
doctor-ban-members = Banear miembros
doctor-view-audit-log = Ver el registro de auditoría
doctor-server-permissions = Permisos del servidor
doctor-moderation-events = Eventos de moderación
check-key-missing = no hay ninguna clave guardada
check-key-missing-fix = Un admin debe ejecutar /{ cmd-setup } con la clave de API de Technified de este servidor.
check-key-unreadable = guardada, pero no se puede descifrar con esta ENCRYPTION_KEY
check-key-unreadable-fix = Vuelve a ejecutar /{ cmd-setup }, o restaura el archivo encryption.key con el que se guardó.
check-key-present = guardada: `{ $masked }`
check-key-accepted = sí
check-key-refused = no (HTTP { $status })
check-key-refused-fix = La clave se revocó o es de otro servidor. { where-keys-are } Después ejecuta /{ cmd-setup }.
check-key-not-checked-paced = no se comprobó ahora (las llamadas de este servidor están limitadas)
check-key-accepted-rate-limited = sí (con el límite de solicitudes alcanzado ahora mismo)
check-api-reachable = accesible, { $latency_ms } ms
check-api-trouble-timeout = sin respuesta dentro del tiempo de espera
check-api-trouble-no-connection = no se puede conectar
check-api-trouble-status = respondió HTTP { $status }
check-api-trouble-fix = Puede que Technified tenga problemas; vuelve a intentarlo en unos minutos. Si sigue así, quien administra el bot debe revisar TECHNIFIED_API_URL con `technified-bot check`.
check-log-channel-unset = sin configurar
check-log-channel-unset-fix = Ejecuta /{ cmd-settings } { cmd-settings-log-channel } para que los resultados que lleguen tarde y los registros de acciones tengan dónde publicarse.
check-log-channel-blocked = <#{ $channel }>: el bot no puede publicar ahí
check-log-channel-blocked-fix = Dale al bot { $missing } en <#{ $channel }>.
check-log-channel-writable = <#{ $channel }>, el bot puede publicar
check-log-channel-uncached = <#{ $channel }> (permisos aún no en caché)
check-queue = { $pending } en espera
headroom-line = { $paused_until ->
        [none] { $group }: { $used }/{ $quota } en este minuto
       *[other] { $group }: limitado hasta las <t:{ $paused_until }:T>
    }
check-headroom-paused-fix = Technified limita las llamadas por clave y minuto; el bot espera y reintenta solo.
check-ban-sync-off = desactivada
check-ban-sync-posting = { $mode }, publica en <#{ $channel }>
check-ban-sync-no-log-channel = { $mode }, pero no hay canal de registros: los baneos de Discord no se sincronizan
check-ban-sync-no-log-channel-fix = Ejecuta /{ cmd-settings } { cmd-settings-log-channel }: la sincronización de baneos publica ahí sus avisos y notas. O desactívala con /{ cmd-settings } { cmd-settings-ban-sync } off.
check-ban-sync-blocked = { $mode }, pero el bot no puede publicar en <#{ $channel }>: los baneos de Discord no se sincronizan
check-ban-sync-blocked-fix = Dale al bot { $missing } en <#{ $channel }>, o elige otro canal con /{ cmd-settings } { cmd-settings-log-channel }.
check-ban-members-granted = concedido
check-ban-members-missing = falta
check-ban-members-missing-fix = En Ajustes del servidor → Roles → el rol del bot, activa Banear miembros: lo necesitan /{ cmd-roblox } { cmd-roblox-ban } { cmd-roblox-ban-discord }:true, la sincronización de baneos y los baneos en Discord.
check-view-audit-log-granted = concedido
check-view-audit-log-missing = falta
check-view-audit-log-missing-fix = En Ajustes del servidor → Roles → el rol del bot, activa Ver el registro de auditoría: la sincronización de baneos mira ahí quién baneó y por qué.
check-server-permissions-uncached = aún no en caché
check-moderation-events-seen = último evento de moderación visto <t:{ $last_seen_unix }:R>
check-moderation-events-none = ninguno visto desde el inicio

## help: /help

help-title = Comandos del bot de Technified
help-footer = /{ cmd-help } <comando> muestra las opciones de un comando y quién puede usarlo.
optional-mark = {" "}(opcional)
who = Quién
everyone = todos
unknown-command = Ese comando no existe
    .body = No hay ningún comando llamado /{ $name }. /{ cmd-help } los muestra todos.

## errors: failures (red) and trouble being worked around (amber)

not-connected = Este servidor aún no está conectado
    .body = Un admin (Gestionar servidor) debe ejecutar /{ cmd-setup } con la clave de API de Technified de este servidor.
key-unreadable = No se puede leer la clave guardada
    .body = La ENCRYPTION_KEY del bot cambió desde que se guardó la clave. Un admin debe volver a ejecutar /{ cmd-setup }.
key-rejected = Se rechazó la clave de API guardada
    .body = Se revocó o no es correcta. { where-keys-are } Después ejecuta /{ cmd-setup }.
key-other-guild = Esta clave es de otro servidor
    .body = Technified la rechazó para este servidor. { where-keys-are } Después ejecuta /{ cmd-setup }.
internal-fault = Algo falló dentro del bot
    .body = Es un fallo del bot, no tuyo. Repórtalo con el ID de solicitud { $request_id }.
input-rejected = Technified no aceptó eso
    .body = Technified dice: { $technified_says }. Revisa los valores y vuelve a intentarlo.
not-verified = No verificado
    .body = Ese usuario no está verificado con Technified en este servidor.
no-active-ban = Sin baneo activo
    .body = Ese usuario no tiene ningún baneo activo, así que no hay nada que levantar.
no-active-mute = Sin muteo activo
    .body = Ese usuario no tiene ningún muteo activo, así que no hay nada que quitar.
not-found = No encontrado
    .body = Eso no existe (o este servidor aún no está configurado en Technified).
already-exists = Ya existe
    .body = Eso ya existe en Technified (por ejemplo, la misma vinculación).
gave-up = Technified sigue teniendo problemas
    .body = El bot dejó de reintentar tras { $attempts ->
            [one] { $attempts } intento
           *[other] { $attempts } intentos
        }. No se perdió nada; vuelve a intentarlo en unos minutos.
shield-offline = Shield está desactivado
    .body = Technified suspendió Shield, así que ahora mismo no se pueden comprobar las marcas.
moderator-not-verified = No estás verificado
    .body = Las acciones en Roblox se registran con la cuenta de Roblox del moderador. Verifícate con Technified en este servidor y vuelve a intentarlo.
invalid-input = Revisa lo que escribiste
    .body = { $what }
missing-permission = No puedes usar esto
    .body = Necesitas { $count ->
        [one] el permiso
       *[other] los permisos
    } { $permission } en este servidor.
guild-only = Solo en servidores
    .body = Este comando funciona dentro de un servidor, no en mensajes directos.
option-unreadable = Revisa lo que escribiste
    .body = No se pudo leer una de las opciones (por ejemplo, un canal o un usuario que el bot no puede ver). Vuelve a elegirla de la lista de Discord.
command-outdated = Este comando cambió
    .body = Discord te mostró una versión anterior de este comando. Espera un minuto (o reinicia Discord) y vuelve a ejecutarlo.
permissions-unknown = No se pudieron comprobar tus permisos
    .body = Discord no indicó qué puedes hacer aquí. Vuelve a intentarlo en un momento.
not-here = No puedes usar esto aquí
    .body = Este comando no está disponible para ti en este lugar. /{ cmd-help } muestra lo que puedes usar.
cooldown = Más despacio
    .body = Puedes volver a usar este comando <t:{ $again_unix }:R>.
this-channel = este canal
that-channel = el canal en cuestión
discord-refused = Discord lo rechazó
    .body = { $what }
bot-missing-permission = Al bot le { $count ->
        [one] falta un permiso
       *[other] faltan permisos
    }
    .body = Dale al bot { $count ->
        [one] el permiso
       *[other] los permisos
    } { $permission } en { $place } y vuelve a intentarlo.
unexpected = Algo falló dentro del bot
    .body = Es un fallo del bot, no tuyo. Los detalles están en los logs del bot.
queue-full = Demasiadas acciones en espera: no se puso en cola
    .body = Este servidor ya tiene { $max_waiting ->
            [one] { $max_waiting } acción esperando
           *[other] { $max_waiting } acciones esperando
        } a Technified, así que esta no se puso en cola. Vuelve a ejecutar el comando cuando /{ cmd-jobs } muestre menos.
timed-out = Se acabó el tiempo
    .body = No se cambió nada. Vuelve a ejecutar el comando cuando quieras.
retrying = Technified tiene problemas
    .body = Technified (o Discord o Roblox, que están detrás) no respondió bien. Se reintenta automáticamente: intento { $attempt }, el próximo <t:{ $next_try_unix }:R>.
rate-limited = Technified está limitando a este servidor
    .body = Se reintentará automáticamente a las <t:{ $next_try_unix }:T> (<t:{ $next_try_unix }:R>).
rate-limited-until = Límite de solicitudes
    .body = Este servidor ya gastó por ahora sus llamadas a Technified de este tipo: limitado hasta las <t:{ $free_unix }:T> (<t:{ $free_unix }:R>). Vuelve a intentarlo entonces.
write-not-retried = Technified tiene problemas
    .body = Technified (o Discord o Roblox, que están detrás) no respondió bien, así que puede que este cambio no se haya aplicado. Comprueba su estado en un minuto antes de volver a intentarlo.

## audit: the audit lines posted in the log channel

audit-done = hecho
audit-failed = falló ({ $why })
audit-line = { $number ->
        [none] <@{ $member }>: { $what }: { $outcome }
       *[other] <@{ $member }>: { $what } · { case-title }: { $outcome }
    }

## input: checks of what a member typed

priority-out-of-range = priority debe estar entre 0 y 1000.
min-days-out-of-range = min_days debe estar entre 0 y 36500.
reason-missing = Indica un motivo.
no-users = Indica al menos un usuario (menciones o IDs).
duration-too-long = Esa duración supera los diez años; usa `permanent` en su lugar.
not-a-binding-id = Elige una vinculación de la lista (empieza a escribir para buscar) o indica su ID de /{ cmd-bindings } { cmd-bindings-list }.
not-positive = { $option } debe ser un número positivo.
rank-out-of-range = { $option } debe estar entre 0 y 255.
ranks-reversed = min_rank ({ $min }) no puede ser mayor que max_rank ({ $max }).
reason-too-long = El motivo es demasiado largo: como máximo { $max ->
        [one] { $max } carácter
       *[other] { $max } caracteres
    }.
not-a-duration = `{ $value }` no es una duración. Usa un número y una unidad, como 30m, 12h, 7d o 2w, o `permanent`.
not-a-user = `{ $token }` no es una mención ni un ID de usuario.
too-many-users = Como máximo { $max ->
        [one] { $max } usuario
       *[other] { $max } usuarios
    } a la vez; indicaste { $listed }.

## cases: /cases, its lines, the case card and the export

case-title = Caso #{ $number }
cases-title = Casos ({ $total })
no-cases = Ningún caso coincide. Cada baneo, desbaneo, muteo y desmuteo hecho con el bot se convierte en un caso.
cases-cut = Se muestran los { $shown } más recientes de { $total }; /{ cmd-cases } { cmd-cases-export } los tiene todos.
case-not-found = Ese caso no existe
    .body = Este servidor no tiene el caso #{ $number }. /{ cmd-cases } { cmd-cases-list } muestra los casos que tiene.
case-ban = Baneo
case-unban = Desbaneo
case-mute = Muteo
case-unmute = Desmuteo
from-command = un comando
from-bulk = un archivo de acción masiva
from-ban-sync = la sincronización de baneos
case-queued = en cola
case-done = hecho
case-failed = fallido
case-cancelled = cancelado
case-line = `#{ $number }` { $action } de la cuenta de Roblox { $roblox_id } por <@{ $moderator }>: { $outcome } · <t:{ $opened_unix }:R>
case-choice = #{ $number } { $action } de la cuenta de Roblox { $roblox_id }
case-roblox = Cuenta de Roblox
case-member = Miembro de Discord
case-moderator = Moderador
case-reason = Motivo
case-duration = Duración
case-source = Origen
case-outcome = Resultado
case-opened = Abierto
case-updated = Último cambio
not-known = desconocido
case-moderator-line = { $roblox_id ->
        [none] <@{ $discord_id }>
       *[other] <@{ $discord_id }> (Roblox { $roblox_id })
    }
cases-file = cases.csv
cases-exported = Casos exportados
    .body = { $count ->
            [one] Este servidor tiene { $count } caso; está en el archivo CSV adjunto (UTF-8, un caso por fila).
           *[other] Este servidor tiene { $count } casos; todos están en el archivo CSV adjunto (UTF-8, un caso por fila).
        }

## ban_sync: /settings ban-sync, its cards and notes in the log channel

ban-sync-saved = Sincronización de baneos guardada
ban-sync-off = La sincronización de baneos está desactivada: los baneos de Discord no hacen nada en Roblox.
ban-sync-ask = La sincronización de baneos pregunta: el baneo en Discord de un miembro verificado publica un aviso en el canal de registros, con un botón para banearlo también en Roblox.
ban-sync-mirror = La sincronización de baneos replica: el baneo en Discord de un miembro verificado banea al instante su cuenta de Roblox, con la cuenta de Roblox del moderador de Discord como moderador (si ese moderador es desconocido o no está verificado, un aviso pregunta).
ban-sync-needs-log-channel = Los modos ask y mirror publican sus avisos y notas en el canal de registros, y este servidor aún no tiene uno. Ejecuta primero /{ cmd-settings } { cmd-settings-log-channel } y luego otra vez /{ cmd-settings } { cmd-settings-ban-sync }.
ban-sync-reason = Baneado en Discord: { $has_discord_reason ->
        [yes] { $discord_reason }
       *[no] sin motivo indicado
    }
unban-sync-reason = Desbaneado en Discord
card-banned-title = Baneado en Discord
card-unbanned-title = Desbaneado en Discord
card-ban-button = Banear también en Roblox
card-unban-button = Desbanear también en Roblox
card-dismiss-button = Descartar
card-member = Miembro
card-roblox = Cuenta de Roblox
card-by = Por
card-reason = Motivo
no-reason = no se indicó
card-moderator = { $moderator ->
        [none] desconocido (el bot no puede leer el registro de auditoría, o no había ninguna entrada)
       *[other] <@{ $moderator }>
    }
card-question = { $unban ->
        [yes] La sincronización de baneos baneó esta cuenta en Roblox. ¿Levantar también ese baneo de Roblox?
       *[no] ¿Banear también su cuenta de Roblox?
    }
card-fallback = { $moderator ->
        [none] No se baneó al instante en Roblox: no se sabe qué moderador baneó, y Technified registra cada baneo con la cuenta de Roblox de un moderador.
       *[other] No se baneó al instante en Roblox: <@{ $moderator }> no tiene una cuenta de Roblox verificada con Technified aquí, y Technified registra cada baneo con la cuenta de Roblox de un moderador.
    }
card-dismissed = Descartado por <@{ $by }>.
sync-outcome = { $unban ->
        [yes] Desbaneo en Roblox
       *[no] Baneo en Roblox
    } por <@{ $by }>: { $written }.
sync-done = hecho
sync-queued = en cola, Technified aún no lo acepta; el resultado llegará aquí
sync-failed = falló ({ $why })
mirrored-ban-title = Baneado también en Roblox
mirrored-unban-title = Desbaneado también en Roblox
unverified-ban-title = Baneo en Discord: nada que hacer en Roblox
unverified-ban = Se baneó a <@{ $member }> en Discord. No tiene ninguna cuenta de Roblox verificada con Technified en este servidor, así que la sincronización de baneos no hizo nada en Roblox.
sync-lookup-failed-title = La sincronización de baneos no pudo consultar al miembro
sync-lookup-failed = Se baneó o desbaneó a <@{ $member }> en Discord, pero no se pudo preguntar a Technified si está verificado ({ $why }). Usa `/{ cmd-roblox } { cmd-roblox-ban }` o `/{ cmd-roblox } { cmd-roblox-unban }` si hace falta.
card-refused-no-account = Necesitas una cuenta de Roblox verificada
    .body = Technified registra cada baneo de Roblox con la cuenta de Roblox del moderador. Verifica la tuya con Technified en este servidor y vuelve a usar el botón.
card-closed = Ya gestionado
    .body = Otra persona ya respondió a este aviso, o alguien lo está respondiendo ahora mismo.

## bulk: /roblox bulk-ban and bulk-unban files, their preview, progress and end
## In every bulk message, $unban is "yes" for a bulk unban, "no" for a bulk ban.

bulk-too-big = el archivo ocupa { $size_kib } KiB; un archivo de acción masiva puede ocupar como máximo { $max_kib } KiB
bulk-not-text = el archivo no es de texto: adjunta un archivo .txt o .csv con un ID de usuario de Roblox por línea
bulk-empty = el archivo no contiene ningún ID de usuario de Roblox: pon un ID por línea (se ignoran el encabezado y los comentarios con #)
bulk-unreachable = no se pudo descargar el archivo de Discord; vuelve a adjuntarlo
bulk-line-numbers = { $lines }{ $more ->
        [0] {""}
       *[other] {" "}y { $more } más
    }
bulk-nothing-valid = ninguna línea es un ID de usuario de Roblox (un número); no lo { $count ->
        [one] es la línea
       *[other] son las líneas
    } { bulk-line-numbers }
bulk-too-many = el archivo contiene { $ids } IDs de usuario de Roblox distintos; como máximo { $max } a la vez
bulk-preview = { $unban ->
        [yes] Desbaneo masivo
       *[no] Baneo masivo
    }: ¿confirmar?
    .body = { $ids ->
            [one] { $ids } cuenta de Roblox
           *[other] { $ids } cuentas de Roblox
        } para { $unban ->
            [yes] desbanear
           *[no] banear
        }.{ $duplicates ->
            [0] {""}
            [one] {" "}Se quitó { $duplicates } duplicado.
           *[other] {" "}Se quitaron { $duplicates } duplicados.
        }{ $has_invalid_lines ->
            [yes] {" "}{ $count ->
                [one] Se saltó por no ser un ID de usuario de Roblox: línea
               *[other] Se saltaron por no ser un ID de usuario de Roblox: líneas
            } { bulk-line-numbers }.
           *[no] {""}
        }{ $has_reason ->
            [yes] {" "}Motivo: { $reason }.
           *[no] {""}
        } Se envían una a una dentro de los límites de solicitudes de Technified; el progreso se muestra aquí.
bulk-confirm = { $unban ->
        [yes] Desbanear { $ids }
       *[no] Banear { $ids }
    }
bulk-progress = { $unban ->
        [yes] Desbaneo masivo
       *[no] Baneo masivo
    }: { $over } de { $total }
    .body = Se envían una a una dentro de los límites de solicitudes de Technified. { $end_unix ->
            [none] El final previsto se mostrará cuando se envíen las primeras.
           *[other] Final previsto: <t:{ $end_unix }:R> (<t:{ $end_unix }:T>).
        } /{ cmd-jobs } cancela lo que queda.
bulk-finished = { $unban ->
        [yes] Desbaneo masivo
       *[no] Baneo masivo
    }: terminado
    .body = { $unban ->
            [yes] Desbaneadas
           *[no] Baneadas
        }: { $done }, fallidas: { $failed }, canceladas: { $cancelled }. El resultado de cada cuenta está en el archivo CSV adjunto.
bulk-report-file = { $unban ->
        [yes] bulk-unban-report.csv
       *[no] bulk-ban-report.csv
    }
bulk-job-line = `lote { $run_id }` { $unban ->
        [yes] Desbaneo masivo
       *[no] Baneo masivo
    } de { $total ->
        [one] { $total } cuenta
       *[other] { $total } cuentas
    } (por <@{ $requested_by }>): { $over } de { $total } terminadas, { $cancelled ->
        [yes] cancelado
       *[no] en curso
    }
cancel-bulk = Cancelar lote { $run_id }
bulk-cancel-summary = Se canceló el lote { $run_id } (cuentas sin enviar: { $cancelled })
bulk-summary = { $unban ->
        [yes] Desbaneo masivo
       *[no] Baneo masivo
    } de { $total ->
        [one] { $total } cuenta de Roblox
       *[other] { $total } cuentas de Roblox
    }
audit-bulk-finished = hechas: { $done }, fallidas: { $failed }, canceladas: { $cancelled }

## words: small words shared by several features

timeout = tiempo de espera agotado
no-connection = sin conexión
not-sent = no enviado
unreadable-answer = respuesta ilegible
request-not-valid = la solicitud no era válida
required = requerido
duration = { $unit ->
        [m] { $count ->
                [one] { $count } minuto
               *[other] { $count } minutos
            }
        [h] { $count ->
                [one] { $count } hora
               *[other] { $count } horas
            }
        [d] { $count ->
                [one] { $count } día
               *[other] { $count } días
            }
       *[w] { $count ->
                [one] { $count } semana
               *[other] { $count } semanas
            }
    }
permission = { $permission ->
        [view-channel] Ver canales
        [send-messages] Enviar mensajes
        [embed-links] Insertar enlaces
        [attach-files] Adjuntar archivos
        [read-message-history] Leer el historial de mensajes
        [ban-members] Banear miembros
        [view-audit-log] Ver el registro de auditoría
        [manage-guild] Gestionar servidor
        [manage-roles] Gestionar roles
        [moderate-members] Aislar temporalmente a miembros
       *[other] { $name }
    }
http-status = HTTP { $status }
request-id = solicitud { $id }
channel-mention = <#{ $id }>
role-by-id = rol { $id }
cancel = Cancelar

## commands: what Discord shows of the slash commands
## Ids and rules: the same group at the end of en-US.ftl.
cmd-setup = configurar
    .description = Conecta este servidor a Technified con su clave de API.
cmd-key = clave
    .description = La clave de API de Technified de este servidor.
cmd-key-status = estado
    .description = La clave guardada (enmascarada), quién la configuró y cómo fueron sus llamadas.
cmd-key-remove = eliminar
    .description = Olvida la clave guardada (pregunta antes).
cmd-lookup = buscar
    .description = Busca quién está verificado con Technified en este servidor.
cmd-lookup-discord = discord
    .description = La cuenta de Roblox vinculada a un miembro.
cmd-lookup-discord-user = miembro
    .description = El miembro que buscar
cmd-lookup-roblox = roblox
    .description = El miembro de Discord vinculado a una cuenta de Roblox.
cmd-lookup-roblox-roblox_id = roblox_id
    .description = El ID de usuario de Roblox
cmd-lookup-batch = varios
    .description = Busca hasta 25 miembros a la vez.
cmd-lookup-batch-users = miembros
    .description = Hasta 25 menciones o IDs, separados por espacios o comas
cmd-bindings = vinculaciones
    .description = Vinculaciones de roles: roles de Discord asignados según datos de Roblox.
cmd-bindings-list = lista
    .description = Todas las vinculaciones de este servidor.
cmd-bindings-add = añadir
    .description = Añade una vinculación.
cmd-bindings-add-group-rank = rango-de-grupo
    .description = Da un rol a los miembros cuyo rango en un grupo de Roblox está en un intervalo.
cmd-bindings-add-group-rank-role = rol
    .description = El rol que dar
cmd-bindings-add-group-rank-group_id = id_grupo
    .description = El ID del grupo de Roblox
cmd-bindings-add-group-rank-min_rank = rango_mínimo
    .description = Rango más bajo que cumple (de 0 a 255)
cmd-bindings-add-group-rank-max_rank = rango_máximo
    .description = Rango más alto que cumple (de 0 a 255)
cmd-bindings-add-group-rank-priority = prioridad
    .description = Orden cuando las vinculaciones se solapan (opcional)
cmd-bindings-add-gamepass = gamepass
    .description = Da un rol a quienes tengan un gamepass.
cmd-bindings-add-gamepass-role = rol
    .description = El rol que dar
cmd-bindings-add-gamepass-gamepass_id = id_gamepass
    .description = El ID del gamepass de Roblox
cmd-bindings-add-gamepass-priority = prioridad
    .description = Orden cuando las vinculaciones se solapan (opcional)
cmd-bindings-add-asset = recurso
    .description = Da un rol a quienes tengan un recurso de Roblox.
cmd-bindings-add-asset-role = rol
    .description = El rol que dar
cmd-bindings-add-asset-asset_id = id_recurso
    .description = El ID del recurso de Roblox
cmd-bindings-add-asset-priority = prioridad
    .description = Orden cuando las vinculaciones se solapan (opcional)
cmd-bindings-add-badge = insignia
    .description = Da un rol a quienes tengan una insignia de Roblox.
cmd-bindings-add-badge-role = rol
    .description = El rol que dar
cmd-bindings-add-badge-badge_id = id_insignia
    .description = El ID de la insignia de Roblox
cmd-bindings-add-badge-priority = prioridad
    .description = Orden cuando las vinculaciones se solapan (opcional)
cmd-bindings-add-account-age = antigüedad-de-cuenta
    .description = Da un rol a las cuentas con más de cierto número de días.
cmd-bindings-add-account-age-role = rol
    .description = El rol que dar
cmd-bindings-add-account-age-platform = plataforma
    .description = De quién cuenta la antigüedad de la cuenta
cmd-bindings-add-account-age-platform-choice-discord = Discord
cmd-bindings-add-account-age-platform-choice-roblox = Roblox
cmd-bindings-add-account-age-min_days = días_mínimos
    .description = Antigüedad mínima en días
cmd-bindings-add-account-age-priority = prioridad
    .description = Orden cuando las vinculaciones se solapan (opcional)
cmd-bindings-remove = eliminar
    .description = Elimina una vinculación.
cmd-bindings-remove-id = id
    .description = La vinculación (empieza a escribir para buscar)
cmd-bindings-test = probar
    .description = Por qué un miembro cumple o no una vinculación, según lo explica Technified.
cmd-bindings-test-id = id
    .description = La vinculación (empieza a escribir para buscar)
cmd-bindings-test-user = miembro
    .description = El miembro que probar
cmd-roblox = roblox
    .description = Baneos y muteos de Roblox a través de Technified.
cmd-roblox-ban-status = estado-baneo
    .description = Si una cuenta de Roblox está baneada.
cmd-roblox-ban-status-roblox_id = roblox_id
    .description = El ID de usuario de Roblox
cmd-roblox-ban-status-place_id = place_id
    .description = Contar también los baneos que solo valen en este place
cmd-roblox-mute-status = estado-muteo
    .description = Si una cuenta de Roblox está muteada.
cmd-roblox-mute-status-roblox_id = roblox_id
    .description = El ID de usuario de Roblox
cmd-roblox-mute-status-place_id = place_id
    .description = Contar también los muteos que solo valen en este place
cmd-roblox-ban = banear
    .description = Banea una cuenta de Roblox de los juegos de este servidor; con discord, también a su miembro aquí.
cmd-roblox-ban-roblox_id = roblox_id
    .description = El ID de usuario de Roblox
cmd-roblox-ban-reason = motivo
    .description = Por qué (se muestra en el panel y en los registros)
cmd-roblox-ban-duration = duración
    .description = Cuánto tiempo: 30m, 12h, 7d, 2w o permanent (por defecto)
cmd-roblox-ban-discord = discord
    .description = Banear también de este servidor al miembro de Discord vinculado a esa cuenta de Roblox (permanente)
cmd-roblox-unban = desbanear
    .description = Quita un baneo de Roblox.
cmd-roblox-unban-roblox_id = roblox_id
    .description = El ID de usuario de Roblox
cmd-roblox-unban-reason = motivo
    .description = Por qué (opcional)
cmd-roblox-mute = mutear
    .description = Mutea una cuenta de Roblox en los juegos de este servidor.
cmd-roblox-mute-roblox_id = roblox_id
    .description = El ID de usuario de Roblox
cmd-roblox-mute-reason = motivo
    .description = Por qué (se muestra en el panel y en los registros)
cmd-roblox-mute-duration = duración
    .description = Cuánto tiempo: 30m, 12h, 7d, 2w o permanent (por defecto)
cmd-roblox-unmute = desmutear
    .description = Quita un muteo de Roblox.
cmd-roblox-unmute-roblox_id = roblox_id
    .description = El ID de usuario de Roblox
cmd-roblox-unmute-reason = motivo
    .description = Por qué (opcional)
cmd-roblox-bulk-ban = banear-en-lote
    .description = Banea todas las cuentas de Roblox de un archivo.
cmd-roblox-bulk-ban-file = archivo
    .description = Archivo .txt o .csv: un ID de usuario de Roblox por línea (primera columna), máximo 5000
cmd-roblox-bulk-ban-reason = motivo
    .description = Por qué (se muestra en el panel y en los registros)
cmd-roblox-bulk-ban-duration = duración
    .description = Cuánto tiempo: 30m, 12h, 7d, 2w o permanent (por defecto)
cmd-roblox-bulk-unban = desbanear-en-lote
    .description = Quita los baneos de Roblox de todas las cuentas de un archivo.
cmd-roblox-bulk-unban-file = archivo
    .description = Archivo .txt o .csv: un ID de usuario de Roblox por línea (primera columna), máximo 5000
cmd-roblox-bulk-unban-reason = motivo
    .description = Por qué (opcional)
cmd-shield = shield
    .description = Technified Shield, la lista compartida de cuentas de Roblox marcadas.
cmd-shield-check = comprobar
    .description = Si Shield ha marcado una cuenta de Roblox.
cmd-shield-check-roblox_id = roblox_id
    .description = El ID de usuario de Roblox
cmd-jobs = tareas
    .description = Reintentos pendientes y fallidos recientes de este servidor, cada uno con un botón de cancelar.
cmd-settings = ajustes
    .description = Ajustes del bot en este servidor.
cmd-settings-log-channel = canal-de-registros
    .description = Dónde van los resultados tardíos de acciones reintentadas y un registro de cada acción.
cmd-settings-log-channel-channel = canal
    .description = Un canal de texto donde el bot pueda publicar
cmd-settings-ban-sync = sincronizar-baneos
    .description = Qué hace en Roblox un baneo de Discord a un miembro verificado: nada, preguntar o replicar.
cmd-settings-ban-sync-mode = modo
    .description = desactivado: nada; preguntar: un aviso en el canal de registros; replicar: baneo inmediato en Roblox
cmd-settings-ban-sync-mode-choice-off = desactivado (off)
cmd-settings-ban-sync-mode-choice-ask = preguntar (ask)
cmd-settings-ban-sync-mode-choice-mirror = replicar (mirror)
cmd-cases = casos
    .description = Los casos de moderación de este servidor.
cmd-cases-list = lista
    .description = Los casos de moderación de este servidor, los más recientes primero.
cmd-cases-list-user = miembro
    .description = Solo casos sobre este miembro (y su cuenta de Roblox vinculada)
cmd-cases-list-roblox_id = roblox_id
    .description = Solo casos sobre este ID de usuario de Roblox
cmd-cases-list-moderator = moderador
    .description = Solo casos creados por este moderador
cmd-cases-show = ver
    .description = Un caso completo.
cmd-cases-show-case = caso
    .description = El número del caso
cmd-cases-export = exportar
    .description = Todos los casos de este servidor en un archivo CSV.
cmd-doctor = diagnóstico
    .description = Revisa clave, API, canal de registros, sincronización de baneos, permisos, eventos, cola y límites.
cmd-help = ayuda
    .description = Qué hace cada comando.
cmd-help-command = comando
    .description = Un comando, como `lookup discord` (vacío para todos)
