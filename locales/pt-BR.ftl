# technified-bot: pt-BR
#
# Brazilian Portuguese, "você" throughout.
# Terms: chave de API, vínculo (de cargo), verificado, banimento / banir / desbanir,
# mute / mutar / desmutar, canal de logs (log channel), logs de ações (the bot's audit
# lines there), registro de auditoria (Discord's audit log), ação na fila (a queued
# write), lote (a bulk run), aviso (a ban sync card), limite de requisições (rate
# limit), rank (a Roblox group rank: "cargo" is Discord's role). Discord's menus and
# permissions as its Brazilian interface names them (Configurações do servidor,
# Cargos, Banir membros, Gerenciar servidor).
# Plurals: Portuguese counts 0 as [one], so a count that can be 0 gets a [0] variant
# or a phrasing without agreement ("na fila: 3").

## setup: /setup and /key

where-keys-are = Crie uma no painel do Technified: Settings, API Keys (a chave completa só aparece uma vez).
setup-modal-title = Conectar ao Technified
setup-key-label = Chave de API
setup-key-placeholder = technified_<ID do servidor>_…
connected-title = Conectado ao Technified
key-malformed = Isso não é uma chave de API do Technified
    .body = Uma chave tem o formato technified_<ID do servidor>_<letras aleatórias> ({ $problem }). { where-keys-are }
key-problem = { $problem ->
        [empty] a chave está vazia
        [too-long] a chave é longa demais
        [missing-prefix] a chave não começa com `technified_`
        [missing-guild] falta o ID do servidor depois de `technified_`
        [guild-not-numeric] o ID do servidor na chave não é um ID do Discord
        [missing-secret] não há nada depois do ID do servidor
       *[invalid-characters] a chave tem espaços ou caracteres que uma chave não pode ter
    }
key-for-other-server = Esta chave é de outro servidor
    .body = Ela foi criada para o servidor com ID { $owner_guild }. Crie uma chave para este servidor no painel do Technified dele (Settings, API Keys) e use /{ cmd-setup } de novo. Nada foi salvo.
connected = O Technified aceitou a chave `{ $masked }`. Ela fica salva com criptografia; /{ cmd-key } { cmd-key-status } mostra a chave.
key-remove-question = Remover a chave salva?
    .body = O bot vai esquecer `{ $masked }` e parar de chamar o Technified para este servidor até alguém usar /{ cmd-setup } de novo.
remove = Remover
kept = Mantida
key-kept = A chave não foi removida.
removed = Removida
key-removed = O bot esqueceu a chave.{ $ended ->
        [0] {""}
        [one] {" "}{ $ended } ação que esperava na fila foi encerrada sem ser enviada.
       *[other] {" "}{ $ended } ações que esperavam na fila foram encerradas sem ser enviadas.
    } Revogue a chave também no painel do Technified se ela pode ter vazado.
key-status-title = Chave de API do Technified
set-by = Definida por
state = Status
verified-yes = aceita pelo Technified
verified-pending = ainda não verificada
last-success = Última chamada bem-sucedida
last-error = Último erro
pending-retries = Novas tentativas pendentes
never = nunca
none = nenhum
no-answer = sem resposta
key-staged = Chave salva, ainda não verificada
    .body = O Technified não respondeu, então a nova chave aguarda para ser verificada automaticamente; a chave atual continua em uso, inclusive para as ações na fila, até o Technified aceitar a nova. /{ cmd-key } { cmd-key-status } mostra a chave em uso.
key-checking = Chave salva, ainda não verificada
    .body = O Technified não respondeu, então a chave foi salva como ainda não verificada. Ela será verificada automaticamente; /{ cmd-key } { cmd-key-status } mostra o resultado.

## settings: /settings

saved = Salvo
log-channel-test-title = Log do bot do Technified
log-channel-test = <@{ $by }> escolheu este canal para os logs de ações do bot e os resultados que chegarem depois.
log-channel-set = Os logs de ações e os resultados que chegarem depois vão para <#{ $channel }>.

## lookup: /lookup and /shield

verified = Verificado
discord = Discord
roblox = Roblox
roblox-id = ID do Roblox
not-verified-short = não verificado
reason = Motivo
category = Categoria
source = Fonte
batch-title = { $verified } de { $asked } verificados
shield-flagged = Marcado pelo Shield
    .body = A conta do Roblox { $roblox_id } está na lista do Shield do Technified.
shield-clear = A conta do Roblox { $roblox_id } não está marcada pelo Shield
lookup-cooldown = Calma aí
    .body = Cada membro pode fazer { $uses ->
            [one] { $uses } consulta
           *[other] { $uses } consultas
        } a cada { $window_secs ->
            [one] { $window_secs } segundo
           *[other] { $window_secs } segundos
        }. Tente de novo <t:{ $free_unix }:R>.

## bindings: /bindings

no-bindings = Este servidor ainda não tem vínculos. Adicione um com /{ cmd-bindings } { cmd-bindings-add }.
priority = prioridade
binding-matches = Corresponde
binding-no-match = Não corresponde
binding-result = Teste de vínculo
group-rank = Rank no grupo
previous = Anterior
next = Próxima
bindings-title = { $total ->
        [0] { $total } vínculos
        [one] { $total } vínculo
       *[other] { $total } vínculos
    }
page = Página { $current } de { $of }
target-group-rank = grupo { $group_id }, ranks { $min_rank } a { $max_rank }
target-gamepass = passe de jogo { $gamepass_id }
target-asset = item { $asset_id }
target-badge = emblema { $badge_id }
target-account-age = conta do { $platform } criada há pelo menos { $min_days ->
        [0] { $min_days } dias
        [one] { $min_days } dia
       *[other] { $min_days } dias
    }
target-in-group = { $target } ({ $group })
target-of-type = vínculo do tipo { $binding_type }

## roblox: /roblox moderation, and the Discord half of a ban on both

ban-confirm = Banir permanentemente
cancelled = Cancelado
nothing-changed = Nada foi alterado.
by-roblox = Por (Roblox)
since = Desde
until = Até
permanent = permanente
permanent-ban-question = Banir permanentemente?
    .body = A conta do Roblox { $roblox_id } será banida dos jogos deste servidor sem data de término. Motivo: { $reason }
not-banned = A conta do Roblox { $roblox_id } não está banida
not-muted = A conta do Roblox { $roblox_id } não está mutada
banned = Banida
    .body = A conta do Roblox { $roblox_id } está banida.
muted = Mutada
    .body = A conta do Roblox { $roblox_id } está mutada.
discord-ban-needs-permanent = Um banimento no Discord não tem data de término, então discord:true só funciona com banimento permanente. Não informe a duração (ou use `permanent`), ou bana você mesmo no Discord.
both-bans-question = { permanent-ban-question }
    .body =
        { permanent-ban-question.body }
        { $discord_line }
the-linked-member = o membro vinculado
discord-ban-line = **Discord:** { $status }
discord-will-ban-member = <@{ $user }> também será banido deste servidor.
discord-will-ban-absent = <@{ $user }> não está no servidor agora e será banido mesmo assim, para não poder entrar.
discord-banned-member = <@{ $user }> foi banido deste servidor.
discord-banned-absent = <@{ $user }> foi banido. Não está no servidor agora; o banimento impede a entrada.
discord-not-banned = não banido: { $why }
refused-not-linked = nenhuma conta do Discord está vinculada à conta do Roblox { $roblox_id } neste servidor.
refused-owner = { $who } é o dono deste servidor, e ninguém pode banir o dono de um servidor.
refused-bot-lacks-ban-members = o bot não tem a permissão Banir membros. Dê essa permissão ao cargo do bot em Configurações do servidor, Cargos.
refused-not-below-bot = { $who } tem um cargo no mesmo nível ou acima do cargo mais alto do bot, e o Discord só deixa o bot banir membros abaixo dele. Coloque o cargo do bot acima do cargo dessa pessoa em Configurações do servidor, Cargos.
refused-not-below-moderator = { $who } tem um cargo no mesmo nível ou acima do seu cargo mais alto, e o Discord só deixa você banir membros abaixo de você.
discord-lookup-failed = não banido: não foi possível consultar a conta do Discord vinculada ({ $detail }).
discord-check-failed = não banido: não foi possível ler no Discord os cargos que { $who } e o bot têm para verificar o banimento ({ $detail }).
discord-ban-failed = falhou: o banimento não foi concluído para { $who } ({ $detail }).
discord-ban-audit-reason = { $moderator_name } ({ $moderator_id }) com /{ cmd-roblox } { cmd-roblox-ban } da conta do Roblox { $roblox_id }: { $reason }
discord-ban-summary = Banir o membro do Discord <@{ $user }> (vinculado à conta do Roblox { $roblox_id }): { $reason }
discord-said = O Discord diz: { $message }, código { $code }

## jobs: queued writes, late results, /jobs, and why a write was not done

late-done = Feito depois que o Technified se recuperou.
jobs-title = Novas tentativas
no-jobs = Nada está aguardando nem falhou recentemente.
already-running = não cancelado (já está sendo enviado ou já terminou)
queued = O Technified está com problemas: na fila
    .body = { $summary }: ainda não aplicado. Está salvo e será tentado de novo automaticamente (próxima tentativa <t:{ $next_try_unix }:R>); esta mensagem será atualizada com o resultado. Use /{ cmd-jobs } para ver ou cancelar.
queued-rate-limited = Limite de requisições: na fila
    .body = { $summary }: ainda não enviado, porque este servidor já usou por enquanto suas chamadas ao Technified deste tipo. Está salvo e será enviado às <t:{ $send_unix }:T> (<t:{ $send_unix }:R>); esta mensagem será atualizada com o resultado. Use /{ cmd-jobs } para ver ou cancelar.
job-failed = Não realizado
    .body = { $summary }: { $why }.
cancel-job = Cancelar #{ $id }
job-cancel-summary = Ação na fila #{ $id } cancelada
job-line = `#{ $id }` { $summary } (por <@{ $by }>): { $state }
job-waiting = aguardando, tentativa { $attempt } <t:{ $next_try_unix }:R>
job-running = sendo enviado agora
job-done = concluído
job-cancelled = cancelado
job-failed-state = falhou: { $label }{ $has_last_error ->
        [yes] {" "}(último erro: { $last_error })
       *[no] {""}
    }
failed-key-removed = a chave de API do servidor foi removida antes do envio
failed-bot-removed = o bot foi removido do servidor antes do envio
failed-key-unreadable = a chave salva não pode ser lida; um admin precisa usar /{ cmd-setup } de novo
failed-gave-up = o Technified continuou falhando depois de um dia de tentativas
failed-refused = o Technified recusou
failed-twice = o Technified falhou de novo na nova tentativa
failed-unreadable-job = esta versão do bot não consegue ler a alteração na fila
failed-unknown = terminou sem ser aplicado
label-key-removed = chave removida antes do envio
label-bot-removed = bot removido do servidor
label-key-unreadable = chave salva ilegível
label-gave-up = prazo esgotado
label-refused = recusado pelo Technified
label-failed-twice = falhou de novo na nova tentativa
label-unreadable-job = esta versão não consegue ler
label-unknown = não aplicado

## writes: what a write does, in one line
## $done is "yes" once the write is made (past tense, the green reply), "no" while
## it waits or when it failed (the action as asked: the amber and red replies,
## /jobs, audit lines).

ban-summary = { $done ->
        [yes] Conta do Roblox { $roblox_id } banida
       *[no] Banir a conta do Roblox { $roblox_id }
    } { $has_duration ->
        [yes] por { $duration }
       *[no] permanentemente
    }: { $reason }
mute-summary = { $done ->
        [yes] Conta do Roblox { $roblox_id } mutada
       *[no] Mutar a conta do Roblox { $roblox_id }
    } { $has_duration ->
        [yes] por { $duration }
       *[no] permanentemente
    }: { $reason }
unban-summary = { $done ->
        [yes] Banimento da conta do Roblox { $roblox_id } removido
       *[no] Remover o banimento da conta do Roblox { $roblox_id }
    }
unmute-summary = { $done ->
        [yes] Mute da conta do Roblox { $roblox_id } removido
       *[no] Remover o mute da conta do Roblox { $roblox_id }
    }
binding-added = { $done ->
        [yes] Vínculo adicionado
       *[no] Adicionar um vínculo
    }: <@&{ $role }> para { $target }
binding-removed = { $done ->
        [yes] Vínculo { $id } removido
       *[no] Remover o vínculo { $id }
    }
key-check-summary = { $done ->
        [yes] Chave de API salva verificada
       *[no] Verificar a chave de API salva
    }

## doctor: /doctor, the checklist

doctor-title = Lista de verificação
fix = Como resolver
doctor-api-key = Chave de API
doctor-key-accepted = Chave aceita
doctor-technified-api = API do Technified
doctor-log-channel = Canal de logs
doctor-retry-queue = Fila de novas tentativas
doctor-headroom = Folga no limite de requisições
doctor-ban-sync = Sincronização de banimentos
doctor-ban-members = Banir membros
doctor-view-audit-log = Ver registro de auditoria
doctor-server-permissions = Permissões do servidor
doctor-moderation-events = Eventos de moderação
check-key-missing = nenhuma chave salva
check-key-missing-fix = Um admin precisa usar /{ cmd-setup } com a chave de API do Technified deste servidor.
check-key-unreadable = salva, mas não pode ser descriptografada com esta ENCRYPTION_KEY
check-key-unreadable-fix = Use /{ cmd-setup } de novo, ou restaure o arquivo encryption.key que foi usado para salvá-la.
check-key-present = salva: `{ $masked }`
check-key-accepted = sim
check-key-refused = não (HTTP { $status })
check-key-refused-fix = A chave foi revogada ou é de outro servidor. { where-keys-are } Depois use /{ cmd-setup }.
check-key-not-checked-paced = não verificada agora (as chamadas deste servidor estão no limite de requisições)
check-key-accepted-rate-limited = sim (no limite de requisições agora)
check-api-reachable = acessível, { $latency_ms } ms
check-api-trouble-timeout = sem resposta dentro do tempo limite
check-api-trouble-no-connection = não foi possível conectar
check-api-trouble-status = respondeu HTTP { $status }
check-api-trouble-fix = O Technified pode estar com problemas; tente de novo em alguns minutos. Se continuar, quem administra o bot deve conferir TECHNIFIED_API_URL com `technified-bot check`.
check-log-channel-unset = não definido
check-log-channel-unset-fix = Use /{ cmd-settings } { cmd-settings-log-channel } para que os resultados que chegarem depois e os logs de ações tenham para onde ir.
check-log-channel-blocked = <#{ $channel }>: o bot não consegue enviar mensagens lá
check-log-channel-blocked-fix = Dê ao bot { $missing } em <#{ $channel }>.
check-log-channel-writable = <#{ $channel }>, o bot consegue enviar mensagens
check-log-channel-uncached = <#{ $channel }> (permissões ainda não estão em cache)
check-queue = na fila: { $pending }
headroom-line = { $paused_until ->
        [none] { $group }: { $used }/{ $quota } neste minuto
       *[other] { $group }: limitado até <t:{ $paused_until }:T>
    }
check-headroom-paused-fix = O Technified limita as chamadas por chave e por minuto; o bot espera e tenta de novo sozinho.
check-ban-sync-off = desativada
check-ban-sync-posting = { $mode }, postando em <#{ $channel }>
check-ban-sync-no-log-channel = { $mode }, mas nenhum canal de logs foi definido: banimentos no Discord não são sincronizados
check-ban-sync-no-log-channel-fix = Use /{ cmd-settings } { cmd-settings-log-channel }: a sincronização de banimentos posta seus avisos e notas lá. Ou desative com /{ cmd-settings } { cmd-settings-ban-sync } off.
check-ban-sync-blocked = { $mode }, mas o bot não consegue enviar mensagens em <#{ $channel }>: banimentos no Discord não são sincronizados
check-ban-sync-blocked-fix = Dê ao bot { $missing } em <#{ $channel }>, ou escolha outro canal com /{ cmd-settings } { cmd-settings-log-channel }.
check-ban-members-granted = concedida
check-ban-members-missing = faltando
check-ban-members-missing-fix = Em Configurações do servidor → Cargos → o cargo do bot, ative Banir membros: /{ cmd-roblox } { cmd-roblox-ban } { cmd-roblox-ban-discord }:true, a sincronização de banimentos e os banimentos no Discord precisam dela.
check-view-audit-log-granted = concedida
check-view-audit-log-missing = faltando
check-view-audit-log-missing-fix = Em Configurações do servidor → Cargos → o cargo do bot, ative Ver registro de auditoria: é lá que a sincronização de banimentos vê quem baniu e por quê.
check-server-permissions-uncached = ainda não estão em cache
check-moderation-events-seen = último evento de moderação visto <t:{ $last_seen_unix }:R>
check-moderation-events-none = nenhum visto desde o início

## help: /help

help-title = Comandos do bot do Technified
help-footer = /{ cmd-help } <comando> mostra as opções de um comando e quem pode usá-lo.
optional-mark = {" "}(opcional)
who = Quem
everyone = todos
unknown-command = Esse comando não existe
    .body = Não existe nenhum comando chamado /{ $name }. /{ cmd-help } lista todos.

## errors: failures (red) and trouble being worked around (amber)

not-connected = Este servidor ainda não está conectado
    .body = Um admin (Gerenciar servidor) precisa usar /{ cmd-setup } com a chave de API do Technified deste servidor.
key-unreadable = Não foi possível ler a chave salva
    .body = A ENCRYPTION_KEY do bot mudou desde que a chave foi salva. Um admin precisa usar /{ cmd-setup } de novo.
key-rejected = A chave de API salva foi recusada
    .body = Ela foi revogada ou está errada. { where-keys-are } Depois use /{ cmd-setup }.
key-other-guild = Esta chave é de outro servidor
    .body = O Technified recusou a chave para este servidor. { where-keys-are } Depois use /{ cmd-setup }.
internal-fault = Algo deu errado dentro do bot
    .body = É uma falha do bot, não sua. Reporte o problema com o ID de requisição { $request_id }.
input-rejected = O Technified não aceitou isso
    .body = O Technified diz: { $technified_says }. Confira os valores e tente de novo.
not-verified = Não verificado
    .body = Esse usuário não está verificado com o Technified neste servidor.
no-active-ban = Nenhum banimento ativo
    .body = Esse usuário não tem banimento ativo, então não há nada para remover.
no-active-mute = Nenhum mute ativo
    .body = Esse usuário não tem mute ativo, então não há nada para remover.
not-found = Não encontrado
    .body = Isso não existe (ou este servidor ainda não está configurado no Technified).
already-exists = Já existe
    .body = Isso já existe no Technified (por exemplo, o mesmo vínculo).
gave-up = O Technified continua com problemas
    .body = O bot desistiu depois de { $attempts ->
            [one] { $attempts } tentativa
           *[other] { $attempts } tentativas
        }. Nada foi perdido; tente de novo em alguns minutos.
shield-offline = O Shield está fora do ar
    .body = O Technified suspendeu o Shield, então não dá para verificar marcações agora.
moderator-not-verified = Você não está verificado
    .body = As ações no Roblox são registradas na conta do Roblox do moderador. Verifique-se com o Technified neste servidor e tente de novo.
invalid-input = Confira o que você digitou
    .body = { $what }
missing-permission = Você não pode usar isto
    .body = É preciso ter { $count ->
        [one] a permissão
       *[other] as permissões
    } { $permission } neste servidor.
guild-only = Só em servidores
    .body = Este comando funciona dentro de um servidor, não em mensagens diretas.
option-unreadable = Confira o que você digitou
    .body = Não foi possível ler uma das opções (por exemplo, um canal ou usuário que o bot não consegue ver). Escolha de novo na lista do Discord.
command-outdated = Este comando mudou
    .body = O Discord mostrou uma versão antiga deste comando. Espere um minuto (ou reinicie o Discord) e use o comando de novo.
permissions-unknown = Não foi possível verificar suas permissões
    .body = O Discord não informou o que você pode fazer aqui. Tente de novo daqui a pouco.
not-here = Você não pode usar isto aqui
    .body = Este comando não está disponível para você neste lugar. /{ cmd-help } lista o que você pode usar.
cooldown = Calma aí
    .body = Você pode usar este comando de novo <t:{ $again_unix }:R>.
this-channel = este canal
that-channel = o canal em questão
discord-refused = O Discord recusou isso
    .body = { $what }
bot-missing-permission = O bot não tem { $count ->
        [one] uma permissão
       *[other] algumas permissões
    }
    .body = Dê ao bot { $count ->
        [one] a permissão
       *[other] as permissões
    } { $permission } em { $place } e tente de novo.
unexpected = Algo deu errado dentro do bot
    .body = É uma falha do bot, não sua. Os detalhes estão nos logs do bot.
queue-full = Ações demais aguardando: não entrou na fila
    .body = Este servidor já tem { $max_waiting ->
            [one] { $max_waiting } ação aguardando
           *[other] { $max_waiting } ações aguardando
        } o Technified, então esta não entrou na fila. Use o comando de novo quando /{ cmd-jobs } mostrar menos.
timed-out = Tempo esgotado
    .body = Nada foi alterado. Use o comando de novo quando quiser.
retrying = O Technified está com problemas
    .body = O Technified (ou o Discord ou o Roblox por trás dele) não respondeu direito. Tentando de novo automaticamente: tentativa { $attempt }, próxima <t:{ $next_try_unix }:R>.
rate-limited = O Technified está limitando este servidor
    .body = Nova tentativa automática às <t:{ $next_try_unix }:T> (<t:{ $next_try_unix }:R>).
rate-limited-until = Limite de requisições
    .body = Este servidor já usou por enquanto suas chamadas ao Technified deste tipo: limitado até <t:{ $free_unix }:T> (<t:{ $free_unix }:R>). Tente de novo nesse horário.
write-not-retried = O Technified está com problemas
    .body = O Technified (ou o Discord ou o Roblox por trás dele) não respondeu direito, então esta alteração pode não ter sido aplicada. Confira o status dela daqui a um minuto antes de tentar de novo.

## audit: the audit lines posted in the log channel

audit-done = concluído
audit-failed = falhou ({ $why })
audit-line = { $number ->
        [none] <@{ $member }>: { $what }: { $outcome }
       *[other] <@{ $member }>: { $what } · { case-title }: { $outcome }
    }

## input: checks of what a member typed

priority-out-of-range = priority deve estar entre 0 e 1000.
min-days-out-of-range = min_days deve estar entre 0 e 36500.
reason-missing = Informe um motivo.
no-users = Informe pelo menos um usuário (menções ou IDs).
duration-too-long = Essa duração passa de dez anos; use `permanent`.
not-a-binding-id = Escolha um vínculo da lista (comece a digitar para buscar) ou informe o ID dele que aparece em /{ cmd-bindings } { cmd-bindings-list }.
not-positive = { $option } deve ser um número positivo.
rank-out-of-range = { $option } deve estar entre 0 e 255.
ranks-reversed = min_rank ({ $min }) não pode ser maior que max_rank ({ $max }).
reason-too-long = O motivo é longo demais: no máximo { $max ->
        [one] { $max } caractere
       *[other] { $max } caracteres
    }.
not-a-duration = `{ $value }` não é uma duração. Use um número e uma unidade, como 30m, 12h, 7d ou 2w, ou `permanent`.
not-a-user = `{ $token }` não é uma menção nem um ID de usuário.
too-many-users = No máximo { $max ->
        [one] { $max } usuário
       *[other] { $max } usuários
    } de uma vez; você informou { $listed }.

## cases: /cases, its lines, the case card and the export

case-title = Caso #{ $number }
cases-title = Casos ({ $total })
no-cases = Nenhum caso encontrado. Todo banimento, desbanimento, mute e desmute feito pelo bot vira um caso.
cases-cut = Mostrando os { $shown } mais recentes de { $total }; /{ cmd-cases } { cmd-cases-export } traz todos.
case-not-found = Caso não encontrado
    .body = Este servidor não tem o caso #{ $number }. /{ cmd-cases } { cmd-cases-list } mostra os casos que ele tem.
case-ban = Banimento
case-unban = Desbanimento
case-mute = Mute
case-unmute = Desmute
from-command = um comando
from-bulk = um arquivo de ação em massa
from-ban-sync = a sincronização de banimentos
case-queued = na fila
case-done = concluído
case-failed = falhou
case-cancelled = cancelado
case-line = `#{ $number }` { $action } da conta do Roblox { $roblox_id } por <@{ $moderator }>: { $outcome } · <t:{ $opened_unix }:R>
case-choice = #{ $number } { $action } da conta do Roblox { $roblox_id }
case-roblox = Conta do Roblox
case-member = Membro do Discord
case-moderator = Moderador
case-reason = Motivo
case-duration = Duração
case-source = Origem
case-outcome = Resultado
case-opened = Aberto
case-updated = Última alteração
not-known = desconhecido
case-moderator-line = { $roblox_id ->
        [none] <@{ $discord_id }>
       *[other] <@{ $discord_id }> (Roblox { $roblox_id })
    }
cases-file = cases.csv
cases-exported = Casos exportados
    .body = { $count ->
            [0] Este servidor tem { $count } casos; o arquivo CSV anexo (UTF-8, um caso por linha) não lista nenhum.
            [one] Este servidor tem { $count } caso; ele está no arquivo CSV anexo (UTF-8, um caso por linha).
           *[other] Este servidor tem { $count } casos; todos estão no arquivo CSV anexo (UTF-8, um caso por linha).
        }

## ban_sync: /settings ban-sync, its cards and notes in the log channel

ban-sync-saved = Sincronização de banimentos salva
ban-sync-off = A sincronização de banimentos está desativada: banimentos no Discord não fazem nada no Roblox.
ban-sync-ask = A sincronização de banimentos pergunta: quando um membro verificado é banido no Discord, um aviso é postado no canal de logs, com um botão para bani-lo também no Roblox.
ban-sync-mirror = A sincronização de banimentos espelha: quando um membro verificado é banido no Discord, a conta do Roblox dele é banida na hora, com a conta do Roblox do moderador do Discord como moderador (um aviso pergunta quando esse moderador é desconhecido ou não está verificado).
ban-sync-needs-log-channel = Os modos ask e mirror postam seus avisos e notas no canal de logs, e este servidor ainda não tem um. Use /{ cmd-settings } { cmd-settings-log-channel } primeiro e depois /{ cmd-settings } { cmd-settings-ban-sync } de novo.
ban-sync-reason = Banido no Discord: { $has_discord_reason ->
        [yes] { $discord_reason }
       *[no] nenhum motivo informado
    }
unban-sync-reason = Desbanido no Discord
card-banned-title = Banido no Discord
card-unbanned-title = Desbanido no Discord
card-ban-button = Banir também no Roblox
card-unban-button = Desbanir também no Roblox
card-dismiss-button = Dispensar
card-member = Membro
card-roblox = Conta do Roblox
card-by = Por
card-reason = Motivo
no-reason = nenhum informado
card-moderator = { $moderator ->
        [none] desconhecido (o bot não consegue ler o registro de auditoria, ou não havia nenhuma entrada)
       *[other] <@{ $moderator }>
    }
card-question = { $unban ->
        [yes] A sincronização de banimentos baniu esta conta no Roblox. Remover esse banimento no Roblox também?
       *[no] Banir a conta do Roblox dessa pessoa também?
    }
card-fallback = { $moderator ->
        [none] Não foi banido no Roblox na hora: não se sabe qual moderador baniu, e o Technified registra todo banimento na conta do Roblox de um moderador.
       *[other] Não foi banido no Roblox na hora: <@{ $moderator }> não tem uma conta do Roblox verificada com o Technified aqui, e o Technified registra todo banimento na conta do Roblox de um moderador.
    }
card-dismissed = Dispensado por <@{ $by }>.
sync-outcome = { $unban ->
        [yes] Desbanimento no Roblox
       *[no] Banimento no Roblox
    } por <@{ $by }>: { $written }.
sync-done = concluído
sync-queued = na fila, o Technified ainda não está aceitando; o resultado vai aparecer aqui
sync-failed = falhou ({ $why })
mirrored-ban-title = Banido também no Roblox
mirrored-unban-title = Desbanido também no Roblox
unverified-ban-title = Banimento no Discord: nada a fazer no Roblox
unverified-ban = <@{ $member }> foi banido no Discord. Essa pessoa não tem uma conta do Roblox verificada com o Technified neste servidor, então a sincronização de banimentos não fez nada no Roblox.
sync-lookup-failed-title = A sincronização de banimentos não conseguiu consultar o membro
sync-lookup-failed = <@{ $member }> foi banido ou desbanido no Discord, mas não foi possível perguntar ao Technified se essa pessoa está verificada ({ $why }). Use `/{ cmd-roblox } { cmd-roblox-ban }` ou `/{ cmd-roblox } { cmd-roblox-unban }` se precisar.
card-refused-no-account = Você precisa de uma conta do Roblox verificada
    .body = O Technified registra todo banimento no Roblox na conta do Roblox do moderador. Verifique a sua com o Technified neste servidor e clique no botão de novo.
card-closed = Já resolvido
    .body = Outra pessoa já respondeu a este aviso, ou alguém está respondendo agora.

## bulk: /roblox bulk-ban and bulk-unban files, their preview, progress and end
## In every bulk message, $unban is "yes" for a bulk unban, "no" for a bulk ban.

bulk-too-big = o arquivo tem { $size_kib } KiB; um arquivo de ação em massa pode ter no máximo { $max_kib } KiB
bulk-not-text = o arquivo não é de texto: anexe um arquivo .txt ou .csv com um ID de usuário do Roblox por linha
bulk-empty = o arquivo não tem nenhum ID de usuário do Roblox: coloque um ID por linha (o cabeçalho e os comentários com # são ignorados)
bulk-unreachable = não foi possível baixar o arquivo do Discord; anexe de novo
bulk-line-numbers = { $lines }{ $more ->
        [0] {""}
       *[other] {" "}e mais { $more }
    }
bulk-nothing-valid = nenhuma linha é um ID de usuário do Roblox (um número); { $count ->
        [one] a linha { bulk-line-numbers } não é
       *[other] as linhas { bulk-line-numbers } não são
    }
bulk-too-many = o arquivo lista { $ids } IDs de usuário do Roblox diferentes; no máximo { $max } de uma vez
bulk-preview = { $unban ->
        [yes] Desbanimento em massa
       *[no] Banimento em massa
    }: confirmar?
    .body = { $ids ->
            [one] { $ids } conta do Roblox
           *[other] { $ids } contas do Roblox
        } para { $unban ->
            [yes] desbanir
           *[no] banir
        }.{ $duplicates ->
            [0] {""}
            [one] {" "}{ $duplicates } duplicado deixado de fora.
           *[other] {" "}{ $duplicates } duplicados deixados de fora.
        }{ $has_invalid_lines ->
            [yes] {" "}{ $count ->
                [one] Ignorada por não ser um ID de usuário do Roblox: linha
               *[other] Ignoradas por não serem um ID de usuário do Roblox: linhas
            } { bulk-line-numbers }.
           *[no] {""}
        }{ $has_reason ->
            [yes] {" "}Motivo: { $reason }.
           *[no] {""}
        } Elas são enviadas uma por vez dentro dos limites de requisições do Technified; o progresso aparece aqui.
bulk-confirm = { $unban ->
        [yes] Desbanir { $ids }
       *[no] Banir { $ids }
    }
bulk-progress = { $unban ->
        [yes] Desbanimento em massa
       *[no] Banimento em massa
    }: { $over } de { $total }
    .body = Enviadas uma por vez dentro dos limites de requisições do Technified. { $end_unix ->
            [none] A previsão de término aparece quando as primeiras forem enviadas.
           *[other] Previsão de término: <t:{ $end_unix }:R> (<t:{ $end_unix }:T>).
        } /{ cmd-jobs } cancela o que falta.
bulk-finished = { $unban ->
        [yes] Desbanimento em massa
       *[no] Banimento em massa
    }: concluído
    .body = { $unban ->
            [yes] Desbanidas
           *[no] Banidas
        }: { $done }, com falha: { $failed }, canceladas: { $cancelled }. O resultado de cada conta está no arquivo CSV anexo.
bulk-report-file = { $unban ->
        [yes] bulk-unban-report.csv
       *[no] bulk-ban-report.csv
    }
bulk-job-line = `lote { $run_id }` { $unban ->
        [yes] Desbanimento em massa
       *[no] Banimento em massa
    } de { $total ->
        [one] { $total } conta
       *[other] { $total } contas
    } (por <@{ $requested_by }>): { $over } de { $total } concluídas, { $cancelled ->
        [yes] cancelado
       *[no] em andamento
    }
cancel-bulk = Cancelar lote { $run_id }
bulk-cancel-summary = Lote { $run_id } cancelado (contas não enviadas: { $cancelled })
bulk-summary = { $unban ->
        [yes] Desbanimento em massa
       *[no] Banimento em massa
    } de { $total ->
        [one] { $total } conta do Roblox
       *[other] { $total } contas do Roblox
    }
audit-bulk-finished = concluídas: { $done }, com falha: { $failed }, canceladas: { $cancelled }

## words: small words shared by several features

timeout = tempo esgotado
no-connection = sem conexão
not-sent = não enviado
unreadable-answer = resposta ilegível
request-not-valid = a requisição não era válida
required = necessária
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
                [one] { $count } dia
               *[other] { $count } dias
            }
       *[w] { $count ->
                [one] { $count } semana
               *[other] { $count } semanas
            }
    }
permission = { $permission ->
        [view-channel] Ver canais
        [send-messages] Enviar mensagens
        [embed-links] Inserir links
        [attach-files] Anexar arquivos
        [read-message-history] Ver histórico de mensagens
        [ban-members] Banir membros
        [view-audit-log] Ver registro de auditoria
        [manage-guild] Gerenciar servidor
        [manage-roles] Gerenciar cargos
        [moderate-members] Castigar membros
       *[other] { $name }
    }
http-status = HTTP { $status }
request-id = requisição { $id }
channel-mention = <#{ $id }>
role-by-id = cargo { $id }
cancel = Cancelar

## commands: what Discord shows of the slash commands
## Ids and rules: the same group at the end of en-US.ftl.
cmd-setup = conectar
    .description = Conecte este servidor ao Technified com a chave de API dele.
cmd-key = chave
    .description = A chave de API do Technified deste servidor.
cmd-key-status = status
    .description = A chave salva (mascarada), quem a definiu e como foram as chamadas dela.
cmd-key-remove = remover
    .description = Esquecer a chave salva (pergunta antes).
cmd-lookup = buscar
    .description = Descubra quem está verificado com o Technified neste servidor.
cmd-lookup-discord = discord
    .description = A conta Roblox vinculada a um membro.
cmd-lookup-discord-user = membro
    .description = O membro a consultar
cmd-lookup-roblox = roblox
    .description = O membro do Discord vinculado a uma conta Roblox.
cmd-lookup-roblox-roblox_id = roblox_id
    .description = O ID de usuário do Roblox
cmd-lookup-batch = vários
    .description = Consulte até 25 membros de uma vez.
cmd-lookup-batch-users = membros
    .description = Até 25 menções ou IDs, separados por espaços ou vírgulas
cmd-bindings = vínculos
    .description = Vínculos de cargo: cargos do Discord dados a partir de dados do Roblox.
cmd-bindings-list = lista
    .description = Todos os vínculos deste servidor.
cmd-bindings-add = adicionar
    .description = Adicionar um vínculo.
cmd-bindings-add-group-rank = rank-do-grupo
    .description = Dê um cargo a membros cujo rank em um grupo do Roblox está em um intervalo.
cmd-bindings-add-group-rank-role = cargo
    .description = O cargo a dar
cmd-bindings-add-group-rank-group_id = id_grupo
    .description = O ID do grupo do Roblox
cmd-bindings-add-group-rank-min_rank = rank_mínimo
    .description = Menor rank que corresponde (0 a 255)
cmd-bindings-add-group-rank-max_rank = rank_máximo
    .description = Maior rank que corresponde (0 a 255)
cmd-bindings-add-group-rank-priority = prioridade
    .description = Ordem quando vínculos se sobrepõem (opcional)
cmd-bindings-add-gamepass = gamepass
    .description = Dê um cargo a quem tem um gamepass.
cmd-bindings-add-gamepass-role = cargo
    .description = O cargo a dar
cmd-bindings-add-gamepass-gamepass_id = id_gamepass
    .description = O ID do gamepass do Roblox
cmd-bindings-add-gamepass-priority = prioridade
    .description = Ordem quando vínculos se sobrepõem (opcional)
cmd-bindings-add-asset = recurso
    .description = Dê um cargo a quem tem um recurso do Roblox.
cmd-bindings-add-asset-role = cargo
    .description = O cargo a dar
cmd-bindings-add-asset-asset_id = id_recurso
    .description = O ID do recurso do Roblox
cmd-bindings-add-asset-priority = prioridade
    .description = Ordem quando vínculos se sobrepõem (opcional)
cmd-bindings-add-badge = emblema
    .description = Dê um cargo a quem tem um emblema do Roblox.
cmd-bindings-add-badge-role = cargo
    .description = O cargo a dar
cmd-bindings-add-badge-badge_id = id_emblema
    .description = O ID do emblema do Roblox
cmd-bindings-add-badge-priority = prioridade
    .description = Ordem quando vínculos se sobrepõem (opcional)
cmd-bindings-add-account-age = idade-da-conta
    .description = Dê um cargo a contas mais antigas que um número de dias.
cmd-bindings-add-account-age-role = cargo
    .description = O cargo a dar
cmd-bindings-add-account-age-platform = plataforma
    .description = De qual conta vale a idade
cmd-bindings-add-account-age-platform-choice-discord = Discord
cmd-bindings-add-account-age-platform-choice-roblox = Roblox
cmd-bindings-add-account-age-min_days = dias_mínimos
    .description = Idade mínima em dias
cmd-bindings-add-account-age-priority = prioridade
    .description = Ordem quando vínculos se sobrepõem (opcional)
cmd-bindings-remove = remover
    .description = Remover um vínculo.
cmd-bindings-remove-id = id
    .description = O vínculo (comece a digitar para buscar)
cmd-bindings-test = testar
    .description = Por que um membro corresponde ou não a um vínculo, como o Technified explica.
cmd-bindings-test-id = id
    .description = O vínculo (comece a digitar para buscar)
cmd-bindings-test-user = membro
    .description = O membro a testar
cmd-roblox = roblox
    .description = Banimentos e mutes no Roblox pelo Technified.
cmd-roblox-ban-status = status-banimento
    .description = Se uma conta Roblox está banida.
cmd-roblox-ban-status-roblox_id = roblox_id
    .description = O ID de usuário do Roblox
cmd-roblox-ban-status-place_id = place_id
    .description = Contar também banimentos que valem só neste place
cmd-roblox-mute-status = status-mute
    .description = Se uma conta Roblox está mutada.
cmd-roblox-mute-status-roblox_id = roblox_id
    .description = O ID de usuário do Roblox
cmd-roblox-mute-status-place_id = place_id
    .description = Contar também mutes que valem só neste place
cmd-roblox-ban = banir
    .description = Banir uma conta Roblox dos jogos deste servidor; com discord, também o membro vinculado daqui.
cmd-roblox-ban-roblox_id = roblox_id
    .description = O ID de usuário do Roblox
cmd-roblox-ban-reason = motivo
    .description = Motivo (mostrado no painel e nos logs)
cmd-roblox-ban-duration = duração
    .description = Por quanto tempo: 30m, 12h, 7d, 2w ou permanent (o padrão)
cmd-roblox-ban-discord = discord
    .description = Banir também deste servidor o membro do Discord vinculado a essa conta Roblox (permanente)
cmd-roblox-unban = desbanir
    .description = Remover um banimento do Roblox.
cmd-roblox-unban-roblox_id = roblox_id
    .description = O ID de usuário do Roblox
cmd-roblox-unban-reason = motivo
    .description = Motivo (opcional)
cmd-roblox-mute = mutar
    .description = Mutar uma conta Roblox nos jogos deste servidor.
cmd-roblox-mute-roblox_id = roblox_id
    .description = O ID de usuário do Roblox
cmd-roblox-mute-reason = motivo
    .description = Motivo (mostrado no painel e nos logs)
cmd-roblox-mute-duration = duração
    .description = Por quanto tempo: 30m, 12h, 7d, 2w ou permanent (o padrão)
cmd-roblox-unmute = desmutar
    .description = Remover um mute do Roblox.
cmd-roblox-unmute-roblox_id = roblox_id
    .description = O ID de usuário do Roblox
cmd-roblox-unmute-reason = motivo
    .description = Motivo (opcional)
cmd-roblox-bulk-ban = banir-em-lote
    .description = Banir todas as contas Roblox listadas em um arquivo.
cmd-roblox-bulk-ban-file = arquivo
    .description = Arquivo .txt ou .csv: um ID de usuário do Roblox por linha (primeira coluna), no máximo 5.000
cmd-roblox-bulk-ban-reason = motivo
    .description = Motivo (mostrado no painel e nos logs)
cmd-roblox-bulk-ban-duration = duração
    .description = Por quanto tempo: 30m, 12h, 7d, 2w ou permanent (o padrão)
cmd-roblox-bulk-unban = desbanir-em-lote
    .description = Remover os banimentos do Roblox de todas as contas listadas em um arquivo.
cmd-roblox-bulk-unban-file = arquivo
    .description = Arquivo .txt ou .csv: um ID de usuário do Roblox por linha (primeira coluna), no máximo 5.000
cmd-roblox-bulk-unban-reason = motivo
    .description = Motivo (opcional)
cmd-shield = shield
    .description = Technified Shield, a lista compartilhada de contas Roblox sinalizadas.
cmd-shield-check = verificar
    .description = Se uma conta Roblox está sinalizada pelo Shield.
cmd-shield-check-roblox_id = roblox_id
    .description = O ID de usuário do Roblox
cmd-jobs = tarefas
    .description = Novas tentativas pendentes e que falharam há pouco neste servidor, cada uma com botão de cancelar.
cmd-settings = configurações
    .description = Configurações do bot neste servidor.
cmd-settings-log-channel = canal-de-logs
    .description = Para onde vão os resultados atrasados de ações repetidas e um log de cada ação.
cmd-settings-log-channel-channel = canal
    .description = Um canal de texto em que o bot pode postar
cmd-settings-ban-sync = sincronizar-banimentos
    .description = O que um banimento no Discord de um membro verificado faz no Roblox: nada, perguntar ou espelhar.
cmd-settings-ban-sync-mode = modo
    .description = desativado: nada; perguntar: um aviso no canal de logs; espelhar: banir no Roblox na hora
cmd-settings-ban-sync-mode-choice-off = desativado (off)
cmd-settings-ban-sync-mode-choice-ask = perguntar (ask)
cmd-settings-ban-sync-mode-choice-mirror = espelhar (mirror)
cmd-cases = casos
    .description = Os casos de moderação deste servidor.
cmd-cases-list = lista
    .description = Os casos de moderação deste servidor, os mais recentes primeiro.
cmd-cases-list-user = membro
    .description = Só casos sobre este membro (e a conta Roblox vinculada a ele)
cmd-cases-list-roblox_id = roblox_id
    .description = Só casos sobre este ID de usuário do Roblox
cmd-cases-list-moderator = moderador
    .description = Só casos feitos por este moderador
cmd-cases-show = ver
    .description = Um caso completo.
cmd-cases-show-case = caso
    .description = O número do caso
cmd-cases-export = exportar
    .description = Todos os casos deste servidor em um arquivo CSV.
cmd-doctor = diagnóstico
    .description = Confere chave, API, canal de logs, sincronização de banimentos, permissões, eventos, fila e limites.
cmd-help = ajuda
    .description = O que cada comando faz.
cmd-help-command = comando
    .description = Um comando, como `lookup discord` (vazio para todos)
