from django.apps import AppConfig


class AnnotationsConfig(AppConfig):
    name = "annotations"

    def ready(self) -> None:
        from newsroom.management.commands.demo import demo_loaded
        from newsroom.revisions import revision_created

        revision_created.connect(_follow_revision, dispatch_uid="annotations.follow_revision")
        demo_loaded.connect(_demo_assignments, dispatch_uid="annotations.demo_assignments")


def _follow_revision(sender, *, article, old_revision, new_revision, user=None, **kwargs) -> None:
    if old_revision is None:
        return  # a new article has no annotations yet
    from annotations.writes import article_reanchor

    article_reanchor(article=article, new_revision=new_revision, user=user)


def _demo_assignments(sender, *, articles, users, write, **kwargs) -> None:
    """The demo's first published articles given to its annotators, once: a pair that
    was ever assigned (even if unassigned since) is left alone."""
    from datetime import timedelta

    from django.utils import timezone

    from annotations.assignments import assignments_create
    from annotations.models import Assignment

    curator, first, second = users["curator"], users["annotator1"], users["annotator2"]
    published = [a for a in articles if a.status == "published"]
    plan = [(a, first) for a in published[:2]] + [(a, second) for a in published[:1]]
    for article, person in plan:
        if Assignment.objects.filter(article=article, annotator=person).exists():
            continue
        assignments_create(
            articles=[article],
            annotators=[person],
            by=curator,
            due_on=timezone.localdate() + timedelta(days=7) if person == first else None,
            note="Tag every quote with its speaker." if person == second else "",
        )
        write(f"Assigned: {article.headline} to {person.get_username()}")
