from django.apps import AppConfig
from django.db.models.signals import post_migrate


class NewsroomConfig(AppConfig):
    name = "newsroom"
    verbose_name = "Articles"

    def ready(self) -> None:
        from newsroom.roles import ensure_roles

        # After every migrate, so permissions of models added later join the roles.
        post_migrate.connect(ensure_roles, dispatch_uid="newsroom.ensure_roles")
