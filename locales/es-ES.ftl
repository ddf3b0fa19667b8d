# technified-bot: es-ES
