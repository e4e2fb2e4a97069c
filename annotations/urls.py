"""The annotated reader and the htmx fragments it asks for (mounted at the site root)."""

from __future__ import annotations

from django.urls import path

from annotations import (
    adjudication_views,
    agreement_views,
    assignment_views,
    claim_views,
    entity_views,
    export_views,
    queue_views,
    registry_views,
    search_views,
    views,
)

urlpatterns = [
    path("articles/<slug:slug>/", views.article_detail, name="article-detail"),
    path(
        "articles/<slug:slug>/annotations/",
        views.annotation_create_view,
        name="annotation-create",
    ),
    path("articles/<slug:slug>/live/", views.article_live, name="article-live"),
    path("annotations/<uuid:pk>/", views.annotation_detail, name="annotation-detail"),
    path("annotations/<uuid:pk>/edit/", views.annotation_edit, name="annotation-edit"),
    path("annotations/<uuid:pk>/delete/", views.annotation_delete_view, name="annotation-delete"),
    path("annotations/<uuid:pk>/status/", views.annotation_status, name="annotation-status"),
    path(
        "annotations/<uuid:pk>/reattach/",
        views.annotation_reattach_view,
        name="annotation-reattach",
    ),
    path("annotations/<uuid:pk>/replies/", views.reply_create_view, name="reply-create"),
    path("replies/<uuid:pk>/edit/", views.reply_edit_view, name="reply-edit"),
    path("replies/<uuid:pk>/delete/", views.reply_delete_view, name="reply-delete"),
    path("curate/", queue_views.queue, name="curate"),
    path("curate/bulk/", queue_views.bulk, name="curate-bulk"),
    path("curate/<uuid:pk>/decide/", queue_views.decide, name="curate-decide"),
    path("entities/search/", entity_views.search, name="entity-search"),
    path("entities/pick/", entity_views.pick, name="entity-pick"),
    path("entities/new/", entity_views.create, name="entity-create"),
    path("entities/", registry_views.entity_list, name="entity-list"),
    path("entities/duplicates/", registry_views.entity_duplicates, name="entity-duplicates"),
    path("entities/merge/", registry_views.entity_merge, name="entity-merge"),
    path("entities/merges/<int:pk>/undo/", registry_views.merge_undo, name="entity-merge-undo"),
    path("entities/<int:pk>/", registry_views.entity_detail, name="entity-detail"),
    path("entities/<int:pk>/edit/", registry_views.entity_edit, name="entity-edit"),
    path("curate/assignments/", assignment_views.assignment_page, name="assignments"),
    path("curate/assignments/assign/", assignment_views.assign, name="assignment-create"),
    path(
        "curate/assignments/<int:pk>/unassign/",
        assignment_views.unassign,
        name="assignment-remove",
    ),
    path("my/articles/", assignment_views.my_articles, name="my-articles"),
    path("my/articles/<int:pk>/done/", assignment_views.mark_done, name="assignment-done"),
    path("my/articles/<int:pk>/reopen/", assignment_views.reopen, name="assignment-reopen"),
    path("claims/", claim_views.claim_list, name="claim-list"),
    path("claims/new/", claim_views.claim_create, name="claim-create"),
    path("claims/<int:pk>/", claim_views.claim_detail, name="claim-detail"),
    path("claims/<int:pk>/verdict/", claim_views.claim_verdict, name="claim-verdict"),
    path("claims/<int:pk>/link/", claim_views.claim_link, name="claim-link"),
    path("claims/<int:pk>/unlink/", claim_views.claim_unlink, name="claim-unlink"),
    path("curate/agreement/", agreement_views.agreement_dashboard, name="curate-agreement"),
    path(
        "curate/articles/<slug:slug>/adjudicate/",
        adjudication_views.adjudicate,
        name="adjudicate",
    ),
    path(
        "curate/articles/<slug:slug>/adjudicate/pick/",
        adjudication_views.pick,
        name="adjudicate-pick",
    ),
    path(
        "curate/articles/<slug:slug>/adjudicate/merge/",
        adjudication_views.merge,
        name="adjudicate-merge",
    ),
    path(
        "curate/articles/<slug:slug>/adjudicate/reject/",
        adjudication_views.reject,
        name="adjudicate-reject",
    ),
    path(
        "curate/articles/<slug:slug>/adjudicate/reviewed/",
        adjudication_views.mark_reviewed,
        name="adjudicate-reviewed",
    ),
    path("curate/export/", export_views.export, name="curate-export"),
    path("search/", search_views.search, name="search"),
]
