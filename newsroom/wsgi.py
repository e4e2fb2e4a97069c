import os

from django.core.wsgi import get_wsgi_application

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "newsroom.settings")
# Serving starts in production: without its variables (README, "Production") it refuses.
os.environ.setdefault("DJANGO_DEBUG", "0")
application = get_wsgi_application()
