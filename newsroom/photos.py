"""Uploaded photos are decoded and encoded again by Pillow before they are stored.

Only the pixels survive: whatever a file carried besides its image (HTML or a script
appended to a GIF, comments, metadata with a camera's serial number or a GPS position) is
gone, so a stored photo is an image and nothing else. The EXIF orientation is applied to
the pixels, since the tag that carried it is dropped; the colour profile is kept. Animated
GIF and WebP keep their frames, timings and looping.
"""

from __future__ import annotations

import io
from pathlib import PurePath

from django import forms
from django.core.files.uploadedfile import SimpleUploadedFile
from PIL import Image, ImageOps, ImageSequence

from newsroom.validators import MAX_PHOTO_PIXELS, validate_photo

EXTENSIONS = {"JPEG": "jpg", "PNG": "png", "WEBP": "webp", "GIF": "gif"}
# Encoded again, a JPEG loses a little each time; 90 keeps what an editor can see.
QUALITY = 90


def _still(image: Image.Image, image_format: str, out: io.BytesIO) -> None:
    upright = ImageOps.exif_transpose(image)
    options: dict = {}
    if icc := image.info.get("icc_profile"):
        options["icc_profile"] = icc
    if image_format == "JPEG":
        if upright.mode not in ("RGB", "L", "CMYK"):
            upright = upright.convert("RGB")
        options.update(quality=QUALITY)
    elif image_format == "WEBP":
        options.update(quality=QUALITY)
    elif image_format == "GIF" and "transparency" in image.info:
        options["transparency"] = image.info["transparency"]
    upright.save(out, format=image_format, **options)


def _animated(image: Image.Image, image_format: str, out: io.BytesIO) -> None:
    frames, durations = [], []
    for frame in ImageSequence.Iterator(image):
        durations.append(frame.info.get("duration", 100))
        frames.append(frame.copy())
    frames[0].save(
        out,
        format=image_format,
        save_all=True,
        append_images=frames[1:],
        duration=durations,
        loop=image.info.get("loop", 0),
    )


def reencode(upload) -> SimpleUploadedFile:
    """The uploaded image as a new file of the same format, holding only the image."""
    upload.seek(0)
    with Image.open(upload) as image:
        image_format = image.format
        out = io.BytesIO()
        if getattr(image, "is_animated", False) and image_format in ("GIF", "WEBP"):
            width, height = image.size
            if width * height * image.n_frames > MAX_PHOTO_PIXELS:
                # Every frame is held decoded while the animation is written again.
                raise forms.ValidationError(
                    "The animation has too many frames for its size.", code="photo_frames"
                )
            _animated(image, image_format, out)
        else:
            _still(image, image_format, out)
    stem = PurePath(upload.name or "photo").stem or "photo"
    return SimpleUploadedFile(
        f"{stem}.{EXTENSIONS[image_format]}",
        out.getvalue(),
        content_type=Image.MIME[image_format],
    )


class PhotoField(forms.ImageField):
    """An image upload that is checked (size, pixels, format) before it is decoded in
    full, then stored re-encoded (``reencode``)."""

    def to_python(self, data):
        upload = super().to_python(data)
        if upload is None:
            return None
        validate_photo(upload)
        try:
            return reencode(upload)
        except (OSError, ValueError, Image.DecompressionBombError) as exc:
            raise forms.ValidationError(
                "This file is not a readable image.", code="photo_invalid"
            ) from exc
