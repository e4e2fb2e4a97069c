from __future__ import annotations

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.validators import FileExtensionValidator

from newsroom.cleaning.lines import has_letters

PHOTO_EXTENSIONS = ["jpg", "jpeg", "png", "webp", "gif"]
PHOTO_FORMATS = {"JPEG", "PNG", "WEBP", "GIF"}
MAX_PHOTO_PIXELS = 60_000_000

photo_extension = FileExtensionValidator(PHOTO_EXTENSIONS)


def validate_headline(value: str) -> None:
    """A headline is words: "...", "—" or "1914" alone is a misread line, not a title."""
    if value.strip() and not has_letters(value):
        raise ValidationError(
            "A headline needs letters; “%(value)s” has none.",
            code="headline_no_letters",
            params={"value": value.strip()},
        )


def validate_photo(file) -> None:
    """Refuse oversized files and anything Pillow does not read as a common web image."""
    from PIL import Image, UnidentifiedImageError

    limit = settings.NEWSROOM_MAX_PHOTO_BYTES
    if file.size and file.size > limit:
        raise ValidationError(
            f"The photo is larger than {limit // (1024 * 1024)} MB.", code="photo_too_large"
        )
    position = file.tell() if hasattr(file, "tell") else None
    try:
        with Image.open(file) as image:
            if image.format not in PHOTO_FORMATS:
                raise ValidationError("Upload a JPEG, PNG, WebP or GIF photo.", code="photo_format")
            width, height = image.size
            if width * height > MAX_PHOTO_PIXELS:
                raise ValidationError("The photo has too many pixels.", code="photo_pixels")
            image.verify()
    except (UnidentifiedImageError, OSError, Image.DecompressionBombError) as exc:
        raise ValidationError("This file is not a readable image.", code="photo_invalid") from exc
    finally:
        if position is not None:
            file.seek(position)
