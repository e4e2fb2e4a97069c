"""Photos uploaded in the admin are stored re-encoded: only the image survives."""

from __future__ import annotations

import io

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from PIL import Image, ImageSequence
from PIL.PngImagePlugin import PngInfo

from newsroom.models import Photo

pytestmark = pytest.mark.django_db
ORIENTATION, MAKE = 0x0112, 0x010F
HTML = b"<html><body><script>alert(document.cookie)</script></body></html>"


@pytest.fixture(autouse=True)
def media(settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path


def encoded(image: Image.Image, image_format: str, **options) -> bytes:
    out = io.BytesIO()
    image.save(out, format=image_format, **options)
    return out.getvalue()


def upload(admin_client, article, name: str, data: bytes):
    response = admin_client.post(
        reverse("admin:newsroom_photo_add"),
        {
            "article": article.pk,
            "order": 5,
            "image": SimpleUploadedFile(name, data),
            "caption": "At the summit.",
            "credit": "",
            "alt_text": "",
        },
    )
    return response


def stored(article) -> tuple[bytes, Image.Image]:
    photo = Photo.objects.get(article=article, order=5)
    with photo.image.open("rb") as f:
        data = f.read()
    return data, Image.open(io.BytesIO(data))


def test_html_appended_to_a_gif_is_not_stored(admin_client, article):
    gif = encoded(Image.new("P", (8, 6), 3), "GIF")
    response = upload(admin_client, article, "pixel.gif", gif + HTML)
    assert response.status_code == 302, response.content.decode()[:2000]
    data, image = stored(article)
    assert image.format == "GIF" and image.size == (8, 6)
    assert b"<script" not in data and b"<html" not in data
    assert data.endswith(b"\x3b")  # the GIF trailer is the last byte


def test_an_animated_gif_keeps_its_frames_and_timings(admin_client, article):
    frames = [Image.new("RGB", (10, 10), colour) for colour in ("red", "green", "blue")]
    gif = encoded(
        frames[0], "GIF", save_all=True, append_images=frames[1:], duration=[100, 200, 300], loop=0
    )
    assert upload(admin_client, article, "spin.gif", gif + HTML).status_code == 302
    data, image = stored(article)
    assert image.n_frames == 3
    assert [f.info["duration"] for f in ImageSequence.Iterator(image)] == [100, 200, 300]
    assert b"<script" not in data


def test_a_jpeg_is_turned_upright_and_loses_its_camera_metadata(admin_client, article):
    exif = Image.Exif()
    exif[ORIENTATION] = 6  # the camera was held on its side: turn 90° clockwise to show
    exif[MAKE] = "Serial-1234 camera"
    jpeg = encoded(Image.new("RGB", (40, 20), "red"), "JPEG", exif=exif)
    assert upload(admin_client, article, "side.jpeg", jpeg).status_code == 302
    data, image = stored(article)
    assert image.format == "JPEG" and image.size == (20, 40)
    assert dict(image.getexif()) == {}
    assert b"Serial-1234" not in data
    photo = Photo.objects.get(article=article, order=5)
    assert (photo.width, photo.height) == (20, 40)
    assert photo.image.name.endswith(".jpg")


def test_a_png_keeps_its_format_and_loses_its_text_chunks(admin_client, article):
    info = PngInfo()
    info.add_text("Comment", "taken at 51.5N 0.1W")
    png = encoded(Image.new("RGBA", (5, 5), (0, 0, 255, 128)), "PNG", pnginfo=info)
    assert upload(admin_client, article, "dot.png", png).status_code == 302
    data, image = stored(article)
    assert image.format == "PNG" and image.mode == "RGBA"
    assert b"51.5N" not in data


def test_a_file_that_is_not_an_image_is_refused(admin_client, article):
    response = upload(admin_client, article, "page.gif", HTML)
    assert response.status_code == 200
    assert not Photo.objects.filter(article=article, order=5).exists()
