"""The annotation API, mounted at /api/ (see annotations.api)."""

from __future__ import annotations

from django.urls import path, re_path

from annotations import api

urlpatterns = [
    path("annotations/", api.annotation_collection, name="annotation-collection"),
    path("annotations/<uuid:pk>/", api.annotation_detail, name="annotation-api"),
    path("articles/<slug:slug>/annotations/", api.article_annotations, name="annotation-container"),
    path("entities/<int:pk>/", api.entity_detail, name="entity-api"),
    path("people/<int:pk>/", api.person_detail, name="person-api"),
    # Anything else under /api/ answers in JSON too (and no slash-appending redirect
    # silently turns a POST into a GET).
    re_path(r"^(?P<path>.*)$", api.not_found),
]
