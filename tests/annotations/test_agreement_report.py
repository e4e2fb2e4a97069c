"""Agreement from live annotations: the service, `manage.py agreement` and the dashboard."""

from __future__ import annotations

import json
from io import StringIO

import pytest
from django.core.management import CommandError, call_command
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from annotations.adjudication_services import adjudicate_merge, article_mark_reviewed
from annotations.agreement_report import agreement_report, report_as_dict
from annotations.writes import annotation_delete, annotation_set_status
from tests.factories import bulk_annotations, make_annotation, make_article, make_entity

QUOTE = "We have today 26 countries who have formally committed"
URL = "/curate/agreement/"


@pytest.fixture
def two_annotators(article, annotator, fellow, curator):
    """ana and ben mark the same quote with the same speaker, and overlapping claims."""
    macron = make_entity("Emmanuel Macron", "person")
    make_annotation(article, annotator, QUOTE, kind="quote", speaker=macron)
    make_annotation(article, fellow, QUOTE, kind="quote", speaker=macron)
    make_annotation(article, annotator, "More than two dozen countries")
    make_annotation(article, fellow, "two dozen countries have pledged")
    return article


def overall_pair(data: dict, kind: str) -> dict:
    return next(k for k in data["overall"]["kinds"] if k["kind"] == kind)["pairs"][0]


def test_figures_of_two_annotators(two_annotators):
    data = report_as_dict(agreement_report())

    quote = overall_pair(data, "quote")
    assert quote["annotators"] == ["ana", "ben"]
    assert (quote["alpha"], quote["exact_f1"], quote["overlap_f1"]) == (1.0, 1.0, 1.0)
    assert quote["speaker"] == {"pairs": 1, "agreement": 1.0, "alpha": None}
    claim = overall_pair(data, "claim")
    assert (claim["exact_f1"], claim["overlap_f1"]) == (0.0, 1.0)
    assert 0 < claim["alpha"] < 1
    assert claim["speaker"] is None


def test_deleted_annotations_are_left_out_and_rejected_ones_count(two_annotators, fellow, curator):
    extra = make_annotation(two_annotators, fellow, "Russia")
    annotation_delete(annotation_id=extra.pk, user=fellow, version=extra.version)
    ana_claim = two_annotators.annotations.get(author__username="ana", kind="claim")
    annotation_set_status(
        annotation_id=ana_claim.pk, user=curator, status="rejected", version=ana_claim.version
    )

    claim = overall_pair(report_as_dict(agreement_report()), "claim")

    assert claim["spans"] == [1, 1]


def test_command_json_has_every_figure_per_article_kind_and_pair(two_annotators):
    other = make_article()
    out = StringIO()

    call_command("agreement", "--json", "--article", two_annotators.slug, stdout=out)

    data = json.loads(out.getvalue())
    assert set(data) == {"statistic", "articles", "overall"}
    assert "Krippendorff" in data["statistic"]
    [item] = data["articles"]
    assert item["slug"] == two_annotators.slug != other.slug
    assert item["annotators"] == ["ana", "ben"]
    assert [k["kind"] for k in item["kinds"]] == ["claim", "entity", "quote"]
    quote = item["kinds"][2]
    assert quote["alpha"] == 1.0
    assert set(quote["pairs"][0]) == {
        "annotators",
        "alpha",
        "exact_f1",
        "overlap_f1",
        "spans",
        "speaker",
    }
    assert quote["pairs"][0]["alpha"] == 1.0


def test_command_prints_a_table_and_refuses_an_unknown_slug(two_annotators):
    out = StringIO()
    call_command("agreement", stdout=out)
    assert "ana / ben: alpha 1.000, F1 exact 1.000, overlapping 1.000, speaker 1.000 of 1" in (
        out.getvalue()
    )
    with pytest.raises(CommandError):
        call_command("agreement", "--article", "no-such-article", stdout=StringIO())


def test_anonymous_is_sent_to_sign_in(client, two_annotators):
    response = client.get(URL)
    assert response.status_code == 302
    assert response["Location"].startswith(reverse("login"))


def test_annotators_may_not_see_the_dashboard(client, two_annotators, annotator):
    client.force_login(annotator)
    assert client.get(URL).status_code == 403


def test_curator_sees_figures_and_charts(client, two_annotators, curator):
    client.force_login(curator)

    response = client.get(URL)

    assert response.status_code == 200
    page = response.content.decode()
    assert '<title id="alpha-by-kind-title">Agreement (α) by kind</title>' in page
    assert '<title id="alpha-pairs-quote-title">Quote: agreement (α) by annotator pair</title>' in (
        page
    )
    quote_row = page.split('id="pairs-quote"')[1].split("</tr>")[1]
    assert "ana / ben" in quote_row
    assert quote_row.count(">1.00<") == 3  # α, exact F1, overlapping F1
    assert "1.00 of 1" in quote_row


def test_one_article_view_and_escaped_labels(client, article, curator):
    sly = make_article(headline="<script>alert(1)</script> Summit")
    make_annotation(sly, curator, QUOTE, kind="quote")
    client.force_login(curator)

    page = client.get(URL, {"article": sly.slug}).content.decode()

    assert "<script>alert(1)</script>" not in page
    assert "&lt;script&gt;alert(1)&lt;/script&gt; Summit" in page
    assert client.get(URL, {"article": "nope"}).status_code == 404


def test_dashboard_queries_do_not_grow_with_articles(client, curator, annotator, fellow):
    client.force_login(curator)
    make_entity("Emmanuel Macron", "person")

    def queries() -> int:
        with CaptureQueriesContext(connection) as captured:
            assert client.get(URL).status_code == 200
        return len(captured)

    bulk_annotations(make_article(), [annotator, fellow], 30, seed=1)
    one = queries()
    for seed in range(2, 6):
        bulk_annotations(make_article(), [annotator, fellow, curator], 30, seed=seed)
    assert queries() == one > 0


def test_kept_figures_follow_every_change(two_annotators, fellow):
    before = overall_pair(report_as_dict(agreement_report()), "claim")
    ben_claim = two_annotators.annotations.get(author__username="ben", kind="claim")
    annotation_delete(annotation_id=ben_claim.pk, user=fellow, version=ben_claim.version)

    after = overall_pair(report_as_dict(agreement_report()), "claim")

    assert (before["spans"], after["spans"]) == ([1, 1], [1, 0])
    assert after["overlap_f1"] == 0.0


def test_each_annotator_against_the_reviewed_layer(article, annotator, fellow, curator, client):
    """ana and ben quote one passage with different spans; the curator merges ben's span
    with ana's speaker and marks the article reviewed: the merged quote is the reference,
    and the curator who made it is no annotator."""
    macron = make_entity("Emmanuel Macron", "person")
    zelensky = make_entity("Volodymyr Zelensky", "person")
    ana = make_annotation(article, annotator, QUOTE, kind="quote", speaker=macron)
    ben = make_annotation(article, fellow, "26 countries", kind="quote", speaker=zelensky)
    assert report_as_dict(agreement_report())["articles"][0]["reviewed"] is None

    adjudicate_merge(
        user=curator,
        article=article,
        versions={str(ana.pk): ana.version, str(ben.pk): ben.version},
        sources={"span": str(ben.pk), "speaker": str(ana.pk)},
    )
    article_mark_reviewed(user=curator, article=article)
    data = report_as_dict(agreement_report(article=article))

    (row,) = data["articles"]
    assert row["annotators"] == ["ana", "ben"]
    figures = {f["annotator"]: f for f in row["reviewed"]}
    assert (figures["ana"]["exact_f1"], figures["ana"]["overlap_f1"]) == (0.0, 1.0)
    assert (figures["ben"]["exact_f1"], figures["ben"]["overlap_f1"]) == (1.0, 1.0)
    assert figures["ana"]["speaker"] == {"pairs": 1, "agreement": 1.0}
    assert figures["ben"]["speaker"] == {"pairs": 1, "agreement": 0.0}
    assert data["overall"]["reviewed"] == row["reviewed"]

    out = StringIO()
    call_command("agreement", "--json", stdout=out)
    assert json.loads(out.getvalue())["articles"][0]["reviewed"] == row["reviewed"]
    out = StringIO()
    call_command("agreement", stdout=out)
    assert "against the reviewed layer" in out.getvalue()
    assert "quote   ben: F1 exact 1.000, overlapping 1.000" in out.getvalue()

    client.force_login(curator)
    page = client.get(URL).content.decode()
    assert 'id="reviewed"' in page and "Each annotator against the reviewed layer" in page
