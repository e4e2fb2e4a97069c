from django.apps import AppConfig


class AnnotationsConfig(AppConfig):
    name = "annotations"

    def ready(self) -> None:
        from newsroom.revisions import revision_created

        revision_created.connect(_follow_revision, dispatch_uid="annotations.follow_revision")


def _follow_revision(sender, *, article, old_revision, new_revision, user=None, **kwargs) -> None:
    if old_revision is None:
        return  # a new article has no annotations yet
    from annotations.writes import article_reanchor

    article_reanchor(article=article, new_revision=new_revision, user=user)
