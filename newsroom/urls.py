from django.conf import settings
from django.contrib import admin
from django.contrib.auth import views as auth_views
from django.urls import include, path
from django.views.static import serve

from newsroom import editor_views, ingest_views, revision_views, views

urlpatterns = [
    path("", views.article_list, name="home"),
    path("articles/", views.article_list, name="article-list"),
    # articles/<slug>/ ("article-detail") is the annotated reader, in annotations.urls below.
    path("articles/<slug:slug>/original/", views.article_original, name="article-original"),
    path("articles/<slug:slug>/edit/", editor_views.article_edit, name="article-edit"),
    path(
        "articles/<slug:slug>/revisions/",
        revision_views.article_revisions,
        name="article-revisions",
    ),
    path(
        "articles/<slug:slug>/revisions/<int:number>/restore/",
        revision_views.revision_restore,
        name="revision-restore",
    ),
    path("ingest/", ingest_views.ingest_page, name="ingest"),
    path("review/", views.needs_review, name="needs-review"),
    path("accounts/login/", auth_views.LoginView.as_view(), name="login"),
    path("accounts/logout/", auth_views.LogoutView.as_view(), name="logout"),
    path("admin/", admin.site.urls),
    path("api/", include("annotations.api_urls")),
    path("", include("annotations.urls")),
]

# Django's pages, except under /api/, where errors are JSON like the API's own; and a
# request Django refuses as too big, which the staff page explains in the page
# (newsroom.ingest_views.bad_request, which the 400 handler hands every other path).
handler400 = "annotations.api_http.bad_request"
handler403 = "annotations.api_http.permission_denied"
handler404 = "annotations.api_http.page_not_found"
handler500 = "annotations.api_http.server_error"

if settings.DEBUG:
    # Development only; in production the web server or object storage serves MEDIA_ROOT.
    urlpatterns.append(path("media/<path:path>", serve, {"document_root": settings.MEDIA_ROOT}))
