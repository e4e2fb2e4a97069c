"""Live updates: what colleagues changed on an article since a page last looked.

An annotator's page polls (htmx, every few seconds while the person is not selecting);
the answer is 204 when nothing changed, else the blocks the changes touch, the sidebar
and the page's next mark, out of band. PostgreSQL is the only state; the mark says what
the page has:

- ``checked``: every change whose ``modified_at`` is at or before it is on the page. A
  poll at time T asks for the changes after ``checked`` and moves it to T - ``OVERLAP``:
  a change is committed within ``OVERLAP`` of the time it carries (transactions here take
  milliseconds; the rest is room for clocks of different app servers), so one carrying an
  earlier time was visible to that poll.
- ``seen``: the (key, version) of the changes after ``checked`` the page already has, so
  nothing is sent twice. It holds what changed in the last ``OVERLAP`` seconds; after a
  bulk change of more than ``MAX_SEEN`` it is cut short by moving ``checked`` up to the
  newest of them instead (a change committed late in that same moment would wait for the
  next reload).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta

from django.contrib.auth import get_user_model
from django.db.models import OuterRef, Subquery
from django.utils import timezone
from django.utils.dateparse import parse_datetime

from annotations.highlights import key_of
from annotations.models import Annotation, AnnotationEvent
from newsroom.models import Article

OVERLAP = timedelta(seconds=10)
MAX_SEEN = 100  # (key, version) pairs a mark carries (it travels in a GET's query string)


class BadMark(ValueError):
    """A mark that is not one this server wrote."""


@dataclass(frozen=True)
class Mark:
    checked: datetime
    revision: int
    seen: frozenset[str] = frozenset()  # "key:version"

    @classmethod
    def start(cls, article: Article) -> Mark:
        """The mark of a page rendered now (changes of the last moments may not be in it)."""
        return cls(timezone.now() - OVERLAP, article.revision)

    @classmethod
    def parse(cls, data) -> Mark:
        try:
            checked = parse_datetime(data.get("checked") or "")
        except ValueError:  # well formed but no moment: 30 February, an offset of +99:99
            checked = None
        if checked is None or timezone.is_naive(checked):
            raise BadMark("checked must be a date and time with a time zone")
        try:
            revision = int(data.get("revision", ""))
        except ValueError:
            raise BadMark("revision must be a number") from None
        seen = frozenset(filter(None, (data.get("seen") or "").split(",")))
        if len(seen) > MAX_SEEN:
            raise BadMark(f"at most {MAX_SEEN} seen changes")
        return cls(checked, revision, seen)

    @property
    def seen_text(self) -> str:
        return ",".join(sorted(self.seen))


@dataclass(frozen=True)
class Change:
    key: str
    version: int
    start: int | None
    end: int | None
    modified_at: datetime
    actor: str | None  # who made the latest change; None for the system (re-anchoring)

    @property
    def tag(self) -> str:
        return f"{self.key}:{self.version}"


def look(article: Article, mark: Mark) -> tuple[list[Change], Mark]:
    """The changes the page has not seen (deletions included), and its next mark."""
    now = timezone.now()
    username = f"actor__{get_user_model().USERNAME_FIELD}"
    latest_actor = (
        AnnotationEvent.objects.filter(annotation=OuterRef("pk"))
        .order_by("-created_at", "-id")
        .values(username)[:1]
    )
    rows = (
        Annotation.objects.filter(article=article, modified_at__gt=mark.checked)
        .annotate(actor_name=Subquery(latest_actor))
        .values_list("pk", "version", "start", "end", "modified_at", "actor_name")
    )
    recent = [Change(key_of(pk), *rest) for pk, *rest in rows]
    checked = max(mark.checked, now - OVERLAP)
    after = [c for c in recent if c.modified_at > checked]
    if len(after) > MAX_SEEN:
        checked, after = max(c.modified_at for c in after), []
    following = Mark(checked, mark.revision, frozenset(c.tag for c in after))
    return [c for c in recent if c.tag not in mark.seen], following


def notice(changes: list[Change], user) -> str:
    """What to tell the person: who else changed how many annotations ("" if only they did)."""
    others = [c for c in changes if c.actor and c.actor != user.get_username()]
    if not others:
        return ""
    names = sorted({c.actor for c in others})
    who = names[0] if len(names) == 1 else f"{', '.join(names[:-1])} and {names[-1]}"
    count = len(others)
    return f"Updated: {count} annotation{'s' if count != 1 else ''} changed by {who}."
