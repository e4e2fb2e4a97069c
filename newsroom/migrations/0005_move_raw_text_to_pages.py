"""Pages: step 2 of 3. Every article's raw text becomes a page of its own.

The article keeps the whole page as its story (lines 1 to the last). Its flags are not
known (the article was cleaned before flags existed): an empty report, not a made-up one.
Backwards, a page's text goes back to its one article; a page holding several articles
stops the migration, since the old shape has no place for the other stories.
"""

from django.db import migrations


def pages_from_articles(apps, schema_editor):
    Article = apps.get_model("newsroom", "Article")
    Page = apps.get_model("newsroom", "Page")
    # A raw text can be 20 MB: a few rows at a time.
    for article in Article.objects.order_by("pk").iterator(chunk_size=20):
        lines = article.raw_text.count("\n") + 1
        page = Page.objects.create(
            raw_text=article.raw_text,
            raw_sha256=article.raw_sha256,
            source_name=article.source_name,
            decode_note=article.decode_note,
            stories=[[1, lines]],
        )
        # created_at is auto_now_add: the page was received when its article was.
        Page.objects.filter(pk=page.pk).update(created_at=article.created_at)
        Article.objects.filter(pk=article.pk).update(page=page, line_start=1, line_end=lines)


def articles_from_pages(apps, schema_editor):
    Article = apps.get_model("newsroom", "Article")
    Page = apps.get_model("newsroom", "Page")
    for page in Page.objects.order_by("pk").iterator(chunk_size=20):
        count = Article.objects.filter(page=page).count()
        if count > 1:
            raise RuntimeError(
                f"Page {page.pk} holds {count} articles; before pages an article had its own "
                "raw text, so this cannot be undone without losing stories."
            )
        Article.objects.filter(page=page).update(
            raw_text=page.raw_text,
            raw_sha256=page.raw_sha256,
            source_name=page.source_name,
            decode_note=page.decode_note,
        )


class Migration(migrations.Migration):
    dependencies = [("newsroom", "0004_pages")]

    operations = [migrations.RunPython(pages_from_articles, articles_from_pages)]
